"""Benchmark: making the merged graph anew (EmbeddedStore.rebuild_merged, run after a killed load), in bounded
chunks against the one SPARQL update it used to be.

    .venv/bin/python benchmarks/merged.py STORE [--ways update chunks] [--chunk 50000]

STORE is a store folder, e.g. OUT/store of `python benchmarks/corpus.py --sizes 3000 --keep DIR`. It is never
written: each way runs on a copy of it, in a process of its own, and prints the quads of the merged graph
afterwards, the seconds the rebuild took and the process's peak RSS (VmHWM) before and after it. The merged
graphs of all the ways are compared triple by triple at the end.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ONE_UPDATE = ("DROP SILENT GRAPH <{m}> ;\n"
              "INSERT {{ GRAPH <{m}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{m}>) }}")


def peak_mb() -> float:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_one(store_path: str, way: str, chunk: int) -> dict:
    """In this process: one way's rebuild on the store at store_path."""
    import pyoxigraph as ox

    from kg.store import MERGED_GRAPH
    from kg.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path, create=False)
    before = peak_mb()
    start = time.perf_counter()
    if way == "update":
        store.store.update(ONE_UPDATE.format(m=MERGED_GRAPH))
    else:
        store.rebuild_merged(chunk=chunk)
    store.flush()
    seconds = time.perf_counter() - start
    after = peak_mb()
    digest, count = hashlib.sha256(), 0
    for line in sorted(str(ox.Triple(q.subject, q.predicate, q.object))
                       for q in store.store.quads_for_pattern(None, None, None, ox.NamedNode(MERGED_GRAPH))):
        digest.update(line.encode("utf-8") + b"\n")
        count += 1
    store.close()
    return {"way": way, "seconds": seconds, "peak_before_mb": before, "peak_after_mb": after,
            "merged_triples": count, "sha256": digest.hexdigest()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--ways", nargs="+", choices=["update", "chunks"], default=["update", "chunks"])
    parser.add_argument("--chunk", type=int, default=50_000, help="quads per step of the chunked rebuild")
    parser.add_argument("--one", nargs=2, metavar=("COPY", "WAY"), help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], args.chunk)))
        return 0
    if not (args.store / "CURRENT").exists():
        print(f"merged.py: there is no store at {args.store}", file=sys.stderr)
        return 2
    rows = []
    for way in args.ways:
        with tempfile.TemporaryDirectory(prefix="vnkg-merged-bench-") as folder:
            copy = Path(folder) / "store"
            shutil.copytree(args.store, copy, ignore=shutil.ignore_patterns("LOCK"))
            done = subprocess.run([sys.executable, __file__, str(args.store), "--chunk", str(args.chunk),
                                   "--one", str(copy), way], capture_output=True, text=True)
            if done.returncode != 0:
                print(f"merged.py: the {way} rebuild failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
                return 1
            row = json.loads(done.stdout.splitlines()[-1])
        rows.append(row)
        print(f"{way:7s} rebuild {row['seconds']:7.2f} s, peak RSS {row['peak_before_mb']:6.0f} MB before -> "
              f"{row['peak_after_mb']:6.0f} MB after, merged graph {row['merged_triples']:,} triples "
              f"(sha256 {row['sha256'][:16]})", flush=True)
    same = len({row["sha256"] for row in rows}) == 1
    print("merged graphs identical" if same else "merged graphs DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
