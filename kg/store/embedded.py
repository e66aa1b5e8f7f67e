"""The embedded store: a pyoxigraph store in a folder (default output/store/).

Small loads replace each graph in one transaction (a SPARQL update
`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`), so a crash leaves a
graph either as it was or as it is now. Large loads go through Oxigraph's bulk
loader, which is several times faster but not transactional: a crash in the
middle of a batch can leave that batch's graphs partly written, and loading
again repairs them.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .inputs import GraphDoc

BULK_MIN_TRIPLES = 50_000  # a load at least this big goes through the bulk loader
BATCH_TRIPLES = 250_000  # graphs are bulk-loaded in batches of about this many triples


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
            self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(_open_message(self.path, exc)) from exc

    def replace(self, doc: GraphDoc) -> None:
        """Replace one graph in a single transaction. Raises OSError/ValueError/SyntaxError."""
        name = f"<{doc.graph}>"
        body = doc.ntriples().decode("utf-8")
        self.store.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}}} }}")

    def bulk_replace(self, docs: list[GraphDoc]) -> None:
        """Replace many graphs with the bulk loader (not transactional). Raises OSError."""
        import pyoxigraph as ox

        for doc in docs:
            self.store.remove_graph(ox.NamedNode(doc.graph))
        self.store.bulk_extend(quad for doc in docs for quad in doc.quads())

    def graph_names(self) -> list[str]:
        import pyoxigraph as ox

        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def triple_count(self, graph: str | None = None) -> int:
        """Quads in the store, or triples in one graph."""
        import pyoxigraph as ox

        if graph is None:
            return len(self.store)
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def flush(self) -> None:
        self.store.flush()

    def close(self) -> None:
        """Flush and let go of the folder's lock (pyoxigraph closes when the object goes)."""
        store = getattr(self, "store", None)
        if store is not None:
            store.flush()
            del self.store

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _open_message(path: Path, exc: OSError) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (f"the store at {path} is open in another process (a running `kg serve`, `kg load` or `kg build`?); "
                f"stop it, or query the running server with --endpoint http://127.0.0.1:7878/query")
    return f"cannot open the store at {path}: {' '.join(text.split())[:300]}"
