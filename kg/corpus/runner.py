"""A whole archive in one run: plan against the manifest, build in workers, fill the store, report.

    plan     which articles are new or changed (the manifest), which are gone
    build    each article on its own, in a worker (kg.corpus.work), files written as it finishes
    store    filled in batches from the written files, as articles finish
    report   OUT/report.json and OUT/build.log, then the counts

By default a failing article is recorded and the run goes on. With `strict`, the run
is all or nothing, as a one-article build always was: every article is written to a
staging folder, and only when all have built are the files moved into place.
"""
from __future__ import annotations

import functools
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, KgError, StoreError, ValidationError
from ..ids import DEFAULT_BASE, Minter
from .executors import default_jobs, run_tasks
from .inputs import Source
from .manifest import Manifest, tool_version
from .people_stamp import record_people, unchanged_people
from .person_rows import KeptRows
from .progress import Progress
from .report import Summary, closing_lines, write_report
from ..files import DEFAULT_MAX_SIZE
from .work import Outcome, build_chunk, output_paths

CHUNK = 16  # articles a worker builds and validates together (one pySHACL call), at most; 1-16 measured alike
WHOLE_GAZETTEER_FROM = 16  # articles per worker from which a worker reads the whole gazetteer once

@dataclass
class Options:
    out: Path
    base: str = DEFAULT_BASE
    store: Path | None = None  # None: no store
    jobs: int = 0  # 0: one per core
    strict: bool = False
    prune: bool = False
    scheduler: str | None = None  # tcp://HOST:PORT of a Dask scheduler
    progress: bool = True
    decisions: Path | None = None  # identity decisions (kg.people); None: OUT/people-decisions.tsv
    max_size: int | None = DEFAULT_MAX_SIZE  # bytes of one article's input


@dataclass
class Run:
    summary: Summary
    outcomes: list[Outcome]  # this run's built articles (strict runs print them as a one-article build did)
    seconds: float
    people: object = None  # kg.people.Resolved, when persons were resolved across the articles

    def closing_lines(self, out: Path) -> list[str]:
        return closing_lines(self.summary, out, self.seconds)


def build_corpus(sources: list[Source], options: Options) -> Run:
    start = time.perf_counter()
    out = options.out
    manifest = Manifest(out)  # reads only: a strict run that fails must leave nothing behind
    version = f"{tool_version()} {options.base}"
    summary = Summary(articles=len(sources))
    todo = _plan(sources, manifest, version, out, summary, options.strict)
    outcomes: list[Outcome] = []
    if options.strict:
        outcomes = _all_or_nothing(todo, options)  # raises at the first failure, with nothing written
        finished = iter(outcomes)
    _make_folder(out)
    _write_context(out, options.base)
    filler = _store(options, manifest, wrote_files=options.strict)
    ids = Minter(options.base)
    kept = KeptRows(out)
    try:
        if not options.strict:
            finished = _outcomes(todo, options, out_dir=str(out.resolve()), keep_rejected=True)
        progress = Progress(len(todo), enabled=options.progress and not options.strict)
        for outcome in finished:
            was_stored = (manifest.get(outcome.id) or {}).get("stored", False)
            manifest.record(outcome, outcome.digest, version)
            kept.keep(outcome, version)
            {"built": summary.built, "rejected": summary.rejected}.get(outcome.status, summary.failed).append(
                outcome.id)
            if filler is not None:
                if outcome.built:
                    filler.add(outcome.id, outcome.graph, outcome.ntriples)
                elif was_stored:  # it built before and does not now: its old graph goes
                    filler.remove(str(ids.article(outcome.id)))
            progress.advance(not outcome.built)
        progress.close()
        if filler is not None:  # unchanged articles the store lacks (a new store, or a run killed before)
            for article_id in summary.skipped:
                entry = manifest.entries[article_id]
                if entry["status"] == "built" and not entry["stored"]:
                    filler.add(article_id)
        _gone(sources, manifest, out, filler, ids, options.prune, summary)
        people = unchanged_people(out, options.decisions, manifest.entries,
                                  filler.store.has_graph if filler is not None else None)
        if people is None:
            if filler is not None:
                filler.release()  # the store closed while the persons are resolved: the two peaks do not add up
            people = resolve_people(out, options.decisions, kept.finder(manifest.entries))
            if filler is not None and people is not None:
                filler.add_graph_file(people.path)
        if filler is not None:
            filler.finish()
            summary.stored_graphs, summary.stored_triples = filler.loaded_graphs, filler.loaded_triples
            summary.store_seconds = filler.seconds
        if people is not None:  # once its graph is in the store: the next run may skip what did not change
            record_people(out, options.decisions, manifest.entries, people.graph_iri)
    finally:
        kept.close()
        if filler is not None:
            filler.close()
        manifest.close()
    skipped = set(summary.skipped)
    summary.unchanged_failures = [i for i in summary.skipped if manifest.entries[i]["status"] != "built"]
    if not options.strict:  # a strict run says everything on the terminal, as a one-article build did
        entries = (dict(manifest.entries[i], skipped=i in skipped) for i in sorted(s.id for s in sources))
        write_report(out, entries, summary)  # one entry at a time
    return Run(summary, outcomes, time.perf_counter() - start, people)


