"""Breaking cases for shapes/places-shapes.ttl, in the form tests/test_validate.py runs them.

Each entry maps (shape, part) -- part is 'node' for the shape's own message, or the path of a
property shape -- to changes of the seed graph that break exactly that constraint; each change
returns the node the violation must be reported on. tests/test_validate.py merges PLACE_BREAKS
into its BREAKS, so every shape in every shapes file has a case.
"""
from __future__ import annotations

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

from kg.places import VP
from kg.terms import GEO, SCHEMA, VNKG

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
BASE = "https://w3id.org/vnkg/"


def unit(era: str, code: str) -> URIRef:
    return URIRef(f"{BASE}unit/{era}/{code}")


def place(path: str) -> URIRef:
    return URIRef(f"{BASE}place/{path}")


def resolution(path: str) -> URIRef:
    """The seed article's reading of a place (kg.ids.Minter.place_resolution)."""
    return URIRef(f"{BASE}article/2019-07-30-ngo-quyen/place/{path}")


CAU_DAT = unit("legacy", "11344")
NGO_QUYEN = unit("legacy", "304")
HAI_PHONG = unit("legacy", "31")
HAI_PHONG_2025 = unit("2025", "31")
LE_CHAN_2025 = unit("2025", "11383")
HONG_BANG_2025 = unit("2025", "11311")
CAU_DAT_PLACE = place("hai-phong/ngo-quyen/cau-dat")
LKT_PLACE = place("hai-phong/ngo-quyen/luong-khanh-thien")
NGO_QUYEN_PLACE = place("hai-phong/ngo-quyen")
HAI_PHONG_PLACE = place("hai-phong")
CAU_DAT_RES = resolution("hai-phong/ngo-quyen/cau-dat")
LKT_RES = resolution("hai-phong/ngo-quyen/luong-khanh-thien")
NGO_QUYEN_RES = resolution("hai-phong/ngo-quyen")
HAI_PHONG_RES = resolution("hai-phong")


def _one(g: Graph, cls: URIRef) -> URIRef:
    nodes = sorted(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef))
    assert nodes, f"the seed graph has no {cls}"
    return nodes[0]


def dataset(g: Graph) -> URIRef:
    return _one(g, SCHEMA.Dataset)


def merger(g: Graph) -> URIRef:
    return _one(g, VNKG.Merger)


def meeting(g: Graph) -> URIRef:
    return _one(g, VNKG.Meeting)


def person(g: Graph) -> URIRef:
    return _one(g, SCHEMA.Person)


def rename(g: Graph, old: URIRef, new) -> URIRef:
    for s, p, o in list(g.triples((old, None, None))):
        g.remove((s, p, o))
        g.add((new, p, o))
    for s, p, o in list(g.triples((None, None, old))):
        g.remove((s, p, o))
        g.add((s, p, new))
    return new


def drop(g: Graph, s, p) -> URIRef:
    assert g.value(s, p) is not None, f"{s} has no {p} to remove"
    g.remove((s, p, None))
    return s


def replace(g: Graph, s, p, o) -> URIRef:
    assert g.value(s, p) is not None, f"{s} has no {p} to replace"
    g.remove((s, p, None))
    g.add((s, p, o))
    return s


def add(g: Graph, s, p, o) -> URIRef:
    g.add((s, p, o))
    return s


def retype(g: Graph, s, old, new) -> URIRef:
    g.remove((s, RDF.type, old))
    g.add((s, RDF.type, new))
    return s


def blank_geometry(g: Graph) -> BNode:
    point = g.value(CAU_DAT, GEO.hasGeometry)
    node = BNode("caudatpoint")
    rename(g, point, node)
    return node


def blank_dataset(g: Graph) -> BNode:
    return rename(g, dataset(g), BNode("dataset"))


