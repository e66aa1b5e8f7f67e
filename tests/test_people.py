"""The people layer (kg/people): who, across articles, is one person and who is only a namesake.

The articles are invented, in the genre of provincial portals; their persons are made up."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from kg_helpers import run_kg, write
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg.cli import main
from kg.people import PEOPLE_FILE, load_decisions, resolve_folder
from kg.people.evidence import Profile, compare
from kg.people.iris import person_iri
from kg.people.provinces import ProvinceRef, related
from kg.people.records import Holding, Record
from kg.people.resolve import block_key
from kg.terms import VNKG

BASE = "https://w3id.org/vnkg/"
NAME = "Đặng Văn Khải"

ARTICLES = {
    # the chairman of the Quảng Ninh People's Committee, twice
    "2019-03-05-qn-hoi-nghi": """\
Print Thứ Ba, 05/03/2019 09:00

Sáng 4/3, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị sơ kết công tác quý I. Đồng chí Đặng Văn Khải, \
Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh chủ trì hội nghị. Cùng dự có đồng chí Lê Thị Hoa, Trưởng Ban \
Tuyên giáo Tỉnh ủy Quảng Ninh.

Nguồn. quangninh.gov.vn
""",
    "2020-06-10-qn-lam-viec": """\
Print Thứ Tư, 10/06/2020 14:00

Chiều 9/6, đồng chí Đặng Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh làm việc với Ban Thường vụ \
Huyện ủy Tiên Yên. Cùng dự có đồng chí Lê Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Ninh.

Nguồn. quangninh.gov.vn
""",
    # a namesake in another province, in the same week
    "2020-06-12-cm-y-te": """\
Print Thứ Sáu, 12/06/2020 08:30

Sáng 11/6, Sở Y tế tỉnh Cà Mau tổ chức hội nghị triển khai nhiệm vụ. Đồng chí Đặng Văn Khải, Giám đốc Sở Y tế \
tỉnh Cà Mau chủ trì hội nghị.

Nguồn. camau.gov.vn
""",
    # a namesake in the same province, in another body: the name and the province are not enough
    "2020-06-15-qn-quan-su": """\
Print Thứ Hai, 15/06/2020 10:00

Sáng 14/6, Bộ Chỉ huy Quân sự tỉnh Quảng Ninh tổ chức hội nghị. Đồng chí Đặng Văn Khải, Chỉ huy trưởng Bộ Chỉ \
huy Quân sự tỉnh Quảng Ninh chủ trì hội nghị.

Nguồn. quangninh.gov.vn
""",
}
QN_2019, QN_2020, CA_MAU, QN_ARMY = ARTICLES


def texts(folder: Path, *ids: str) -> list[str]:
    return [str(write(folder / f"{i}.txt", ARTICLES[i])) for i in ids]


def build(out: Path, *paths: str) -> None:
    assert main(["build", *paths, "--out", str(out), "--no-store"]) == 0


def query(name: str, out: Path, *where: str, on: str | None = None, store: bool = False) -> list[dict]:
    """The rows of a bundled query over the folder's .ttl files (or its store), as the CSV gives them."""
    from kg.query import FileSource, StoreSource, run

    source = StoreSource(str(out / "store")) if store else FileSource([str(f) for f in sorted(out.glob("*.ttl"))])
    try:
        return list(csv.DictReader(io.StringIO(run(name, source, list(where), on=on).csv())))
    finally:
        if store:
            source.close()


def mentions(out: Path, store: bool = False) -> dict[str, str]:
    """article id -> the person Đặng Văn Khải is in it, read with the `mentions` query over the files."""
    rows = query("mentions", out, store=store)
    return {r["article"].rsplit("/", 1)[-1]: r["person"] for r in rows if r["name"] == NAME}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("people")
    out = folder / "out"
    build(out, *texts(folder, *ARTICLES))
    return out


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Path:
    """Three of the articles built by `kg build` into files and the store."""
    folder = tmp_path_factory.mktemp("people-store")
    out = folder / "out"
    assert main(["build", *texts(folder, QN_2019, QN_2020, CA_MAU), "--out", str(out)]) == 0
    return out


