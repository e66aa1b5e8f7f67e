"""What `kg load` reads: files and folders -> one GraphDoc per named graph, or a Failure.

The graph of an article file is named by its article IRI (the one subject typed
schema:NewsArticle). N-Quads and TriG files keep the graph names they carry. A
folder is read one level deep; since `kg build` writes each article twice (.ttl
and .jsonld), one file per name stem is taken, the first of PREFERENCE.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import MERGED_GRAPH, ONTOLOGY_GRAPH

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NEWS_ARTICLE = "https://schema.org/NewsArticle"
PERSON_RESOLUTION = "https://w3id.org/vnkg/ontology#PersonResolution"
PREFERENCE = (".ttl", ".nt", ".nq", ".trig", ".jsonld")
_SKIPPED = {"context.jsonld"}  # the JSON-LD context that `kg build` writes beside the articles


@dataclass
class GraphDoc:
    """One named graph to write: its IRI, where it came from, and its triples (no duplicates)."""

    graph: str
    source: str
    triples: list  # pyoxigraph.Triple

    def __len__(self) -> int:
        return len(self.triples)

    def quads(self) -> list:
        import pyoxigraph as ox

        name = ox.NamedNode(self.graph)
        return [ox.Quad(t.subject, t.predicate, t.object, name) for t in self.triples]

    def ntriples(self) -> bytes:
        """N-Triples, which is also Turtle with no escaped local names (Virtuoso keeps a `\\/` as written)."""
        import pyoxigraph as ox

        return ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES) or b""


@dataclass
class Failure:
    """An input, or one graph of it, that could not be read or written, and why."""

    source: str
    reason: str
    graph: str = ""

    def __str__(self) -> str:
        where = f" (graph {self.graph})" if self.graph else ""
        return f"{self.source}{where}: {self.reason}"


@dataclass
class Input:
    """One thing to read, read only when its turn comes (so a huge load never holds it all)."""

    name: str
    read: Callable[[], list]  # -> list[GraphDoc | Failure]


def rdf_format(path: str | Path):
    import pyoxigraph as ox

    ending = Path(path).suffix.lower()
    formats = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
               ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
               ".rdf": ox.RdfFormat.RDF_XML}
    return formats.get(ending)


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Files as given; each folder -> its RDF files, one per name stem. Missing paths are failures."""
    files: list[Path] = []
    failures: list[Failure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            chosen: dict[str, Path] = {}
            for child in sorted(path.iterdir()):
                if not child.is_file() or child.name in _SKIPPED or child.suffix.lower() not in PREFERENCE:
                    continue
                held = chosen.get(child.stem)
                if held is None or PREFERENCE.index(child.suffix.lower()) < PREFERENCE.index(held.suffix.lower()):
                    chosen[child.stem] = child
            files.extend(sorted(chosen.values()))
        elif path.is_file():
            files.append(path)
        elif path.exists():  # a FIFO, a socket, a device: never opened (a FIFO would block)
            failures.append(Failure(str(path), "not a regular file; vnkg reads only regular files"))
        else:
            failures.append(Failure(str(path), "no such file or folder"))
    return files, failures


def file_inputs(paths: Iterable[str | Path]) -> tuple[list[Input], list[Failure]]:
    files, failures = expand(paths)
    return [Input(str(f), _reader(f)) for f in files], failures


def _reader(path: Path) -> Callable[[], list]:
    return lambda: read_file(path)


def read_file(path: str | Path) -> list:
    """One file -> its graphs. Any problem is a Failure naming the file; nothing is raised."""
    import pyoxigraph as ox

    source = str(path)
    fmt = rdf_format(path)
    if fmt is None:
        return [Failure(source, f"unknown RDF file type '{Path(path).suffix}' (use .ttl, .nt, .nq, .trig or .jsonld)")]
    from ..errors import InputError
    from ..files import regular_file

    try:
        regular_file(path)
    except InputError as exc:
        return [Failure(source, str(exc).removeprefix(f"{source}: "))]
    try:
        quads = list(ox.parse(path=str(path), format=fmt, rename_blank_nodes=True))
    except OSError as exc:
        return [Failure(source, f"cannot read the file ({exc.strerror or exc})")]
    except (SyntaxError, ValueError) as exc:
        return [Failure(source, f"not valid {fmt.name}: {_one_line(exc)}")]
    return split_graphs(quads, source)


def split_graphs(quads: list, source: str) -> list:
    """Quads -> one GraphDoc per named graph; default-graph triples go to the graph of their article."""
    import pyoxigraph as ox

    by_graph: dict[str, dict] = {}
    default: dict = {}
    for quad in quads:
        target = default if isinstance(quad.graph_name, ox.DefaultGraph) else by_graph.setdefault(
            _graph_key(quad.graph_name), {})
        target[quad.triple] = None
    out: list = []
    if default:
        articles = sorted({t.subject.value for t in default if t.predicate.value == RDF_TYPE
                           and isinstance(t.object, ox.NamedNode) and t.object.value == NEWS_ARTICLE
                           and isinstance(t.subject, ox.NamedNode)})
        people = sorted({t.subject.value for t in default if t.predicate.value == RDF_TYPE
                         and isinstance(t.object, ox.NamedNode) and t.object.value == PERSON_RESOLUTION
                         and isinstance(t.subject, ox.NamedNode)})
        if len(articles) == 1:
            by_graph.setdefault(articles[0], {}).update(default)
        elif not articles and len(people) == 1:  # people.ttl (kg/people): its graph is named by the resolution
            by_graph.setdefault(people[0], {}).update(default)
        else:
            found = "no article" if not articles else f"{len(articles)} articles"
            out.append(Failure(source, f"cannot name its graph: it describes {found} (a graph holds one "
                                       f"schema:NewsArticle); give N-Quads or TriG to name graphs yourself"))
    for graph, triples in by_graph.items():
        if graph == MERGED_GRAPH:
            out.append(Failure(source, "this graph is the merge of all others, which vnkg keeps itself", graph))
        elif graph.startswith("_:"):
            out.append(Failure(source, "a graph named by a blank node cannot be stored by name", graph))
        else:
            out.append(GraphDoc(graph, source, list(triples)))
    return out


def _graph_key(name) -> str:
    import pyoxigraph as ox

    return name.value if isinstance(name, ox.NamedNode) else f"_:{name.value}"


def doc_from_ntriples(text: str | bytes, graph: str, source: str) -> GraphDoc:
    import pyoxigraph as ox

    data = text.encode("utf-8") if isinstance(text, str) else text
    triples = dict.fromkeys(q.triple for q in ox.parse(input=data, format=ox.RdfFormat.N_TRIPLES))
    return GraphDoc(graph, source, list(triples))


def doc_from_rdflib(graph, iri: str, source: str) -> GraphDoc:
    """An rdflib Graph (as `kg build` makes) -> the GraphDoc of graph `iri`."""
    return doc_from_ntriples(graph.serialize(format="nt"), iri, source)


def ontology_input() -> Input:
    def read() -> list:
        from ..validate import ontology_graph

        return [doc_from_rdflib(ontology_graph(), ONTOLOGY_GRAPH, "ontology")]

    return Input("ontology", read)


def iter_docs(inputs: Iterable[Input]) -> Iterator:
    for item in inputs:
        yield from item.read()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
