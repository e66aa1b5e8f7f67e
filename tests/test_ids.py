"""IRIs are minted from content: the same name gives the same IRI in every run and every article,
the base is configurable (`kg build --base`), every minted IRI fits its shape's pattern, and the
output has no blank nodes."""
from __future__ import annotations

import re

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.cli import main
from kg.ids import DEFAULT_BASE, Minter, name_id
from kg.pipeline import materialize
from kg.terms import SCHEMA
from kg.validate import shapes_graph, validate
from kg_helpers import write
from sample_articles import CONFERENCE, FOLLOW_UP

VSH = "https://w3id.org/vnkg/shapes#"


def test_same_name_same_iri():
    a, b = Minter(), Minter()
    assert a.person("Lê Văn Khoa") == b.person("Lê Văn Khoa")
    assert re.fullmatch(re.escape(DEFAULT_BASE) + r"person/le-van-khoa-[0-9a-f]{6}", str(a.person("Lê Văn Khoa")))
    assert re.fullmatch(re.escape(DEFAULT_BASE) + r"org/huyen-uy-tien-lang-[0-9a-f]{6}",
                        str(a.body("Huyện ủy Tiên Lãng")))
    assert a.person("Lê Văn Khoa") != a.person("Lê Văn Kha")


def test_names_that_differ_only_in_diacritics_get_different_iris():
    m = Minter()
    assert m.person("Nguyễn Văn Hùng") != m.person("Nguyễn Văn Hưng")


def test_spelling_variants_of_one_name_meet():
    m = Minter()
    # old and new tone placement, composed or decomposed, extra spaces: one person
    assert m.person("Lê Thị Thuý") == m.person("Lê Thị Thúy") == m.person("  Lê  Thị Thúy ")
    assert m.body("Thành uỷ Hải Phòng") == m.body("Thành ủy Hải Phòng")


def test_article_local_things_live_under_the_article():
    m = Minter()
    art = str(m.article("2018-03-14-tien-lang"))
    for iri in (m.holding("2018-03-14-tien-lang", "Lê Văn Khoa", "Bí thư Huyện ủy", "current"),
                m.event("2018-03-14-tien-lang", "conference", 1), m.observation("2018-03-14-tien-lang", 2),
                m.dataset("2018-03-14-tien-lang"), m.mention("2018-03-14-tien-lang", 10, 42)):
        assert str(iri).startswith(art)
    assert str(m.mention("x", 10, 42)).endswith("/article/x#char=10,42")
    assert m.holding("a", "Lê Văn Khoa", "Bí thư", "former") != m.holding("a", "Lê Văn Khoa", "Bí thư", "current")


@pytest.mark.parametrize("base", ["https://example.org/kg", "https://example.org/kg/", "http://data.example.vn/"])
def test_base_is_configurable_and_ends_with_a_separator(base):
    m = Minter(base)
    assert m.base.endswith("/")
    assert str(m.person("Lê Văn Khoa")) == base.rstrip("/") + "/person/" + name_id("Lê Văn Khoa")


def _pattern(shape: str) -> re.Pattern:
    g = shapes_graph()
    return re.compile(str(g.value(URIRef(VSH + shape), SH.pattern)))


@pytest.mark.parametrize("shape,mint", [
    ("ArticleShape", lambda m: m.article("2018-03-14 Tiên Lãng")),
    ("PersonShape", lambda m: m.person("Trần Thị Mai Lan")),
    ("PersonShape", lambda m: m.article_person("a-1", "Trần Thị Mai Lan")),
    ("OrganizationShape", lambda m: m.body("Ban Thường vụ Huyện ủy Tiên Lãng")),
    ("RoleShape", lambda m: m.role("Phó Bí thư Thường trực")),
    ("PostShape", lambda m: m.post("Huyện ủy Tiên Lãng", "Bí thư")),
    ("PostShape", lambda m: m.post(None, "Bí thư")),
    ("PostHoldingShape", lambda m: m.holding("a-1", "Lê Văn Khoa", "Bí thư Huyện ủy", "new")),
    ("EventShape", lambda m: m.event("a-1", "conference", 3)),
    ("PlaceShape", lambda m: m.place("Hải Phòng/Tiên Lãng/Quang Phục")),
    ("ObservationShape", lambda m: m.observation("a-1", 12)),
])
@pytest.mark.parametrize("base", [DEFAULT_BASE, "https://example.org/kg/"])
def test_minted_iris_fit_the_shapes(shape, mint, base):
    assert _pattern(shape).search(str(mint(Minter(base))))


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two")
    return (materialize(write(folder / "2018-03-14-tien-lang.txt", CONFERENCE)),
            materialize(write(folder / "2018-04-20-tien-lang.txt", FOLLOW_UP)))


def test_two_articles_naming_one_name_keep_a_person_node_each(two_articles):
    # a name alone never joins two articles' persons: the people layer (kg/people) resolves them
    first, second = two_articles
    ids = Minter()
    khoa = [ids.article_person(b.article.id, "Lê Văn Khoa") for b in (first, second)]
    assert (khoa[0], RDF.type, SCHEMA.Person) in first.graph
    assert (khoa[1], RDF.type, SCHEMA.Person) in second.graph and khoa[0] != khoa[1]
    union = first.graph + second.graph
    assert len([p for p in union.subjects(RDF.type, SCHEMA.Person) if "le-van-khoa" in str(p)]) == 2
    # and the article-local nodes do not collide
    assert first.iri != second.iri
    local = {s for s in first.graph.subjects() if str(s).startswith(first.iri)}
    assert local and not local & {s for s in second.graph.subjects()}


