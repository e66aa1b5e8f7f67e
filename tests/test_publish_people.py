"""`kg publish` with the people layer: a resolved person's page gathers what each article's record of them says,
a record's page sends the reader on to its person, and the lists, the search index and the home graph show
persons, each once. Without people.ttl (one article) a record's page is the person page. Articles, people and
posts here are invented."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from publish_fixtures import load_json

# Trần Văn Bình chairs a meeting in each Kiến Thụy article, stated in the same post both times: one person.
# Another Trần Văn Bình leads a district party committee in Nghệ An: a namesake, not the same person.
ARTICLES = {
    "2021-03-02-kien-thuy": """\
Print Thứ Ba, 02/03/2021 09:00

Sáng 1/3, Ban Thường vụ Huyện ủy Kiến Thụy tổ chức hội nghị sơ kết công tác quý I. Đồng chí Trần Văn Bình, Chủ tịch UBND huyện Kiến Thụy chủ trì hội nghị. Cùng dự có đồng chí Vũ Thị Lan, Phó Chủ tịch UBND huyện Kiến Thụy.

Mai Văn Sơn

Nguồn. haiphong.gov.vn
""",
    "2021-06-15-kien-thuy": """\
Print Thứ Ba, 15/06/2021 14:30

Chiều 14/6, UBND huyện Kiến Thụy tổ chức hội nghị về chuyển đổi số. Đồng chí Trần Văn Bình, Chủ tịch UBND huyện Kiến Thụy phát biểu chỉ đạo hội nghị.

Mai Văn Sơn

Nguồn. haiphong.gov.vn
""",
    "2021-09-20-nam-dan": """\
Print Thứ Hai, 20/09/2021 08:00

Sáng 19/9, Huyện ủy Nam Đàn, tỉnh Nghệ An tổ chức hội nghị quán triệt nghị quyết. Đồng chí Trần Văn Bình, Bí thư Huyện ủy Nam Đàn chủ trì hội nghị.

