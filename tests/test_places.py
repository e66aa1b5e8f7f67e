"""Places as official units (kg/places.py): codes, enclosing units, points, validity, successors,
the merger, the bundled queries `places` (code column) and `successors`, and `kg map`."""
from __future__ import annotations

import datetime as dt
import importlib.metadata
import re

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDFS

from kg.model import Event, Facts, Mention, Place
from kg.places import (AMBIGUOUS, FORMER_NAME, RESOLVED, UNRESOLVED, VP, link_places, links_graph, place_graph,
                       unit_iri)
from kg.reader import Article
from kg.terms import GEO, SCHEMA, VNKG

BASE = "https://w3id.org/vnkg/"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: pytest probes module names


def unit(era: str, code: str) -> URIRef:
    return URIRef(f"{BASE}unit/{era}/{code}")


def place(path: str) -> URIRef:
    return URIRef(f"{BASE}place/{path}")


def reading(graph, place_node: URIRef) -> URIRef:
    """The article's one resolution of a place (a place shared by articles has one per article)."""
    (node,) = graph.objects(place_node, VP.resolution)
    return node


def article(day: dt.date | None, article_id: str = "test-article") -> Article:
    published = dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))) \
        if day else None
    return Article(id=article_id, text="", title=None, published=published, author=None, source=None)


def facts_of(*places: Place, events: tuple[Event, ...] = ()) -> Facts:
    facts = Facts()
    for p in places:
        facts.add_place(p, None)
    facts.events.extend(events)
    return facts


HAI_PHONG = Place("Hải Phòng", "city")
NGO_QUYEN = Place("Ngô Quyền", "district", "Hải Phòng")
D2019 = dt.date(2019, 7, 30)
D2026 = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def seed():
    from kg.pipeline import materialize, seed_path

    return materialize(seed_path())


@pytest.fixture(scope="module")
def graph(seed) -> Graph:
    return seed.graph


def codes_in(graph: Graph) -> set[str]:
    return {str(c) for c in graph.objects(None, VP.gsoCode)}


# --- the seed: Hải Phòng 31, Ngô Quyền 304, Cầu Đất 11344 ----------------------------------------

def test_seed_places_resolve_to_their_official_codes(graph):
    expected = {"hai-phong": ("legacy", "31"), "hai-phong/ngo-quyen": ("legacy", "304"),
                "hai-phong/ngo-quyen/cau-dat": ("legacy", "11344")}
    for path, (era, code) in expected.items():
        node = place(path)
        assert graph.value(reading(graph, node), VP.placeResolution) == Literal("resolved")
        assert list(graph.objects(reading(graph, node), VP.officialUnit)) == [unit(era, code)]
        assert graph.value(unit(era, code), VP.gsoCode) == Literal(code)
        assert graph.value(unit(era, code), VP.era) == Literal(era)


def test_seed_units_have_their_enclosing_units_types_and_levels(graph):
    cau_dat, ngo_quyen, hai_phong = unit("legacy", "11344"), unit("legacy", "304"), unit("legacy", "31")
    assert list(graph.objects(cau_dat, SCHEMA.containedInPlace)) == [ngo_quyen]
    assert list(graph.objects(ngo_quyen, SCHEMA.containedInPlace)) == [hai_phong]
    assert list(graph.objects(hai_phong, SCHEMA.containedInPlace)) == []
    described = {n: (str(graph.value(n, RDFS.label)), str(graph.value(n, VP.unitType)),
                     graph.value(n, VP.adminLevel).toPython()) for n in (cau_dat, ngo_quyen, hai_phong)}
    assert described == {cau_dat: ("Phường Cầu Đất", "ward", 3), ngo_quyen: ("Quận Ngô Quyền", "district", 2),
                         hai_phong: ("Thành phố Hải Phòng", "city", 1)}
    for node in (cau_dat, ngo_quyen, hai_phong):
        assert (node, RDF.type, VP.OfficialUnit) in graph
        assert (node, RDF.type, GEO.Feature) in graph


