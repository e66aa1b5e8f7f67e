"""Entity documents (framed JSON-LD, one per thing users look up) and the article as schema.org.

A person embeds their post holdings, each with its body, role, title as written,
date stated and source sentence; a meeting embeds its chair, attendees, bodies
and date; a body its parent chain and sub-bodies; a ward its district, city and
merger. Sentences are embedded as {"id", "sentence", "start", "end"}.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from ..terms import NIF, ORG, QB, SCHEMA, SDMX_MEASURE, VNKG
from .compact import SUMMARY, Frame, Writer

SENTENCE = Frame(forward=(NIF.anchorOf, NIF.beginIndex, NIF.endIndex), types=False)
PLACE_CHAIN = Frame(summary=True)
PLACE_CHAIN.embed = {SCHEMA.containedInPlace: PLACE_CHAIN}
BODY_CHAIN = Frame(summary=True)
BODY_CHAIN.embed = {ORG.subOrganizationOf: BODY_CHAIN}
TITLE = Frame(forward=(VNKG.titleAsWritten, VNKG.statedOn, VNKG.status), types=False)
PERSON_BRIEF = Frame(summary=True, reverse={ORG.member: TITLE})
FIGURE_BRIEF = Frame(forward=(VNKG.measure, SDMX_MEASURE.obsValue, VNKG.unit, VNKG.period, VNKG.change),
                     embed={VNKG.mentionedIn: SENTENCE})
_COMMON = {VNKG.mentionedIn: SENTENCE, PROV.wasDerivedFrom: SUMMARY}

HOLDING = Frame(exclude=(ORG.member,), embed={**_COMMON, ORG.organization: SUMMARY, ORG.role: SUMMARY,
                                              VNKG.post: SUMMARY})
HOLDING_IN_BODY = Frame(exclude=(ORG.organization,), embed={**_COMMON, ORG.member: SUMMARY, ORG.role: SUMMARY,
                                                            VNKG.post: SUMMARY})
EVENT_BRIEF = Frame(summary=True)
MERGER = Frame(embed={**_COMMON, VNKG.mergedUnit: SUMMARY})

FRAMES = {
    "article": Frame(embed={SCHEMA.author: SUMMARY, SCHEMA.publisher: Frame(), SCHEMA.mentions: SUMMARY,
                            SCHEMA.about: SUMMARY},
                     reverse={NIF.referenceContext: Frame(forward=(NIF.anchorOf, NIF.beginIndex, NIF.endIndex),
                                                          reverse={VNKG.mentionedIn: Frame(types=False,
                                                                                           forward=())})}),
    "person": Frame(embed={**_COMMON, ORG.holds: SUMMARY},
                    reverse={ORG.member: HOLDING, VNKG.chair: EVENT_BRIEF, SCHEMA.attendee: EVENT_BRIEF,
                             SCHEMA.author: SUMMARY}),
    "event": Frame(embed={**_COMMON, VNKG.chair: PERSON_BRIEF, SCHEMA.attendee: PERSON_BRIEF,
                          VNKG.participatingBody: SUMMARY, VNKG.mergedUnit: PLACE_CHAIN},
                   reverse={SCHEMA.about: SUMMARY}),
    "body": Frame(embed={**_COMMON, ORG.subOrganizationOf: BODY_CHAIN, SCHEMA.areaServed: PLACE_CHAIN},
                  reverse={ORG.subOrganizationOf: SUMMARY, ORG.organization: HOLDING_IN_BODY,
                           VNKG.participatingBody: EVENT_BRIEF, ORG.postIn: SUMMARY, VNKG.subject: FIGURE_BRIEF}),
    "place": Frame(embed={**_COMMON, SCHEMA.containedInPlace: PLACE_CHAIN},
                   reverse={VNKG.mergedUnit: MERGER, SCHEMA.containedInPlace: SUMMARY, SCHEMA.areaServed: SUMMARY}),
    "holding": Frame(embed={**_COMMON, ORG.member: SUMMARY, ORG.organization: SUMMARY, ORG.role: SUMMARY,
                            VNKG.post: SUMMARY}),
    "post": Frame(embed={ORG.postIn: SUMMARY, ORG.role: SUMMARY},
                  reverse={ORG.holds: SUMMARY, VNKG.post: Frame(forward=(VNKG.titleAsWritten, VNKG.statedOn),
                                                                embed={VNKG.mentionedIn: SENTENCE})}),
    "role": Frame(reverse={ORG.role: SUMMARY}),
    "figure": Frame(embed={**_COMMON, VNKG.subject: SUMMARY, VNKG.before: FIGURE_BRIEF, VNKG.after: FIGURE_BRIEF,
                           QB.dataSet: SUMMARY}),
    "figures": Frame(embed={PROV.wasDerivedFrom: SUMMARY}, reverse={QB.dataSet: FIGURE_BRIEF}),
    "publisher": Frame(reverse={SCHEMA.publisher: SUMMARY}),
    "other": Frame(embed=dict(_COMMON)),
}

# kind, its types in priority order, and its label in Vietnamese and English
KINDS = (
    ("article", (SCHEMA.NewsArticle,), "Bài báo", "Article"),
    ("person", (SCHEMA.Person,), "Người", "Person"),
    ("event", (SCHEMA.Event,), "Sự kiện", "Event"),
    ("body", (ORG.Organization,), "Cơ quan", "Body"),
    ("place", (SCHEMA.Place,), "Địa danh", "Place"),
    ("holding", (VNKG.PostHolding,), "Việc giữ chức vụ", "Post holding"),
    ("post", (ORG.Post,), "Chức vụ", "Post"),
    ("role", (ORG.Role,), "Vai trò", "Role"),
    ("figure", (QB.Observation,), "Số liệu", "Figure"),
    ("figures", (QB.DataSet,), "Bộ số liệu", "Figures"),
    ("publisher", (SCHEMA.Organization,), "Nơi đăng", "Publisher"),
)


def kind_of(graph: Graph, node: URIRef) -> str:
    types = set(graph.objects(node, RDF.type))
    for kind, classes, _, _ in KINDS:
        if types & set(classes):
            return kind
    return "other"


def entity_document(writer: Writer, node: URIRef) -> tuple[dict, set]:
    """The framed JSON-LD document of one entity, and the triples it states."""
    return writer.document(node, FRAMES[kind_of(writer.graph, node)])


def label(graph: Graph, node: URIRef, lang: str = "vi") -> str | None:
    """The node's label in `lang`, else in Vietnamese, else any."""
    for prop in (RDFS.label, SKOS.prefLabel, SCHEMA.name, SCHEMA.headline):
        values = sorted(graph.objects(node, prop), key=str)
        for want in (lang, "vi"):
            for value in values:
                if getattr(value, "language", None) == want:
                    return str(value)
        if values:
            return str(values[0])
    return None


