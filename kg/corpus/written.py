"""What a worker reads back from an article's Turtle, as written, for the run's process: its person records
(kg.corpus.person_rows) and its graph as N-Triples for the store (kg.corpus.storing).

The worker parses the text once. The run's process used to read each file back, build a Python object per
triple and hand those to the store's bulk loader: about a third of its own CPU in a `--jobs 2` build. Now it
hands the N-Triples to the bulk loader as bytes. They are dumped from the worker's store, so a literal is
written as Oxigraph keeps it (a number typed xsd:nonNegativeInteger comes out an xsd:integer, as a store
filled from the file holds it too). A graph whose name cannot be told here (no one
schema:NewsArticle, as kg.store.inputs names article graphs) comes back empty, and the file is read instead.
"""
from __future__ import annotations

import io
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass
class Written:
    person_rows: bytes  # pickled rows (kg.people.spool.record_rows)
    graph: str  # the article's graph IRI; "" when it cannot be told
    ntriples: bytes  # the graph's triples as a store holds them, one N-Triples line each; b"" with no graph


def read_written(turtle: str) -> Written:
    import pyoxigraph as ox

    from ..people.spool import record_rows
    from ..store.inputs import NEWS_ARTICLE, RDF_TYPE

    store = ox.Store()
    store.bulk_load(input=turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    rows = pickle.dumps(record_rows(store), pickle.HIGHEST_PROTOCOL)
    articles = {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE),
                                                                 ox.NamedNode(NEWS_ARTICLE), ox.DefaultGraph())
                if isinstance(q.subject, ox.NamedNode)}
    if len(articles) != 1:
        return Written(rows, "", b"")
    return Written(rows, articles.pop(), store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))


def nquads(graph: str, ntriples: bytes) -> bytes:
    """N-Triples (as read_written gives them) -> the same triples as N-Quads in graph. N-Triples escapes the
    line breaks inside literals, so " .\\n" ends a line and nothing else."""
    return ntriples.replace(b" .\n", b" <" + graph.encode("utf-8") + b"> .\n")


class Chunks(io.RawIOBase):
    """Byte strings read as one stream: the bulk loader reads a batch's N-Quads as they are made, so the
    batch is never held joined (two more copies of it: ~25 MB of peak in a 1,000-article build)."""

    def __init__(self, pieces: Iterable[bytes]):
        self.pieces: Iterator[bytes] = iter(pieces)
        self.left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.left:
            piece = next(self.pieces, None)
            if piece is None:
                return 0
            self.left = memoryview(piece)
        n = min(len(buffer), len(self.left))
        buffer[:n] = self.left[:n]
        self.left = self.left[n:]
        return n
