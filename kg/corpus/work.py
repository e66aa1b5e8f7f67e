"""One article's work in a worker: read, then the one-article flow, then write its files.

A worker returns an Outcome (id, status, counts, warnings, error, files): small, so
that neither a process pool nor a cluster ever carries a whole graph back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..files import DEFAULT_MAX_SIZE
from ..validate import Report
from .inputs import Source

_CLEAN = Report(True, ())  # the report of a graph with no SHACL result: kg.validate.report_of(graph, True, [])
REJECTED = "rejected"  # OUT/rejected/<id>.ttl and <id>.shacl.txt: graphs the shapes refuse, never loaded


@dataclass
class Outcome:
    id: str
    input: str
    digest: str
    status: str  # built | rejected | failed
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the reader's, and places left without a code
    notes: list[str] = field(default_factory=list)  # the extractor's other warnings: in the report only
    error: str = ""
    error_kind: str = ""  # input | shapes | internal
    files: list[str] = field(default_factory=list)  # written, relative to the output folder
    person_rows: bytes = b""  # its person records for the people step (kg.corpus.person_rows); b"": not read
    graph: str = ""  # its graph's IRI in the store, when the worker read it (kg.corpus.written)
    ntriples: bytes = b""  # its graph as N-Triples, for the store; b"": the store reads the file

    @property
    def built(self) -> bool:
        return self.status == "built"


def build_one(source: Source, out_dir: str, base: str, keep_rejected: bool = True,
              max_size: int | None = DEFAULT_MAX_SIZE) -> Outcome:
    """Never raises for the article's own sake: a failure is the Outcome's status and error."""
    return build_chunk([source], out_dir, base, keep_rejected, max_size)[0]


def build_chunk(sources: list[Source], out_dir: str, base: str, keep_rejected: bool = True,
                max_size: int | None = DEFAULT_MAX_SIZE, whole_gazetteer: bool = False) -> list[Outcome]:
    """Several articles in one worker: each read, extracted and mapped on its own, the graphs validated
    together (kg.validate_units: the official units none of them has seen in one pySHACL call, each report
    exactly its own), then each written.
    ``whole_gazetteer``: the run has many articles, so this process reads the whole gazetteer once."""
    from ..gazetteer.reference import prefer_whole

    if not whole_gazetteer:
        return _frozen_after(_build_chunk(sources, Path(out_dir), base, keep_rejected, max_size))
    before = prefer_whole(True)  # read once, kept for the process's next chunks; the setting is put back
    try:
        return _frozen_after(_build_chunk(sources, Path(out_dir), base, keep_rejected, max_size))
    finally:
        prefer_whole(before)


_froze = False


def _frozen_after(outcomes: list[Outcome]) -> list[Outcome]:
    """After a process's first chunk, what it has read to stay (the gazetteer, the shapes and their checker)
    is moved out of the cyclic collector's reach: each full collection walked all of it, every 30 articles
    or so, ~2.5 ms per article; ~0.9 ms after (gc.freeze; reference counting still frees what is dropped)."""
    global _froze
    if not _froze:
        import gc

        gc.collect()
        gc.freeze()
        _froze = True
    return outcomes


def _build_chunk(sources: list[Source], out: Path, base: str, keep_rejected: bool,
                 max_size: int | None) -> list[Outcome]:
    from ..pipeline import Built, facts_and_graph
    from .readers import read_source

    outcomes = [Outcome(source.id, source.input, source.digest, "failed") for source in sources]
    made: list[tuple[int, Built]] = []
    for i, source in enumerate(sources):
        try:
            article = read_source(source, max_size)
            facts, graph = facts_and_graph(article, base)
        except Exception as exc:  # noqa: BLE001 - a bug met by one article must not stop the others
            _failed(outcomes[i], exc)
        else:
            made.append((i, Built(article, facts, graph, None, base)))
    unwritten = set()
    for (i, built), report in zip(made, _reports([b.graph for _, b in made])):
        if isinstance(report, Exception):
            _failed(outcomes[i], report)
        else:
            built.report = report
            if not _finish(outcomes[i], built, sources[i], out, keep_rejected):
                unwritten.add(i)
    if keep_rejected:
        for i, outcome in enumerate(outcomes):
            if i not in unwritten:  # a write that failed leaves the earlier files as they were
                remove_stale(out, outcome.id, outcome.status)
    for _, built in made:
        # a graph and its namespace manager refer to each other, so only the cyclic collector freed a graph,
        # after its few thousand dicts and terms had been moved to the oldest generation and walked by each
        # full collection; without the cycle, reference counting frees it here (rdflib makes a new manager
        # if the graph is ever asked for one again)
        built.graph.namespace_manager = None
    return outcomes


def _reports(graphs: list) -> list:
    """Each graph's Report, or the exception validating it raised. A graph kg.shape_check finds clean has
    nothing to report (pySHACL would give no result); the others are validated by pySHACL."""
    from ..validate import validate
    from ..validate_units import validate_graphs

    try:
        clean = _clean(graphs)
        judged = iter(validate_graphs([g for g, ok in zip(graphs, clean) if not ok]))
        return [_CLEAN if ok else next(judged) for ok in clean]
    except Exception:  # noqa: BLE001 - find the graph that raised, and validate the others on their own
        reports = []
        for graph in graphs:
            try:
                reports.append(validate(graph))
            except Exception as exc:  # noqa: BLE001
                reports.append(exc)
        return reports


def _clean(graphs: list) -> list[bool]:
    from ..shape_check import shipped_checker

    checker = shipped_checker()
    return [checker.clean(g) for g in graphs]


def _failed(outcome: Outcome, exc: Exception) -> None:
    if isinstance(exc, InputError):
        outcome.error, outcome.error_kind = str(exc), "input"
    else:
        outcome.error, outcome.error_kind = f"internal error: {type(exc).__name__}: {exc}", "internal"


def _finish(outcome: Outcome, built, source: Source, out: Path, keep_rejected: bool) -> bool:
    """The built article's counts and warnings, and its files written (False: they could not be)."""
    from ..pipeline import article_files, write_atomically

    facts, article = built.facts, built.article
    outcome.warnings = list(article.warnings) + [w for w in facts.warnings if w.startswith("places:")]
    # the source's own inconsistencies (a figure that disagrees with itself), recorded as stated
    outcome.warnings += [f"{w.focus}: {w.message}" for w in built.report.warnings]
    outcome.notes = [w for w in facts.warnings if not w.startswith("places:")]
    outcome.counts = {"triples": len(built.graph), "persons": len(facts.persons), "posts": len(facts.posts),
                      "bodies": len(facts.bodies), "events": len(facts.events), "places": len(facts.places),
                      "figures": len(facts.figures)}
    if built.report.conforms:
        files = article_files(built, out)
        outcome.status = "built"
        _read_back(outcome, files[out / f"{article.id}.ttl"])
    else:
        outcome.status, outcome.error, outcome.error_kind = "rejected", built.report.text(), "shapes"
        files = rejected_files(built, out) if keep_rejected else {}
    try:
        if files:
            next(iter(files)).parent.mkdir(parents=True, exist_ok=True)
            write_atomically(files)
    except OSError as exc:  # a full disk, no permission: this article is not written, the run goes on
        outcome.status, outcome.error_kind = "failed", "internal"
        outcome.error = f"{source.input}: cannot write the output ({exc.strerror or exc})"
        return False
    outcome.files = sorted(str(p.relative_to(out)) for p in files)
    return True