def test_enclosing_units_are_of_the_same_era_and_a_higher_level(graph):
    # shapes/places-shapes.ttl does not say this (it would cost an sh:or per unit)
    pairs = [(u, graph.value(u, SCHEMA.containedInPlace)) for u in graph.subjects(RDF.type, VP.OfficialUnit)]
    pairs = [(u, outer) for u, outer in pairs if outer is not None]
    assert len(pairs) == 6
    for inner, outer in pairs:
        assert graph.value(inner, VP.era) == graph.value(outer, VP.era)
        assert graph.value(outer, VP.adminLevel).toPython() < graph.value(inner, VP.adminLevel).toPython()


def test_luong_khanh_thien_is_a_former_ward_whose_ground_went_into_cau_dat(graph):
    lkt = place("hai-phong/ngo-quyen/luong-khanh-thien")
    assert graph.value(reading(graph, lkt), VP.placeResolution) == Literal("former-name")
    assert list(graph.objects(reading(graph, lkt), VP.succeededBy)) == [unit("legacy", "11344")]
    assert "Cầu Đất" in str(graph.value(reading(graph, lkt), VP.resolutionNote))
    # no code of its own, and not the Lương Khánh Thiện that Phủ Lý (Hà Nam) absorbed into Châu Cầu
    assert graph.value(reading(graph, lkt), VP.officialUnit) is None
    assert graph.value(lkt, VP.gsoCode) is None
    assert not any("Lương Khánh Thiện" in str(label) for u in graph.subjects(RDF.type, VP.OfficialUnit)
                   for label in graph.objects(u, RDFS.label))
    assert unit("legacy", "13294") not in set(graph.all_nodes())  # Phường Châu Cầu, Phủ Lý
    assert codes_in(graph) == {"31", "304", "11344", "11311", "11329", "11359", "11383"}


def test_legacy_units_get_their_2025_successors(graph):
    cau_dat = unit("legacy", "11344")
    assert set(graph.objects(cau_dat, VP.groundWentPartlyInto)) == {unit("2025", "11383"), unit("2025", "11359")}
    assert set(graph.objects(cau_dat, VP.groundWentWhollyInto)) == set()
    assert list(graph.objects(unit("legacy", "31"), VP.groundWentWhollyInto)) == [unit("2025", "31")]
    assert set(graph.objects(unit("legacy", "304"), VP.groundWentPartlyInto)) == {
        unit("2025", c) for c in ("11311", "11329", "11359", "11383")}
    labels = {str(graph.value(unit("2025", c), RDFS.label)) for c in ("11383", "11359")}
    assert labels == {"Phường Lê Chân", "Phường Gia Viên"}
    # the 2025 units lie in the 2025 city, which is not the legacy one
    assert graph.value(unit("2025", "11383"), SCHEMA.containedInPlace) == unit("2025", "31")


def test_every_ground_link_is_also_stated_as_succeeded_by(graph):
    # shapes/places-shapes.ttl cannot say this in SHACL Core
    links = set(graph.subject_objects(VP.groundWentWhollyInto)) | set(graph.subject_objects(VP.groundWentPartlyInto))
    units = set(graph.subjects(RDF.type, VP.OfficialUnit))
    succeeded = {(s, o) for s, o in graph.subject_objects(VP.succeededBy) if s in units}
    assert links and links == succeeded


def test_validity_by_era(graph):
    for node in graph.subjects(RDF.type, VP.OfficialUnit):
        era = str(graph.value(node, VP.era))
        if era == "legacy":
            assert graph.value(node, SCHEMA.validThrough) == Literal(dt.date(2025, 6, 30), datatype=XSD.date)
            assert graph.value(node, SCHEMA.validFrom) is None
        else:
            assert graph.value(node, SCHEMA.validFrom) == Literal(dt.date(2025, 7, 1), datatype=XSD.date)
            assert graph.value(node, SCHEMA.validThrough) is None


def test_unit_iris_carry_era_and_code(graph):
    from kg.gazetteer import default_gazetteer

    for node in graph.subjects(RDF.type, VP.OfficialUnit):
        assert str(node) == f"{BASE}unit/{graph.value(node, VP.era)}/{graph.value(node, VP.gsoCode)}"
    gaz = default_gazetteer()
    dang_giang, gia_vien = gaz.unit("11359", "legacy"), gaz.unit("11359", "2025")
    assert (dang_giang.full_name, gia_vien.full_name) == ("Phường Đằng Giang", "Phường Gia Viên")
    assert unit_iri(BASE, dang_giang) == unit("legacy", "11359") != unit_iri(BASE, gia_vien)


