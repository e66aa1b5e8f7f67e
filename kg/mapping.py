"""Typed facts -> RDF: the one place that knows the ontology's shape.

Reused vocabularies: W3C ORG for bodies, posts and their holders, schema.org for
persons, articles, events and places, PROV-O for derivation, RDF Data Cube for
figures and NIF for the sentences facts come from. Nothing here reads Vietnamese.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, URIRef

from .article_store import ArticleMemory
from .figure_check import change_disagrees
from .ids import DEFAULT_BASE, Minter
from .model import Event, Facts, Mention
from .reader import Article
from .terms import DCTERMS, NIF, ORG, PROV, QB, RDF, RDFS, SCHEMA, SDMX_MEASURE, SKOS, VNKG, XSD
from .terms import kept_literal as Literal  # rdflib's Literal, made once for a string or an int met before

EVENT_CLASSES = {"meeting": VNKG.Meeting, "conference": VNKG.Conference, "congress": VNKG.Congress,
                 "inspection": VNKG.Inspection, "visit": VNKG.Visit, "merger": VNKG.Merger, "other": VNKG.OtherEvent}
PLACE_CLASSES = {"city": VNKG.City, "province": VNKG.Province, "district": VNKG.District, "ward": VNKG.Ward,
                 "commune": VNKG.Commune, "town": VNKG.Town, "residential-group": VNKG.ResidentialGroup}


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    for prefix, ns in (("vnkg", str(VNKG)), ("schema", str(SCHEMA)), ("org", str(ORG)), ("prov", str(PROV)),
                       ("qb", str(QB)), ("nif", str(NIF)), ("skos", str(SKOS)), ("dcterms", str(DCTERMS)),
                       ("sdmx-measure", str(SDMX_MEASURE)), ("xsd", str(XSD)), ("rdfs", str(RDFS)),
                       ("person", base + "person/"), ("body", base + "org/"), ("place", base + "place/"),
                       ("role", base + "role/")):
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def to_graph(article: Article, facts: Facts, base: str = DEFAULT_BASE) -> Graph:
    """The article's graph: every entity with an IRI minted from content, every fact with its sentence."""
    ids = Minter(base, article.id, frozenset(facts.local_bodies))
    g = bind_prefixes(Graph(store=ArticleMemory()), ids.base)  # one graph, no contexts to keep (kg.article_store)
    art = ids.article(article.id)
    mentioned: set[URIRef] = set()

    def mention(subject: URIRef, m: Mention | None) -> None:
        if m is None:
            return
        node = ids.mention(article.id, m.start, m.end)
        g.add((subject, VNKG.mentionedIn, node))
        g.add((node, RDF.type, VNKG.Mention))
        g.add((node, NIF.anchorOf, Literal(m.sentence)))
        g.add((node, NIF.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.referenceContext, art))

    def derived(subject: URIRef) -> None:
        g.add((subject, PROV.wasDerivedFrom, art))
        mentioned.add(subject)

    _article(g, art, article, ids)

    for name, mentions in facts.persons.items():
        person = ids.article_person(article.id, name)
        g.add((person, RDF.type, SCHEMA.Person))
        g.add((person, SCHEMA.name, Literal(name, lang="vi")))
        g.add((person, RDFS.label, Literal(name, lang="vi")))
        derived(person)
        for m in mentions:
            mention(person, m)
    if article.author and article.author in facts.persons:  # a byline naming a site is no person
        g.add((art, SCHEMA.author, ids.article_person(article.id, article.author)))

    for place in facts.places.values():
        node = ids.place(place.key)
        g.add((node, RDF.type, PLACE_CLASSES[place.kind]))
        g.add((node, RDF.type, SCHEMA.Place))  # the superclass, stated so that shapes need no inference
        if place.kind != "residential-group":
            g.add((node, RDF.type, VNKG.AdministrativeUnit))
        _one_label(g, node, SCHEMA.name, place.name)
        g.add((node, RDFS.label, Literal(place.name, lang="vi")))
        if place.written and place.written != place.name:
            g.add((node, SKOS.altLabel, Literal(place.written, lang="vi")))
        if place.parent:
            g.add((node, SCHEMA.containedInPlace, ids.place(place.parent)))
        derived(node)
        for m in facts.place_mentions.get(place.key, []):
            mention(node, m)

    for body in facts.bodies.values():
        node = ids.body(body.name)
        g.add((node, RDF.type, ORG.Organization))
        _one_label(g, node, SKOS.prefLabel, body.name)
        g.add((node, RDFS.label, Literal(body.name, lang="vi")))
        if body.english:
            g.add((node, RDFS.label, Literal(body.english, lang="en")))
        for alias in body.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
        g.add((node, VNKG.bodyType, Literal(body.kind)))
        # two spellings of one body ('TU của Thành ủy …') mint one IRI: a body is never its own parent
        if body.parent and body.parent in facts.bodies and ids.body(body.parent) != node:
            g.add((node, ORG.subOrganizationOf, ids.body(body.parent)))
        if body.place and body.place in facts.places:
            g.add((node, SCHEMA.areaServed, ids.place(body.place)))
        derived(node)
        for m in facts.body_mentions.get(body.name, []):
            mention(node, m)

    for post in facts.posts:
        person = ids.article_person(article.id, post.person)
        role = ids.role(post.role)
        g.add((role, RDF.type, ORG.Role))
        g.add((role, SKOS.prefLabel, Literal(post.role, lang="vi")))
        g.add((role, SKOS.prefLabel, Literal(post.role_english, lang="en")))
        holding = ids.holding(article.id, post.person, post.title, post.status)
        g.add((holding, RDF.type, VNKG.PostHolding))
        g.add((holding, ORG.member, person))
        g.add((holding, ORG.role, role))
        g.add((holding, VNKG.titleAsWritten, Literal(post.title, lang="vi")))
        english = english_title(post.role_english, facts.bodies[post.body].english
                                if post.body in facts.bodies else None)
        g.add((holding, RDFS.label, Literal(f"{post.person}, {post.title}", lang="vi")))
        g.add((holding, RDFS.label, Literal(f"{post.person}, {english}", lang="en")))
        g.add((holding, VNKG.status, Literal(post.status)))
        if post.stated:
            g.add((holding, VNKG.statedOn, Literal(post.stated, datatype=XSD.date)))
        if post.body and post.body in facts.bodies:
            org = ids.body(post.body)
            node = ids.post(post.body, post.role)
            g.add((node, RDF.type, ORG.Post))
            g.add((node, ORG.postIn, org))
            g.add((node, ORG.role, role))
            g.add((node, RDFS.label, Literal(f"{post.role} — {post.body}", lang="vi")))
            g.add((holding, ORG.organization, org))
            g.add((holding, VNKG.post, node))
            if post.status != "former":
                g.add((person, ORG.holds, node))
        if post.term:
            _term(g, holding, post, ids, article.id, post.body if post.body in facts.bodies else None)
        derived(holding)
        mention(holding, post.mention)

    counts: dict[str, int] = {}
    for event in facts.events:
        counts[event.kind] = counts.get(event.kind, 0) + 1
        node = ids.event(article.id, event.kind, counts[event.kind])
        _event(g, node, event, ids, article.id)
        derived(node)
        mention(node, event.mention)

    if facts.figures:
        dataset = ids.dataset(article.id)
        g.add((dataset, RDF.type, QB.DataSet))
        g.add((dataset, RDFS.label, Literal(f"Số liệu của bài {article.id}", lang="vi")))
        g.add((dataset, RDFS.label, Literal(f"Figures reported by article {article.id}", lang="en")))
        g.add((dataset, PROV.wasDerivedFrom, art))
    observations = []
    for n, fig in enumerate(facts.figures, start=1):
        node = ids.observation(article.id, n)
        observations.append((node, fig))
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, ids.dataset(article.id)))
        g.add((node, VNKG.measure, Literal(fig.measure, lang="vi")))
        g.add((node, SDMX_MEASURE.obsValue, Literal(_decimal(fig.value), datatype=XSD.decimal)))
        if fig.unit:
            g.add((node, VNKG.unit, Literal(fig.unit)))
        if fig.period:
            g.add((node, VNKG.period, Literal(fig.period)))
        if fig.change:
            g.add((node, VNKG.change, Literal(fig.change)))
        if fig.subject and fig.subject in facts.bodies:
            g.add((node, VNKG.subject, ids.body(fig.subject)))
        derived(node)
        mention(node, fig.mention)
    _link_changes(g, observations)

    for node in sorted(mentioned):
        if node != art:
            g.add((art, SCHEMA.mentions, node))
    return g