def _plan(sources: list[Source], manifest: Manifest, version: str, out: Path, summary: Summary,
          strict: bool) -> list[Source]:
    """-> the articles to build: those new, changed, built by another version, or whose files are gone
    (and, for a strict run, those that did not build last time: it must fail on them again)."""
    todo = []
    for source in sources:
        entry = manifest.get(source.id)
        unchanged = (entry is not None and entry["digest"] == source.digest and entry["version"] == version
                     and all(p.exists() for p in output_paths(out, source.id).get(entry["status"], []))
                     and not (strict and entry["status"] != "built"))
        if unchanged:
            summary.skipped.append(source.id)
            entry["input"] = source.input  # the same bytes, perhaps moved: the report names where they are now
        else:
            todo.append(source)
    return todo


def _gone(sources: list[Source], manifest: Manifest, out: Path, filler, ids: Minter, prune: bool,
          summary: Summary) -> None:
    """Articles built before whose input is no longer named: removed with --prune, else counted."""
    current = {s.id for s in sources}
    gone = sorted(set(manifest.entries) - current)
    if not prune:
        summary.orphans = gone
        return
    for article_id in gone:
        if filler is not None and manifest.entries[article_id].get("stored"):
            filler.remove(str(ids.article(article_id)))
        for paths in output_paths(out, article_id).values():
            for path in paths:
                path.unlink(missing_ok=True)
        manifest.remove(article_id)
    summary.removed = gone


def _store(options: Options, manifest: Manifest, wrote_files: bool):
    if options.store is None:
        return None
    from .storing import StoreFiller

    try:
        return StoreFiller(options.store, options.out, manifest)
    except StoreError as exc:
        if wrote_files:
            raise StoreError(f"the files are written, but the store was not filled: {exc}") from exc
        raise


def _all_or_nothing(sources: list[Source], options: Options) -> list[Outcome]:
    """Build every article into a staging folder beside OUT; move the files into OUT only when all built.
    The first failure ends the run (raised as the one-article build raised it) and nothing is written."""
    import tempfile

    out = options.out
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-staging-", dir=out.parent.resolve()))
    progress = Progress(len(sources), enabled=options.progress)
    done: dict[str, Outcome] = {}
    try:
        tasks = _outcomes(sources, options, out_dir=str(staging), keep_rejected=False)
        try:
            for outcome in tasks:
                progress.advance(not outcome.built)
                if not outcome.built:
                    progress.close(last_line=False)  # the error is the one line said
                    raise _error_of(outcome)
                outcome.ntriples = b""  # kept until every article has built: the store reads the files instead
                done[outcome.id] = outcome
        finally:
            getattr(tasks, "close", lambda: None)()
        progress.close()
        _make_folder(out)
        for outcome in done.values():
            for name in outcome.files:
                os.replace(staging / name, out / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [done[s.id] for s in sources]  # in the order given, whatever order they finished in


def _outcomes(sources: list[Source], options: Options, out_dir: str, keep_rejected: bool):
    """Build the articles in chunks (each validated in one pySHACL call) -> their Outcomes as chunks finish.
    The chunks are small enough to keep every worker busy; the output does not depend on their size."""
    jobs = options.jobs or default_jobs()
    size = min(CHUNK, max(1, len(sources) // (jobs * 2)))
    chunks = [sources[i:i + size] for i in range(0, len(sources), size)]
    work = functools.partial(build_chunk, out_dir=out_dir, base=options.base, keep_rejected=keep_rejected,
                             max_size=options.max_size,
                             whole_gazetteer=len(sources) >= WHOLE_GAZETTEER_FROM * jobs)
    tasks = run_tasks(work, chunks, jobs, options.scheduler)
    try:
        for outcomes in tasks:
            yield from outcomes
    finally:
        getattr(tasks, "close", lambda: None)()


def _error_of(outcome: Outcome) -> KgError:
    if outcome.error_kind == "shapes":
        return ValidationError(outcome.error)
    if outcome.error_kind == "input":
        return InputError(outcome.error)
    return KgError(f"{outcome.input}: {outcome.error}")


def _make_folder(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out}: cannot write the output ({exc.strerror or exc})") from exc
    if not out.is_dir():
        raise KgError(f"{out}: cannot write the output (it is a file)")


def _write_context(out: Path, base: str) -> None:
    from ..pipeline import _context_text, write_atomically

    path = out / "context.jsonld"
    text = _context_text(base)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        write_atomically({path: text})


def resolve_people(out: Path, decisions: Path | None, kept=None):
    """Identity across the folder's articles (kg.people: OUT/people.ttl), once it holds two or more, or
    when decisions or an earlier resolution exist -> kg.people.spool.SpooledResolved, or None. The records
    are resolved on disk, a name block at a time: a big folder's would not fit in memory at once. kept: the
    rows the workers read from the files they wrote (kg.corpus.person_rows), by file."""
    from ..people import PEOPLE_FILE, default_decisions, resolve_folder_on_disk
    from ..people.records import article_files

    if (len(article_files(out)) < 2 and not (out / PEOPLE_FILE).exists() and decisions is None
            and not default_decisions(out).exists()):
        return None
    return resolve_folder_on_disk(out, decisions, kept)