def test_the_same_article_gives_the_same_iris(tmp_path, seed_built):
    again = materialize(seed_built.article.path)
    assert set(again.graph) == set(seed_built.graph)


def _nodes(graph: Graph):
    for s, p, o in graph:
        yield s
        yield p
        yield o


def test_no_blank_nodes(seed_built, two_articles):
    for b in (seed_built, *two_articles):
        assert not [n for n in _nodes(b.graph) if isinstance(n, BNode)]


def test_no_blank_nodes_in_the_written_files(seed_out):
    for path in sorted(seed_out.glob("2019-*")):
        graph = Graph().parse(path)
        assert len(graph) > 100
        assert not [n for n in _nodes(graph) if isinstance(n, BNode)], path.name


def test_build_with_another_base(tmp_path, capsys):
    base = "https://example.org/kg/"
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--base", base]) == 0
    ttl = Graph().parse(out / "2019-07-30-ngo-quyen.ttl")
    jsonld = Graph().parse(out / "2019-07-30-ngo-quyen.jsonld")
    assert set(ttl) == set(jsonld)
    minted = {str(n) for n in _nodes(ttl) if isinstance(n, URIRef) and "/vnkg/" in str(n)}
    # nothing is left at the default base; only the ontology's own terms keep their IRIs
    assert all(n.startswith("https://w3id.org/vnkg/ontology") for n in minted), sorted(minted)[:5]
    assert (URIRef(base + "article/2019-07-30-ngo-quyen"), RDF.type, SCHEMA.NewsArticle) in ttl
    assert (URIRef(base + "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3"), RDF.type,
            SCHEMA.Person) in ttl
    assert validate(ttl).conforms
    assert '"person": "https://example.org/kg/person/"' in (out / "context.jsonld").read_text(encoding="utf-8")


def test_holdings_of_names_or_titles_that_differ_only_in_diacritics_are_two_statements():
    from kg.ids import Minter

    ids = Minter()
    one = ids.holding("a", "Nguyễn Thị Nghĩa", "Phó Bí thư", "current")
    assert one == ids.holding("a", "Nguyễn Thị Nghĩa", "Phó Bí thư", "current")  # minted from content
    assert one != ids.holding("a", "Nguyễn Thị Nghìa", "Phó Bí thư", "current")
    assert one != ids.holding("a", "Nguyễn Thị Nghĩa", "Phó Bí thủ", "current")
    assert one != ids.holding("a", "Nguyễn Thị Nghĩa", "Phó Bí thư", "former")


def test_posts_and_terms_of_bodies_whose_slugs_meet_stay_apart():
    from kg.ids import Minter

    ids = Minter()
    # a stray character that the slug drops: two bodies (two IRIs), so two posts and two terms
    a, b = "Ban Tuyên giáo Tỉnh ủy Hải Phòng", "Ban Tuyên giáo越 Tỉnh ủy Hải Phòng"
    assert ids.body(a) != ids.body(b)
    assert ids.post(a, "Phó Trưởng ban") != ids.post(b, "Phó Trưởng ban")
    assert ids.term(a, "x", 15, 2020, 2025) != ids.term(b, "x", 15, 2020, 2025)
    assert ids.post(a, "Phó Trưởng ban") == ids.post(a, "Phó Trưởng ban")  # minted from content


def test_a_body_named_without_its_unit_lives_under_its_article():
    # 'Tỉnh ủy' of an article that never names its province: two such articles may mean two provinces
    first = Minter(DEFAULT_BASE, "bai-mot", frozenset({"Tỉnh ủy"}))
    second = Minter(DEFAULT_BASE, "bai-hai", frozenset({"Tỉnh ủy"}))
    assert first.body("Tỉnh ủy") != second.body("Tỉnh ủy")
    assert str(first.body("Tỉnh ủy")).startswith(str(first.article("bai-mot")) + "/org/")
    assert str(first.post("Tỉnh ủy", "Bí thư")).startswith(str(first.article("bai-mot")) + "/post/")
    assert str(first.term("Tỉnh ủy", "bai-mot", 20, None, None)).startswith(str(first.article("bai-mot")))
    assert first.body("Tỉnh ủy Thái Bình") == second.body("Tỉnh ủy Thái Bình") == Minter().body("Tỉnh ủy Thái Bình")
    for shape, iri in (("OrganizationShape", first.body("Tỉnh ủy")), ("PostShape", first.post("Tỉnh ủy", "Bí thư"))):
        assert _pattern(shape).search(str(iri))


UNPLACED = """\
Print Thứ Hai, 14/01/2021 08:00

Sáng 13/1, Ban Thường vụ Tỉnh ủy họp. Đồng chí {name}, Bí thư Tỉnh ủy chủ trì hội nghị.
"""


def test_two_articles_naming_no_province_keep_a_provincial_committee_each(tmp_path):
    built = [materialize(write(tmp_path / f"bai-{n}.txt", UNPLACED.format(name=name)))
             for n, name in ((1, "Lê Văn Khoa"), (2, "Hà Thị Vân"))]
    committees = [{s for s in b.graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/org#Organization"))
                   if "tinh-uy" in str(s)} for b in built]
    assert all(c and all(str(s).startswith(b.iri + "/org/") for s in c) for c, b in zip(committees, built))
    assert not committees[0] & committees[1]
    union = built[0].graph + built[1].graph
    assert validate(union).conforms
