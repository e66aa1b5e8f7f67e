"""How `kg publish` scales: the time, the number of files and the size of the site for archives of
invented articles (tests/synthetic_archive.py: the shape `kg build` writes, names made up).

    python benchmarks/publish.py [--sizes 100 1000] [--json]

For each size: the input is written first (not timed), then kg.publish.publish() runs once in this
process. Printed: wall time (read, render, write), the CPU time of the render, the pages (.html), all
files, the site's size, the largest page, and the milliseconds per page. Targets: time linear in the
number of articles, at most 3 ms per page, no page larger than 300 KB.
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
sys.path.insert(0, str(ROOT / "tests"))  # the invented archive is shared with the tests

MS_PER_PAGE = 3.0
MAX_PAGE = 300_000


def measure(n: int, folder: Path) -> dict:
    from synthetic_archive import write_archive

    from kg.publish.site import _replace_dir, render
    from kg.publish.source import load

    inputs = write_archive(folder / f"in-{n}", n)
    started = time.perf_counter()
    src = load(inputs, None)
    read = time.perf_counter()
    cpu = time.process_time()
    files = render(src)
    cpu = time.process_time() - cpu
    rendered = time.perf_counter()
    _replace_dir(folder / f"site-{n}", files)
    written = time.perf_counter()
    pages = {p: len(text.encode("utf-8")) for p, text in files.items() if p.endswith(".html")}
    largest = max(pages, key=pages.get)
    total = sum(len(text.encode("utf-8")) for text in files.values())
    shutil.rmtree(folder / f"site-{n}")
    return {"articles": n, "triples": len(src.graph), "files": len(files), "pages": len(pages),
            "bytes": total, "largest_page": largest, "largest_page_bytes": pages[largest],
            "read_s": read - started, "render_s": rendered - read, "render_cpu_s": cpu, "write_s": written - rendered,
            "total_s": written - started, "ms_per_page": (written - started) * 1000 / len(pages),
            "render_ms_per_page": (rendered - read) * 1000 / len(pages)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="vnkg-publish-bench-"))
    try:
        results = [measure(n, folder) for n in args.sizes]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'articles':>8} {'triples':>9} {'pages':>6} {'files':>6} {'size MB':>8} {'read s':>7} {'render s':>9} "
          f"{'(cpu s)':>8} {'write s':>8} {'total s':>8} {'ms/page':>8} {'largest page':>14}")
    for r in results:
        print(f"{r['articles']:>8} {r['triples']:>9,} {r['pages']:>6} {r['files']:>6} {r['bytes'] / 1e6:>8.1f} "
              f"{r['read_s']:>7.2f} {r['render_s']:>9.2f} {r['render_cpu_s']:>8.2f} {r['write_s']:>8.2f} "
              f"{r['total_s']:>8.2f} {r['ms_per_page']:>8.2f} {r['largest_page_bytes'] / 1000:>11.0f} KB")
        print(f"{'':>8} largest page: {r['largest_page']}")
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"growth {a['articles']} -> {b['articles']} articles: x{b['articles'] / a['articles']:.0f}; "
              f"total time x{b['total_s'] / a['total_s']:.1f}, pages x{b['pages'] / a['pages']:.1f}, "
              f"ms/page {a['ms_per_page']:.2f} -> {b['ms_per_page']:.2f}")
    worst = max(r["ms_per_page"] for r in results)
    biggest = max(r["largest_page_bytes"] for r in results)
    print(f"targets: <= {MS_PER_PAGE} ms/page: {'met' if worst <= MS_PER_PAGE else 'NOT met'} ({worst:.2f}); "
          f"no page > {MAX_PAGE // 1000} KB: {'met' if biggest <= MAX_PAGE else 'NOT met'} ({biggest / 1000:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
