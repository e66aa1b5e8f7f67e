"""Turtle, N-Triples, N-Quads and JSON-LD, byte-identical across runs.

JSON-LD is written by a small compactor against the context shipped in
kg/data/context.jsonld, embedded in each document, so no processor ever needs to
fetch a context. Nodes, keys and values are sorted; there are no blank nodes.
"""
from __future__ import annotations

import copy
import functools
import io
import json
import re
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.serializers.turtle import OBJECT, TurtleSerializer

from .article_store import by_subject
from .ids import CACHED_IRIS, DEFAULT_BASE

_DATA_PREFIXES = ("article", "person", "body", "place", "data")
_XSD_STRING = XSD.string  # read once: rdflib answers each use of XSD.x in Python code


@functools.cache
def _shipped_context() -> dict:
    return json.loads(resources.files("kg.data").joinpath("context.jsonld").read_text(encoding="utf-8"))


def context(base: str = DEFAULT_BASE) -> dict:
    """The shipped context, with the data prefixes pointing at `base`."""
    doc = copy.deepcopy(_shipped_context())
    if base != DEFAULT_BASE:
        for key in _DATA_PREFIXES:
            doc["@context"][key] = doc["@context"][key].replace(DEFAULT_BASE, base, 1)
    return doc


def to_turtle(graph: Graph) -> str:
    """Turtle written by Oxigraph (about 30x faster than rdflib's writer), triples sorted, grouped by
    subject, with the graph's own prefixes where every local name under them is a plain name: Oxigraph
    would write 'place:hai-phong\\/ngo-quyen', and Virtuoso 7.2 keeps such escapes in IRIs."""
    text = _turtle_text(graph)
    if "\\/" in text:
        raise AssertionError("Turtle output contains an escaped '/' in a local name")
    return text


def triples_turtle(triples, namespaces) -> str:
    """to_turtle() of the graph these triples make, with these (prefix, namespace) pairs, without building
    an rdflib graph (a site writes one small Turtle file per entity)."""
    triples = list(triples)
    try:
        return _oxigraph_turtle(triples, namespaces)
    except ValueError:
        graph = Graph()
        for prefix, namespace in namespaces:
            graph.bind(prefix, namespace, override=True, replace=True)
        for triple in triples:
            graph.add(triple)
        return to_turtle(graph)


def _turtle_text(graph: Graph) -> str:
    try:
        return _indexed_turtle(by_subject(graph), list(graph.namespaces()))
    except ValueError:  # an IRI Oxigraph refuses (rdflib is laxer): rdflib's own writer
        stream = io.BytesIO()
        _LosslessTurtle(graph).serialize(stream, encoding="utf-8")
        return stream.getvalue().decode("utf-8")


def _oxigraph_turtle(triples: list, namespaces) -> str:
    import pyoxigraph as ox

    triples = sorted(triples, key=lambda t: (str(t[0]), str(t[1]), _sort_key(t[2])))
    if len(_OX_TERMS) >= CACHED_IRIS:
        _OX_TERMS.clear()
    known = _OX_TERMS
    oxi = []
    for triple in triples:
        s, p, o = (known.get(term) or known.setdefault(term, _ox(term)) for term in triple)
        oxi.append(ox.Triple(s, p, o))
    text = ox.serialize(oxi, format=ox.RdfFormat.TURTLE,
                        prefixes=_plain_prefixes(triples, namespaces)).decode("utf-8")
    # Oxigraph writes its prefixes in hash order, which changes from run to run: sort them
    lines = text.split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    return "\n".join(sorted(head) + [""] + lines[len(head):])


def _indexed_turtle(spo: dict, namespaces) -> str:
    """_oxigraph_turtle() of the triples of subject -> predicate -> objects (kg.article_store.by_subject),
    read in the same order without sorting every triple: the subjects by their string, then each one's
    predicates, then each predicate's objects, as _oxigraph_turtle sorts them (no two subjects, predicates or
    objects have one sort key: there are no blank nodes); each subject and predicate converted once, and
    the prefixes judged once per IRI rather than once per use."""
    import pyoxigraph as ox

    if len(_OX_TERMS) >= CACHED_IRIS:
        _OX_TERMS.clear()
    known, triple, iris, oxi = _OX_TERMS, ox.Triple, set(), []
    for s in sorted(spo, key=str):
        po = spo[s]
        if not po:
            continue
        s_ox = known.get(s) or known.setdefault(s, _ox(s))
        if isinstance(s, URIRef):
            iris.add(str(s))
        for p in sorted(po, key=str):
            objects = po[p]
            if not objects:
                continue
            p_ox = known.get(p) or known.setdefault(p, _ox(p))
            if isinstance(p, URIRef):
                iris.add(str(p))
            for o in sorted_objects(objects):
                if isinstance(o, URIRef):
                    iris.add(str(o))
                    o_ox = known.get(o) or known.setdefault(o, _ox(o))
                else:
                    if isinstance(o, Literal) and o.datatype:
                        iris.add(str(o.datatype))
                    o_ox = _ox(o)
                oxi.append(triple(s_ox, p_ox, o_ox))
    text = ox.serialize(oxi, format=ox.RdfFormat.TURTLE, prefixes=_prefixes_of(iris, namespaces)).decode("utf-8")
    lines = text.split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    return "\n".join(sorted(head) + [""] + lines[len(head):])


_PLAIN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")


