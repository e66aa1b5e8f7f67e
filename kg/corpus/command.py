"""`kg build`: the arguments -> a corpus run -> what is printed and the exit status.

Exit 0 when every article built, 1 when some did not (counted, the first few named on
stderr), 2 for arguments that cannot be used. A run is all or nothing with --strict,
and when the arguments name one article file (a one-article build, as it always was).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import StoreError
from .inputs import kind_of

NAMED_FAILURES = 5


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--files-from", default=None, metavar="FILE",
                   help="read more inputs from FILE, one a line ('-' for standard input)")
    p.add_argument("--jobs", type=_positive, default=0, metavar="N",
                   help="articles built at once, each in a process of its own (default: one per core)")
    p.add_argument("--strict", action="store_true",
                   help="all or nothing: the first article that fails stops the run and nothing is written")
    p.add_argument("--prune", action="store_true",
                   help="remove from DIR and the store the articles whose inputs are no longer named")
    p.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                   help="build on a Dask cluster (pip install 'vnkg[cluster]'); inputs and DIR must be on a "
                        "folder the workers share")


def build(args: argparse.Namespace) -> int:
    from ..ids import DEFAULT_BASE
    from ..pipeline import seed_path, warn
    from .inputs import collect
    from .runner import Options, build_corpus

    out = Path(args.out)
    names = [str(a) for a in args.articles] or ([] if args.files_from else [str(seed_path())])
    sources = collect(names, args.files_from, skip=out)
    strict = args.strict or (args.files_from is None and len(names) == 1 and Path(names[0]).is_file()
                             and kind_of(Path(names[0])) != "jsonl")
    from ..people import default_decisions, load_decisions

    load_decisions(args.decisions or default_decisions(out))  # a bad decisions file stops the build first
    store = None if args.no_store else Path(args.store or out / "store")
    options = Options(out=out, base=args.base or DEFAULT_BASE, store=store, jobs=args.jobs, strict=strict,
                      prune=args.prune, scheduler=args.scheduler,
                      decisions=Path(args.decisions) if getattr(args, "decisions", None) else None,
                      max_size=args.max_size)
    try:
        run = build_corpus(sources, options)
    except StoreError as exc:
        said = str(exc)
        if not said.startswith("the files are written"):
            said = f"the files are written, but the store was not filled: {said}"
        raise StoreError(f"{said} (or build with --no-store)") from exc
    summary = run.summary
    if run.people is not None:
        for message in run.people.resolution.warnings:
            warn(message)
        print(run.people.summary())
    if strict:
        for outcome in run.outcomes:
            for message in outcome.warnings:
                warn(f"{outcome.id}: {message}")
            c = outcome.counts
            print(f"{outcome.id}: {c['triples']} triples, {c['persons']} persons, {c['posts']} posts, "
                  f"{c['bodies']} bodies, {c['events']} events, {c['places']} places, {c['figures']} figures "
                  f"-> {out / (outcome.id + '.ttl')}, .jsonld")
        for article_id in summary.skipped:
            print(f"{article_id}: unchanged since the last build -> {out / (article_id + '.ttl')}, .jsonld")
        if store is not None and summary.stored_graphs:
            print(f"store: {summary.stored_graphs} graph{'s' if summary.stored_graphs != 1 else ''} "
                  f"({summary.stored_triples:,} triples) replaced in {store}")
        return 0
    print("\n".join(run.closing_lines(out)))
    failed = sorted(summary.not_built + summary.unchanged_failures)
    if failed:
        shown = ", ".join(failed[:NAMED_FAILURES]) + (", …" if len(failed) > NAMED_FAILURES else "")
        print(f"kg: error: {len(failed):,} of {summary.articles:,} articles did not build: {shown} "
              f"(reasons in {out / 'report.json'})", file=sys.stderr)
        return 1
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value
