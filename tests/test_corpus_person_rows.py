"""kg.corpus.person_rows: the workers read each article's person records from the Turtle they wrote, and the
people step reads a file again only when its records were not kept in this run; people.ttl is the same."""
from __future__ import annotations

import pickle
import shutil

import pytest

from corpus_samples import article_text, text_corpus
from kg.cli import main
from kg.people import PEOPLE_FILE, resolve_folder_on_disk
from kg_helpers import write


@pytest.fixture
def files_read(monkeypatch) -> list[str]:
    """The article files the people step reads itself (not from the kept rows)."""
    import kg.people.spool as spool

    read = []
    real = spool._read_store

    def counted(path):
        read.append(path.stem)
        return real(path)

    monkeypatch.setattr(spool, "_read_store", counted)
    return read


def resolved_from_the_files(out, tmp_path):
    """people.ttl as the people step writes it when it reads every article file of out."""
    copy = tmp_path / "from-files"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("store", ".kg", PEOPLE_FILE))
    resolve_folder_on_disk(copy)
    return (copy / PEOPLE_FILE).read_bytes()


def test_the_rows_a_worker_reads_from_its_turtle_are_those_of_the_written_file(tmp_path):
    from kg.corpus.person_rows import rows_of_turtle
    from kg.people.spool import _read_store, record_rows

    text_corpus(tmp_path / "in", count=2)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1", "--no-store"]) == 0
    for path in sorted(out.glob("2018-*.ttl")):
        from_text = pickle.loads(rows_of_turtle(path.read_text(encoding="utf-8")))
        from_file = record_rows(_read_store(path))
        assert len(from_text) >= 2  # the chair and the deputy
        assert [r[:4] for r in from_text] == [r[:4] for r in from_file]
        assert [pickle.loads(r[4]) for r in from_text] == [pickle.loads(r[4]) for r in from_file]


def test_a_fresh_build_reads_no_article_file_again_for_the_people(tmp_path, files_read):
    text_corpus(tmp_path / "in", count=4)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert files_read == []
    assert (out / PEOPLE_FILE).read_bytes() == resolved_from_the_files(out, tmp_path)
    assert not (out / ".kg" / "person-rows.sqlite").exists()  # kept for the run only


def test_a_rebuild_reads_only_the_files_of_the_articles_it_did_not_build(tmp_path, files_read):
    paths = text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    write(paths[0], article_text("Lê Văn Khoa", "Nguyễn Thị Thanh Xuân", "Tiên Lãng", 13))
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert sorted(files_read) == sorted(p.stem for p in paths[1:])
    assert b"Thanh Xu" in (out / PEOPLE_FILE).read_bytes()
    assert (out / PEOPLE_FILE).read_bytes() == resolved_from_the_files(out, tmp_path)


def test_rows_kept_for_another_input_are_not_used(tmp_path):
    from kg.corpus.person_rows import KeptRows
    from kg.corpus.work import Outcome

    kept = KeptRows(tmp_path)
    try:
        kept.keep(Outcome("a", "a.txt", "d1", "built", person_rows=pickle.dumps([("k", "", "a", "x", b"")])), "v")
        kept.keep(Outcome("b", "b.txt", "d2", "built", person_rows=pickle.dumps([])), "v")
        kept.keep(Outcome("b", "b.txt", "d3", "rejected"), "v")  # it no longer builds: its rows go
        rows = kept.finder({"a": {"status": "built", "digest": "d1", "version": "v"},
                            "b": {"status": "built", "digest": "d2", "version": "v"},
                            "c": {"status": "built", "digest": "d1", "version": "v"}})
        assert rows(tmp_path / "a.ttl") == [("k", "", "a", "x", b"")]
        assert rows(tmp_path / "b.ttl") is None and rows(tmp_path / "c.ttl") is None
        other = kept.finder({"a": {"status": "built", "digest": "d9", "version": "v"}})
        assert other(tmp_path / "a.ttl") is None  # the file was built from other bytes since
    finally:
        kept.close()
    assert not kept.path.exists()
