"""A resolution -> the people graph (people.ttl, written from its triples): each person with the records it gathers.

    <person> a schema:Person ; schema:name ; rdfs:label ; vnkg:mentionedIn (every sentence of its records) ;
             org:holds (the posts its records hold, not former ones)
    <record> owl:sameAs <person>          the person as one article names it
    <old> owl:sameAs <person>             an IRI of an earlier build that was merged into this person
    <p1> vnkg:namesake <p2>               two persons with one name (both directions)
"""
from __future__ import annotations

from collections import Counter

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ..mapping import bind_prefixes
from ..terms import ORG, SCHEMA, VNKG
from .records import Record


def people_namespaces(base: str) -> Graph:
    """An empty graph with the people graph's prefixes bound."""
    g = bind_prefixes(Graph(), base)
    g.bind("owl", OWL)
    return g


def write_people_turtle(path, base: str, persons: list[tuple[str, list[Record]]], redirects: dict[str, str],
                        namesakes: list[tuple[str, str]]) -> None:
    """The people graph's Turtle (as kg.serialize.triples_turtle writes it), byte for byte, written to path as
    it streams (kg.turtle_file): for a big corpus its triples held at once were most of the people layer's memory."""
    from ..turtle_file import write_turtle

    write_turtle(path, people_triples(base, persons, redirects, namesakes),
                 list(people_namespaces(base).namespaces()))


def people_triples(base: str, persons: list[tuple[str, list[Record]]], redirects: dict[str, str],
                   namesakes: list[tuple[str, str]]):
    doc = URIRef(base + "people")
    yield doc, RDF.type, VNKG.PersonResolution
    yield doc, RDFS.label, Literal("Người được nhận diện qua các bài", lang="vi")
    yield doc, RDFS.label, Literal("Persons resolved across articles", lang="en")
    for iri, records in persons:
        person = URIRef(iri)
        name = display_name(records)
        yield person, RDF.type, SCHEMA.Person
        yield person, SCHEMA.name, Literal(name, lang="vi")
        yield person, RDFS.label, Literal(name, lang="vi")
        for rec in records:
            yield URIRef(rec.iri), OWL.sameAs, person
            for m in rec.mentions:
                yield person, VNKG.mentionedIn, URIRef(m)
            for h in rec.holdings:
                if h.post and h.status != "former":
                    yield person, ORG.holds, URIRef(h.post)
    for old, iri in redirects.items():
        yield URIRef(old), OWL.sameAs, URIRef(iri)
    for a, b in namesakes:
        yield URIRef(a), VNKG.namesake, URIRef(b)
        yield URIRef(b), VNKG.namesake, URIRef(a)


def display_name(records: list[Record]) -> str:
    """The spelling most of the records use; on a tie, the earliest record's."""
    counts = Counter(r.name for r in records)
    first = min(records, key=lambda r: r.order).name
    return max(counts, key=lambda n: (counts[n], n == first, n))
