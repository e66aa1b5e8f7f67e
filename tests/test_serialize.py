"""Turtle and JSON-LD writers: the two files carry the same graph (isomorphic, term for term, as
the in-memory graph), they are byte-identical across runs and hash seeds, the JSON-LD needs no
remote context, and the Turtle never escapes '/' in a local name."""
from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from kg.errors import InputError
from kg.ids import DEFAULT_BASE
from kg.serialize import context, format_of, parse_file, to_jsonld, to_nquads, to_ntriples, to_turtle
from kg_helpers import run_kg, write
from sample_articles import CONFERENCE

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def _turtle_graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def _jsonld_graph(text: str) -> Graph:
    return Graph().parse(data=text, format="json-ld")


def _diff(a: Graph, b: Graph) -> str:
    ca, cb = to_isomorphic(a), to_isomorphic(b)
    only_a = sorted(set(ca) - set(cb))[:5]
    only_b = sorted(set(cb) - set(ca))[:5]
    return f"only in the first: {only_a}\nonly in the second: {only_b}"


@pytest.fixture(scope="module")
def conference(tmp_path_factory):
    from kg.pipeline import materialize

    path = write(tmp_path_factory.mktemp("conference") / "2018-03-14-tien-lang.txt", CONFERENCE)
    return materialize(path)


@pytest.fixture(params=["seed", "conference"])
def built(request, seed_built, conference):
    return seed_built if request.param == "seed" else conference


def test_jsonld_and_turtle_are_isomorphic(built):
    turtle = _turtle_graph(to_turtle(built.graph))
    jsonld = _jsonld_graph(to_jsonld(built.graph, built.base))
    assert len(turtle) == len(jsonld) == len(built.graph)
    assert isomorphic(turtle, jsonld), _diff(turtle, jsonld)


def test_both_files_carry_the_graph_term_for_term(built):
    # not only the same values: the same RDF terms (lexical forms, datatypes, language tags)
    for text, parse in ((to_turtle(built.graph), _turtle_graph), (to_jsonld(built.graph, built.base), _jsonld_graph)):
        back = parse(text)
        assert isomorphic(back, built.graph), _diff(back, built.graph)
        assert set(back) == set(built.graph)


def test_written_files_are_isomorphic(seed_out):
    [ttl] = seed_out.glob("*.ttl")
    jsonld = ttl.with_suffix(".jsonld")
    a, b = parse_file(str(ttl)), parse_file(str(jsonld))
    assert len(a) > 100
    assert isomorphic(a, b), _diff(a, b)


def test_decimal_values_keep_their_lexical_form():
    # rdflib's Turtle shorthand writes "96"^^xsd:decimal as 96.0, which is another literal;
    # JSON-LD keeps "96". The Turtle writer must keep it too.
    g = Graph()
    s, p = URIRef(DEFAULT_BASE + "article/x/figure/1"), URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue")
    for lexical in ("96", "2.1", "11804", "0.5"):
        g.add((s, p, Literal(lexical, datatype=XSD.decimal)))
    back = _turtle_graph(to_turtle(g))
    assert {str(o) for o in back.objects(s, p)} == {"96", "2.1", "11804", "0.5"}
    assert {o.value for o in back.objects(s, p)} == {Decimal("96"), Decimal("2.1"), Decimal("11804"), Decimal("0.5")}
    assert isomorphic(back, _jsonld_graph(to_jsonld(g)))


def test_output_does_not_depend_on_insertion_order(built):
    triples = list(built.graph)
    random.Random(7).shuffle(triples)
    shuffled = Graph()
    for prefix, namespace in built.graph.namespaces():
        shuffled.bind(prefix, namespace, override=True, replace=True)
    for t in triples:
        shuffled.add(t)
    assert to_turtle(shuffled) == to_turtle(built.graph)
    assert to_jsonld(shuffled, built.base) == to_jsonld(built.graph, built.base)
    assert to_ntriples(shuffled) == to_ntriples(built.graph)


def test_builds_under_different_hash_seeds_are_byte_identical(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}"
        done = run_kg("build", "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outs.append(out)
    # the files of the contract; an embedded store (a database folder, when `kg build` fills one) is not a file
    names = sorted(p.name for p in outs[0].iterdir() if p.is_file())
    assert names == sorted(p.name for p in outs[1].iterdir() if p.is_file())
    assert len(names) == 3 and "context.jsonld" in names
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), f"{name} differs between hash seeds"


def test_turtle_has_no_escaped_slashes(seed_out, conference):
    # Virtuoso 7.2 keeps '\/' escapes inside IRIs; a local name must never need one
    for ttl in seed_out.glob("*.ttl"):
        assert "\\/" not in ttl.read_text(encoding="utf-8")
    assert "\\/" not in to_turtle(conference.graph)
    # places are nested (/place/hai-phong/ngo-quyen): written as full IRIs, never as place:a\/b
    text = next(seed_out.glob("*.ttl")).read_text(encoding="utf-8")
    assert "<https://w3id.org/vnkg/place/hai-phong/ngo-quyen>" in text


