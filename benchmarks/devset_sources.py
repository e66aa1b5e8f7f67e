"""Where each development-set article's text is to be gathered from, for the ignored local cache `devset/`.

    python benchmarks/devset_sources.py [--set heldout14] > sources.tsv

The gold files (tests/devset/<set>/*.json) record each article's url and the exact `search` query that found it;
the text is never committed. This prints one line per article, tab-separated: the cache path the scoring
commands of tests/devset/README.md read (devset/texts for the a/b golds, devset/dev2/texts for the d golds,
devset/<set>/texts otherwise), the url, and the query. Gathering is one `pages` look-up per distinct query,
keeping the excerpt whose url is the line's url.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "devset"
NOT_ARTICLE_GOLD = {"identity"}


def cache_folder(set_name: str, gold_stem: str) -> str:
    if set_name == "gold":
        return "devset/dev2/texts" if gold_stem.startswith("d") else "devset/texts"
    return f"devset/{set_name}/texts"


def sources(only: str | None = None) -> list[tuple[str, str, str]]:
    rows = []
    for gold in sorted(DEVSET.glob("*/*.json")):
        set_name = gold.parent.name
        if set_name in NOT_ARTICLE_GOLD or (only and set_name != only):
            continue
        article = json.loads(gold.read_text(encoding="utf-8"))["article"]
        name = Path(article.get("file") or gold.stem + ".txt").name
        rows.append((f"{cache_folder(set_name, gold.stem)}/{name}", article["url"], article["query"]))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="only", help="one set's folder name under tests/devset (default: all)")
    args = parser.parse_args()
    rows = sources(args.only)
    if not rows:
        print(f"devset_sources: no gold for set {args.only!r}", file=sys.stderr)
        return 2
    for row in rows:
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
