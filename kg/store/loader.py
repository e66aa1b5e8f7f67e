"""Load many graphs into the embedded store or an endpoint, with progress and a summary.

Each input is read only when its turn comes. A graph that cannot be read or written is
recorded with its reason and the load goes on; only a store that cannot be written at
all (an endpoint that stopped answering or refuses the credentials, a disk error) stops
it, and then every input not yet written is listed as not loaded. Graphs written before
stay written: each is a graph of its own, replaced whole.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import MERGED_GRAPH
from .embedded import BATCH_TRIPLES, BULK_MIN_TRIPLES, EmbeddedStore
from .inputs import Failure, GraphDoc, Input
from .remote import Endpoint, EndpointRefused, EndpointUnreachable

Results = list[tuple[GraphDoc, BaseException | None]]


@dataclass
class LoadReport:
    target: str
    inputs: int = 0
    inputs_done: int = 0
    graphs: int = 0
    triples: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    aborted: str = ""  # why the load stopped before the end, if it did

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        rate = f" ({self.triples / self.seconds:,.0f} triples/s)" if self.seconds > 0 and self.triples else ""
        lines = [f"loaded {self.graphs:,} graph{'s' if self.graphs != 1 else ''}, {self.triples:,} "
                 f"triple{'s' if self.triples != 1 else ''} into {self.target} in {self.seconds:.1f} s{rate}"]
        if self.failures:
            lines.append(f"{len(self.failures):,} failed:")
            lines.extend(f"  - {f}" for f in self.failures)
        if self.aborted:
            lines.append(f"stopped early: {self.aborted}")
        return "\n".join(lines)


class EmbeddedWriter:
    """Buffers graphs; writes them one transaction each, or through the bulk loader once the load is large."""

    def __init__(self, store: EmbeddedStore, bulk: bool | None = None):
        self.store = store
        self.label = str(store.path)
        self.bulk = bulk  # None: decide by size (BULK_MIN_TRIPLES)
        self.buffer: list[GraphDoc] = []
        self.buffered = 0
        self.bulk_used = False
        self.marked = False  # the store carries the mark of a load in progress (kg.store.consistency)
        self.repair: bool | None = False  # True: an earlier load did not finish, make the merged graph anew at
        # the end; None: a bulk write of this load failed, so the store keeps its mark

    def add(self, doc: GraphDoc) -> Results:
        if not self.marked:
            from .consistency import is_dirty, mark_dirty

            self.repair = is_dirty(self.store.path)
            mark_dirty(self.store.path)
            self.marked = True
        done: Results = []
        if any(d.graph == doc.graph for d in self.buffer):  # the same graph again: the later one wins
            done += self._flush(final=False)
        self.buffer.append(doc)
        self.buffered += len(doc)
        if self.buffered >= BATCH_TRIPLES and self.bulk is not False:
            done += self._flush(final=False)
        return done

    def finish(self) -> Results:
        from .consistency import mark_clean

        done = self._flush(final=True)
        if self.repair is None:
            return done
        if self.repair:
            self.store.rebuild_merged()
        if self.bulk_used or self.repair:
            self.store.flush_written()
        if self.marked:
            mark_clean(self.store.path)
        return done

    def _flush(self, final: bool) -> Results:
        docs, self.buffer, size, self.buffered = self.buffer, [], self.buffered, 0
        if not docs:
            return []
        bulk = self.bulk if self.bulk is not None else (self.bulk_used or size >= BULK_MIN_TRIPLES)
        if bulk:
            try:
                self.store.bulk_replace(docs)
            except (OSError, ValueError) as exc:
                self.repair = None  # not transactional: the store stays marked half-written
                return [(d, exc) for d in docs]
            self.bulk_used = True
            return [(d, None) for d in docs]
        out: Results = []
        for doc in docs:
            try:
                self.store.replace(doc)
            except (OSError, ValueError, SyntaxError) as exc:
                out.append((doc, exc))
            else:
                out.append((doc, None))
        return out


class EndpointWriter:
    """Per graph, a Graph Store Protocol PUT (which replaces it) and a POST of the same triples into
    the merged graph (which adds those it lacks). Over HTTP the merged graph only grows: a triple that
    a re-loaded article no longer has stays in it until the merged graph is made anew (docs/stores.md)."""

    def __init__(self, endpoint: Endpoint):
        self.endpoint = endpoint
        self.label = endpoint.graph_store or endpoint.url or "the endpoint"

    def add(self, doc: GraphDoc) -> Results:
        body = doc.ntriples()
        try:
            self.endpoint.put_graph(doc.graph, body)
        except Exception as exc:  # noqa: BLE001 - reported with the graph, the load goes on
            return [(doc, exc)]
        try:
            self.endpoint.post_graph(MERGED_GRAPH, body)
        except Exception as exc:  # noqa: BLE001
            exc.args = (f"the graph is written, but adding it to the merged graph failed: {exc}",)
            return [(doc, exc)]
        return [(doc, None)]

    def finish(self) -> Results:
        return []


def _fatal(exc: BaseException) -> bool:
    return isinstance(exc, (EndpointRefused, EndpointUnreachable, OSError))


def load(inputs: Iterable[Input], writer, *, failures: Iterable[Failure] = (),
         progress: Callable[[LoadReport], None] | None = None,
         on_graph: Callable[[GraphDoc], None] | None = None) -> LoadReport:
    """Read each input, write its graphs, and say what happened. Never raises for one bad graph."""
    inputs = list(inputs)
    report = LoadReport(writer.label, inputs=len(inputs), failures=list(failures))
    start = time.perf_counter()

    def settle(results: Results) -> None:
        for doc, exc in results:
            if exc is None:
                report.graphs += 1
                report.triples += len(doc)
                if on_graph:
                    on_graph(doc)
            else:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                report.failures.append(Failure(doc.source, reason, doc.graph))
                if _fatal(exc) and not report.aborted:
                    report.aborted = reason

    for item in inputs:
        if report.aborted:
            report.failures.append(Failure(item.name, "not loaded: the load stopped (below)"))
            continue
        for doc in item.read():
            if isinstance(doc, Failure):
                report.failures.append(doc)
            elif report.aborted:
                report.failures.append(Failure(doc.source, "not loaded: the load stopped (below)", doc.graph))
            else:
                settle(writer.add(doc))
        report.inputs_done += 1
        report.seconds = time.perf_counter() - start
        if progress and report.inputs_done < report.inputs:
            progress(report)
    if not report.aborted:
        settle(writer.finish())
    report.seconds = time.perf_counter() - start
    if progress:
        progress(report)  # the last line, once the buffered graphs are written too
    return report


def load_built(graphs: Iterable[tuple[str, object, str]], store_path, ontology: bool = True) -> LoadReport:
    """`kg build`'s graphs -> the embedded store: (graph IRI, rdflib Graph, source) each, and the ontology."""
    from .inputs import doc_from_rdflib, ontology_input

    def reader(iri: str, graph, source: str):
        return lambda: [doc_from_rdflib(graph, iri, source)]

    inputs = [ontology_input()] if ontology else []
    inputs += [Input(source, reader(iri, graph, source)) for iri, graph, source in graphs]
    with EmbeddedStore(store_path) as store:
        return load(inputs, EmbeddedWriter(store))