def copy(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(corpus, out)
    return out


# ---------------------------------------------------------------- the namesake rules

def test_the_same_post_in_two_articles_is_one_person(corpus):
    found = mentions(corpus)
    assert found[QN_2019] == found[QN_2020]
    assert found[QN_2019] == person_iri(BASE, NAME, QN_2019)  # minted from the earliest article


def test_a_name_alone_never_joins_mentions_from_different_provinces(corpus):
    found = mentions(corpus)
    assert found[CA_MAU] not in (found[QN_2019], found[QN_ARMY])


def test_the_same_name_and_province_alone_stay_apart_as_a_candidate(corpus):
    found = mentions(corpus)
    assert found[QN_ARMY] != found[QN_2019]
    resolved = resolve_folder(corpus)
    pairs = [{resolved.iri_of(c.a), resolved.iri_of(c.b)} for c in resolved.resolution.candidates]
    assert {found[QN_2019], found[QN_ARMY]} in pairs


def test_namesakes_are_linked_both_ways_and_records_point_to_their_person(corpus):
    g = Graph().parse(corpus / PEOPLE_FILE)
    found = mentions(corpus)
    a, b = URIRef(found[QN_2019]), URIRef(found[CA_MAU])
    assert (a, VNKG.namesake, b) in g and (b, VNKG.namesake, a) in g
    record = URIRef(f"{BASE}article/{QN_2020}/person/{_slug_hash(NAME)}")
    assert list(g.objects(record, OWL.sameAs)) == [a]


def test_the_articles_and_the_people_graph_validate_together(corpus):
    from kg.validate import validate

    g = Graph()
    for path in corpus.glob("*.ttl"):
        g.parse(path)
    report = validate(g)
    assert report.conforms, report.text()


def test_heads_of_two_bodies_in_two_provinces_in_one_month_are_two_persons():
    def group(article: str, day: str, body: str, province: str) -> Profile:
        rec = Record(f"{BASE}article/{article}/person/x", NAME, f"{BASE}article/{article}", article, day)
        rec.holdings.append(Holding(f"{BASE}role/chu-tich", f"{BASE}org/{body}", "", "current", day, "Chủ tịch",
                                    frozenset({ProvinceRef(province, "legacy")}), body))
        profile = Profile()
        profile.add(rec)
        return profile

    verdict = compare(group("a", "2020-05-01", "ubnd-a", "quang-ninh"), group("b", "2020-05-20", "ubnd-b", "ca-mau"))
    assert not verdict.same and verdict.conflict
    later = compare(group("a", "2016-05-01", "ubnd-a", "quang-ninh"), group("b", "2020-05-20", "ubnd-b", "ca-mau"))
    assert not later.same and not later.conflict.startswith("heads")  # years apart: no clash, but no evidence


def test_provinces_merged_in_2025_are_one_place_across_the_reform():
    assert related(ProvinceRef("soc-trang", "legacy"), ProvinceRef("can-tho", "2025"))
    assert not related(ProvinceRef("soc-trang", "legacy"), ProvinceRef("hau-giang", "legacy"))
    assert not related(ProvinceRef("soc-trang", "legacy"), ProvinceRef("vinh-long", "2025"))


def test_blocks_ignore_diacritics_but_the_evidence_does_not():
    assert block_key("Nguyễn Văn Hùng") == block_key("Nguyen Van  Hung") == block_key("Nguyễn Văn Hưng")
    a, b = Profile(), Profile()
    a.names.add("nguyễn văn hùng")
    b.names.add("nguyễn văn hưng")
    assert not compare(a, b).same


# ---------------------------------------------------------------- decisions

def test_a_same_decision_joins_persons_and_the_later_iri_stays_as_same_as(corpus, tmp_path):
    out = copy(corpus, tmp_path)
    found = mentions(out)
    kept, merged = found[QN_2019], found[QN_ARMY]
    assert main(["people", "same", merged, kept, "--out", str(out)]) == 0
    decisions = load_decisions(out / "people-decisions.tsv")
    assert len(decisions.same_pairs()) == 1
    after = mentions(out)
    assert after[QN_ARMY] == after[QN_2019] == kept
    g = Graph().parse(out / PEOPLE_FILE)
    assert (URIRef(merged), OWL.sameAs, URIRef(kept)) in g
    # every build applies the decisions
    build(out, *texts(tmp_path, CA_MAU))
    assert mentions(out)[QN_ARMY] == kept


def test_a_different_decision_wins_over_the_evidence(corpus, tmp_path):
    out = copy(corpus, tmp_path)
    decisions = tmp_path / "mine.tsv"
    record_2020 = f"{BASE}article/{QN_2020}/person/{_slug_hash(NAME)}"  # a record IRI, as `mentions` shows it
    assert main(["people", "different", mentions(out)[QN_2019], record_2020, "--out", str(out),
                 "--decisions", str(decisions)]) == 0
    assert "different\t" in decisions.read_text(encoding="utf-8")
    found = mentions(out)
    assert found[QN_2019] != found[QN_2020]
    # without the decisions file the evidence joins them again
    resolve_folder(out, tmp_path / "none.tsv")
    found = mentions(out)
    assert found[QN_2019] == found[QN_2020]


def _slug_hash(name: str) -> str:
    from kg.ids import name_id

    return name_id(name)


def test_candidates_show_the_evidence_sentences(corpus):
    result = run_kg("people", "candidates", "--out", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Ninh" in result.stdout
    assert "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh" in result.stdout
    assert "posts in the same province" in result.stdout


def test_a_malformed_decisions_file_is_one_line_and_exit_2(corpus, tmp_path):
    bad = write(tmp_path / "bad.tsv", "same\tonly-one-iri\n")
    result = run_kg("people", "candidates", "--out", str(corpus), "--decisions", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "bad.tsv:1" in result.stderr


def test_an_unknown_iri_is_refused(corpus, tmp_path):
    out = copy(corpus, tmp_path)
    result = run_kg("people", "same", f"{BASE}person/nobody-000000", mentions(out)[QN_2019], "--out", str(out))
    assert result.returncode == 2 and "no such person" in result.stderr
    assert not (out / "people-decisions.tsv").exists()


# ---------------------------------------------------------------- stable IRIs

def test_iris_stay_when_unrelated_articles_are_added(tmp_path):
    out = tmp_path / "out"
    build(out, *texts(tmp_path, QN_2019, QN_2020))
    before = mentions(out)
    build(out, *texts(tmp_path, CA_MAU, QN_ARMY))
    after = mentions(out)
    assert after[QN_2019] == after[QN_2020] == before[QN_2019]
    # the same folder built from nothing gives the same IRIs: they are minted from content
    fresh = tmp_path / "fresh"
    build(fresh, *texts(tmp_path, *ARTICLES))
    assert mentions(fresh) == after


def test_a_single_article_build_writes_no_people_graph(tmp_path):
    out = tmp_path / "out"
    build(out, *texts(tmp_path, QN_2019))
    assert not (out / PEOPLE_FILE).exists()
    found = mentions(out)
    assert found[QN_2019] == f"{BASE}article/{QN_2019}/person/{_slug_hash(NAME)}"


def test_the_store_answers_mentions_as_the_files(stored):
    assert mentions(stored, store=True) == mentions(stored)
    assert len(set(mentions(stored).values())) == 2  # the Quảng Ninh chairman, and the Cà Mau namesake


# ---------------------------------------------------------------- career and holders

def _files(out: Path) -> list[str]:
    return [a for f in sorted(out.glob("*.ttl")) for a in ("--data", str(f))]


def test_career_gives_each_post_once_with_its_first_and_last_statement(corpus):
    person = mentions(corpus)[QN_2019]
    rows = query("career", corpus, f"person={person}")
    chair = [r for r in rows if r["organization"] == "Ủy ban nhân dân tỉnh Quảng Ninh"]
    assert len(chair) == 1
    assert (chair[0]["first_stated"], chair[0]["last_stated"]) == ("2019-03-05", "2020-06-10")
    assert (chair[0]["first_article"], chair[0]["last_article"]) == (f"{BASE}article/{QN_2019}",
                                                                      f"{BASE}article/{QN_2020}")
    assert chair[0]["statements"] == "2"
    assert list(rows[0])[:7] == ["person", "name", "position", "organization", "term", "first_stated",
                                 "last_stated"]


@pytest.mark.parametrize("day,basis", [("2019-12-01", "stated before and after"), ("2021-01-01", "last stated before"),
                                       ("2018-01-01", "first stated after")])
def test_holders_on_a_day_from_files_and_the_store(stored, day, basis):
    where = "organization=Ủy ban nhân dân tỉnh Quảng Ninh"
    from_files = query("holders", stored, where, on=day)
    assert from_files == query("holders", stored, where, on=day, store=True)
    assert {(r["name"], r["basis"]) for r in from_files} == {(NAME, basis)}
    assert all(r["sentence"] and r["article"] for r in from_files)  # the evidence
    assert list(from_files[0])[:6] == ["person", "name", "position", "organization", "term", "date"]


def test_holders_without_a_day_lists_every_statement_and_a_bad_day_is_refused(corpus):
    rows = query("holders", corpus, "organization=Ủy ban nhân dân tỉnh Quảng Ninh")
    assert sorted(r["date"] for r in rows) == ["2019-03-05", "2020-06-10"] and not any(r["basis"] for r in rows)
    result = run_kg("query", "holders", "--on", "2020-02-30", *_files(corpus))
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def _visitor(article: str, title: str, body_name: str, context: str) -> Profile:
    """A record whose post's body has no province of its own, in an article about `context`."""
    rec = Record(f"{BASE}article/{article}/person/x", NAME, f"{BASE}article/{article}", article, "2020-05-01")
    body = f"{BASE}org/{article}-body"
    rec.holdings.append(Holding(f"{BASE}role/pho-bi-thu", body, "", "current", "2020-05-01", title, frozenset(),
                                body_name))
    rec.context.add(ProvinceRef(context, "legacy"))
    profile = Profile()
    profile.add(rec)
    return profile


def test_a_title_that_names_no_place_does_not_join_articles_about_two_provinces():
    a = _visitor("a", "Phó Bí thư Tỉnh ủy", "Tỉnh ủy Quảng Ninh", "quang-ninh")
    b = _visitor("b", "Phó Bí thư Tỉnh ủy", "Tỉnh ủy Cà Mau", "ca-mau")
    assert not compare(a, b).same
    # a title that names its body's place is the post itself, wherever the article is
    a = _visitor("a", "Phó Bí thư Đảng ủy Khối Cơ quan Trung ương", "Đảng ủy Khối Cơ quan Trung ương", "quang-ninh")
    b = _visitor("b", "Phó Bí thư Đảng ủy Khối Cơ quan Trung ương", "Đảng ủy Khối Cơ quan Trung ương", "ca-mau")
    assert compare(a, b).same


def test_a_decision_about_a_record_no_article_names_waits_with_a_warning(corpus, tmp_path):
    decisions = write(tmp_path / "d.tsv", f"same\t{BASE}article/gone/person/x\t{mentions(corpus)[QN_2019]}\n")
    resolved = resolve_folder(copy(corpus, tmp_path), decisions)
    assert any("no article of the folder names" in w for w in resolved.resolution.warnings)


def test_person_iris_written_by_hand_in_the_decisions_file_are_applied(corpus, tmp_path):
    out = copy(corpus, tmp_path)
    found = mentions(out)
    write(out / "people-decisions.tsv", f"same\t{found[QN_ARMY]}\t{found[QN_2019]}\tchecked by hand\n")
    resolve_folder(out)
    after = mentions(out)
    assert after[QN_ARMY] == after[QN_2019] == found[QN_2019]


def test_a_bad_decisions_file_stops_the_build_before_anything_is_written(tmp_path):
    bad = write(tmp_path / "bad.tsv", "maybe\ta\tb\n")
    result = run_kg("build", *texts(tmp_path, QN_2019, QN_2020), "--out", str(tmp_path / "out"), "--decisions",
                    str(bad), "--no-store")
    assert result.returncode == 2 and "bad.tsv:1" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def _article_ttl(article: str, area: str, person: str = "") -> str:
    """A hand-written article graph: one shared body serving `area`; with `person`, one post holding in it."""
    holding = f"""
<{BASE}article/{article}/holding/x> a vnkg:PostHolding ; org:member <{BASE}article/{article}/person/{person}> ;
    org:role <{BASE}role/bi-thu> ; org:organization <{BASE}org/huyen-uy-tien-yen-000000> ;
    vnkg:status "current" ; vnkg:titleAsWritten "Bí thư Huyện ủy" .
<{BASE}article/{article}/person/{person}> a schema:Person ; schema:name "Đặng Văn Khải" ;
    prov:wasDerivedFrom <{BASE}article/{article}> .""" if person else ""
    return f"""@prefix schema: <https://schema.org/> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix vnkg: <https://w3id.org/vnkg/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
<{BASE}article/{article}> a schema:NewsArticle ; schema:identifier "{article}" .
<{BASE}org/huyen-uy-tien-yen-000000> schema:areaServed <{BASE}place/{area}/tien-yen> .{holding}
"""


def test_a_record_holds_its_own_articles_statements_not_another_articles(tmp_path):
    from kg.people.records import read_records

    own = write(tmp_path / "a.ttl", _article_ttl("a", "quang-ninh", person="dang-van-khai-000000"))
    other = write(tmp_path / "b.ttl", _article_ttl("b", "ca-mau"))
    [record] = read_records([own, other])
    assert [h.provinces for h in record.holdings] == [frozenset({ProvinceRef("quang-ninh", "legacy")})]


# ---------------------------------------------------------------- a large corpus's memory

def test_people_ttl_streamed_is_the_graph_written_at_once(corpus, tmp_path):
    """people.ttl is written as it streams (sorted on disk); it is the in-memory writer's Turtle, byte for byte."""
    from kg.people.graph import people_namespaces, people_triples
    from kg.serialize import triples_turtle

    out = copy(corpus, tmp_path)
    resolved = resolve_folder(out)
    clusters = resolved.resolution.clusters
    namesakes = sorted({tuple(sorted((resolved.iri_of(a), resolved.iri_of(b))))
                        for a, b in resolved.resolution.namesakes})
    triples = set(people_triples(BASE, list(zip(resolved.iris, [c.records for c in clusters])), resolved.redirects,
                                 namesakes))
    assert namesakes and len(triples) > 20
    expected = triples_turtle(triples, list(people_namespaces(BASE).namespaces()))
    assert (out / PEOPLE_FILE).read_text(encoding="utf-8") == expected


def test_records_share_what_repeats(corpus):
    """Every record is held at once: the records of one article share its provinces, and equal texts are one."""
    from kg.people.records import article_files, read_records

    records = read_records(article_files(corpus))
    by_article: dict[str, list[Record]] = {}
    for rec in records:
        by_article.setdefault(rec.article, []).append(rec)
    shared = [group for group in by_article.values() if len(group) > 1]
    assert shared
    for group in shared:
        assert all(r.context is group[0].context and r.article is group[0].article for r in group)
    assert all(isinstance(r.mentions, tuple) and r.sentence for r in records)
