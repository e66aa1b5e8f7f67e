"""Built article graphs -> person records: one per person as one article names them.

The people layer reads only what `kg build` wrote (the `.ttl` files of a folder), never article text:
each record keeps the name as written, the article and its date, the posts the article states with
their bodies and provinces, the other persons it names, and the sentences, as evidence for the resolver.
"""
from __future__ import annotations

import sys
from collections.abc import Collection, Set
from dataclasses import dataclass, field
from pathlib import Path

from .provinces import ProvinceRef, province_ref

PEOPLE_FILE = "people.ttl"

_PERSONS = """
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?p ?name ?article ?aid ?date ?m ?sentence WHERE {
  ?p a schema:Person ; schema:name ?name ; prov:wasDerivedFrom ?article .
  ?article a schema:NewsArticle ; schema:identifier ?aid .
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?p vnkg:mentionedIn ?m . OPTIONAL { ?m nif:anchorOf ?sentence } }
}"""

_HOLDINGS = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?p ?role ?org ?orgName ?parent ?post ?status ?date ?title ?area ?parentArea ?sentence WHERE {
  ?h a vnkg:PostHolding ; org:member ?p ; org:role ?role ; vnkg:status ?status ; vnkg:titleAsWritten ?title .
  OPTIONAL { ?h org:organization ?org .
             OPTIONAL { ?org skos:prefLabel ?orgName }
             OPTIONAL { ?org schema:areaServed ?area }
             OPTIONAL { ?org org:subOrganizationOf ?parent . OPTIONAL { ?parent schema:areaServed ?parentArea } } }
  OPTIONAL { ?h vnkg:post ?post }
  OPTIONAL { ?h vnkg:statedOn ?date }
  OPTIONAL { ?h vnkg:mentionedIn/nif:anchorOf ?sentence }
}"""

_PLACES = """
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?article ?place WHERE { ?place a schema:Place ; prov:wasDerivedFrom ?article . }"""

_EVENTS = """
PREFIX schema: <https://schema.org/>
PREFIX vnkg: <https://w3id.org/vnkg/ontology#>
SELECT ?e ?p WHERE { { ?e vnkg:chair ?p } UNION { ?e schema:attendee ?p } }"""


@dataclass(frozen=True, slots=True)
class Holding:
    """A post the article states the person holds (or held: status 'former')."""

    role: str  # role IRI
    body: str  # body IRI, '' when the article names none
    post: str  # post IRI, ''
    status: str  # current | new | former
    date: str  # 'YYYY-MM-DD', ''
    title: str  # as written
    provinces: frozenset[ProvinceRef] = frozenset()
    body_name: str = ""  # the body's full name
    parent: str = ""  # IRI of the body it belongs to


@dataclass(slots=True)
class Record:
    """A person as one article names them (the article's own person node)."""

    iri: str
    name: str
    article: str  # article IRI
    article_id: str
    date: str  # the article's date, 'YYYY-MM-DD', or ''
    holdings: list[Holding] = field(default_factory=list)
    # read from a folder, the collections are sorted tuples (a set is four times the size of a tuple of
    # one), and what repeats is shared (sys.intern, one context per article): a large corpus holds every
    # record at once
    context: Set[ProvinceRef] = field(default_factory=set)  # provinces of the places the article names
    companions: Collection[str] = field(default_factory=set)  # folded names of the other persons of the article
    events: Collection[str] = field(default_factory=set)
    mentions: Collection[str] = field(default_factory=set)  # sentence node IRIs
    sentence: str = ""  # the sentence shown as evidence: the first of the person's own, else of a post's

    @property
    def provinces(self) -> set[ProvinceRef]:
        """Provinces of the bodies the person's own posts belong to."""
        return {p for h in self.holdings for p in h.provinces}

    @property
    def order(self) -> tuple[str, str, str]:
        """Earliest first: dated articles by date, then by article id; undated ones last."""
        return (self.date or "9999", self.article_id, self.iri)


def article_files(out_dir: str | Path) -> list[Path]:
    """The article graphs of a built folder: its .ttl files, not people.ttl and nothing under rejected/."""
    folder = Path(out_dir)
    return [p for p in sorted(folder.glob("*.ttl")) if p.name != PEOPLE_FILE]


def read_records(files: list[Path]) -> list[Record]:
    """Every article's records, each article read on its own: a record is a person as that article names
    them, so a shared body's place as another article states it stays out of it, and memory holds the
    records, not the corpus (one article in a store at a time; also faster than one store of them all)."""
    import pyoxigraph as ox

    records: list[Record] = []
    for path in files:
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        records += records_from_store(store)
    return sorted(records, key=lambda r: r.order)


def records_from_store(store) -> list[Record]:
    from ..text import fold

    records: dict[str, Record] = {}
    own_sentences: dict[str, set[str]] = {}
    for row in store.query(_PERSONS):
        iri = row["p"].value
        rec = records.get(iri)
        if rec is None:
            date = row["date"].value[:10] if row["date"] is not None else ""
            rec = records[iri] = Record(iri, _value(row["name"]), _value(row["article"]), _value(row["aid"]),
                                        sys.intern(date))
            own_sentences[iri] = set()
        elif row["name"].value < rec.name:
            rec.name = _value(row["name"])  # two spellings of one folded name: the first in order, for determinism
        if row["m"] is not None:
            rec.mentions.add(row["m"].value)
        if row["sentence"] is not None:
            own_sentences[iri].add(row["sentence"].value)
    by_article: dict[str, list[Record]] = {}
    for rec in records.values():
        by_article.setdefault(rec.article, []).append(rec)
        rec.sentence = min(own_sentences[rec.iri], default="")
    for row in store.query(_HOLDINGS):
        rec = records.get(row["p"].value)
        if rec is None:
            continue
        date = _value(row["date"])
        areas = {t.value for t in (row["area"], row["parentArea"]) if t is not None}
        holding = Holding(_value(row["role"]), _value(row["org"]), _value(row["post"]), _value(row["status"]), date,
                          _value(row["title"]), frozenset(filter(None, (province_ref(a, date or rec.date)
                                                                        for a in areas))),
                          _value(row["orgName"]), _value(row["parent"]))
        if holding not in rec.holdings:
            rec.holdings.append(holding)
        if row["sentence"] is not None and not rec.sentence:
            rec.sentence = row["sentence"].value
    for rec in records.values():
        rec.holdings.sort(key=lambda h: (h.date, h.role, h.body, h.title, h.status))
    context: dict[str, set[ProvinceRef]] = {}
    for row in store.query(_PLACES):
        group = by_article.get(row["article"].value)
        if group:  # the records of one article share its date, and so the provinces its places are in
            ref = province_ref(row["place"].value, group[0].date)
            if ref:
                context.setdefault(row["article"].value, set()).add(ref)
    for row in store.query(_EVENTS):
        rec = records.get(row["p"].value)
        if rec is not None:
            rec.events.add(row["e"].value)
    for article, group in by_article.items():
        names = {fold(r.name) for r in group}
        shared = frozenset(context.get(article, ()))
        for rec in group:
            rec.context = shared
            rec.companions = tuple(sorted(sys.intern(n) for n in names - {fold(rec.name)}))
            rec.mentions, rec.events = tuple(sorted(rec.mentions)), tuple(sorted(rec.events))
    return sorted(records.values(), key=lambda r: r.order)


def _value(term) -> str:
    """A term's text, shared with every equal text read before (IRIs, names, titles repeat across records)."""
    return sys.intern(term.value) if term is not None else ""
