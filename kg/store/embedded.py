"""The embedded store: a pyoxigraph store in a folder (default output/store/).

Each article's graph is a named graph, and MERGED_GRAPH holds every triple of them
all once; queries read MERGED_GRAPH.

Small loads replace each graph in one transaction (one SPARQL update that takes the
graph's old triples out of the merged graph unless another graph still has them,
drops the graph, and inserts the new triples into both), so a crash leaves a graph
and the merged graph either as they were or as they are now. Large loads go
through Oxigraph's bulk loader, which is several times faster but not
transactional: a crash in the middle of a batch can leave that batch's graphs
partly written, and loading again repairs them.
"""
from __future__ import annotations

import itertools
from pathlib import Path

from ..errors import StoreError
from . import MERGED_GRAPH
from .inputs import GraphDoc

BULK_MIN_TRIPLES = 50_000  # a load at least this big goes through the bulk loader
BATCH_TRIPLES = 250_000  # graphs are bulk-loaded in batches of about this many triples
FILE_CHUNK = 20_000  # triples of a file loaded at once by replace_from_file
MERGED_CHUNK = 50_000  # quads of the merged graph removed, or copied into it, at once by rebuild_merged
REOPEN_LOADS = 5  # bulk loads of rebuild_merged between two reopenings of the store


