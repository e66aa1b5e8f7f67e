"""prefer_whole (corpus workers): the whole gazetteer read once stands in for the partial one of each
article, and every article's places resolve to the same bytes either way."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from kg.gazetteer import Gazetteer
from kg.gazetteer.reference import prefer_whole

ROOT = Path(__file__).resolve().parents[2]


def _articles():
    from kg.pipeline import seed_path
    from kg.reader import parse_article, read_article

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rng = random.Random(5)
    names, places = bench.surnames(), bench.districts()
    invented = [parse_article(bench.article(rng, names, places), f"bai-{i}") for i in range(12)]
    return [read_article(seed_path()), *invented]


@pytest.fixture
def whole_put_back():
    before = prefer_whole(False)
    yield
    prefer_whole(before)


def test_a_partial_gazetteer_is_the_whole_one_while_whole_is_preferred(whole_put_back):
    names = ["Hải Phòng", "quận Ngô Quyền"]
    assert sum(1 for _ in Gazetteer(names=names).units("legacy")) < 200
    prefer_whole(True)
    assert sum(1 for _ in Gazetteer(names=names).units("legacy")) > 10_000


def test_places_resolve_to_the_same_triples_from_a_partial_or_the_whole_gazetteer(whole_put_back):
    from kg.extract import extract
    from kg.places import place_graph
    from kg.serialize import to_turtle

    def places_turtle() -> list[str]:
        out = []
        for article in _articles():
            facts = extract(article)
            out.append(to_turtle(place_graph(article, facts)) + "\n".join(facts.warnings))
        return out

    partial = places_turtle()
    prefer_whole(True)
    whole = places_turtle()
    assert whole == partial
    assert sum(t.count("officialUnit") for t in whole) > 12  # units were resolved, not just none
