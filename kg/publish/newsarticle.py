"""The article as schema.org reads it: the few triples a NewsArticle needs that `kg build` does not state,
and the one JSON-LD block that presents the article to search engines.

Added to the published graph (so the block states only triples of the dumps):
    schema:publisher   the portal the article names as its source, an Organization named from
                       kg/data/portals.tsv (the domain where the portal is not listed), with its url and logo
    schema:about       the article's events
    schema:url, schema:mainEntityOfPage   the article's web address, when the graph knows it
    schema:dateModified  the publication date where no later change is known
    schema:url of the author  the author's page (their IRI, which dereferences to it)
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from ..terms import SCHEMA, VNKG
from ..text import slug

_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
_WEB = re.compile(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$")


@functools.cache
def portals() -> dict[str, tuple[str, str]]:
    """domain -> (the portal's name, its logo's address or '') from kg/data/portals.tsv."""
    text = resources.files("kg.data").joinpath("portals.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            domain, name, logo = (line.split("\t") + ["", ""])[:3]
            out[domain.strip().lower()] = (name.strip(), logo.strip())
    return out


def web_address(graph: Graph, article: URIRef) -> URIRef | None:
    """The article's own web page, when the graph states it: schema:url, or a source that is a web address."""
    for prop in (SCHEMA.url, DCTERMS.source, VNKG.sourceName):
        for value in sorted(graph.objects(article, prop), key=str):
            if _WEB.match(str(value).strip()):
                return URIRef(str(value).strip())
    return None


def schema_view(graph: Graph, base: str) -> list[tuple]:
    """The triples that make an article a usable schema.org NewsArticle (see the module's text)."""
    added = []
    for article in sorted(graph.subjects(RDF.type, SCHEMA.NewsArticle), key=str):
        for source in sorted(set(graph.objects(article, VNKG.sourceName)) | set(graph.objects(article, DCTERMS.source))):
            domain = _domain(str(source))
            if not domain:
                continue
            name, logo = portals().get(domain, (domain, ""))
            publisher = URIRef(base + "publisher/" + slug(domain))
            added += [(article, SCHEMA.publisher, publisher), (publisher, RDF.type, SCHEMA.Organization),
                      (publisher, SCHEMA.name, Literal(name, lang="vi"))]
            if _HOST.match(domain):
                added.append((publisher, SCHEMA.url, URIRef(f"https://{domain}/")))
            if logo:
                added.append((publisher, SCHEMA.logo, URIRef(logo)))
            break
        for event in sorted(graph.objects(article, SCHEMA.mentions), key=str):
            if (event, RDF.type, SCHEMA.Event) in graph:
                added.append((article, SCHEMA.about, event))
        page = web_address(graph, article)
        if page is not None:
            added += [(article, SCHEMA.url, page), (article, SCHEMA.mainEntityOfPage, page)]
        if graph.value(article, SCHEMA.dateModified) is None:
            added += [(article, SCHEMA.dateModified, d) for d in graph.objects(article, SCHEMA.datePublished)]
        for author in graph.objects(article, SCHEMA.author):
            if isinstance(author, URIRef) and author.startswith(base):
                added.append((author, SCHEMA.url, author))
    return added


def _domain(source: str) -> str:
    """'haiphong.gov.vn', 'https://haiphong.gov.vn/tin/…' -> 'haiphong.gov.vn'; a name that is no address as it is."""
    text = source.strip()
    if _WEB.match(text):
        text = text.split("://", 1)[1].split("/", 1)[0]
        text = text[4:] if text.lower().startswith("www.") else text
    return text.lower() if _HOST.match(text.lower()) else text



XSD_NS = "http://www.w3.org/2001/XMLSchema#"
# Plain strings are Vietnamese unless a term says otherwise; dates are typed; url is an IRI.
SCHEMA_CONTEXT = {"@vocab": "https://schema.org/", "@language": "vi",
                  "datePublished": {"@type": XSD_NS + "dateTime"}, "dateModified": {"@type": XSD_NS + "dateTime"},
                  "startDate": {"@type": XSD_NS + "date"}, "identifier": {"@language": None},
                  "inLanguage": {"@language": None}, "url": {"@type": "@id"}, "mainEntityOfPage": {"@type": "@id"},
                  "image": {"@type": "@id"}, "logo": {"@type": "@id"}}
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
        for prop, key in ((SCHEMA.name, "name"), (SCHEMA.startDate, "startDate"), (SCHEMA.url, "url"),
                          (SCHEMA.logo, "logo")):
            value = literal(node, prop, key)
            if value is not None:
                out[key] = value
        return out

    doc: dict = {"@context": SCHEMA_CONTEXT, "@id": str(article), "@type": "NewsArticle"}
    triples.add((article, RDF.type, SCHEMA.NewsArticle))
    for prop, key in ((SCHEMA.headline, "headline"), (SCHEMA.datePublished, "datePublished"),
                      (SCHEMA.dateModified, "dateModified"), (SCHEMA.url, "url"),
                      (SCHEMA.mainEntityOfPage, "mainEntityOfPage"), (SCHEMA.image, "image"),
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
