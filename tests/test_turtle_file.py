"""kg.turtle_file: Turtle written as it streams is byte for byte what the in-memory writer gives."""
from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.serialize import triples_turtle
from kg.turtle_file import write_turtle

BASE = "https://example.org/kg/"
NAMESPACES = [("person", BASE + "person/"), ("article", BASE + "article/"), ("owl", str(OWL)), ("rdf", str(RDF)),
              ("rdfs", str(RDFS)), ("xsd", str(XSD)), ("ex", "https://example.org/vocab#")]
NAMES = ["Trần Văn Bình", "Nguyễn Thị Lan", "Lê Minh Châu", "Phạm Đức Anh", "Võ Thị Ánh"]


def invented_triples(seed: int, n: int) -> list[tuple]:
    """Persons, records, labels in two languages, typed literals, an IRI no prefix can shorten, duplicates."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        person = URIRef(f"{BASE}person/p-{rng.randrange(n // 3 + 1):04d}")
        name = rng.choice(NAMES)
        out += [(person, RDF.type, URIRef("https://example.org/vocab#Person")),
                (person, RDFS.label, Literal(name, lang="vi")),
                (person, RDFS.label, Literal(name.upper(), lang="en")),
                (URIRef(f"{BASE}article/a{k % 7}/person/{k}"), OWL.sameAs, person),
                (person, URIRef("https://example.org/vocab#age"), Literal(str(20 + k % 50), datatype=XSD.integer)),
                (person, URIRef("https://example.org/vocab#note"), Literal(f"ghi chú {k % 4}")),
                (person, URIRef("https://example.org/vocab#seen"), URIRef(f"{BASE}article/a{k % 7}/s/{k}#x"))]
    rng.shuffle(out)
    return out + out[: n // 2]  # again: duplicates are written once


@pytest.mark.parametrize("chunk", [1, 5, 10_000])
def test_streamed_turtle_is_the_in_memory_turtle(tmp_path, chunk):
    triples = invented_triples(7, 60)
    path = tmp_path / "people.ttl"
    write_turtle(path, iter(triples), NAMESPACES, chunk=chunk)
    assert path.read_bytes() == triples_turtle(set(triples), NAMESPACES).encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["people.ttl"]  # its sorting table is gone


def test_no_triples_give_what_the_in_memory_writer_gives(tmp_path):
    path = tmp_path / "empty.ttl"
    write_turtle(path, [], NAMESPACES)
    assert path.read_text(encoding="utf-8") == triples_turtle([], NAMESPACES)


def test_a_blank_node_is_refused_and_the_old_file_stays(tmp_path):
    from rdflib import BNode

    path = tmp_path / "people.ttl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(ValueError):
        write_turtle(path, [(BNode(), RDF.type, OWL.Thing)], NAMESPACES)
    assert path.read_text(encoding="utf-8") == "old\n"
