"""The flow read -> extract -> map -> validate -> write: what `materialize` returns, what `build`
writes (all of it or nothing), and how it writes (through temporary names, readable by others)."""
from __future__ import annotations

import os
import stat

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.errors import InputError, KgError, ValidationError
from kg.ids import DEFAULT_BASE
from kg.pipeline import Built, build, materialize, seed_path, write_atomically
from kg.terms import SCHEMA
from kg_helpers import write
from sample_articles import CONFERENCE, FOLLOW_UP, UNDATED


def _files(out) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def test_seed_path_is_the_bundled_article():
    path = seed_path()
    assert path.name == "2019-07-30-ngo-quyen.txt" and path.is_file()
    assert path.read_text(encoding="utf-8").startswith("Print Thứ Ba, 30/07/2019")


def test_materialize_returns_the_validated_graph(seed_built):
    b = seed_built
    assert isinstance(b, Built)
    assert b.article.id == "2019-07-30-ngo-quyen"
    assert b.base == DEFAULT_BASE
    assert b.iri == DEFAULT_BASE + "article/2019-07-30-ngo-quyen"
    assert (URIRef(b.iri), RDF.type, SCHEMA.NewsArticle) in b.graph
    assert b.report.conforms
    assert len(b.facts.persons) >= 3 and "Nguyễn Thị Nghĩa" in b.facts.persons


def test_materialize_raises_on_a_violation(monkeypatch):
    import kg.pipeline

    real = kg.pipeline.to_graph
    monkeypatch.setattr(kg.pipeline, "to_graph",
                        lambda a, f, base: _without(real(a, f, base), SCHEMA.identifier))
    with pytest.raises(ValidationError, match="An article needs exactly one identifier"):
        materialize(seed_path())


def _without(graph, predicate):
    graph.remove((None, predicate, None))
    return graph


def test_build_writes_the_files_of_each_article(tmp_path):
    a = write(tmp_path / "in" / "tien-lang.txt", CONFERENCE)
    b = write(tmp_path / "in" / "tien-lang-2.txt", FOLLOW_UP)
    out = tmp_path / "deep" / "out"  # made, with its parents
    built = build([a, b], out)
    assert [x.article.id for x in built] == ["tien-lang", "tien-lang-2"]
    assert _files(out) == ["context.jsonld", "tien-lang-2.jsonld", "tien-lang-2.ttl", "tien-lang.jsonld",
                           "tien-lang.ttl"]  # and no temporary file is left behind


def test_written_files_are_readable_by_others_as_any_new_file(tmp_path):
    old = os.umask(0o022)
    try:
        build([seed_path()], tmp_path / "out")
    finally:
        os.umask(old)
    for path in (tmp_path / "out").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name


def test_build_checks_every_article_before_writing_any(tmp_path, monkeypatch):
    import kg.pipeline

    good = write(tmp_path / "in" / "a.txt", CONFERENCE)
    bad = write(tmp_path / "in" / "b.txt", FOLLOW_UP)
    real = kg.pipeline.to_graph

    def break_b(article, facts, base):
        graph = real(article, facts, base)
        return _without(graph, SCHEMA.name) if article.id == "b" else graph

    monkeypatch.setattr(kg.pipeline, "to_graph", break_b)
    with pytest.raises(ValidationError):
        build([good, bad], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_two_inputs_with_one_id_are_refused(tmp_path):
    a = write(tmp_path / "x" / "tien-lang.txt", CONFERENCE)
    b = write(tmp_path / "y" / "tien-lang.txt", FOLLOW_UP)
    with pytest.raises(InputError, match="same article id"):
        build([a, b], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_rebuilding_replaces_the_files(tmp_path):
    article = write(tmp_path / "tien-lang.txt", CONFERENCE)
    out = tmp_path / "out"
    build([article], out)
    first = (out / "tien-lang.ttl").read_bytes()
    write(article, CONFERENCE.replace("Phạm Quốc Bảo", "Vũ Thị Hồng"))
    build([article], out)
    second = (out / "tien-lang.ttl").read_bytes()
    assert first != second and "Vũ Thị Hồng".encode() in second
    assert _files(out) == ["context.jsonld", "tien-lang.jsonld", "tien-lang.ttl"]


def test_an_output_folder_that_is_a_file_is_a_one_line_error(tmp_path):
    target = write(tmp_path / "out", "not a folder")
    with pytest.raises(KgError, match="cannot write the output") as info:
        build([seed_path()], target)
    assert "\n" not in str(info.value)
    assert target.read_text() == "not a folder"


def test_write_atomically_writes_all_or_nothing(tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "missing-folder" / "b.ttl"
    with pytest.raises(OSError):
        write_atomically({first: "one\n", second: "two\n"})
    assert _files(tmp_path) == []  # neither the first file nor any temporary one


def test_write_atomically_cleans_up_after_a_failed_write(tmp_path):
    with pytest.raises(TypeError):
        write_atomically({tmp_path / "a.ttl": "one\n", tmp_path / "b.ttl": 42})  # not text: the write fails
    assert _files(tmp_path) == []


def test_write_atomically_writes_utf8_with_unix_line_ends(tmp_path):
    write_atomically({tmp_path / "a.ttl": "Thành ủy\nHải Phòng\n"})
    assert (tmp_path / "a.ttl").read_bytes() == "Thành ủy\nHải Phòng\n".encode("utf-8")


def test_an_undated_article_builds_and_says_so(tmp_path):
    article = write(tmp_path / "an-lao.txt", UNDATED)
    [b] = build([article], tmp_path / "out")
    assert b.article.published is None
    assert any("no publication date" in w for w in b.article.warnings)
    assert b.graph.value(URIRef(b.iri), SCHEMA.datePublished) is None
