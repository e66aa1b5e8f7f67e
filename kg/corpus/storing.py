"""The store, filled in batches from the files the workers wrote, as articles finish.

Each batch goes through Oxigraph's bulk loader (kg.store.embedded); an article whose worker handed back its
graph as N-Triples (kg.corpus.written) goes to it as bytes, the others are read from their files. The manifest
marks an article as stored only once its batch is written; a marker file says a
batch is being written, so that a run killed in the middle of one is followed by a
run that loads those articles again and makes the merged graph anew.
"""
from __future__ import annotations

import itertools
import time
from pathlib import Path

from ..store.embedded import EmbeddedStore
from ..store.memory import give_back_memory
from ..store.inputs import GraphDoc, doc_from_ntriples, doc_from_rdflib, read_file
from ..store import MERGED_GRAPH, ONTOLOGY_GRAPH
from .manifest import STORE_LOADING, Manifest, tool_version
from .written import Chunks, nquads

ONTOLOGY_LOADED = Path(".kg") / "ontology-loaded"

BATCH_TRIPLES = 50_000  # about this many triples per bulk load: memory stays flat, loads stay few
FLUSH_EVERY = 100  # articles removed one transaction at a time between two flushes of the store
REOPEN_TRIPLES = 1_000_000  # triples loaded between two reopenings of the store (see StoreFiller._reopen)


