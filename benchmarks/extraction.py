"""Extraction speed: articles per second for read + extract alone (no RDF, no SHACL), over the
development set repeated until it holds at least 1 MB of text.

    python benchmarks/extraction.py [TEXT_DIR ...]

TEXT_DIR defaults to devset/texts and devset/heldout/texts (the real articles are not committed; see
tests/devset/README.md). Without them it falls back to the bundled seed article.
"""
from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import extract  # noqa: E402
from kg.pipeline import seed_path  # noqa: E402
from kg.reader import parse_article  # noqa: E402


def main() -> int:
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT / "devset" / "texts", ROOT / "devset" / "heldout" / "texts"]
    paths = sorted(p for d in dirs if d.is_dir() for p in d.glob("*.txt")) or [seed_path()]
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    repeat = max(1, -(-1_000_000 // size))
    corpus = texts * repeat
    total_bytes = size * repeat
    extract(parse_article(texts[0][1], texts[0][0]))  # warm the vocabularies and reference names
    rounds = []
    for _ in range(3):
        start = time.perf_counter()
        for name, text in corpus:
            extract(parse_article(text, name))
        rounds.append(time.perf_counter() - start)
    tracemalloc.start()
    for name, text in texts:
        extract(parse_article(text, name))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = min(rounds)
    print(f"articles: {len(texts)} distinct x {repeat} = {len(corpus)} ({total_bytes / 1e6:.2f} MB of text)")
    print(f"extraction (read + extract), median of 3: {statistics.median(rounds):.2f} s; best {best:.2f} s")
    print(f"articles per second: {len(corpus) / statistics.median(rounds):.1f}")
    print(f"MB of text per second: {total_bytes / 1e6 / statistics.median(rounds):.2f}")
    print(f"peak traced memory over one pass of the distinct articles: {peak / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