def test_points_are_wkt_longitude_latitude_on_geometries_with_iris(graph):
    cau_dat = unit("legacy", "11344")
    point = graph.value(cau_dat, GEO.hasGeometry)
    assert point == URIRef(f"{cau_dat}/point")
    wkt = graph.value(point, GEO.asWKT)
    assert wkt.datatype == GEO.wktLiteral and str(wkt) == "POINT(106.684399 20.854665)"
    assert (point, RDF.type, GEO.Geometry) in graph
    for node in graph.subjects(RDF.type, VP.OfficialUnit):
        lon, lat = map(float, re.fullmatch(r"POINT\((\S+) (\S+)\)", str(graph.value(graph.value(node, GEO.hasGeometry),
                                                                                   GEO.asWKT))).groups())
        assert 106.3 < lon < 106.8 and 20.8 < lat < 20.9  # Hải Phòng
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_reference_data_is_recorded_with_prov(graph):
    version = importlib.metadata.version("vietnamadminunits")
    source = URIRef(f"{BASE}source/vietnamadminunits/{version}")
    assert (source, RDF.type, PROV.Entity) in graph
    assert graph.value(source, SCHEMA.version) == Literal(version)
    files = set(graph.objects(source, SCHEMA.hasPart))
    assert {str(graph.value(f, SCHEMA.name)) for f in files} == {"data/dataset.db", "data/converter_2025.json"}
    db = URIRef(f"{source}/dataset.db")
    converter = URIRef(f"{source}/converter_2025.json")
    for node in graph.subjects(RDF.type, VP.OfficialUnit):
        assert (node, PROV.wasDerivedFrom, db) in graph
        if graph.value(node, VP.succeededBy) is not None:
            assert (node, PROV.wasDerivedFrom, converter) in graph


def test_the_merger_links_the_units_it_merged(graph):
    merger = next(graph.subjects(RDF.type, VNKG.Merger))
    cau_dat = unit("legacy", "11344")
    assert list(graph.objects(merger, VP.resultingUnit)) == [cau_dat]
    merged = set(graph.objects(merger, VNKG.mergedUnit))
    assert merged == {place("hai-phong/ngo-quyen/cau-dat"), place("hai-phong/ngo-quyen/luong-khanh-thien")}
    for p in merged:  # each merged place is, or went into, the resulting unit (not checkable in SHACL Core)
        assert cau_dat in set(graph.objects(reading(graph, p), VP.officialUnit)) | set(graph.objects(reading(graph, p), VP.succeededBy))


def test_seed_graph_conforms_with_the_place_shapes(seed):
    assert seed.report.conforms
    assert not [w for w in seed.facts.warnings if w.startswith("places:")]


# --- resolution on made-up facts ------------------------------------------------------------------

def test_same_named_ward_in_two_provinces_resolves_by_context():
    hy = facts_of(Place("Hưng Yên", "province"), Place("Hưng Yên", "city", "Hưng Yên"),
                  Place("Lê Lợi", "ward", "Hưng Yên/Hưng Yên", "phường Lê Lợi"))
    na = facts_of(Place("Nghệ An", "province"), Place("Vinh", "city", "Nghệ An"),
                  Place("Lê Lợi", "ward", "Nghệ An/Vinh", "phường Lê Lợi"))
    in_hy = link_places(article(D2019), hy).links["Hưng Yên/Hưng Yên/Lê Lợi"]
    in_na = link_places(article(D2019), na).links["Nghệ An/Vinh/Lê Lợi"]
    assert (in_hy.status, in_hy.code) == (RESOLVED, "11959")
    assert (in_na.status, in_na.code) == (RESOLVED, "16669")
    assert [p.full_name for p in _parents(in_na.unit)] == ["Thành phố Vinh", "Tỉnh Nghệ An"]
    # in Ngô Quyền (Hải Phòng) the name is that of a ward merged into Lạch Tray before 2025
    hp = facts_of(HAI_PHONG, NGO_QUYEN, Place("Lê Lợi", "ward", "Hải Phòng/Ngô Quyền", "phường Lê Lợi"))
    in_hp = link_places(article(D2019), hp).links["Hải Phòng/Ngô Quyền/Lê Lợi"]
    assert in_hp.status == FORMER_NAME and in_hp.code is None
    assert [u.full_name for u in in_hp.absorbed_by] == ["Phường Lạch Tray"]
    # with no context the name stays ambiguous, and the graph says so without a code
    bare = facts_of(Place("Lê Lợi", "ward", None, "phường Lê Lợi"), Place("Hà Nội", "city"), Place("Huế", "city"))
    links = link_places(article(D2019), bare)
    link = links.links["Lê Lợi"]
    assert link.status == AMBIGUOUS and link.code is None
    assert {"11581", "11959", "16669", "23302"} <= {u.code for u in link.candidates}
    assert any("'phường Lê Lợi' is ambiguous" in w for w in links.warnings)
    g = links_graph(article(D2019), bare, links, BASE)
    assert g.value(reading(g, place("le-loi")), VP.officialUnit) is None
    assert {unit("legacy", "11959"), unit("legacy", "16669")} <= set(g.objects(reading(g, place("le-loi")), VP.candidateUnit))


