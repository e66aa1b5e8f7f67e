"""A resolution -> the people graph (people.ttl): each person with the records it gathers.

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


def people_graph(base: str, persons: list[tuple[str, list[Record]]], redirects: dict[str, str],
                 namesakes: list[tuple[str, str]]) -> Graph:
    g = bind_prefixes(Graph(), base)
    g.bind("owl", OWL)
    doc = URIRef(base + "people")
    g.add((doc, RDF.type, VNKG.PersonResolution))
    g.add((doc, RDFS.label, Literal("Người được nhận diện qua các bài", lang="vi")))
    g.add((doc, RDFS.label, Literal("Persons resolved across articles", lang="en")))
    for iri, records in persons:
        person = URIRef(iri)
        name = display_name(records)
        g.add((person, RDF.type, SCHEMA.Person))
        g.add((person, SCHEMA.name, Literal(name, lang="vi")))
        g.add((person, RDFS.label, Literal(name, lang="vi")))
        for rec in records:
            g.add((URIRef(rec.iri), OWL.sameAs, person))
            for m in rec.mentions:
                g.add((person, VNKG.mentionedIn, URIRef(m)))
            for h in rec.holdings:
                if h.post and h.status != "former":
                    g.add((person, ORG.holds, URIRef(h.post)))
    for old, iri in redirects.items():
        g.add((URIRef(old), OWL.sameAs, URIRef(iri)))
    for a, b in namesakes:
        g.add((URIRef(a), VNKG.namesake, URIRef(b)))
        g.add((URIRef(b), VNKG.namesake, URIRef(a)))
    return g


def display_name(records: list[Record]) -> str:
    """The spelling most of the records use; on a tie, the earliest record's."""
    counts = Counter(r.name for r in records)
    first = min(records, key=lambda r: r.order).name
    return max(counts, key=lambda n: (counts[n], n == first, n))
