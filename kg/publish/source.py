"""What `kg publish` publishes: the graphs `kg build` wrote, read back, never re-extracted.

Each input file is one named graph (named by its article's IRI). IRIs minted under
another base are moved to the publishing base. A small schema.org view is added so
the article reads as a NewsArticle (newsarticle.py). JSON-LD input is refused when it would make
a processor fetch a remote context: no remote context is ever fetched.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.namespace import RDF

from ..errors import InputError
from ..ids import DEFAULT_BASE
from ..mapping import bind_prefixes
from ..terms import SCHEMA
from ..text import slug
from .newsarticle import schema_view

# IRIs under the base that are vocabulary, not data: they keep their IRIs and get no entity page
VOCABULARY_SEGMENTS = ("ontology", "shapes")
_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "json": "json-ld"}


@dataclass
class Source:
    graphs: list[tuple[URIRef, Graph]]  # (graph name, graph), sorted by name
    graph: Graph  # their union
    base: str


def default_inputs(folder: str | Path = "output") -> list[Path]:
    paths = sorted(Path(folder).glob("*.ttl"))
    if not paths:
        raise InputError(f"no Turtle files in {folder}/: run `kg build` first, or give --data FILE")
    return paths


def load(paths: list[str | Path], base: str | None = None) -> Source:
    """Read the files, move their IRIs to `base` (default: the base they were minted with)."""
    read: list[Graph] = []
    for path in paths:
        g = Graph(store=SimpleMemory())
        try:
            _parse(Path(path), g)
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: cannot read it as RDF ({exc})") from exc
        read.append(g)
    minted = {detect_base(g) for g in read} - {None}
    if len(minted) > 1:
        raise InputError(f"the inputs were minted under different bases: {', '.join(sorted(minted))}")
    old = minted.pop() if minted else DEFAULT_BASE
    new = base or old
    if not new.endswith(("/", "#")):
        new += "/"
    graphs: dict[URIRef, Graph] = {}
    for path, g in zip(paths, read):
        g = rebase(g, old, new) if new != old else g
        name = _graph_name(g, new, Path(path))
        if name in graphs:  # a second file for the same article: one graph
            for triple in g:
                graphs[name].add(triple)
        else:
            graphs[name] = g
        target = graphs[name]
        for triple in schema_view(g, new):
            target.add(triple)
    union = bind_prefixes(Graph(store=SimpleMemory()), new)  # no contexts to keep: lookups twice as fast
    for g in graphs.values():
        for triple in g:
            union.add(triple)
    return Source(sorted(graphs.items(), key=lambda item: str(item[0])), union, new)


def _parse(path: Path, graph: Graph) -> None:
    fmt = _FORMATS.get(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type (use .ttl, .nt, .nq, .trig or .jsonld)")
    if fmt in _OXIGRAPH:
        _parse_with_oxigraph(path, graph, _OXIGRAPH[fmt])
        return
    if fmt != "json-ld":
        graph.parse(str(path), format=fmt)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    remote = remote_references(data)
    if remote:
        raise InputError(f"{path}: refers to remote context {remote[0]!r}; remote contexts are never fetched "
                         "(embed the context in the file)")
    graph.parse(data=json.dumps(data), format="json-ld")


_OXIGRAPH = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS"}


def _parse_with_oxigraph(path: Path, graph: Graph, format_name: str) -> None:
    """Oxigraph's parser, several times faster than rdflib's on an archive's thousand files, its terms handed to
    rdflib as rdflib's own parser would make them (a plain literal has no datatype); graph names are dropped."""
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, format_name)
    terms: dict = {}

    def term(node):
        found = terms.get(node)
        if found is None:
            if isinstance(node, ox.NamedNode):
                found = URIRef(node.value)
            elif isinstance(node, ox.BlankNode):
                found = BNode(node.value)
            elif node.language:
                found = Literal(node.value, lang=node.language)
            elif node.datatype.value == _XSD_STRING:
                found = Literal(node.value)
            else:
                found = Literal(node.value, datatype=URIRef(node.datatype.value))
            terms[node] = found
        return found

    add = graph.add
    with open(path, "rb") as handle:
        for quad in ox.parse(handle, format=fmt, base_iri=path.resolve().as_uri()):
            add((term(quad.subject), term(quad.predicate), term(quad.object)))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def remote_references(data) -> list[str]:
    """Every context or import given by reference (a string), anywhere in a JSON-LD document."""
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    for item in value if isinstance(value, list) else [value]:
                        if isinstance(item, str):
                            found.append(item)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return found


def detect_base(graph: Graph) -> str | None:
    for article in sorted(graph.subjects(RDF.type, SCHEMA.NewsArticle), key=str):
        iri = str(article)
        if "/article/" in iri:
            return iri[: iri.rindex("/article/") + 1]
    return None


def rebase(graph: Graph, old: str, new: str) -> Graph:
    """The same graph with every data IRI under `old` moved under `new` (vocabulary IRIs untouched)."""
    def move(term):
        if isinstance(term, URIRef) and str(term).startswith(old):
            rest = str(term)[len(old):]
            if not is_vocabulary(rest):
                return URIRef(new + rest)
        return term

    out = Graph()
    for s, p, o in graph:
        out.add((move(s), p, move(o)))
    return out


def is_vocabulary(path: str) -> bool:
    """'ontology#Meeting', 'shapes#…': the vocabulary's own IRIs under the default base."""
    return path.split("/", 1)[0].split("#", 1)[0] in VOCABULARY_SEGMENTS


def _graph_name(graph: Graph, base: str, path: Path) -> URIRef:
    articles = sorted(graph.subjects(RDF.type, SCHEMA.NewsArticle), key=str)
    return articles[0] if len(articles) == 1 else URIRef(base + "graph/" + slug(path.stem))
