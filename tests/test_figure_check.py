"""A figure that does not agree with itself is a fact about the source: the article builds, the change
is recorded as stated and flagged, and the shapes report it as a warning."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal

from kg.cli import main
from kg.figure_check import change_disagrees
from kg.pipeline import seed_path
from kg.terms import VNKG
from kg_helpers import write


@pytest.mark.parametrize("stated,change,unit,before,after,off", [
    ("20", "decrease", "percent", "120", "96", False),
    ("25", "decrease", "percent", "120", "96", True),
    ("20", "increase", "percent", "120", "96", True),
    ("1072", "increase", None, "10732", "11804", False),
    ("1075", "increase", None, "10732", "11804", True),
    ("5", "increase", "percent", "0", "7", False),  # a percent of nothing cannot be checked
])
def test_change_disagrees(stated, change, unit, before, after, off):
    assert change_disagrees(Decimal(stated), change, unit, Decimal(before), Decimal(after)) is off


@pytest.mark.parametrize("typo", ["giảm 25%", "giảm 2,5%", "tăng 20%"])
def test_an_article_whose_figures_disagree_builds_with_a_warning(tmp_path, capsys, typo):
    text = seed_path().read_text(encoding="utf-8")
    assert "Số tổ chức cơ sở đảng giảm 20%" in text
    article = write(tmp_path / "2019-07-30-typo.txt", text.replace("Số tổ chức cơ sở đảng giảm 20%",
                                                                   f"Số tổ chức cơ sở đảng {typo}"))
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--no-store"]) == 0
    err = capsys.readouterr().err
    assert "do not agree with this stated change" in err and "kg: error" not in err
    graph = Graph().parse(tmp_path / "out" / "2019-07-30-typo.ttl")
    flagged = list(graph.subjects(VNKG.inconsistentInSource, Literal(True)))
    assert len(flagged) == 1
    assert graph.value(flagged[0], VNKG.before) is not None  # recorded as stated, linked to its counts
    assert main(["validate", str(tmp_path / "out" / "2019-07-30-typo.ttl")]) == 0
    assert "warning" in capsys.readouterr().out


def test_the_seed_has_no_flag(seed_built):
    assert not list(seed_built.graph.subjects(VNKG.inconsistentInSource, None))
