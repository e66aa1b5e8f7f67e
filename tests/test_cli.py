"""The `kg` command line: `kg build` and `kg validate`, their exit statuses, their one-line errors,
and that a failed build writes nothing."""
from __future__ import annotations

import codecs
import re

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.cli import main
from kg.serialize import to_turtle
from kg.terms import SCHEMA, VNKG
from kg_helpers import ROOT, run_kg, write
from sample_articles import CONFERENCE, TCVN3_BYTES, UNDATED, to_cp1258, with_print_line

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def _files(out) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"stderr is not one line: {err!r}"
    assert lines[0].startswith("kg: error: "), lines[0]
    return lines[0]


# --- kg build ---------------------------------------------------------------------------------------

def test_build_the_seed(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert {"2019-07-30-ngo-quyen.ttl", "2019-07-30-ngo-quyen.jsonld", "context.jsonld"} <= set(_files(out))
    m = re.search(r"^2019-07-30-ngo-quyen: (\d+) triples, (\d+) persons", captured.out, re.MULTILINE)
    assert m, captured.out
    graph = Graph().parse(out / "2019-07-30-ngo-quyen.ttl")
    assert int(m.group(1)) == len(graph)
    assert len(list(graph.subjects(RDF.type, SCHEMA.Person))) == int(m.group(2))
    assert "kg: error" not in captured.err


def test_build_an_article(tmp_path, capsys):
    article = write(tmp_path / "2018-03-14-tien-lang.txt", CONFERENCE)
    assert main(["build", str(article), "--out", str(tmp_path / "out")]) == 0
    graph = Graph().parse(tmp_path / "out" / "2018-03-14-tien-lang.ttl")
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert {"Lê Văn Khoa", "Trần Thị Mai Lan"} <= names
    assert capsys.readouterr().err == ""


BAD_INPUTS = {
    "empty": (b"", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "windows-1258": (to_cp1258(CONFERENCE), "iconv -f WINDOWS-1258 -t UTF-8"),
    "tcvn3": (TCVN3_BYTES, "iconv -f TCVN5712-1 -t UTF-8"),
    "impossible-date": (with_print_line("Print Thứ Năm, 31/02/2019 08:00").encode(), "31/02/2019"),
    "html": ("<!DOCTYPE html>\n<html><body><p>Sáng 13/3, hội nghị.</p></body></html>".encode(), "HTML page"),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_unreadable_input_one_line_exit_2_no_files(tmp_path, capsys, kind):
    data, says = BAD_INPUTS[kind]
    article = write(tmp_path / f"{kind}.txt", data)
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    line = _one_error_line(captured.err)
    assert str(article) in line and says in line
    assert captured.out == ""
    assert _files(out) == []


@pytest.mark.parametrize("kind", ["empty", "windows-1258"])
def test_unreadable_input_as_a_process(tmp_path, kind):
    data, says = BAD_INPUTS[kind]
    article = write(tmp_path / f"{kind}.txt", data)
    out = tmp_path / "out"
    done = run_kg("build", str(article), "--out", str(out))
    assert done.returncode == 2
    assert says in _one_error_line(done.stderr)
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert _files(out) == []


def test_strict_one_bad_input_among_good_ones_writes_nothing(tmp_path, capsys):
    good = write(tmp_path / "good.txt", CONFERENCE)
    bad = write(tmp_path / "bad.txt", b"")
    out = tmp_path / "out"
    assert main(["build", str(good), str(bad), "--out", str(out), "--strict", "--jobs", "1"]) == 2
    _one_error_line(capsys.readouterr().err)
    assert _files(out) == []


def test_missing_input_file(tmp_path, capsys):
    assert main(["build", str(tmp_path / "khong-co.txt"), "--out", str(tmp_path / "out")]) == 2
    assert "cannot read the file" in _one_error_line(capsys.readouterr().err)


def test_shacl_violation_during_build_writes_nothing(tmp_path, capsys, monkeypatch):
    import kg.pipeline

    real = kg.pipeline.to_graph

    def meeting_without_date(article, facts, base):
        graph = real(article, facts, base)
        graph.remove((None, SCHEMA.startDate, None))
        return graph

    monkeypatch.setattr(kg.pipeline, "to_graph", meeting_without_date)
    out = tmp_path / "out"
    assert main(["build", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error: the graph does not conform to the shapes:")
    assert "A meeting needs a date" in err  # the readable report, with the shape's message
    assert _files(out) == []


def test_failed_build_leaves_earlier_output_alone(tmp_path, capsys):
    out = tmp_path / "out"
    article = write(tmp_path / "2018-03-14-tien-lang.txt", CONFERENCE)
    assert main(["build", str(article), "--out", str(out)]) == 0
    before = {name: (out / name).read_bytes() for name in _files(out) if (out / name).is_file()}
    write(article, to_cp1258(CONFERENCE))
    assert main(["build", str(article), "--out", str(out)]) == 2
    after = {name: (out / name).read_bytes() for name in _files(out) if (out / name).is_file()}
    assert after == before


@pytest.mark.parametrize("encode", [
    pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
    pytest.param(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
])
def test_known_encodings_build_the_same_files_as_utf8(tmp_path, capsys, encode):
    name = "2018-03-14-tien-lang.txt"
    plain = write(tmp_path / "plain" / name, CONFERENCE.encode("utf-8"))
    other = write(tmp_path / "other" / name, encode(CONFERENCE))
    assert main(["build", str(plain), "--out", str(tmp_path / "out-plain")]) == 0
    assert main(["build", str(other), "--out", str(tmp_path / "out-other")]) == 0
    for ending in (".ttl", ".jsonld"):
        a = (tmp_path / "out-plain" / ("2018-03-14-tien-lang" + ending)).read_bytes()
        b = (tmp_path / "out-other" / ("2018-03-14-tien-lang" + ending)).read_bytes()
        assert a == b


def test_no_date_line_builds_with_a_warning_and_invents_no_date(tmp_path, capsys):
    article = write(tmp_path / "an-lao.txt", UNDATED)
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("kg: warning: ")]
    assert any("an-lao" in w and "no publication date" in w for w in warnings), err
    graph = Graph().parse(out / "an-lao.ttl")
    assert graph.value(None, SCHEMA.datePublished) is None
    assert graph.value(None, VNKG.statedOn) is None
    # the text has no year anywhere: any full date in the graph would be made up
    invented = [(s, p, o) for s, p, o in graph if getattr(o, "datatype", None) in
                (XSD.date, XSD.dateTime, XSD.gYear, XSD.gYearMonth)]
    assert invented == []
    # what the text does say is kept as written
    assert "Chiều 21/9" in {str(o) for o in graph.objects(None, VNKG.dateText)}


# --- kg validate ------------------------------------------------------------------------------------

def test_validate_conforming_files_exit_0(seed_out, capsys):
    files = [str(p) for p in sorted(seed_out.glob("2019-*"))]
    assert len(files) == 2  # .ttl and .jsonld
    for args in ([files[1]], [files[0]], files):
        assert main(["validate", *args]) == 0
        assert capsys.readouterr().out.strip() == "conforms: no SHACL violations"


def test_validate_the_committed_output(capsys):
    files = sorted(str(p) for p in (ROOT / "output").glob("*.ttl"))
    if not files:
        pytest.skip("no output/*.ttl in this checkout")
    assert main(["validate", *files]) == 0, capsys.readouterr().out


def test_validate_violations_exit_1(tmp_path, seed_graph, capsys):
    seed_graph.remove((None, SCHEMA.startDate, None))
    path = write(tmp_path / "broken.ttl", to_turtle(seed_graph))
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert re.match(r"\d+ SHACL violation\(s\):\n", out)
    assert "A meeting needs a date" in out


def test_validate_violations_exit_1_as_a_process(tmp_path, seed_graph):
    seed_graph.remove((None, SCHEMA.startDate, None))
    path = write(tmp_path / "broken.ttl", to_turtle(seed_graph))
    done = run_kg("validate", str(path))
    assert done.returncode == 1 and "A meeting needs a date" in done.stdout


UNUSABLE = {
    "broken.ttl": '@prefix ex: <http://example.org/> .\nex:a ex:b "not closed .\n',
    "broken.jsonld": '{"@context": ',
    "broken.nt": "<a> <b> <c> .\n",
    "binary.ttl": b"\x89PNG\r\n\x1a\n\x00\x00",
    "article.txt": CONFERENCE,
}


@pytest.mark.parametrize("name", sorted(UNUSABLE) + ["missing.ttl"])
def test_validate_unusable_input_exit_2(tmp_path, capsys, name):
    path = tmp_path / name
    if name in UNUSABLE:
        write(path, UNUSABLE[name])
    assert main(["validate", str(path)]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert str(path) in line


def test_validate_unusable_input_as_a_process(tmp_path):
    path = write(tmp_path / "broken.ttl", UNUSABLE["broken.ttl"])
    done = run_kg("validate", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    _one_error_line(done.stderr)


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().out
