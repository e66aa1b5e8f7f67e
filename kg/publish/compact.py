"""Framed JSON-LD trees built straight from an rdflib graph, deterministically.

A `Frame` says which properties of a node to write and which related nodes to
embed (forward or reverse). `Writer.document` walks the graph with a frame and
returns the compacted tree together with the exact set of triples it states, so
the `.ttl` beside each `.jsonld` says the same thing. Every value is written with
the term whose definition fits it (language map, typed literal, IRI); a value no
term fits falls back to a compact IRI key with a value object, never lost.
"""
from __future__ import annotations

import functools
import re

import orjson
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from ..terms import SCHEMA

_INTEGER_TYPES = {str(XSD.integer), str(XSD.nonNegativeInteger), str(XSD.positiveInteger), str(XSD.int),
                  str(XSD.long)}
_SAFE_RELATIVE = re.compile(r"^[A-Za-z0-9_~-][A-Za-z0-9_~.,=%/#-]*$")
LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name)
DATES = (SCHEMA.startDate, SCHEMA.datePublished)


@dataclass
class Frame:
    """What to write of a node. `forward=None` writes every forward property; `summary` writes the type,
    the first label property present and a date (what a link to the node needs)."""
    forward: tuple | None = None
    exclude: tuple = ()
    embed: dict = field(default_factory=dict)  # predicate -> Frame for forward objects
    reverse: dict = field(default_factory=dict)  # predicate -> Frame for subjects pointing here
    types: bool = True
    summary: bool = False
    # reverse embeds only from the document's own article (a meeting's attendee with the titles stated in the
    # meeting's article, not every title stated for them in the archive)
    same_article: bool = False


SUMMARY = Frame(summary=True)


class Compactor:
    """Term selection and value shaping against one context."""

    def __init__(self, ctx: dict):
        self.ctx = ctx["@context"]
        self.base = self.ctx.get("@base")
        self.prefixes = sorted(((v, k) for k, v in self.ctx.items()
                                if isinstance(v, str) and not v.startswith("@") and v.endswith(("/", "#"))),
                               key=lambda vk: (-len(vk[0]), vk[1]))
        self.classes: dict[str, str] = {}
        self.forward: dict[str, list[tuple[str, dict]]] = {}
        self.reverse: dict[str, list[tuple[str, dict]]] = {}
        for term, definition in self.ctx.items():
            if isinstance(definition, str) and not definition.startswith("@") and not definition.endswith(("/", "#")):
                self.classes.setdefault(self.expand(definition), term)
            elif isinstance(definition, dict):
                if "@reverse" in definition:
                    self.reverse.setdefault(self.expand(definition["@reverse"]), []).append((term, definition))
                else:
                    self.forward.setdefault(self.expand(definition["@id"]), []).append((term, definition))

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        if sep and prefix in self.ctx and isinstance(self.ctx[prefix], str):
            return self.ctx[prefix] + rest
        return value

    def prefixed(self, iri: str) -> str:
        for namespace, prefix in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                local = iri[len(namespace):]
                if not local.startswith("//"):
                    return f"{prefix}:{local}"
        return iri

    def ref(self, iri: str) -> str:
        """An IRI as a node reference: relative to @base where that is unambiguous, else prefixed."""
        if self.base and iri.startswith(self.base):
            rest = iri[len(self.base):]
            first = rest.split("/", 1)[0]
            if rest and _SAFE_RELATIVE.match(rest) and ":" not in first:
                return rest
        return self.prefixed(iri)

    def type_name(self, iri: str) -> str:
        return self.classes.get(iri) or self.prefixed(iri)

    def term_for(self, predicate: str, obj, reverse: bool) -> tuple[str, dict | None]:
        table = self.reverse if reverse else self.forward
        for term, definition in table.get(predicate, []):
            if _fits(definition, obj, self):
                return term, definition
        if reverse:
            raise ValueError(f"no reverse term for {predicate}: add one to kg/publish/context.jsonld")
        return self.prefixed(predicate), None

    def literal_value(self, lit: Literal, definition: dict | None):
        if definition is None:
            out: dict = {"@value": str(lit)}
            if lit.language:
                out["@language"] = lit.language
            elif lit.datatype and lit.datatype != XSD.string:
                out["@type"] = self.prefixed(str(lit.datatype))
            return out
        kind = definition.get("@type")
        if kind and self.expand(kind) in _INTEGER_TYPES and str(lit) == str(_int_or_none(str(lit))):
            return int(str(lit))  # a JSON number a developer can use; it expands to the same literal
        return str(lit)


def _int_or_none(text: str):
    try:
        return int(text)
    except ValueError:
        return None


def _fits(definition: dict, obj, comp: Compactor) -> bool:
    kind = definition.get("@type")
    if definition.get("@container") == "@language":
        return isinstance(obj, Literal) and bool(obj.language)
    if kind == "@id":
        return isinstance(obj, URIRef)
    if isinstance(obj, URIRef) or not isinstance(obj, Literal):
        return False
    if kind:
        return obj.language is None and obj.datatype is not None and str(obj.datatype) == comp.expand(kind)
    return obj.language is None and obj.datatype in (None, XSD.string)