class StoreFiller:
    def __init__(self, path: Path, out: Path, manifest: Manifest):
        self.out = out
        self.manifest = manifest
        fresh = not (path / "CURRENT").exists()
        self.path = path
        self._store: EmbeddedStore | None = EmbeddedStore(path)
        self.since_open = 0  # triples loaded since the store was opened
        self.marker = out / STORE_LOADING
        self.interrupted = self.marker.exists()  # the last run was killed while writing a batch
        if fresh or self._store.is_empty():  # a store deleted, or made by a run killed before its first batch
            manifest.mark_unstored()
            self.interrupted = False  # nothing in it to repair: every article is loaded again
        self.batch: list[GraphDoc] = []
        self.handed: list[tuple[str, bytes]] = []  # (graph, N-Triples) the workers handed back
        self.batch_ids: list[str] = []
        self.size = 0
        self.loaded_graphs = 0
        self.loaded_triples = 0
        self.seconds = 0.0  # spent reading the files and writing the store
        self.ontology_checked = False
        self.removed = 0

    @property
    def store(self) -> EmbeddedStore:
        """The open store; opened again when it was released."""
        if self._store is None:
            give_back_memory()  # what was freed while it was closed (the people step), before RocksDB takes more
            self._store = EmbeddedStore(self.path)
        return self._store

    def release(self) -> None:
        """Write the queued articles and close the store until it is next needed, handing back to the OS what
        RocksDB held: the people step that follows then runs without the open store's memory (table readers,
        caches, and the bulk loader's freed batches that glibc's arenas keep)."""
        start = time.perf_counter()
        self._write()
        self._close()
        self.seconds += time.perf_counter() - start

    def add(self, article_id: str, graph: str = "", ntriples: bytes = b"") -> None:
        """Queue a built article's graph: the N-Triples its worker handed back (graph, ntriples), else its
        file's; write the queue when it is big enough."""
        start = time.perf_counter()
        if graph and ntriples:
            self.handed.append((graph, ntriples))
            self.batch_ids.append(article_id)
            self.size += ntriples.count(b"\n")
        else:
            docs = [d for d in read_file(self.out / f"{article_id}.ttl") if isinstance(d, GraphDoc)]
            if docs:
                self.batch.extend(docs)
                self.batch_ids.append(article_id)
                self.size += sum(len(d) for d in docs)
        if self.size >= BATCH_TRIPLES:
            self._write()
        self.seconds += time.perf_counter() - start

    def add_graph_file(self, path: Path) -> None:
        """Load a graph that is no article's (the people layer's people.ttl), replaced as a whole, as its file
        streams: it grows with the corpus, and read at once it was most of the store step's memory."""
        start = time.perf_counter()
        graph = resolution_graph(path)
        if graph is not None:
            self._write()  # the articles queued before it, and the ontology when the store lacks it
            if not self.ontology_checked:
                self.batch, self.ontology_checked = self._ontology(), True
                self._write()
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.touch()
            self.loaded_triples += self.store.replace_from_file(path, graph)
        self.seconds += time.perf_counter() - start

    def remove(self, graph: str) -> None:
        """Take an article that is gone or no longer builds out of the store (one transaction)."""
        self.store.remove(graph)
        self.removed += 1
        if self.removed % FLUSH_EVERY == 0:  # as for replaced articles: keep the write buffers small
            self.store.flush()

    def finish(self) -> None:
        start = time.perf_counter()
        self._write()
        if self.interrupted:
            self.store.rebuild_merged()
        if self._store is not None:  # a released store was flushed as it closed: not opened again for nothing
            self._store.flush_written()
        self.marker.unlink(missing_ok=True)
        self.seconds += time.perf_counter() - start

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _close(self) -> None:
        self.close()
        give_back_memory()

    def _ontology(self) -> list[GraphDoc]:
        """The ontology's graph, when the store lacks it or has another version's."""
        from ..validate import ontology_graph

        stamp = self.out / ONTOLOGY_LOADED
        version = tool_version()
        if self.store.has_graph(ONTOLOGY_GRAPH) and stamp.exists() and stamp.read_text() == version:
            return []
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(version)
        return [doc_from_rdflib(ontology_graph(), ONTOLOGY_GRAPH, "ontology")]

    def _write(self) -> None:
        if not self.batch and not self.handed:
            return
        self.marker.parent.mkdir(parents=True, exist_ok=True)
        self.marker.touch()
        docs = self.batch
        if not self.ontology_checked:
            docs = self._ontology() + docs
            self.ontology_checked = True
        # handed graphs new to the store: one pass of the bulk loader over their bytes, each graph and its
        # triples in the merged graph (the loader keeps a quad once); one the store has is replaced as a doc
        fresh = [(g, nt) for g, nt in self.handed if not self.store.has_graph(g)]
        if fresh:
            self.store.bulk_load_nquads(Chunks(itertools.chain((nquads(g, nt) for g, nt in fresh),
                                                               (nquads(MERGED_GRAPH, nt) for _, nt in fresh))))
        fresh_graphs = {g for g, _ in fresh}
        docs = docs + [doc_from_ntriples(nt, g, g) for g, nt in self.handed if g not in fresh_graphs]
        # graphs new to the store go through the bulk loader in one pass; a graph the store has is
        # replaced in a transaction of its own, which keeps the merged graph right without remaking it
        new = [d for d in docs if not self.store.has_graph(d.graph)]
        if new:
            self.store.bulk_replace(new)
        replaced = [doc for doc in docs if not any(doc is n for n in new)]
        for doc in replaced:
            self.store.replace(doc)
        if replaced:  # each replace is a transaction: flush, or RocksDB's write buffers grow ~1 MB per article
            self.store.flush()
        self.loaded_graphs += len(self.batch_ids)
        self.loaded_triples += self.size
        self.manifest.mark_stored(self.batch_ids)
        self.since_open += self.size
        self.batch, self.handed, self.batch_ids, self.size = [], [], [], 0
        if self.since_open >= REOPEN_TRIPLES:
            self._reopen()

    def _reopen(self) -> None:
        """Close the store and open it again. An open store keeps what RocksDB read or wrote of the files
        loaded into it (table readers, caches), and that grew with the corpus; pyoxigraph has no setting for
        it. Filling a store alone from 4,000 articles' files peaked at 195 MB without this, 183 MB with it."""
        self._close()  # opened again when next used
        self.since_open = 0


def resolution_graph(path: Path) -> str | None:
    """The graph a people file is stored as: the IRI of its vnkg:PersonResolution, as kg.store.inputs names it;
    None when the file has no one such IRI or cannot be read."""
    import pyoxigraph as ox

    from ..store.inputs import PERSON_RESOLUTION, RDF_TYPE

    found = set()
    try:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if (t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode)
                    and t.object.value == PERSON_RESOLUTION and isinstance(t.subject, ox.NamedNode)):
                found.add(t.subject.value)
    except (OSError, SyntaxError, ValueError):
        return None
    return found.pop() if len(found) == 1 else None