# ------------------------------------------------------------------ schema.org

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
# Plain strings are Vietnamese unless a term says otherwise; dates are typed; url is an IRI.
SCHEMA_CONTEXT = {"@vocab": "https://schema.org/", "@language": "vi",
                  "datePublished": {"@type": XSD_NS + "dateTime"}, "startDate": {"@type": XSD_NS + "date"},
                  "identifier": {"@language": None}, "inLanguage": {"@language": None}, "url": {"@type": "@id"}}
_SCHEMA_TYPES = {SCHEMA.Person: "Person", SCHEMA.Place: "Place", SCHEMA.Event: "Event",
                 SCHEMA.Organization: "Organization", SCHEMA.NewsArticle: "NewsArticle"}


def news_article(graph: Graph, article: URIRef) -> tuple[dict, set]:
    """The article as a schema.org NewsArticle, ready for a <script type="application/ld+json"> in its web page.

    Only schema.org terms and absolute IRIs, with an inline context: a search engine reads it as
    plain schema.org, and a JSON-LD processor reads exactly triples of the graph, fetching nothing.
    """
    triples: set = set()

    def literal(node, prop, key):
        values = sorted(graph.objects(node, prop), key=str)
        if not values:
            return None
        v = values[0]
        triples.add((node, prop, v))
        term = SCHEMA_CONTEXT.get(key, {})
        if isinstance(v, URIRef):
            return str(v) if term.get("@type") == "@id" else {"@id": str(v)}
        if v.language:
            return str(v) if v.language == "vi" and "@language" not in term else {"@value": str(v), "@language": v.language}
        if v.datatype is not None and str(v.datatype) != XSD_NS + "string":
            return str(v) if term.get("@type") == str(v.datatype) else {"@value": str(v), "@type": str(v.datatype)}
        return str(v) if "@language" in term else {"@value": str(v)}

    def thing(node) -> dict:
        out: dict = {"@id": str(node)}
        types = [t for t in sorted(graph.objects(node, RDF.type), key=str) if t in _SCHEMA_TYPES]
        if types:
            out["@type"] = _SCHEMA_TYPES[types[0]]
            triples.add((node, RDF.type, types[0]))
        for prop, key in ((SCHEMA.name, "name"), (SCHEMA.startDate, "startDate"), (SCHEMA.url, "url")):
            value = literal(node, prop, key)
            if value is not None:
                out[key] = value
        return out

    doc: dict = {"@context": SCHEMA_CONTEXT, "@id": str(article), "@type": "NewsArticle"}
    triples.add((article, RDF.type, SCHEMA.NewsArticle))
    for prop, key in ((SCHEMA.headline, "headline"), (SCHEMA.datePublished, "datePublished"),
                      (SCHEMA.inLanguage, "inLanguage"), (SCHEMA.identifier, "identifier")):
        value = literal(article, prop, key)
        if value is not None:
            doc[key] = value
    for prop, key in ((SCHEMA.author, "author"), (SCHEMA.publisher, "publisher"), (SCHEMA.about, "about"),
                      (SCHEMA.mentions, "mentions")):
        things = []
        for node in sorted(graph.objects(article, prop), key=str):
            if prop == SCHEMA.mentions and not set(graph.objects(node, RDF.type)) & set(_SCHEMA_TYPES):
                continue  # search engines read persons, events and places; the rest is in the entity document
            triples.add((article, prop, node))
            things.append(thing(node))
        if things:
            doc[key] = things[0] if len(things) == 1 and prop != SCHEMA.mentions else things
    return doc, triples