class Writer:
    """Builds framed trees over one graph; each call returns (tree, triples it states)."""

    def __init__(self, graph: Graph, ctx: dict):
        self.graph = graph
        self.ctx = ctx
        self.comp = Compactor(ctx)

    def document(self, subject: URIRef, frame: Frame) -> tuple[dict, set]:
        triples: set = set()
        node = self.node(subject, frame, triples, trail=())
        if isinstance(node, str):
            node = {"id": node}
        return {"@context": self.ctx["@context"], **node}, triples

    def flat(self) -> dict:
        """Every node of the graph, flat and sorted: the site's full JSON-LD dump."""
        nodes, triples = [], set()
        for subject in sorted({s for s in self.graph.subjects() if isinstance(s, URIRef)}, key=natural_key):
            nodes.append(self.node(subject, Frame(), triples, trail=()))
        if len(triples) != len(self.graph):
            raise ValueError("the graph has blank nodes or values the writer cannot state")
        return {"@context": self.ctx["@context"], "@graph": [n if isinstance(n, dict) else {"id": n} for n in nodes]}

    def node(self, subject: URIRef, frame: Frame, triples: set, trail: tuple):
        if isinstance(subject, BNode):
            raise ValueError("blank nodes are not published: every node gets an IRI")
        g, comp = self.graph, self.comp
        out: dict = {"id": comp.ref(str(subject))}
        types = sorted(g.objects(subject, RDF.type), key=str) if frame.types else []
        if types:
            names = sorted(comp.type_name(str(t)) for t in types)
            out["type"] = names[0] if len(names) == 1 else names
            triples.update((subject, RDF.type, t) for t in types)
        if frame.summary:
            predicates = [next((p for p in LABELS if (subject, p, None) in g), None)]
            predicates += [p for p in DATES if (subject, p, None) in g]
            predicates += [p for p in frame.embed if p not in predicates]  # a chain: the place a place lies in
            predicates = [p for p in predicates if p is not None]
        elif frame.forward is None:
            predicates = sorted({p for p in g.predicates(subject) if p != RDF.type}, key=str)
        else:
            predicates = list(frame.forward)
        props: dict[str, list] = {}
        shapes: dict[str, dict | None] = {}
        trail = trail + (subject,)
        for predicate in predicates:
            if predicate in frame.exclude:
                continue
            for obj in sorted(g.objects(subject, predicate), key=_sort_key):
                key, definition = comp.term_for(str(predicate), obj, reverse=False)
                shapes[key] = definition
                triples.add((subject, predicate, obj))
                if isinstance(obj, Literal):
                    value = comp.literal_value(obj, definition)
                elif predicate in frame.embed and obj not in trail:
                    value = self.node(obj, frame.embed[predicate], triples, trail)
                else:
                    value = comp.ref(str(obj))
                if definition is None and isinstance(value, str) and isinstance(obj, URIRef):
                    value = {"id": value}
                props.setdefault(key, []).append((obj, value))
        sources = set(g.objects(trail[0], PROV.wasDerivedFrom)) if frame.same_article else None
        for predicate, child in frame.reverse.items():
            for other in sorted((s for s in g.subjects(predicate, subject) if isinstance(s, URIRef)), key=natural_key):
                if sources is not None and sources.isdisjoint(g.objects(other, PROV.wasDerivedFrom)):
                    continue
                key, definition = comp.term_for(str(predicate), other, reverse=True)
                shapes[key] = definition
                triples.add((other, predicate, subject))
                value = comp.ref(str(other)) if other in trail else self.node(other, child, triples, trail)
                props.setdefault(key, []).append((other, value))
        for key in sorted(props):
            out[key] = _shape(props[key], shapes[key])
        if set(out) == {"id"} and trail[:-1]:
            return out["id"]
        return out


def _shape(values: list, definition: dict | None):
    if definition is not None and definition.get("@container") == "@language":
        by_lang: dict[str, list[str]] = {}
        for obj, value in values:
            by_lang.setdefault(obj.language, []).append(value)
        return {lang: v[0] if len(v) == 1 else v for lang, v in sorted(by_lang.items())}
    items = [value for _, value in values]
    if definition is not None and definition.get("@container") == "@set":
        return items
    return items[0] if len(items) == 1 else items


def _sort_key(term) -> tuple:
    if isinstance(term, Literal):
        return (1, str(term), term.language or "", str(term.datatype or ""))
    return (0, natural_key(term), "", "")


@functools.lru_cache(maxsize=1 << 18)
def natural_key(text) -> tuple:
    """'figure/2' before 'figure/10', 'char=32,567' before 'char=2846,2922'."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", str(text)))


def dumps(doc: dict) -> str:
    """The one JSON text form of every published document: json.dumps(doc, ensure_ascii=False, indent=2), byte
    for byte, written by orjson (Python's own encoder is pure Python once asked to indent: 2 ms a document)."""
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def script_text(doc: dict) -> str:
    """JSON for a <script type="application/ld+json"> element, on one line: no '</' can end the element early.
    The page's copy carries only the context entries the document uses (the .jsonld beside it, the whole context)."""
    text = orjson.dumps(pruned(doc)).decode("utf-8")
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")


def pruned(doc: dict) -> dict:
    """The document with its embedded context cut to the keywords, the prefixes and the terms it uses as keys
    or types: it states the same triples (the site's context has no @vocab and no @vocab-typed terms)."""
    ctx = doc.get("@context")
    if not isinstance(ctx, dict) or "@vocab" in ctx:  # schema.org's block stays as the file to copy has it
        return doc
    used: set[str] = set()
    _collect_terms({k: v for k, v in doc.items() if k != "@context"}, used)
    keep = {k: v for k, v in ctx.items()
            if k.startswith("@") or k in used or (isinstance(v, str) and v.endswith(("/", "#")))}
    return {"@context": keep, **{k: v for k, v in doc.items() if k != "@context"}}


def _collect_terms(value, used: set) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            used.add(key)
            if key in ("type", "@type"):
                used.update(inner if isinstance(inner, list) else [inner])
            else:
                _collect_terms(inner, used)
    elif isinstance(value, list):
        for item in value:
            _collect_terms(item, used)
