"""Benchmark: the store step of `kg build` on its own, filled from an output folder's files.

    .venv/bin/python benchmarks/store_fill.py OUT [--articles 10000] [--reopen-triples N] [--batch-triples N] [--step 1000] [--people]

OUT is a folder `kg build` wrote (e.g. out-10000-j2 of `python benchmarks/corpus.py --keep DIR`). A fresh store
is made in a temporary folder and filled through `kg.corpus.storing.StoreFiller`, as a build does, with the
first --articles articles' Turtle files in id order (then people.ttl with --people). Every --step articles it
prints the time of that step: wall, CPU of the main thread (reading the files, Python's share of the loads),
CPU of the whole process (RocksDB's background threads included), and RSS / peak RSS. --reopen-triples
overrides kg.corpus.storing.REOPEN_TRIPLES (0: never reopen). OUT is only read.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def memory_mb() -> tuple[float, float]:
    fields = {}
    for line in open("/proc/self/status", encoding="ascii"):
        key, _, value = line.partition(":")
        fields[key] = value.split()
    return int(fields["VmRSS"][0]) / 1024, int(fields["VmHWM"][0]) / 1024


class NoManifest:
    """The filler's manifest calls, doing nothing: only the store is measured."""

    def mark_unstored(self) -> None:
        pass

    def mark_stored(self, article_ids) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--reopen-triples", type=int, default=None)
    parser.add_argument("--batch-triples", type=int, default=None, help="override storing.BATCH_TRIPLES")
    parser.add_argument("--step", type=int, default=1000)
    parser.add_argument("--people", action="store_true", help="load OUT/people.ttl after the articles")
    args = parser.parse_args(argv)

    from kg.corpus import storing

    if args.reopen_triples is not None:
        storing.REOPEN_TRIPLES = args.reopen_triples or 10**15
    if args.batch_triples is not None:
        storing.BATCH_TRIPLES = args.batch_triples
    ids = sorted(p.stem for p in args.out.glob("*.ttl") if p.name != "people.ttl")[:args.articles]
    if not ids:
        print(f"store_fill.py: no article files in {args.out}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="vnkg-store-fill-"))
    rows = []
    try:
        filler = storing.StoreFiller(work / "store", args.out, NoManifest())
        filler.marker = work / "store-loading"  # never OUT's
        filler.interrupted = False
        start_wall, start_thread, start_cpu = time.perf_counter(), time.thread_time(), time.process_time()
        last = (start_wall, start_thread, start_cpu)

        def row(label: str, articles: int) -> None:
            nonlocal last
            now = (time.perf_counter(), time.thread_time(), time.process_time())
            rss, hwm = memory_mb()
            rows.append({"at": label, "articles": articles, "wall_s": now[0] - last[0],
                         "main_cpu_s": now[1] - last[1], "process_cpu_s": now[2] - last[2],
                         "rss_mb": rss, "peak_mb": hwm})
            r = rows[-1]
            print(f"{label:>10} {articles:>7,}: wall {r['wall_s']:7.2f} s, main thread {r['main_cpu_s']:7.2f} s, "
                  f"process {r['process_cpu_s']:7.2f} s CPU, RSS {rss:5.0f} MB (peak {hwm:5.0f})", flush=True)
            last = now

        for n, article_id in enumerate(ids, 1):
            filler.add(article_id)
            if n % args.step == 0 or n == len(ids):
                row("articles", n)
        if hasattr(filler, "release"):  # as a build does before its people step (older code has no release)
            filler.release()
            row("released", len(ids))
        if args.people and (args.out / "people.ttl").exists():
            filler.add_graph_file(args.out / "people.ttl")
            row("people", len(ids))
        filler.finish()
        row("finish", len(ids))
        filler.close()
        row("closed", len(ids))
        total = {"articles": len(ids), "wall_s": time.perf_counter() - start_wall,
                 "main_cpu_s": time.thread_time() - start_thread, "process_cpu_s": time.process_time() - start_cpu,
                 "reopenings": getattr(filler, "reopenings", None)}
        print(f"total: {len(ids):,} articles, wall {total['wall_s']:.2f} s "
              f"({1000 * total['wall_s'] / len(ids):.2f} ms/article), main thread {total['main_cpu_s']:.2f} s, "
              f"process {total['process_cpu_s']:.2f} s CPU ({1000 * total['process_cpu_s'] / len(ids):.2f} ms/article)")
        print(json.dumps({"total": total, "rows": rows}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