def _parents(u):
    from kg.gazetteer import default_gazetteer

    return default_gazetteer().parents(u)


def test_a_former_name_of_two_units_is_ambiguous_not_both():
    # Lương Khánh Thiện survives as an alias of Cầu Đất (Hải Phòng) and of Châu Cầu (Phủ Lý, Hà Nam)
    facts = facts_of(Place("Lương Khánh Thiện", "ward", None, "phường Lương Khánh Thiện"))
    link = link_places(article(D2019), facts).links["Lương Khánh Thiện"]
    assert link.status == AMBIGUOUS and link.code is None
    assert {u.code for u in link.candidates} == {"11344", "13294"}
    in_ha_nam = facts_of(Place("Hà Nam", "province"), Place("Phủ Lý", "city", "Hà Nam"),
                         Place("Lương Khánh Thiện", "ward", "Hà Nam/Phủ Lý", "phường Lương Khánh Thiện"))
    link = link_places(article(D2019), in_ha_nam).links["Hà Nam/Phủ Lý/Lương Khánh Thiện"]
    assert link.status == FORMER_NAME and [u.code for u in link.absorbed_by] == ["13294"]
    assert link_places(article(D2019), in_ha_nam).links["Hà Nam/Phủ Lý"].code == "347"  # a district-level city


def test_an_unknown_name_gets_no_code_and_a_warning_and_the_graph_conforms():
    from kg.mapping import to_graph
    from kg.validate import validate

    art = article(D2019)
    facts = facts_of(HAI_PHONG, NGO_QUYEN, Place("Không Có Thật", "ward", "Hải Phòng/Ngô Quyền", "phường Không Có Thật"))
    g = to_graph(art, facts, BASE)
    g += place_graph(art, facts, BASE)
    node = place("hai-phong/ngo-quyen/khong-co-that")
    assert g.value(reading(g, node), VP.placeResolution) == Literal("unresolved")
    assert g.value(reading(g, node), VP.officialUnit) is None and g.value(reading(g, node), VP.candidateUnit) is None
    assert "no legacy unit named 'Không Có Thật'" in str(g.value(reading(g, node), VP.resolutionNote))
    assert [w for w in facts.warnings if "Không Có Thật" in w and "unresolved" in w]
    assert codes_in(g) == {"31", "304", "11311", "11329", "11359", "11383"}  # nothing invented
    report = validate(g)
    assert report.conforms, report.text()


def test_a_2025_article_resolves_to_2025_units_without_successors():
    from kg.mapping import to_graph
    from kg.validate import validate

    art = article(D2026)
    facts = facts_of(HAI_PHONG, Place("Gia Viên", "ward", "Hải Phòng", "phường Gia Viên"))
    links = link_places(art, facts)
    assert links.era == "2025"
    gia_vien = links.links["Hải Phòng/Gia Viên"]
    assert (gia_vien.status, gia_vien.code, gia_vien.unit.era) == (RESOLVED, "11359", "2025")
    g = to_graph(art, facts, BASE) + links_graph(art, facts, links, BASE)
    assert g.value(reading(g, place("hai-phong/gia-vien")), VP.officialUnit) == unit("2025", "11359")
    assert g.value(unit("2025", "11359"), VP.succeededBy) is None
    assert g.value(unit("2025", "11359"), SCHEMA.containedInPlace) == unit("2025", "31")
    assert validate(g).conforms


