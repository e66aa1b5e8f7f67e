"""Entity pages as a reader sees them: dates as Vietnamese readers write them, the fact's own words marked,
the name once, source sentences linked in words, toggles that say what they hide, a favicon, and links
only to web addresses. Sentences and names here are invented."""
from __future__ import annotations

import re

import pytest

from kg.publish.dates import time_element, vietnamese
from kg.publish.html import mark

from publish_fixtures import build_inputs, publish_site

SEED = "2019-07-30-ngo-quyen"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path, _ = publish_site(tmp_path_factory.mktemp("pages"))
    return path


def test_dates_as_a_vietnamese_reader_writes_them():
    assert vietnamese("2019-07-30") == "30/7/2019"
    assert vietnamese("2019-07-30T08:00:00+07:00") == "8:00 ngày 30/7/2019"
    assert vietnamese("2021-01-05T00:00:00") == "5/1/2021"
    assert vietnamese("--07-29") == "29/7" and vietnamese("2020-03") == "3/2020" and vietnamese("2020") == "2020"
    assert vietnamese("sáng nay") is None
    assert time_element("2019-07-30T08:00:00+07:00") == \
        '<time datetime="2019-07-30T08:00:00+07:00">8:00 ngày 30/7/2019</time>'
    assert time_element("<b>") == "&lt;b&gt;"


def test_the_facts_own_words_are_marked_first():
    sentence = "Đồng chí Lê Văn Tám, Bí thư Huyện ủy làm Trưởng đoàn công tác."
    assert "<mark>Trưởng đoàn</mark>" in mark(sentence, ["Trưởng đoàn", "Lê Văn Tám"])  # the title, not the name
    assert "<mark>Lê Văn Tám</mark>" in mark(sentence, ["Lê Văn Tám", "Trưởng đoàn"])
    # named by title alone, in another letter case
    assert mark("Trưởng đoàn phát biểu kết luận.", ["Lê Văn Tám", "trưởng đoàn"]) == \
        "<mark>Trưởng đoàn</mark> phát biểu kết luận."
    assert mark("Không ai được nêu <ở đây>.", ["Lê Văn Tám"]) == "Không ai được nêu &lt;ở đây&gt;."


def test_a_person_page_reads_well(site):
    text = (site / "person/nguyen-thi-nghia-73c412.html").read_text(encoding="utf-8")
    top = text.split("<main>", 1)[1].split('<section class="career"', 1)[0]
    assert top.count("Nguyễn Thị Nghĩa") == 1  # once, in the heading
    career = re.search(r'<section class="career".*?</section>', text, re.S).group(0)
    step = re.search(r"<li><p class=\"step\">.*?>Trưởng đoàn</a>.*?</li>", career, re.S).group(0)
    assert "<mark>Trưởng đoàn</mark>" in step and "<mark>Nguyễn Thị Nghĩa</mark>" not in step
    assert '<time datetime="2019-07-30">30/7/2019</time>' in career
    assert "câu nguồn · source sentence" in career and ">char=" not in text and "ký tự" not in text
    assert re.search(r'href="\.\./article/2019-07-30-ngo-quyen\.html#char=\d+,\d+">câu nguồn · source sentence<', career)


def test_an_article_page_shows_its_headline_once_and_readable_dates(site):
    text = (site / f"article/{SEED}.html").read_text(encoding="utf-8")
    main = text.split("<main>", 1)[1]
    headline = re.search(r'<h1 lang="vi">(.*?)</h1>', main).group(1)
    top = main.split("<section", 1)[0]
    assert top.count(headline) == 1
    assert "8:00 ngày 30/7/2019" in main and ">2019-07-30T08:00:00+07:00<" not in main
    assert re.search(r'<p class="where"><a href="#char=\d+,\d+">câu nguồn · source sentence</a></p>', main)


def test_no_toggle_is_labelled_only_with_a_count_and_every_page_has_a_favicon(site):
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for summary in re.findall(r"<summary>(.*?)</summary>", text, re.S):
            assert re.search(r"[^\W\d_]", re.sub(r"<[^>]+>", "", summary)), (path, summary)
        icon = re.search(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', text)
        assert icon and (path.parent / icon.group(1)).is_file(), path


def test_the_home_graphs_labels_are_whole(site):
    svg = (site / "graph.svg").read_text(encoding="utf-8")
    assert "…" not in svg
    for title, spans in re.findall(r"<text [^>]*>(.*?)</text><title>(.*?)</title>", svg):
        assert " ".join(re.findall(r">([^<]*)</tspan>", title)) == spans


@pytest.mark.parametrize("flag", ["--sparql", "--license"])
def test_only_web_addresses_become_links_in_the_dataset_page(tmp_path, capsys, flag):
    from kg.cli import main

    inputs = build_inputs(tmp_path)
    out = tmp_path / "site"
    with pytest.raises(SystemExit) as stop:  # refused by the option's type, before any command runs
        main(["publish", "--data", *map(str, inputs), "--out", str(out), flag, "javascript:alert(1)"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "http(s)" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    from kg.publish.void import _web_link

    assert _web_link("javascript:alert(1)") == "<code>javascript:alert(1)</code>"
    assert _web_link("https://example.org/sparql").startswith('<a href="https://example.org/sparql"')