Nguồn. nghean.gov.vn
""",
}
FIRST, SECOND, OTHER = ARTICLES
RECORD = "person/tran-van-binh-6cfd00"  # each article's own node for the name (article/<id>/person/…)


def _publish(folder: Path, ids: list[str], resolve: bool) -> Path:
    from kg.people import resolve_folder
    from kg.pipeline import build
    from kg.publish.site import publish

    texts = []
    for article_id in ids:
        texts.append(folder / f"{article_id}.txt")
        texts[-1].write_text(ARTICLES[article_id], encoding="utf-8")
    out = folder / "output"
    build(texts, out)
    if resolve:
        resolve_folder(out)
    publish(sorted(out.glob("*.ttl")), folder / "site")
    return folder / "site"


@pytest.fixture(scope="module")
def resolved(tmp_path_factory) -> tuple[Path, str, str]:
    """The site of the three articles, and the two resolved Trần Văn Bình: (site, the Kiến Thụy one, the other)."""
    site = _publish(tmp_path_factory.mktemp("people"), list(ARTICLES), resolve=True)
    person = load_json(site / f"article/{FIRST}/{RECORD}.jsonld")["sameAs"]
    assert load_json(site / f"article/{SECOND}/{RECORD}.jsonld")["sameAs"] == person
    other = load_json(site / f"article/{OTHER}/{RECORD}.jsonld")["sameAs"]
    assert person.startswith("person/") and other.startswith("person/") and other != person
    return site, person, other


def _main(page: Path) -> str:
    return page.read_text(encoding="utf-8").split("<main>", 1)[1]


def test_a_resolved_persons_page_gathers_what_each_article_says(resolved):
    site, person, other = resolved
    main = _main(site / f"{person}.html")
    assert main.count('<section class="career"') == 1
    career = re.search(r'<section class="career".*?</section>', main, re.S).group(0)
    # one body, one step: the title stated in both articles, with both dates and both sentences
    assert career.count('<div class="career-body">') == 1 and career.count('<p class="step">') == 1
    assert "Ủy ban nhân dân huyện Kiến Thụy" in career or "UBND huyện Kiến Thụy" in career
    assert "<mark>Chủ tịch UBND huyện Kiến Thụy</mark>" in career
    assert "Nêu 2 lần" in career and "Stated 2 times" in career
    for article_id in (FIRST, SECOND):
        assert f'href="../article/{article_id}.html#char=' in career  # each statement linked to its sentence
    # the meeting one article says he chaired, the one the other says he attended, and both articles
    chaired = re.search(r'<section><h2><span lang="vi">Đã chủ trì.*?</section>', main, re.S).group(0)
    attended = re.search(r'<section><h2><span lang="vi">Đã tham dự.*?</section>', main, re.S).group(0)
    assert re.findall(r'href="\.\./article/([^"/]+)/event/[^"]+\.html"', chaired) == [FIRST]
    assert re.findall(r'href="\.\./article/([^"/]+)/event/[^"]+\.html"', attended) == [SECOND]
    for article_id in (FIRST, SECOND):
        assert f'href="../article/{article_id}.html"' in main
    assert OTHER not in main.split('<p class="note">', 1)[0]  # nothing of the namesake's article
    # the namesake: linked, with a note
    note = re.search(r'<p class="note">.*?</p>', main, re.S).group(0)
    assert "không phải cùng một người" in note and f'href="{other.rsplit("/", 1)[1]}.html"' in note
    assert f'href="{person.rsplit("/", 1)[1]}.html"' in re.search(r'<p class="note">.*?</p>', _main(site / f"{other}.html"),
                                                   re.S).group(0)
    # the JSON-LD states the graph as it is: the person, and each record with its own holdings
    doc = load_json(site / f"{person}.jsonld")
    assert sorted(r["id"] for r in doc["records"]) == [f"article/{FIRST}/{RECORD}", f"article/{SECOND}/{RECORD}"]
    assert all(r["holdings"] for r in doc["records"]) and "holdings" not in doc


def test_a_records_page_sends_the_reader_to_its_person(resolved):
    site, person, _ = resolved
    for article_id in (FIRST, SECOND):
        text = (site / f"article/{article_id}/{RECORD}.html").read_text(encoding="utf-8")
        assert f'<meta http-equiv="refresh" content="0; url=../../../{person}.html">' in text
        assert '<section class="career"' not in text
        assert '<h1 lang="vi">Trần Văn Bình</h1>' in text
        # its JSON-LD and Turtle stay what its article says
        assert f'<link rel="alternate" type="application/ld+json" href="{RECORD.rsplit("/", 1)[1]}.jsonld">' in text
        doc = load_json(site / f"article/{article_id}/{RECORD}.jsonld")
        assert doc["id"] == f"article/{article_id}/{RECORD}" and doc["holdings"]


def _search_rows(site: Path) -> list[list[str]]:
    text = (site / "static/search-index.js").read_text(encoding="utf-8")
    return json.loads(text.removeprefix("window.VNKG_SEARCH=").rstrip().rstrip(";"))


def test_lists_search_and_the_home_graph_show_persons_each_once(resolved):
    site, person, other = resolved
    listed = re.findall(r'<li><a href="\.\./([^"]+)\.html" lang="vi">Trần Văn Bình</a>',
                        (site / "browse/persons-b.html").read_text(encoding="utf-8"))
    assert sorted(listed) == sorted([person, other])
    every_list = "".join(p.read_text(encoding="utf-8") for p in (site / "browse").glob("persons-*.html"))
    assert "/person/" not in every_list.replace('href="../person/', "")  # no article's record listed
    persons = [row for row in _search_rows(site) if row[2] == "p"]
    assert sorted(row[3] for row in persons if row[0] == "Trần Văn Bình") == sorted([person, other])
    assert all(row[3].startswith("person/") for row in persons)
    assert len({row[3] for row in persons}) == len(persons)
    index = (site / "index.html").read_text(encoding="utf-8")
    svg = index.split("<svg", 1)[1].split("</svg>", 1)[0]
    drawn = re.findall(r'href="(person/[^"]+|article/[^"]+/person/[^"]+)\.html"', svg)
    assert drawn and all(path.startswith("person/") for path in drawn)
    assert len(drawn) == len(set(drawn))


def test_without_people_ttl_the_records_page_is_the_person_page(tmp_path):
    site = _publish(tmp_path, [FIRST], resolve=False)
    assert not (tmp_path / "output/people.ttl").exists()
    main = _main(site / f"article/{FIRST}/{RECORD}.html")
    assert '<section class="career"' in main and "<mark>Chủ tịch UBND huyện Kiến Thụy</mark>" in main
    assert 'http-equiv="refresh"' not in (site / f"article/{FIRST}/{RECORD}.html").read_text(encoding="utf-8")
    assert not (site / "person").exists()
    persons = [row[3] for row in _search_rows(site) if row[2] == "p"]
    assert f"article/{FIRST}/{RECORD}" in persons
    assert f'href="../article/{FIRST}/{RECORD}.html"' in (site / "browse/persons-b.html").read_text(encoding="utf-8")
