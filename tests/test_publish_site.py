"""`kg publish` on an archive (200 invented articles, tests/synthetic_archive.py): the lists are grouped and
paged, the search index is small, a busy person's page reads as a career, merged IRIs redirect, namesakes are
noted, the home graph is a neighbourhood, and no page is too large."""
from __future__ import annotations

import html.parser
import json
import re

from synthetic_archive import BUSY, NAMESAKE

from kg.ids import Minter
from kg.publish.browse import PAGE_SIZE, given_name_letter

BASE = "https://w3id.org/vnkg/"
PERSON = Minter(BASE).person(BUSY)[len(BASE):]


class _Anchors(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def _links(path) -> list[str]:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.hrefs


def test_every_person_body_place_article_and_event_is_listed_once_in_pages_of_bounded_size(archive_site):
    browse = archive_site / "browse"
    for kind, folder in (("persons", "person"), ("bodies", "org"), ("articles", "article"), ("events", "article"),
                         ("places", "place")):
        listed = []
        pages = sorted(browse.glob(f"{kind}-*.html"))
        assert pages, kind
        for path in pages:
            entries = [h for h in _links(path) if h.startswith(f"../{folder}/")]
            if kind == "events":
                entries = [h for h in entries if "/event/" in h]
            elif kind == "articles":
                entries = [h for h in entries if "/event/" not in h]
            assert len(entries) <= PAGE_SIZE, path.name
            listed += entries
        assert len(listed) == len(set(listed)), kind
        on_disk = {p for p in archive_site.glob(f"{folder}/**/*.html")
                   if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")}  # a merged IRI's page
        if kind == "events":
            on_disk = {p for p in on_disk if "/event/" in p.as_posix()}
        elif kind == "articles":
            on_disk = {p for p in on_disk if p.parent == archive_site / "article"}
        assert {(browse / h).resolve() for h in listed} == {p.resolve() for p in on_disk}, kind


def test_persons_are_filed_by_given_name_with_an_alphabet_bar(archive_site):
    assert given_name_letter(BUSY) == "N" and given_name_letter("Lê Văn Đức") == "Đ"
    page = (archive_site / "browse/persons-n.html").read_text(encoding="utf-8")
    assert f'href="../{PERSON}.html"' in page
    bar = re.search(r'<nav class="bar"[^>]*>(.*?)</nav>', page).group(1)
    assert '<strong aria-current="page">N</strong>' in bar and 'href="persons-dd.html"' not in bar or "Đ" in bar
    letters = re.findall(r">([A-ZĐ])<", bar)
    assert letters[:5] == ["A", "B", "C", "D", "Đ"] and len(letters) == 23


def test_bodies_by_province_articles_and_events_by_month(archive_site):
    bodies = (archive_site / "browse/bodies-thai-binh.html").read_text(encoding="utf-8")
    assert "Tỉnh ủy Thái Bình" in bodies and "Tỉnh ủy Nam Định" not in bodies
    articles = (archive_site / "browse/articles-2019.html").read_text(encoding="utf-8")
    months = re.findall(r"<h3>Tháng (\d+)/2019</h3>", articles)
    assert months == sorted(months, key=int, reverse=True) and len(months) == 12  # newest first
    events = (archive_site / "browse/events-2020.html").read_text(encoding="utf-8")
    assert re.findall(r"<h3>Tháng (\d+)/2020</h3>", events)[:2] == ["1", "2"]
    assert '<time datetime="2020-' in events


def test_the_search_index_is_small_and_names_persons_bodies_and_places(archive_site):
    text = (archive_site / "static/search-index.js").read_text(encoding="utf-8")
    assert text.startswith("window.VNKG_SEARCH=") and len(text.encode()) < 200_000
    rows = json.loads(text[len("window.VNKG_SEARCH="):].rstrip(";\n"))
    assert {r[2] for r in rows} == {"p", "b", "d"}
    busy = [r for r in rows if r[0] == BUSY]
    assert busy == [[BUSY, "truong thi bich ngan", "p", PERSON, ""]]
    assert (archive_site / (busy[0][3] + ".html")).is_file()


def test_a_busy_persons_page_is_a_career_grouped_by_body(archive_site):
    page = (archive_site / f"{PERSON}.html").read_text(encoding="utf-8")
    career = re.search(r'<section class="career".*?</section>', page, re.S).group(0)
    groups = re.findall(r'<div class="career-body"><h3>(.*?)</h3>', career)
    steps = re.findall(r"<li><p class=\"step\">", career)
    statements = int(re.search(r'Career</span> <span class="count">(\d+)</span>', career).group(1))
    assert statements == 40 and 2 <= len(groups) < len(steps) <= statements  # a title stated again is one step
    stated_again = re.findall(r"Nêu (\d+) lần", career)
    assert len(steps) + sum(int(n) - 1 for n in stated_again) == statements  # every statement is reachable
    assert "khóa XV, nhiệm kỳ 2020–2025" in career and "khóa XIV, nhiệm kỳ 2015–2020" in career
    assert career.count("câu nguồn · source sentence") == len(steps)
    top = page.split("<main>", 1)[1].split('<section class="career"', 1)[0]
    assert top.count(BUSY) == 1  # the name once, at the top
    assert len(page.encode()) < 300_000


def test_a_merged_iri_redirects_and_a_namesake_is_noted(archive_site):
    old = (archive_site / f"{PERSON}-cu.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url={PERSON.rsplit("/", 1)[1]}.html">' in old
    namesake = Minter(BASE).person(NAMESAKE)[len(BASE):]
    page = (archive_site / f"{namesake}.html").read_text(encoding="utf-8")
    note = re.search(r'<p class="note">(.*?)</p>', page, re.S).group(1)
    assert "không phải cùng một người" in note and f'{namesake.rsplit("/", 1)[1]}-b.html' in note


def test_the_home_page_draws_a_neighbourhood_and_no_page_is_too_large(archive_site):
    svg = (archive_site / "graph.svg").read_text(encoding="utf-8")
    boxes = svg.count("<rect ") - 1
    assert 4 < boxes < 40  # the newest article's persons, event, bodies and places, not the whole archive
    assert "…" not in svg
    index = (archive_site / "index.html").read_text(encoding="utf-8")
    assert 'id="newest"' in index and index.count('<li><a href="article/') == 10
    sizes = {p.relative_to(archive_site).as_posix(): p.stat().st_size for p in archive_site.rglob("*.html")}
    assert max(sizes.values()) < 300_000, max(sizes.items(), key=lambda kv: kv[1])