def _read_back(outcome: Outcome, turtle: str) -> None:
    """The person records and the store's N-Triples of the Turtle just made (kg.corpus.written)."""
    from .written import read_written

    try:
        written = read_written(turtle)
    except Exception:  # noqa: BLE001 - the people step and the store read the file instead
        return
    outcome.person_rows, outcome.graph, outcome.ntriples = written.person_rows, written.graph, written.ntriples


def rejected_files(built, out: Path) -> dict[Path, str]:
    from ..serialize import to_turtle

    folder = out / REJECTED
    return {folder / f"{built.article.id}.ttl": to_turtle(built.graph),
            folder / f"{built.article.id}.shacl.txt": built.report.text() + "\n"}


def output_paths(out: Path, article_id: str) -> dict[str, list[Path]]:
    """What an article may have left in the output folder, by the status that writes it."""
    return {"built": [out / f"{article_id}.ttl", out / f"{article_id}.jsonld"],
            "rejected": [out / REJECTED / f"{article_id}.ttl", out / REJECTED / f"{article_id}.shacl.txt"]}


def remove_stale(out: Path, article_id: str, status: str) -> None:
    """The files an earlier run wrote for this article under another status go: they no longer say what
    its input gives."""
    for kind, paths in output_paths(out, article_id).items():
        if kind != status:
            for path in paths:
                path.unlink(missing_ok=True)