def test_an_undated_article_resolves_nothing():
    facts = facts_of(HAI_PHONG, NGO_QUYEN)
    links = link_places(article(None), facts)
    assert {link.status for link in links.links.values()} == {UNRESOLVED}
    assert len(links.warnings) == 1 and "no date" in links.warnings[0]
    g = links_graph(article(None), facts, links, BASE)
    assert not list(g.subjects(RDF.type, VP.OfficialUnit))
    assert not [o for o in g.objects() if getattr(o, "datatype", None) == XSD.date]


def test_only_the_units_the_names_can_denote_are_read():
    links = link_places(article(D2019), facts_of(HAI_PHONG, NGO_QUYEN))
    loaded = sum(1 for _ in links.gazetteer.units("legacy")) + sum(1 for _ in links.gazetteer.units("2025"))
    assert 0 < loaded < 300  # of ~14,000 units: the partial gazetteer


def test_the_merger_gets_no_resulting_unit_when_the_data_disagrees():
    # two wards that went into different units: the data does not support one resulting unit
    m = Mention("nhập phường Cầu Đất và phường Lạc Viên", 0, 10)
    merger = Event("merger", "nhập phường Cầu Đất và phường Lạc Viên", None, m,
                   places=("Hải Phòng/Ngô Quyền/Cầu Đất", "Hải Phòng/Ngô Quyền/Lạc Viên"))
    facts = facts_of(HAI_PHONG, NGO_QUYEN, Place("Cầu Đất", "ward", "Hải Phòng/Ngô Quyền", "phường Cầu Đất"),
                     Place("Lạc Viên", "ward", "Hải Phòng/Ngô Quyền", "phường Lạc Viên"), events=(merger,))
    g = place_graph(article(D2019), facts, BASE)
    assert not list(g.subject_objects(VP.resultingUnit))


# --- queries --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_files(tmp_path_factory):
    from kg.pipeline import build, seed_path

    out = tmp_path_factory.mktemp("places-out")
    build([seed_path()], out)
    return [str(out / "2019-07-30-ngo-quyen.ttl")]


def _run(name, files, where=None):
    from kg.query import FileSource, run

    return run(name, FileSource(files), where or [])


def test_places_query_lists_codes_in_an_added_last_column(seed_files):
    table = _run("places", seed_files)
    assert table.columns == ["place", "name", "type", "parent", "code"]
    rows = {(r[1], r[2], r[3], r[4]) for r in table.rows}
    assert rows == {("Hải Phòng", "city", "", "31"), ("Ngô Quyền", "district", "Hải Phòng", "304"),
                    ("Cầu Đất", "ward", "Ngô Quyền", "11344"), ("Lương Khánh Thiện", "ward", "Ngô Quyền", "")}
    assert len(table.rows) == 4  # one row per place


def test_successors_query_lists_the_2025_units_that_took_each_place(seed_files):
    table = _run("successors", seed_files)
    assert table.columns == ["place", "name", "code", "successor", "successor_name", "successor_code", "share",
                             "via", "via_code"]
    rows = {tuple(r[1:3] + r[4:]) for r in table.rows}
    assert ("Cầu Đất", "11344", "Phường Lê Chân", "11383", "partial", "", "") in rows
    assert ("Cầu Đất", "11344", "Phường Gia Viên", "11359", "partial", "", "") in rows
    assert ("Lương Khánh Thiện", "", "Phường Lê Chân", "11383", "partial", "Phường Cầu Đất", "11344") in rows
    assert ("Hải Phòng", "31", "Thành phố Hải Phòng", "31", "whole", "", "") in rows
    assert {r[5] for r in table.rows if r[1] == "Ngô Quyền"} == {"11311", "11329", "11359", "11383"}
    assert len(table.rows) == 9
    only = _run("successors", seed_files, ["name=Lương Khánh Thiện"])
    assert {r[5] for r in only.rows} == {"11359", "11383"}


# --- kg map ---------------------------------------------------------------------------------------

def _svg_tree(text: str):
    import xml.etree.ElementTree as ET

    return ET.fromstring(text)