def _article(g: Graph, art: URIRef, article: Article, ids: Minter) -> None:
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, RDF.type, PROV.Entity))
    g.add((art, SCHEMA.identifier, Literal(article.id)))
    g.add((art, SCHEMA.inLanguage, Literal("vi")))
    if article.title:
        g.add((art, SCHEMA.headline, Literal(article.title, lang="vi")))
        g.add((art, RDFS.label, Literal(article.title, lang="vi")))
    if article.published:
        g.add((art, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.dateTime)))
    if article.url:
        g.add((art, SCHEMA.url, URIRef(article.url)))
    if article.source:
        g.add((art, VNKG.sourceName, Literal(article.source)))
        g.add((art, DCTERMS.source, Literal(article.source)))


def _event(g: Graph, node: URIRef, event: Event, ids: Minter, article_id: str) -> None:
    g.add((node, RDF.type, SCHEMA.Event))
    g.add((node, RDF.type, EVENT_CLASSES[event.kind]))
    g.add((node, SCHEMA.name, Literal(event.label, lang="vi")))
    g.add((node, RDFS.label, Literal(event.label, lang="vi")))
    if event.date:
        g.add((node, SCHEMA.startDate, Literal(event.date, datatype=XSD.date)))
    elif event.month_day:  # the year is unknown: say only what is known
        month, day = event.month_day
        g.add((node, SCHEMA.startDate, Literal(f"--{month:02d}-{day:02d}", datatype=XSD.gMonthDay)))
    if event.date_text:
        g.add((node, VNKG.dateText, Literal(event.date_text, lang="vi")))
    if event.part_of_day:
        g.add((node, VNKG.partOfDay, Literal(event.part_of_day)))
    if event.topic:
        g.add((node, VNKG.topic, Literal(event.topic, lang="vi")))
    for p in event.participants:
        g.add((node, VNKG.chair if p.role == "chair" else SCHEMA.attendee, ids.article_person(article_id, p.person)))
    for body in event.bodies:
        g.add((node, VNKG.participatingBody, ids.body(body)))
    for place in event.places:
        g.add((node, VNKG.mergedUnit, ids.place(place)))