def _plain_prefixes(triples: list, namespaces) -> dict[str, str]:
    """The prefixes under which every IRI the triples use has a plain local name (and at least one does)."""
    pairs = tuple(sorted((str(p), str(n)) for p, n in namespaces if p))
    seen = _PREFIX_USE.setdefault(pairs, {}) if len(_PREFIX_USE) < 64 else {}
    if len(seen) >= CACHED_IRIS:
        seen.clear()
    used: set[str] = set()
    bad: set[str] = set()
    for triple in triples:
        for term in triple:
            iri = str(term) if isinstance(term, URIRef) else str(term.datatype) if isinstance(term, Literal) and \
                term.datatype else None
            if iri is None:
                continue
            found = seen.get(iri)
            if found is None:
                found = seen[iri] = _prefix_use(iri, pairs)
            used.update(found[0])
            bad.update(found[1])
    return {prefix: namespace for prefix, namespace in pairs if prefix in used and prefix not in bad}


def _prefixes_of(iris: set[str], namespaces) -> dict[str, str]:
    """_plain_prefixes() of triples whose IRIs (and literals' datatypes) are these."""
    pairs = tuple(sorted((str(p), str(n)) for p, n in namespaces if p))
    seen = _PREFIX_USE.setdefault(pairs, {}) if len(_PREFIX_USE) < 64 else {}
    if len(seen) >= CACHED_IRIS:
        seen.clear()
    used: set[str] = set()
    bad: set[str] = set()
    for iri in iris:
        found = seen.get(iri)
        if found is None:
            found = seen[iri] = _prefix_use(iri, pairs)
        used.update(found[0])
        bad.update(found[1])
    return {prefix: namespace for prefix, namespace in pairs if prefix in used and prefix not in bad}


def _prefix_use(iri: str, pairs: tuple) -> tuple[tuple, tuple]:
    """(prefixes whose namespace the IRI lies under, those of them under which its local name is not plain)."""
    under = [(prefix, iri[len(namespace):]) for prefix, namespace in pairs if iri.startswith(namespace)]
    return tuple(p for p, _ in under), tuple(p for p, local in under if not _PLAIN_LOCAL.match(local))


# what each IRI allows, by set of namespaces: a site asks again for the same IRIs in thousands of files
_PREFIX_USE: dict = {}


# Oxigraph's terms for rdflib's: a site writes the same IRIs into thousands of small Turtle files
_OX_TERMS: dict = {}


def _ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or _XSD_STRING)))
    raise ValueError("blank nodes are not written: every node gets an IRI")


class _LosslessTurtle(TurtleSerializer):
    """rdflib's Turtle, except that a literal whose shorthand would change its lexical form is written in
    full: rdflib writes "96"^^xsd:decimal as 96.0, which reads back as another literal ("96.0"), and the
    Turtle would no longer be the graph that was validated and that the JSON-LD (which keeps "96") carries."""

    def label(self, node, position):
        text = super().label(node, position)
        if isinstance(node, Literal) and node.datatype is not None and not text.startswith('"') \
                and text != str(node):
            return f"{Literal(str(node)).n3()}^^{super().label(node.datatype, OBJECT)}"
        return text


def to_ntriples(graph: Graph) -> str:
    lines = sorted(graph.serialize(format="nt").splitlines())
    return "\n".join(line for line in lines if line.strip()) + "\n"


def to_nquads(graph: Graph, graph_iri: str) -> str:
    name = URIRef(graph_iri).n3()
    lines = sorted(line[:-1].rstrip() + f" {name} .\n" for line in to_ntriples(graph).splitlines() if line)
    return "".join(lines)


def sorted_objects(objects) -> list:
    """sorted(objects, key=_sort_key), without making the key of an object that is alone (most are)."""
    return list(objects) if len(objects) == 1 else sorted(objects, key=_sort_key)


def _sort_key(term) -> tuple:
    if isinstance(term, Literal):
        return (1, str(term), term.language or "", str(term.datatype or ""))
    return (0, str(term), "", "")


def parse_file(path: str, graph: Graph | None = None) -> Graph:
    """Read Turtle, JSON-LD, N-Triples, N-Quads or TriG by the file's ending; InputError, on one line,
    when the file is missing or is not RDF in that syntax."""
    from .errors import InputError

    graph = graph if graph is not None else Graph()
    fmt = format_of(str(path))
    from .files import regular_file

    regular_file(path)  # rdflib would take a missing file for a URL; a FIFO would block
    if fmt == "json-ld":
        refuse_remote_contexts(str(path))
    try:
        graph.parse(str(path), format=fmt)
    except Exception as exc:  # noqa: BLE001 - each parser has its own exceptions; all mean the same here
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"{path}: cannot read it as {fmt} ({reason})") from exc
    return graph


def refuse_remote_contexts(path: str) -> None:
    """JSON-LD that names a context or an @import by URL is refused before any parser sees it: rdflib
    would fetch it (a way to make vnkg send requests anywhere, SSRF); vnkg never fetches a context."""
    from .errors import InputError

    try:
        doc = json.loads(open(path, encoding="utf-8-sig").read())
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read it as json-ld ({exc})") from exc

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            raise InputError(f"{path}: names a remote JSON-LD context ({ctx}); vnkg never fetches "
                                             "contexts: embed the context in the file")
                        if isinstance(ctx, dict) and "@import" in ctx:
                            raise InputError(f"{path}: its context imports {ctx['@import']}; vnkg never fetches "
                                             "contexts: embed the context in the file")
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(doc)


def format_of(path: str) -> str:
    ending = path.rsplit(".", 1)[-1].lower()
    formats = {"ttl": "turtle", "jsonld": "json-ld", "json": "json-ld", "nt": "nt", "nq": "nquads",
               "trig": "trig", "rdf": "xml", "xml": "xml"}
    if ending not in formats:
        from .errors import InputError

        raise InputError(f"{path}: unknown RDF file type '.{ending}' (use .ttl, .jsonld, .nt, .nq or .trig)")
    return formats[ending]


# the JSON-LD writer (kg/jsonld_write.py), here as before
from .jsonld_write import _indented_json, to_jsonld  # noqa: E402,F401
