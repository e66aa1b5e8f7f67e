"""Entity documents (framed JSON-LD, one per thing users look up) and the article as schema.org.

A person embeds their post holdings, each with its body, role, title as written,
date stated and source sentence; a meeting embeds its chair, attendees, bodies
and date; a body its parent chain and sub-bodies; a ward its district, city and
merger. Sentences are embedded as {"id", "sentence", "start", "end"}.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from ..terms import NIF, ORG, QB, SCHEMA, SDMX_MEASURE, VNKG
from .compact import SUMMARY, Frame, Writer

# the people layer's links (SHARED_TERMS.md): read when the graph has them, whether or not the ontology does yet
TERM = URIRef(str(VNKG._NS) + "term")
NAMESAKE = URIRef(str(VNKG._NS) + "namesake")
SENTENCE = Frame(forward=(NIF.anchorOf, NIF.beginIndex, NIF.endIndex), types=False)
PLACE_CHAIN = Frame(summary=True)
PLACE_CHAIN.embed = {SCHEMA.containedInPlace: PLACE_CHAIN}
BODY_CHAIN = Frame(summary=True)
BODY_CHAIN.embed = {ORG.subOrganizationOf: BODY_CHAIN}
TITLE = Frame(forward=(VNKG.titleAsWritten, VNKG.statedOn, VNKG.status), types=False)
PERSON_BRIEF = Frame(summary=True, reverse={ORG.member: TITLE}, same_article=True)
FIGURE_BRIEF = Frame(forward=(VNKG.measure, SDMX_MEASURE.obsValue, VNKG.unit, VNKG.period, VNKG.change),
                     embed={VNKG.mentionedIn: SENTENCE})
_COMMON = {VNKG.mentionedIn: SENTENCE, PROV.wasDerivedFrom: SUMMARY}

HOLDING = Frame(exclude=(ORG.member,), embed={**_COMMON, ORG.organization: SUMMARY, ORG.role: SUMMARY,
                                              VNKG.post: SUMMARY, TERM: SUMMARY})
HOLDING_IN_BODY = Frame(exclude=(ORG.organization,), embed={**_COMMON, ORG.member: SUMMARY, ORG.role: SUMMARY,
                                                            VNKG.post: SUMMARY})
EVENT_BRIEF = Frame(summary=True)
# a resolved person's records (each article's own node, `owl:sameAs` the person): what each article says of them
RECORD = Frame(exclude=(OWL.sameAs,), embed=dict(_COMMON),
               reverse={ORG.member: HOLDING, VNKG.chair: EVENT_BRIEF, SCHEMA.attendee: EVENT_BRIEF,
                        SCHEMA.author: SUMMARY})
MERGER = Frame(embed={**_COMMON, VNKG.mergedUnit: SUMMARY})

FRAMES = {
    "article": Frame(embed={SCHEMA.author: SUMMARY, SCHEMA.publisher: Frame(), SCHEMA.mentions: SUMMARY,
                            SCHEMA.about: SUMMARY},
                     reverse={NIF.referenceContext: Frame(forward=(NIF.anchorOf, NIF.beginIndex, NIF.endIndex),
                                                          reverse={VNKG.mentionedIn: Frame(types=False,
                                                                                           forward=())})}),
    "person": Frame(embed={**_COMMON, ORG.holds: SUMMARY, NAMESAKE: SUMMARY},
                    reverse={ORG.member: HOLDING, VNKG.chair: EVENT_BRIEF, SCHEMA.attendee: EVENT_BRIEF,
                             SCHEMA.author: SUMMARY, OWL.sameAs: RECORD}),
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


def merged_into(graph, node: URIRef) -> URIRef | None:
    """The IRI a merged IRI now stands for: the one it is owl:sameAs, when that is all the graph says of it."""
    same = [o for o in graph.objects(node, OWL.sameAs) if isinstance(o, URIRef)]
    if len(same) == 1 and set(graph.predicates(node)) == {OWL.sameAs}:
        return same[0]
    return None


def resolved_person(graph, node: URIRef) -> URIRef | None:
    """The person a record stands for: the one person it is owl:sameAs (people.ttl), when the graph has one."""
    if not (set(graph.objects(node, RDF.type)) & {SCHEMA.Person}):
        return None
    same = [o for o in graph.objects(node, OWL.sameAs) if isinstance(o, URIRef) and o != node
            and SCHEMA.Person in set(graph.objects(o, RDF.type))]
    return same[0] if len(same) == 1 else None


def stands_for(graph, node: URIRef) -> URIRef | None:
    """The IRI whose page a reader is sent to instead of this one's: a merged IRI's, a resolved record's person."""
    return merged_into(graph, node) or resolved_person(graph, node)


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