def _term(g: Graph, holding: URIRef, post, ids: Minter, article_id: str, body: str | None) -> None:
    """The term a holding states, as a vnkg:Term of its body (kg/extract/terms.py reads it)."""
    term = post.term
    node = ids.term(body, article_id, term.ordinal, term.start, term.end)
    g.add((holding, VNKG.term, node))
    g.add((node, RDF.type, VNKG.Term))
    g.add((node, RDFS.label, Literal(term.label, lang="vi")))
    if term.ordinal is not None:
        g.add((node, VNKG.termOrdinal, Literal(term.ordinal, datatype=XSD.integer)))
    if term.start is not None:
        g.add((node, VNKG.termStart, Literal(str(term.start), datatype=XSD.gYear)))
        g.add((node, VNKG.termEnd, Literal(str(term.end), datatype=XSD.gYear)))
    if body:
        g.add((node, VNKG.termOf, ids.body(body)))


def _link_changes(g: Graph, observations: list) -> None:
    """A stated change links to the two counts it compares, when exactly two of one measure and
    subject are given for different periods: 120 (2011 – 2015) -> 96 (2019) for 'giảm 20%'."""
    counts = [(n, f) for n, f in observations if f.unit is None and f.change is None and f.period]
    for node, fig in observations:
        if not fig.change:
            continue
        key = fig.measure.casefold()
        same = [(n, f) for n, f in counts if f.measure.casefold() == key and f.subject == fig.subject]
        if len(same) != 2 or same[0][1].period == same[1][1].period:
            continue
        (before, _), (after, _) = sorted(same, key=lambda nf: nf[1].period)
        g.add((node, VNKG.before, before))
        g.add((node, VNKG.after, after))
        first, last = sorted((f for _, f in same), key=lambda f: f.period)
        if change_disagrees(fig.value, fig.change, fig.unit, first.value, last.value):  # the source's own slip
            g.add((node, VNKG.inconsistentInSource, Literal(True)))


def _decimal(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _one_label(g: Graph, node: URIRef, predicate: URIRef, name: str) -> None:
    """The shapes allow one name: a second spelling that mints the same IRI becomes an altLabel."""
    if g.value(node, predicate) is None:
        g.add((node, predicate, Literal(name, lang="vi")))
    elif str(g.value(node, predicate)) != name:
        g.add((node, SKOS.altLabel, Literal(name, lang="vi")))


def english_title(role_english: str, body_english: str | None) -> str:
    """'Standing Deputy Secretary' + 'Hải Phòng City Party Committee' -> '… of the Hải Phòng City Party Committee';
    a role that names its kind of body already ('Head of the Subcommittee') is not told it twice."""
    if not body_english:
        return role_english
    head, sep, kind = role_english.partition(" of the ")
    if sep and (body_english.startswith(kind) or body_english.endswith(kind) or f" {kind} " in f" {body_english} "):
        return f"{head} of the {body_english}"
    return f"{role_english} of the {body_english}"