class EmbeddedStore:
    def __init__(self, path: str | Path, create: bool = True):
        import pyoxigraph as ox

        self.path = Path(path)
        if not create and not (self.path / "CURRENT").exists():
            raise StoreError(f"there is no store at {self.path}: fill one with `kg build` or `kg load`, "
                             f"or query files with --data FILE")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(_open_message(self.path, exc)) from exc
        self.unflushed = False  # a write went through RocksDB's memtables since the last flush

    def replace(self, doc: GraphDoc) -> None:
        """Replace one graph, and its share of the merged graph, in a single transaction."""
        import pyoxigraph as ox

        g, m = str(ox.NamedNode(doc.graph)), f"<{MERGED_GRAPH}>"  # a bad IRI is a ValueError here
        self.unflushed = True
        if len(doc.triples) > LARGE_GRAPH:
            # the graph as update text, twice, and its parse cost memory in proportion to it (hundreds of MB
            # for the people graph of a big corpus): drop it, then add its quads, in two transactions; the
            # load-in-progress mark of the caller covers the moment between them
            self.store.update(_drop(g, m))
            merged = ox.NamedNode(MERGED_GRAPH)
            self.store.extend(doc.quads())
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, merged) for t in doc.triples)
            return
        body = doc.ntriples().decode("utf-8")
        self.store.update(f"{_drop(g, m)} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}}\nGRAPH {m} {{\n{body}}} }}")

    def replace_from_file(self, path: str | Path, graph: str, chunk: int = FILE_CHUNK) -> int:
        """Replace one graph, and its share of the merged graph, with the triples of a Turtle file that holds
        only that graph, read as they stream, a chunk at a time -> the triples loaded. Not one transaction (the
        caller marks the load in progress); memory stays flat however large the file."""
        import pyoxigraph as ox

        name, merged = ox.NamedNode(graph), ox.NamedNode(MERGED_GRAPH)
        if self.store.contains_named_graph(name):
            self.store.update(_drop(str(name), f"<{MERGED_GRAPH}>"))
            self.unflushed = True
        loaded = 0
        triples = (q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        while batch := list(itertools.islice(triples, chunk)):
            self.store.bulk_extend([ox.Quad(t.subject, t.predicate, t.object, g) for g in (name, merged)
                                    for t in batch])
            loaded += len(batch)
        return loaded

    def bulk_replace(self, docs: list[GraphDoc]) -> None:
        """Replace many graphs with the bulk loader (not transactional). Raises OSError."""
        import pyoxigraph as ox

        merged = ox.NamedNode(MERGED_GRAPH)
        names = [ox.NamedNode(doc.graph) for doc in docs]
        present = [name for name in names if self.store.contains_named_graph(name)]
        replacing = bool(present)
        for name in present:  # only those: removing an absent graph is a write too, and then a flush is due
            self.store.remove_graph(name)
            self.unflushed = True
        if replacing:  # old triples of these graphs may linger in the merged graph: make it anew
            self.store.bulk_extend(quad for doc in docs for quad in doc.quads())
            self.rebuild_merged()
        else:  # one pass of the bulk loader: the graphs, and their triples (each once) in the merged graph
            distinct = dict.fromkeys(t for doc in docs for t in doc.triples)
            self.store.bulk_extend(itertools.chain(
                (quad for doc in docs for quad in doc.quads()),
                (ox.Quad(t.subject, t.predicate, t.object, merged) for t in distinct)))

    def bulk_load_nquads(self, data) -> None:
        """Add N-Quads (bytes, or a binary stream) through the bulk loader (not transactional), for graphs the
        store does not have: their triples in the merged graph must be among the quads. Raises OSError."""
        import pyoxigraph as ox

        self.store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)

    def is_empty(self) -> bool:
        return next(iter(self.store.quads_for_pattern(None, None, None, None)), None) is None

    def remove(self, graph: str) -> None:
        """Drop one graph, and its share of the merged graph, in a single transaction."""
        import pyoxigraph as ox

        self.store.update(_drop(str(ox.NamedNode(graph)), f"<{MERGED_GRAPH}>"))
        self.unflushed = True

    def has_graph(self, graph: str) -> bool:
        import pyoxigraph as ox

        return self.store.contains_named_graph(ox.NamedNode(graph))

    def rebuild_merged(self, chunk: int = MERGED_CHUNK) -> None:
        """Make the merged graph anew from all the other graphs: emptied `chunk` quads per transaction, then
        refilled graph by graph through the bulk loader, `chunk` quads at a time. Not one transaction (the
        caller's load-in-progress mark covers it), so memory stays bounded: as one SPARQL update it held the
        whole store's change at once, past 2.4 GB at 4,000 articles."""
        import pyoxigraph as ox

        merged = ox.NamedNode(MERGED_GRAPH)
        m = str(merged)
        delete_chunk = (f"DELETE {{ GRAPH {m} {{ ?s ?p ?o }} }} WHERE {{ "
                        f"SELECT ?s ?p ?o WHERE {{ GRAPH {m} {{ ?s ?p ?o }} }} LIMIT {chunk} }}")
        while self.store.query(f"ASK {{ GRAPH {m} {{ ?s ?p ?o }} }}"):
            self.store.update(delete_chunk)
            self.store.flush()  # else RocksDB's write buffers hold every chunk's deletions
        self.store.remove_graph(merged)  # empty by now: as DROP GRAPH left it
        self.unflushed = True
        batch, loads = [], 0
        for graph in [g for g in self.store.named_graphs() if g != merged]:
            for q in self.store.quads_for_pattern(None, None, None, graph):
                batch.append(ox.Quad(q.subject, q.predicate, q.object, merged))
                if len(batch) >= chunk:
                    self.store.bulk_extend(batch)
                    batch, loads = [], loads + 1
            if loads >= REOPEN_LOADS:  # between two graphs, when no iterator holds the store
                self._reopen()
                loads = 0
        self.store.bulk_extend(batch)

    def _reopen(self) -> None:
        """Close the store and open it again: an open store keeps what RocksDB read or wrote of each file the
        bulk loader added (see kg.corpus.storing.StoreFiller._reopen)."""
        import pyoxigraph as ox

        self.close()
        self.store = ox.Store(str(self.path))

    def graph_names(self) -> list[str]:
        import pyoxigraph as ox

        return sorted(g.value for g in self.store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != MERGED_GRAPH)

    def triple_count(self, graph: str | None = None) -> int:
        """Quads in the store (the merged graph's included), or triples in one graph."""
        import pyoxigraph as ox

        if graph is None:
            return len(self.store)
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def flush(self) -> None:
        self.store.flush()
        self.unflushed = False

    def flush_written(self) -> None:
        """Flush only when a write went through the memtables since the last flush. What the bulk loader
        ingests is on disk already, and a flush waits while RocksDB compacts the files it ingested: 16-18 s at
        the end of a 10,000-article build, for nothing to write."""
        if self.unflushed:
            self.flush()

    def close(self) -> None:
        """Flush and let go of the folder's lock (pyoxigraph closes when the object goes)."""
        store = getattr(self, "store", None)
        if store is not None:
            del self.store
            try:
                if self.unflushed:  # else nothing to write (see flush_written); RocksDB's log keeps any other write
                    store.flush()
                    self.unflushed = False
            except OSError as exc:  # a full disk, most often
                raise StoreError(f"cannot write the store at {self.path} ({' '.join(str(exc).split())[:200]}); "
                                 f"free some space and load it again") from exc

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


LARGE_GRAPH = 20_000  # triples: a graph past this is replaced in two steps (see EmbeddedStore.replace)


def _drop(g: str, m: str) -> str:
    """The update that takes graph g's triples out of the merged graph m (unless another graph still
    has them) and drops g."""
    return (f"DELETE {{ GRAPH {m} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g} && ?h != {m}) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")


def _open_message(path: Path, exc: OSError) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (f"the store at {path} is open in another process (a running `kg serve`, `kg load` or `kg build`?); "
                f"stop it, or query the running server with --endpoint http://127.0.0.1:7878/query")
    return f"cannot open the store at {path}: {' '.join(text.split())[:300]}"