def test_the_map_shows_the_units_with_codes_and_their_2025_successors(graph):
    from kg.publish.placemap import map_data, render_svg

    data = map_data(graph)
    svg = render_svg(data)
    assert svg == render_svg(map_data(graph))  # same graph, same bytes
    root = _svg_tree(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{ns}text")]
    for expected in ("Phường Cầu Đất", "code 11344 · to 30 Jun 2025", "Quận Ngô Quyền", "Phường Lê Chân",
                     "code 11383 · from 1 Jul 2025", "Phường Gia Viên", "+ former Lương Khánh Thiện (merged in, no code)"):
        assert expected in texts, expected
    # 2025 units are diamonds, legacy units circles; Lương Khánh Thiện has no point of its own
    diamonds = [p for p in root.iter(f"{ns}path") if p.find(f"{ns}title") is not None]
    assert sorted(p.find(f"{ns}title").text.split(" · ")[0] for p in diamonds) == [
        "Phường Gia Viên", "Phường Hồng Bàng", "Phường Lê Chân", "Phường Ngô Quyền"]
    tips = [t.text for t in root.iter(f"{ns}title")]
    assert not [t for t in tips if t.startswith("Phường Lương Khánh Thiện")]
    # arrows: Cầu Đất's ground went partly into Lê Chân and Gia Viên; the district's into four wards
    arrows = [line for line in root.iter(f"{ns}line") if line.get("marker-end") and line.find(f"{ns}title") is not None]
    ward_arrows = sorted(a.find(f"{ns}title").text for a in arrows if a.get("marker-end") == "url(#arrow)")
    assert ward_arrows == ["Phường Cầu Đất (11344) → Phường Gia Viên (11359, 2025): part of its ground",
                           "Phường Cầu Đất (11344) → Phường Lê Chân (11383, 2025): part of its ground"]
    assert all(a.get("stroke-dasharray") for a in arrows)  # all partial
    assert len(arrows) == 6
    # the city is listed, not drawn (its point lies far from its wards)
    assert any(t and t.startswith("Thành phố Hải Phòng (31) → wholly into") for t in texts)
    assert {line.name for line in data.lines} == {"Hải Phòng", "Ngô Quyền", "Cầu Đất", "Lương Khánh Thiện"}


def test_kg_map_writes_svg_from_an_article_and_html_from_its_graph(tmp_path, seed_files, capsys):
    from kg.cli import main

    svg = tmp_path / "map.svg"
    assert main(["map", "--out", str(svg)]) == 0
    assert "4 places named, 8 units with points" in capsys.readouterr().out
    root = _svg_tree(svg.read_text(encoding="utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    html = tmp_path / "map.html"
    assert main(["map", seed_files[0], "--out", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "<th>Lương Khánh Thiện</th>" in page
    # the map drawn from the written graph is the map drawn from the article
    assert page.split("<svg", 1)[1].split("</svg>", 1)[0] == svg.read_text(encoding="utf-8").split("<svg", 1)[1].split(
        "</svg>", 1)[0]
    assert main(["map", "--out", str(tmp_path / "map.png")]) == 2
    assert "written as .svg or .html" in capsys.readouterr().err


def test_a_map_without_points_says_so():
    from kg.publish.placemap import map_data, render_svg

    facts = facts_of(HAI_PHONG, NGO_QUYEN)
    g = place_graph(article(None), facts, BASE)  # undated: nothing resolved
    svg = render_svg(map_data(g))
    assert "No place of this article has a point in the reference data." in svg
    _svg_tree(svg)


def test_two_spellings_that_mint_one_place_iri_give_one_reading_and_the_graph_conforms():
    from kg.mapping import to_graph
    from kg.validate import validate

    art = article(D2019)
    # a mistyped tone mark ('Quỵền') folds to another name but to the same IRI as 'Quyền'
    facts = facts_of(HAI_PHONG, NGO_QUYEN, Place("Ngô Quỵền", "district", "Hải Phòng", "quận Ngô Quỵền"))
    g = to_graph(art, facts, BASE)
    g += place_graph(art, facts, BASE)
    node = reading(g, place("hai-phong/ngo-quyen"))  # exactly one
    assert g.value(node, VP.placeResolution) == Literal("resolved")
    report = validate(g)
    assert report.conforms, report.text()


def test_a_province_spelled_with_another_tone_mark_is_the_gazetteer_s_province():
    from extract_helpers import facts_of

    f = facts_of("Sáng 5/5, UBND tỉnh Đăk Nông tổ chức hội nghị.")
    assert list(f.places) == ["Đắk Nông"]
