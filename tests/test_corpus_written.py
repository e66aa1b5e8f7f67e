"""kg.corpus.written: a worker hands back the graph it wrote as N-Triples, and the store is filled from those
bytes as it was from the files."""
from __future__ import annotations

import pyoxigraph as ox

from corpus_samples import article_text, text_corpus, write
from kg.cli import main
from kg.corpus.written import Written, nquads, read_written
from kg.store.inputs import GraphDoc, read_file
from test_corpus_runner import outputs, quads

NT = ox.RdfFormat.N_TRIPLES


def _store_files_read(monkeypatch) -> list[str]:
    """The article files the store filler reads itself (not from what a worker handed back)."""
    import kg.corpus.storing as storing

    read = []
    real = storing.read_file

    def counted(path):
        read.append(path.stem)
        return real(path)

    monkeypatch.setattr(storing, "read_file", counted)
    return read


def _handing_back_nothing(monkeypatch) -> None:
    import kg.corpus.written as written

    real = written.read_written
    monkeypatch.setattr(written, "read_written", lambda text: Written(real(text).person_rows, "", b""))


def test_the_triples_handed_back_are_those_of_the_written_file(tmp_path):
    text_corpus(tmp_path / "in", count=2)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    files = sorted(p for p in out.glob("*.ttl") if p.name != "people.ttl")
    assert len(files) == 2
    for path in files:
        [doc] = [d for d in read_file(path) if isinstance(d, GraphDoc)]
        handed = read_written(path.read_text(encoding="utf-8"))
        assert handed.graph == doc.graph
        # as a store holds the file's triples (Oxigraph keeps a number typed xsd:nonNegativeInteger as an
        # xsd:integer): the same store whichever is loaded
        stored = ox.Store()
        stored.extend(doc.quads())
        as_stored = {q.triple for q in stored}
        assert {q.triple for q in ox.parse(input=handed.ntriples, format=NT)} == as_stored
        assert handed.ntriples.count(b"\n") == len(doc.triples)


def test_a_turtle_without_one_article_hands_back_no_graph():
    turtle = '<https://example.org/a> <https://schema.org/name> "Trần Văn Bình" .\n'
    handed = read_written(turtle)
    assert (handed.graph, handed.ntriples) == ("", b"")


def test_nquads_puts_every_triple_in_the_graph_even_a_literal_with_a_line_break():
    triples = [ox.Triple(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://schema.org/text"),
                         ox.Literal("Ông Trần Văn Bình phát biểu .\nHội nghị bế mạc .")),
               ox.Triple(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://schema.org/name"),
                         ox.Literal("xã Tân Phú", language="vi"))]
    data = nquads("https://example.org/g", ox.serialize(triples, format=NT))
    parsed = list(ox.parse(input=data, format=ox.RdfFormat.N_QUADS))
    assert [q.graph_name for q in parsed] == [ox.NamedNode("https://example.org/g")] * 2
    assert [q.triple for q in parsed] == triples


def test_a_fresh_build_fills_the_store_without_reading_the_files_back_as_from_them(tmp_path, monkeypatch):
    text_corpus(tmp_path / "in", count=4)
    from_files = tmp_path / "from-files"
    with monkeypatch.context() as m:
        _handing_back_nothing(m)
        read = _store_files_read(m)
        assert main(["build", str(tmp_path / "in"), "--out", str(from_files), "--jobs", "1"]) == 0
        assert len(read) == 4
    read = _store_files_read(monkeypatch)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert read == []
    assert quads(out / "store") == quads(from_files / "store")
    assert outputs(out) == outputs(from_files)


def test_a_changed_article_handed_back_replaces_its_graph_as_a_clean_build_would(tmp_path, monkeypatch):
    import kg.corpus.storing as storing

    monkeypatch.setattr(storing, "BATCH_TRIPLES", 1)  # each article a batch: the changed one alone
    paths = text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    write(paths[0], article_text("Lê Văn Khoa", "Trần Thị Mai Lan", "Tiên Lãng", 13, members=77))
    read = _store_files_read(monkeypatch)
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert read == []
    clean = tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    assert quads(out / "store") == quads(clean / "store")


def test_chunks_read_as_the_joined_bytes():
    from kg.corpus.written import Chunks

    pieces = [b"<https://example.org/a> ", b"", b"<https://schema.org/name> \"B\xc3\xacnh\" .\n", b"x" * 70_000]
    assert Chunks(pieces).read() == b"".join(pieces)
    stream = Chunks(iter(pieces))
    assert stream.read(10) + stream.read(7) + stream.read() == b"".join(pieces)
    assert stream.read() == b""
