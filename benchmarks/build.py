"""How long `kg build` takes on the seed, against the floor of importing rdflib and pyshacl.

    python benchmarks/build.py [--runs N] [--json]

Prints the median wall time of `python -m kg build` on the bundled seed (each run in a fresh
interpreter, into a fresh folder), of `python -c "import rdflib, pyshacl"` (the import floor: no
build can be faster), and their ratio; the goal is at most 1.5x. Then, in this process, the median
time of kg.validate.validate() on the seed graph with the shipped shapes and with their sh:sparql
constraints removed: the difference is what the SPARQL-based shapes cost.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_wall(make_command, runs: int) -> float:
    wall(make_command(0))  # warm the file cache and the bytecode
    return statistics.median(wall(make_command(i + 1)) for i in range(runs))


def build_options() -> list[list[str]]:
    """`kg build` as a user runs it, and, when the build also fills a store, without the store."""
    variants = [[]]
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True)
    if "--no-store" in done.stdout:
        variants.append(["--no-store"])
    return variants


def validation_times(runs: int) -> dict[str, float]:
    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import SH

    from kg.pipeline import materialize, seed_path
    from kg.validate import shapes_graph, validate

    graph = materialize(seed_path()).graph
    full = shapes_graph()
    core = Graph()
    for triple in full:
        core.add(triple)
    sparql = list(core.objects(None, SH.sparql))
    core.remove((None, SH.sparql, None))

    def timed(fn) -> float:
        fn()  # warm
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    def with_shapes(shapes):
        return lambda: pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True,
                                        advanced=False)

    return {
        "triples": len(graph),
        "sparql_constraints": len(sparql),
        "validate": timed(lambda: validate(graph)),
        "pyshacl_full": timed(with_shapes(full)),
        "pyshacl_without_sparql": timed(with_shapes(core)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command (default: 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        floor = median_wall(lambda i: [sys.executable, "-c", "import rdflib, pyshacl"], args.runs)
        results["import_floor_s"] = floor
        for extra in build_options():
            name = "kg_build" + "".join("_" + e.strip("-").replace("-", "_") for e in extra) + "_s"
            seconds = median_wall(lambda i: [sys.executable, "-m", "kg", "build", "--out",
                                             str(Path(tmp) / f"{name}-{i}"), *extra], args.runs)
            results[name] = seconds
            results[name[:-2] + "_ratio"] = seconds / floor
    results.update({f"validation_{k}" + ("_s" if isinstance(v, float) else ""): v
                    for k, v in validation_times(args.runs).items()})

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"median of {args.runs} runs each, Python {sys.version.split()[0]}")
    print(f"import rdflib, pyshacl (floor)   {floor:7.3f} s")
    for key, value in results.items():
        if key.startswith("kg_build") and key.endswith("_s"):
            ratio = results[key[:-2] + "_ratio"]
            label = "kg build" + (" " + key[len("kg_build_"):-2].replace("_", "-") if key != "kg_build_s" else "")
            verdict = "ok" if ratio <= GOAL else f"over the {GOAL}x goal"
            print(f"{label + ' (seed)':<32} {value:7.3f} s   {ratio:.2f}x the floor ({verdict})")
    full, core = results["validation_pyshacl_full_s"], results["validation_pyshacl_without_sparql_s"]
    print(f"validate() on the seed graph     {results['validation_validate_s']:7.3f} s   "
          f"({results['validation_triples']} triples)")
    print(f"  pyshacl, all shapes            {full:7.3f} s")
    print(f"  pyshacl, without sh:sparql     {core:7.3f} s   "
          f"(the {results['validation_sparql_constraints']} SPARQL constraints cost {full - core:.3f} s, "
          f"{(full - core) / full:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
