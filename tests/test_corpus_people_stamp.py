"""kg.corpus.people_stamp: a run in which nothing changed does not resolve the persons again; any change does."""
from __future__ import annotations

import pytest

from corpus_samples import article_text, text_corpus
from kg.cli import main
from kg_helpers import write
from test_corpus_runner import outputs, quads


def _count_resolutions(monkeypatch) -> list[int]:
    import kg.people

    calls = []
    real = kg.people.resolve_folder_on_disk

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.people, "resolve_folder_on_disk", counted)
    return calls


@pytest.mark.parametrize("store", [True, False])
def test_people_are_resolved_again_only_when_what_they_read_changed(tmp_path, monkeypatch, capsys, store):
    text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    args = ["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"] + ([] if store else ["--no-store"])
    calls = _count_resolutions(monkeypatch)
    assert main(args) == 0 and len(calls) == 1
    first = {k: v for k, v in outputs(out).items() if k != "report.json"}  # it says which were skipped
    stored = quads(out / "store") if store else None

    assert main(args) == 0 and len(calls) == 1  # nothing changed: not resolved again
    assert "people: unchanged since the last build" in capsys.readouterr().out
    assert {k: v for k, v in outputs(out).items() if k != "report.json"} == first
    if store:
        assert quads(out / "store") == stored

    (out / "people-decisions.tsv").write_text("# no decisions yet\n", encoding="utf-8")
    assert main(args) == 0 and len(calls) == 2  # the decisions file is read by the resolution

    write(tmp_path / "in" / "2018-03-20-moi.txt", article_text("Lê Văn Khoa", "Đinh Thị Hoa", "Tiên Lãng", 20))
    assert main(args) == 0 and len(calls) == 3  # a new article
    assert main(args) == 0 and len(calls) == 3


def test_a_store_without_the_people_graph_gets_it(tmp_path, monkeypatch):
    import shutil

    text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    args = ["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]
    assert main(args) == 0
    stored = quads(out / "store")
    shutil.rmtree(out / "store")  # a new store: every graph is loaded again, the people graph too
    calls = _count_resolutions(monkeypatch)
    assert main(args) == 0 and len(calls) == 1
    assert quads(out / "store") == stored
