"""The corpus layer's inputs: files, folders, globs and lists -> Sources; portal pages and JSON Lines records
-> Articles read by the reader's own rules."""
from __future__ import annotations

import io
import json

import pytest
from rdflib import Graph, URIRef

from corpus_samples import PEOPLE, article_text, conference_page, record, text_corpus
from kg.cli import main
from kg.corpus.inputs import collect, url_id
from kg.corpus.readers import date_line, read_source
from kg.errors import InputError
from kg.terms import SCHEMA
from kg_helpers import write


def test_a_folder_is_read_recursively_in_name_order_skipping_hidden_files_and_the_output(tmp_path):
    paths = text_corpus(tmp_path / "in")
    write(tmp_path / "in" / ".nhap" / "an.txt", "bản nháp")
    write(tmp_path / "in" / "ghi-chu.md", "không phải bài")
    write(tmp_path / "in" / "out" / "cu.txt", "đầu ra cũ")
    sources = collect([str(tmp_path / "in")], skip=tmp_path / "in" / "out")
    assert sorted(s.path for s in sources) == sorted(str(p.resolve()) for p in paths)
    assert [s.path for s in sources] == sorted(s.path for s in sources)
    assert all(s.kind == "text" and len(s.digest) == 64 for s in sources)


def test_globs_files_and_a_list_of_files_name_the_same_articles_once(tmp_path, monkeypatch):
    paths = text_corpus(tmp_path / "in")
    listing = write(tmp_path / "list.txt", "\n".join(str(p) for p in paths[:2]) + "\n\n")
    sources = collect([str(tmp_path / "in" / "**" / "*.txt"), str(paths[0])], files_from=str(listing))
    assert len(sources) == len(paths)
    monkeypatch.setattr("sys.stdin", io.StringIO(str(paths[3]) + "\n"))
    assert [s.id for s in collect([], files_from="-")] == [collect([str(paths[3])])[0].id]


@pytest.mark.parametrize("argument,says", [("khong-co", "no such file or folder"),
                                           ("*.khong-co", "no file matches")])
def test_an_argument_that_names_nothing_is_refused(tmp_path, argument, says):
    with pytest.raises(InputError, match=says):
        collect([str(tmp_path / argument)])


def test_duplicate_ids_are_found_before_any_work_and_both_inputs_are_named(tmp_path, capsys):
    a = write(tmp_path / "a" / "hoi-nghi.txt", article_text(*PEOPLE[0]))
    b = write(tmp_path / "b" / "hoi-nghi.txt", article_text(*PEOPLE[1]))
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'hoi-nghi'" in err and str(a) in err and str(b) in err
    assert not out.exists()


def test_json_lines_ids_are_url_slugs_and_records_are_found_by_offset(tmp_path):
    lines = [record(*PEOPLE[0]), "", record(*PEOPLE[1], url=None), record(*PEOPLE[2], url=None, title=None)]
    path = write(tmp_path / "bai.jsonl", "\n".join(lines) + "\n")
    sources = collect([str(path)])
    assert [s.id for s in sources] == ["tienlang-example-gov-vn-tin-tuc-so-ket-13",
                                       "huyen-uy-an-lao-so-ket-quy-i", "bai-4"]
    assert [s.input for s in sources] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert "Vũ Đình Toản" in read_source(sources[1]).text


def test_a_long_url_gives_a_short_id_that_still_tells_urls_apart():
    a = url_id("https://portal.example.gov.vn/" + "tin-tuc-" * 30 + "1.html")
    b = url_id("https://portal.example.gov.vn/" + "tin-tuc-" * 30 + "2.html")
    assert len(a) <= 120 and a != b


def test_a_record_leaves_out_what_the_text_says(tmp_path):
    full = collect([str(write(tmp_path / "a.jsonl", record(*PEOPLE[0]) + "\n"))])[0]
    article = read_source(full)
    assert article.title == "Huyện ủy Tiên Lãng sơ kết quý I"
    assert article.published.isoformat() == "2018-03-14T00:00:00+07:00"
    assert article.author == "Phạm Quốc Bảo"
    assert article.url == "https://tienlang.example.gov.vn/tin-tuc/so-ket-13.html"
    only_text = {"text": article_text(*PEOPLE[1])}
    bare = collect([str(write(tmp_path / "b.jsonl", json.dumps(only_text, ensure_ascii=False) + "\n"))])[0]
    article = read_source(bare)
    assert article.published.isoformat() == "2018-03-15T09:30:00+07:00"  # from the text's Print line
    assert article.url is None and bare.id == "b-1"


@pytest.mark.parametrize("line,says", [('{"title": "không có bài"}', "no 'text'"), ("[1, 2]", "not a JSON object"),
                                       ("{không phải json", "not a JSON object")])
def test_a_bad_record_is_an_input_error_naming_its_line(tmp_path, line, says):
    path = write(tmp_path / "x.jsonl", record(*PEOPLE[0]) + "\n" + line + "\n")
    source = collect([str(path)])[1]
    with pytest.raises(InputError, match=says) as info:
        read_source(source)
    assert str(info.value).startswith(f"{path}:2: ")


@pytest.mark.parametrize("stated,line", [("2018-03-14", "date: 2018-03-14"),
                                         ("2018-03-14T02:30:00Z", "date: 2018-03-14 09:30"),
                                         ("14/03/2018 09:30", "date: 2018-03-14 09:30"),
                                         ("hôm qua", None)])
def test_stated_dates_become_date_lines_in_vietnam_time(stated, line):
    assert date_line(stated) == line


def test_a_portal_page_gives_the_article_and_leaves_out_menus_related_links_and_footer(tmp_path):
    page = write(tmp_path / "so-ket.html", conference_page(*PEOPLE[0]))
    article = read_source(collect([str(page)])[0])
    assert article.id == "so-ket"
    assert article.title == "Huyện ủy Tiên Lãng sơ kết công tác xây dựng Đảng quý I"
    assert article.published.isoformat().startswith("2018-03-14")
    assert article.url == "https://tienlang.example.gov.vn/tin-tuc/so-ket-quy-i-2018.html"
    assert "Lê Văn Khoa" in article.text
    for furniture in ("Giới thiệu", "Văn bản chỉ đạo", "Tin liên quan", "thủy lợi nội đồng", "Bản quyền"):
        assert furniture not in article.text


def test_a_built_page_carries_its_url_in_the_graph(tmp_path):
    page = write(tmp_path / "so-ket.html", conference_page(*PEOPLE[1]))
    assert main(["build", str(page), "--out", str(tmp_path / "out"), "--no-store"]) == 0
    graph = Graph().parse(tmp_path / "out" / "so-ket.ttl")
    urls = set(graph.objects(URIRef("https://w3id.org/vnkg/article/so-ket"), SCHEMA.url))
    assert urls == {URIRef("https://anlao.example.gov.vn/tin-tuc/so-ket-quy-i-2018.html")}
    assert {"Vũ Đình Toản", "Ngô Thị Hạnh"} <= {str(o) for o in graph.objects(None, SCHEMA.name)}


def test_a_page_with_no_article_text_is_an_input_error(tmp_path):
    page = write(tmp_path / "trong.html", "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text"):
        read_source(collect([str(page)])[0])