PLACE_BREAKS = {
    ("OfficialUnitShape", "node"): [
        ("a unit IRI with a name for the code",
         lambda g: rename(g, CAU_DAT, URIRef(f"{BASE}unit/legacy/cau-dat")))],
    ("OfficialUnitShape", "vnkg:gsoCode"): [
        ("a four-digit code", lambda g: replace(g, CAU_DAT, VP.gsoCode, Literal("1134"))),
        ("no code", lambda g: drop(g, CAU_DAT, VP.gsoCode)),
        ("a code as a number", lambda g: replace(g, CAU_DAT, VP.gsoCode, Literal(11344)))],
    ("OfficialUnitShape", "vnkg:era"): [
        ("a year for the era", lambda g: replace(g, CAU_DAT, VP.era, Literal("2019")))],
    ("OfficialUnitShape", "vnkg:unitType"): [
        ("the type word in Vietnamese", lambda g: replace(g, CAU_DAT, VP.unitType, Literal("phường")))],
    ("OfficialUnitShape", "vnkg:adminLevel"): [
        ("level 4", lambda g: replace(g, CAU_DAT, VP.adminLevel, Literal(4)))],
    ("OfficialUnitShape", "schema:name"): [
        ("no name", lambda g: drop(g, CAU_DAT, SCHEMA.name)),
        ("a name without language", lambda g: replace(g, CAU_DAT, SCHEMA.name, Literal("Cầu Đất")))],
    ("OfficialUnitShape", "rdfs:label"): [
        ("no label", lambda g: drop(g, CAU_DAT, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))],
    ("OfficialUnitShape", "schema:containedInPlace"): [
        ("in two districts", lambda g: add(g, CAU_DAT, SCHEMA.containedInPlace, HAI_PHONG)),
        ("in the article's place, not a unit", lambda g: replace(g, CAU_DAT, SCHEMA.containedInPlace,
                                                                 NGO_QUYEN_PLACE))],
    ("OfficialUnitShape", "geo:hasGeometry"): [
        ("a geometry that is a unit", lambda g: replace(g, CAU_DAT, GEO.hasGeometry, NGO_QUYEN))],
    ("OfficialUnitShape", "prov:wasDerivedFrom"): [
        ("no source", lambda g: drop(g, CAU_DAT, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))],
    ("OfficialUnitShape", "vnkg:succeededBy"): [
        ("succeeded by the article's place", lambda g: add(g, CAU_DAT, VP.succeededBy, CAU_DAT_PLACE))],
    ("OfficialUnitShape", "vnkg:groundWentWhollyInto"): [
        ("wholly and partly into Lê Chân", lambda g: add(g, CAU_DAT, VP.groundWentWhollyInto, LE_CHAN_2025))],
    ("OfficialUnitShape", "schema:validThrough"): [
        ("valid into the reform day",
         lambda g: replace(g, CAU_DAT, SCHEMA.validThrough, Literal("2025-07-01", datatype=XSD.date)))],
    ("OfficialUnitShape", "schema:validFrom"): [
        ("valid from the day of the resolution, not of the reform",
         lambda g: replace(g, LE_CHAN_2025, SCHEMA.validFrom, Literal("2025-06-16", datatype=XSD.date)))],
    ("UnitEraShape", "node"): [
        ("a legacy unit with a 2025 IRI", lambda g: rename(g, CAU_DAT, unit("2025", "11344"))),
        ("a legacy unit without its validity", lambda g: drop(g, CAU_DAT, SCHEMA.validThrough)),
        ("a legacy unit also valid from the reform",
         lambda g: add(g, CAU_DAT, SCHEMA.validFrom, Literal("2025-07-01", datatype=XSD.date))),
        ("a 2025 unit at district level", lambda g: replace(g, LE_CHAN_2025, VP.adminLevel, Literal(2))),
        ("a 2025 unit that went into another", lambda g: add(g, LE_CHAN_2025, VP.succeededBy, HONG_BANG_2025))],
    ("UnitLevelShape", "node"): [
        ("a ward with a district's code", lambda g: replace(g, CAU_DAT, VP.gsoCode, Literal("113"))),
        ("a ward typed as a district", lambda g: replace(g, CAU_DAT, VP.unitType, Literal("district"))),
        ("a district at ward level", lambda g: replace(g, NGO_QUYEN, VP.adminLevel, Literal(3)))],
    ("WholeSuccessionShape", "vnkg:succeededBy"): [
        ("wholly into one unit and also into another",
         lambda g: add(g, HAI_PHONG, VP.succeededBy, LE_CHAN_2025))],
    ("GeometryShape", "node"): [("a blank geometry", blank_geometry)],
    ("GeometryShape", "geo:asWKT"): [
        ("latitude first", lambda g: replace(g, g.value(CAU_DAT, GEO.hasGeometry), GEO.asWKT,
                                             Literal("POINT(20.854665 106.684399)", datatype=GEO.wktLiteral))),
        ("a plain string", lambda g: replace(g, g.value(CAU_DAT, GEO.hasGeometry), GEO.asWKT,
                                             Literal("POINT(106.684399 20.854665)")))],
    ("ResolvedPlaceLinkShape", "node"): [
        ("a person with a place resolution", lambda g: add(g, person(g), VP.resolution, CAU_DAT_RES))],
    ("ResolvedPlaceLinkShape", "vnkg:resolution"): [
        ("a place whose resolution is a unit", lambda g: add(g, CAU_DAT_PLACE, VP.resolution, CAU_DAT))],
    ("PlaceResolutionShape", "[ sh:inversePath vnkg:resolution ]"): [
        ("a resolution of two places",
         lambda g: add(g, NGO_QUYEN_PLACE, VP.resolution, CAU_DAT_RES) and CAU_DAT_RES)],
    ("PlaceResolutionShape", "prov:wasDerivedFrom"): [
        ("a resolution of no article", lambda g: drop(g, CAU_DAT_RES, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))],
    ("PlaceResolutionShape", "vnkg:era"): [
        ("an era that is a year", lambda g: replace(g, CAU_DAT_RES, VP.era, Literal("2019")))],
    ("PlaceResolutionShape", "node"): [
        ("a person resolved to a unit", lambda g: add(g, person(g), VP.officialUnit, CAU_DAT))],
    ("PlaceResolutionShape", "vnkg:placeResolution"): [
        ("an outcome in Vietnamese", lambda g: replace(g, CAU_DAT_RES, VP.placeResolution, Literal("đã xác định")))],
    ("PlaceResolutionShape", "vnkg:officialUnit"): [
        ("two units", lambda g: add(g, CAU_DAT_RES, VP.officialUnit, LE_CHAN_2025))],
    ("PlaceResolutionShape", "vnkg:candidateUnit"): [
        ("a candidate that is the article's place", lambda g: add(g, LKT_RES, VP.candidateUnit, CAU_DAT_PLACE))],
    ("PlaceResolutionShape", "vnkg:resolutionNote"): [
        ("a note without language", lambda g: replace(g, LKT_RES, VP.resolutionNote, Literal("merged")))],
    ("ResolutionOutcomeShape", "node"): [
        ("'resolved' without a unit", lambda g: replace(g, LKT_RES, VP.placeResolution, Literal("resolved"))),
        ("'resolved' with no unit left", lambda g: drop(g, CAU_DAT_RES, VP.officialUnit)),
        ("'unresolved' but gone into a unit",
         lambda g: replace(g, LKT_RES, VP.placeResolution, Literal("unresolved"))),
        ("a former name that does not say why", lambda g: drop(g, LKT_RES, VP.resolutionNote))],
    ("ResolvedPlaceShape", "vnkg:placeResolution"): [
        ("a former name with a code", lambda g: add(g, LKT_RES, VP.officialUnit, CAU_DAT))],
    ("CandidatePlaceShape", "vnkg:placeResolution"): [
        ("a resolved place with candidates", lambda g: add(g, CAU_DAT_RES, VP.candidateUnit, LE_CHAN_2025))],
    ("WardLevelShape", "(vnkg:resolution vnkg:officialUnit)"): [
        ("a ward resolved to its district",
         lambda g: replace(g, CAU_DAT_RES, VP.officialUnit, NGO_QUYEN) and CAU_DAT_PLACE)],
    ("DistrictLevelShape", "(vnkg:resolution vnkg:officialUnit)"): [
        ("a district resolved to a ward",
         lambda g: replace(g, NGO_QUYEN_RES, VP.officialUnit, CAU_DAT) and NGO_QUYEN_PLACE)],
    ("TownLevelShape", "(vnkg:resolution vnkg:officialUnit)"): [
        ("a town resolved to a city",
         lambda g: retype(g, NGO_QUYEN_PLACE, VNKG.District, VNKG.Town) and replace(g, NGO_QUYEN_RES, VP.officialUnit, HAI_PHONG)
                                             and NGO_QUYEN_PLACE)],
    ("CityLevelShape", "(vnkg:resolution vnkg:officialUnit)"): [
        ("a city resolved to a ward",
         lambda g: replace(g, HAI_PHONG_RES, VP.officialUnit, CAU_DAT) and HAI_PHONG_PLACE)],
    ("ProvinceLevelShape", "(vnkg:resolution vnkg:officialUnit)"): [
        ("a province resolved to a district",
         lambda g: retype(g, HAI_PHONG_PLACE, VNKG.City, VNKG.Province) and replace(g, HAI_PHONG_RES, VP.officialUnit, NGO_QUYEN)
                 and HAI_PHONG_PLACE)],
    ("ResultingUnitShape", "node"): [
        ("a meeting with a resulting unit", lambda g: add(g, meeting(g), VP.resultingUnit, CAU_DAT))],
    ("ResultingUnitShape", "vnkg:resultingUnit"): [
        ("two resulting units", lambda g: add(g, merger(g), VP.resultingUnit, NGO_QUYEN))],
    ("ReferenceDataShape", "node"): [("blank reference data", blank_dataset)],
    ("ReferenceDataShape", "schema:name"): [("no name", lambda g: drop(g, dataset(g), SCHEMA.name))],
    ("ReferenceDataShape", "schema:version"): [
        ("no version", lambda g: drop(g, dataset(g), SCHEMA.version)),
        ("two versions", lambda g: add(g, dataset(g), SCHEMA.version, Literal("9.9.9")))],
    ("ReferenceDataShape", "schema:hasPart"): [
        ("a part that is no entity", lambda g: add(g, dataset(g), SCHEMA.hasPart, CAU_DAT))],
}
