"""`kg dump`: a whole corpus as one gzipped N-Quads file, for the stores' bulk loaders.

One named graph per article (its IRI, as `kg load` names it), the ontology's graph, and the merged
graph that `kg query` reads (every triple once), so a store filled from the dump answers the bundled
queries as the embedded store does. Oxigraph's `load`, Virtuoso's `ld_dir` + `rdf_loader_run` and
QLever's index builder all read it (docs/stores.md).

Memory stays flat in the size of the corpus: articles are read one at a time, and the merged graph is
deduplicated by an external sort (sorted runs on disk, merged). The file is the same byte for byte for
the same inputs: lines sorted within each graph, graphs in the order of the inputs (a folder's files
in name order), gzip without a time stamp.
"""
from __future__ import annotations

import gzip
import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import MERGED_GRAPH

RUN_LINES = 200_000  # lines of the merged graph sorted in memory at once


@dataclass
class DumpReport:
    graphs: int = 0
    quads: int = 0
    merged: int = 0
    failures: list = field(default_factory=list)

    def summary(self, path: Path) -> str:
        line = (f"dumped {self.graphs} graph(s), {self.quads} quad(s) and a merged graph of {self.merged} "
                f"triple(s) -> {path}")
        if self.failures:
            line += f"; {len(self.failures)} input(s) failed:\n" + "\n".join(f"  {f}" for f in self.failures)
        return line


def dump(inputs: Iterable, out: str | Path, failures: Iterable = (), merged: bool = True) -> DumpReport:
    """Write the graphs of `inputs` (kg.store.inputs.Input) to `out` as gzipped N-Quads, atomically."""
    out = Path(out)
    report = DumpReport(failures=list(failures))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with tempfile.TemporaryDirectory(prefix="kg-dump-") as work, os.fdopen(fd, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            runs = _Runs(Path(work))
            for doc in _docs(inputs, report):  # one input in memory at a time, in the inputs' order
                lines = _ntriples(doc)
                report.graphs += 1
                report.quads += len(lines)
                gz.writelines(f"{line} <{doc.graph}> .\n".encode("utf-8") for line in sorted(lines))
                if merged:
                    runs.add(lines)
            if merged:
                for line in runs.merged():
                    gz.write(f"{line} <{MERGED_GRAPH}> .\n".encode("utf-8"))
                    report.merged += 1
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return report


def _docs(inputs: Iterable, report: DumpReport) -> Iterator:
    from .inputs import Failure

    for item in inputs:
        for doc in sorted(item.read(), key=lambda d: getattr(d, "graph", "")):
            if isinstance(doc, Failure):
                report.failures.append(doc)
            elif doc.graph != MERGED_GRAPH:  # made anew from the others
                yield doc


def _ntriples(doc) -> list[str]:
    """A graph's triples as N-Triples lines without the final ' .' (the graph name goes before it)."""
    import pyoxigraph as ox

    if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in doc.triples):
        raise ValueError(f"{doc.source}: a blank node cannot be dumped across graphs (vnkg writes none)")
    lines = (line.rstrip() for line in doc.ntriples().decode("utf-8").splitlines())
    return [line[:-2] if line.endswith(" .") else line for line in lines if line]


class _Runs:
    """Sorted runs of lines on disk, merged and deduplicated at the end (an external sort)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.buffer: list[str] = []
        self.files: list[Path] = []

    def add(self, lines: list[str]) -> None:
        self.buffer.extend(lines)
        if len(self.buffer) >= RUN_LINES:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        path = self.folder / f"run-{len(self.files)}"
        path.write_text("".join(f"{line}\n" for line in sorted(set(self.buffer))), encoding="utf-8")
        self.files.append(path)
        self.buffer = []

    def merged(self) -> Iterator[str]:
        self._flush()
        handles = [p.open(encoding="utf-8") for p in self.files]
        try:
            last = None
            for line in heapq.merge(*handles):
                if line != last:
                    yield line.rstrip("\n")
                    last = line
        finally:
            for handle in handles:
                handle.close()
