"""benchmarks/identity.py: the pairwise and B-cubed scores it prints, on mentions small enough to count by hand."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_identity", ROOT / "benchmarks" / "identity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pairwise_and_bcubed_by_hand(bench):
    gold = [{"article": "a", "name": "Lê Văn Tư", "cluster": "x"}, {"article": "b", "name": "Lê Văn Tư", "cluster": "x"},
            {"article": "c", "name": "Lê Văn Tư", "cluster": "y"}, {"article": "d", "name": "Đinh Thị Hạnh", "cluster": "z"}]
    # the system joins a and c (wrong), keeps b apart (a miss), and never found d
    found = {("a", "lê văn tư"): "p1", ("b", "lê văn tư"): "p2", ("c", "lê văn tư"): "p1"}
    res = bench.score(gold, found)
    assert res["pairs"] == (1, 1, 0)  # gold same-pairs, system same-pairs, both
    assert res["pairwise"][:2] == (0.0, 0.0)
    assert res["not_found"] == ["('d', 'đinh thị hạnh')"]
    # B-cubed: a: P 1/2 R 1/2; b: P 1 R 1/2; c: P 1/2 R 1; d: P 1 R 1
    assert res["bcubed"][0] == pytest.approx(3 / 4) and res["bcubed"][1] == pytest.approx(3 / 4)


def test_synthetic_records_resolve_into_persons(bench):
    from kg.people.resolve import resolve

    records = bench.synthetic(300, seed=1)
    assert len(records) == 300
    persons = resolve(records).clusters
    assert 0 < len(persons) < 300 and sum(len(p.records) for p in persons) == 300
