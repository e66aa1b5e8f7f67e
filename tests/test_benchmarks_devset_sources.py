"""benchmarks/devset_sources.py: one line per gold article, naming the cache path the README's scoring commands read."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("devset_sources", ROOT / "benchmarks" / "devset_sources.py")
devset_sources = importlib.util.module_from_spec(spec)
spec.loader.exec_module(devset_sources)


def test_every_article_gold_gives_one_line_with_url_and_query():
    rows = devset_sources.sources()
    golds = [p for p in (ROOT / "tests" / "devset").glob("*/*.json") if p.parent.name != "identity"]
    assert len(rows) == len(golds) > 100
    assert all(url.startswith("http") and query.strip() for _, url, query in rows)
    assert len({path for path, _, _ in rows}) == len(rows)  # no two articles share a cache file


def test_cache_folders_follow_the_scoring_commands():
    assert devset_sources.cache_folder("gold", "a01-x") == "devset/texts"
    assert devset_sources.cache_folder("gold", "d07-x") == "devset/dev2/texts"
    assert devset_sources.cache_folder("heldout9", "t01-x") == "devset/heldout9/texts"


def test_one_set_only():
    rows = devset_sources.sources("heldout2")
    assert rows and all(path.startswith("devset/heldout2/texts/") for path, _, _ in rows)
    assert devset_sources.sources("no-such-set") == []