def test_turtle_writer_refuses_escaped_slashes(monkeypatch):
    g = Graph()
    g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
    monkeypatch.setattr("kg.serialize._turtle_text", lambda graph: "ex:a\\/b ex:p \"x\" .\n")
    with pytest.raises(AssertionError, match="escaped '/'"):
        to_turtle(g)


def test_jsonld_embeds_its_context_and_sorts_nodes(seed_out):
    [path] = [p for p in seed_out.glob("*.jsonld") if p.name != "context.jsonld"]
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"@context", "@graph"}
    assert doc["@context"] == context()["@context"]  # embedded, never a URL to fetch
    assert isinstance(doc["@context"], dict)
    ids = [node["id"] for node in doc["@graph"]]
    assert ids == sorted(ids, key=lambda i: _expand(doc["@context"], i))
    assert len(ids) == len(set(ids))
    # the context file written beside it is the same context
    assert json.loads((seed_out / "context.jsonld").read_text(encoding="utf-8")) == context()
    # Vietnamese is written as itself, not as \u escapes
    assert "Nguyễn Thị Nghĩa" in path.read_text(encoding="utf-8")


def _expand(ctx: dict, compact: str) -> str:
    prefix, _, rest = compact.partition(":")
    value = ctx.get(prefix)
    return value + rest if isinstance(value, str) and rest else compact


def test_context_follows_the_base():
    ctx = context("https://example.org/kg/")["@context"]
    assert ctx["person"] == "https://example.org/kg/person/"
    assert ctx["place"] == "https://example.org/kg/place/"
    assert ctx["vnkg"] == "https://w3id.org/vnkg/ontology#"  # the ontology does not move
    assert context()["@context"]["person"] == DEFAULT_BASE + "person/"  # the shipped one is not changed


def test_jsonld_refuses_blank_nodes():
    g = Graph()
    g.add((BNode(), URIRef("https://schema.org/name"), Literal("x")))
    with pytest.raises(ValueError, match="blank nodes"):
        to_jsonld(g)
    g = Graph()
    g.add((URIRef(DEFAULT_BASE + "person/a"), URIRef("https://schema.org/knows"), BNode()))
    with pytest.raises(ValueError, match="blank nodes"):
        to_jsonld(g)


def test_ntriples_and_nquads_are_sorted_and_complete(built):
    nt = to_ntriples(built.graph)
    lines = nt.splitlines()
    assert lines == sorted(lines) and len(lines) == len(built.graph)
    assert isomorphic(Graph().parse(data=nt, format="nt"), built.graph)
    nq = to_nquads(built.graph, built.iri)
    assert all(line.endswith(f"<{built.iri}> .") for line in nq.splitlines())
    assert len(nq.splitlines()) == len(built.graph)


@pytest.mark.parametrize("name,fmt", [("a.ttl", "turtle"), ("a.jsonld", "json-ld"), ("a.json", "json-ld"),
                                      ("a.nt", "nt"), ("a.nq", "nquads"), ("a.trig", "trig"), ("A.TTL", "turtle")])
def test_format_of_known_endings(name, fmt):
    assert format_of(name) == fmt


def test_format_of_unknown_ending_is_an_input_error():
    with pytest.raises(InputError, match=r"unknown RDF file type '\.txt'"):
        format_of("article.txt")


def test_a_prefix_whose_local_names_need_escapes_is_not_used():
    g = Graph()
    g.bind("place", "https://w3id.org/vnkg/place/")
    g.bind("ex", "https://example.org/")
    g.add((URIRef("https://w3id.org/vnkg/place/hai-phong/ngo-quyen"), URIRef("https://example.org/p"), Literal("x")))
    text = to_turtle(g)
    assert "\\" not in text and "@prefix place:" not in text and "@prefix ex:" in text
    assert "<https://w3id.org/vnkg/place/hai-phong/ngo-quyen> ex:p" in text


@pytest.mark.parametrize("context", ['"http://127.0.0.1:9/ctx.jsonld"', '[{"name": "http://schema.org/name"}, "http://127.0.0.1:9/c"]',
                                     '{"@import": "http://127.0.0.1:9/c", "name": "http://schema.org/name"}'])
@pytest.mark.parametrize("command", ["validate", "query"])
def test_jsonld_naming_a_remote_context_is_refused_and_nothing_is_fetched(tmp_path, monkeypatch, capsys, context,
                                                                           command):
    import socket

    from kg.cli import main

    def no_network(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    path = tmp_path / "remote.jsonld"
    path.write_text('{"@context": %s, "@id": "http://example.org/a", "name": "x"}' % context, encoding="utf-8")
    args = ["validate", str(path)] if command == "validate" else ["query", "persons", "--data", str(path)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "never fetches" in err


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(_JSON_VALUES)
def test_the_jsonld_writer_writes_what_json_dumps_writes(value):
    from kg.serialize import _indented_json

    out: list = []
    _indented_json(value, "", out)
    assert "".join(out) == json.dumps(value, ensure_ascii=False, indent=2)
