"""kg.validate_units: official units' verdicts cached per process give the Report a whole validation gives."""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg import validate_units
from kg.validate import shapes_graph, validate, validate_uncached
from kg.validate_units import split, validate_with_unit_cache
from kg_helpers import graph_copy as _copy
from places_breaks import PLACE_BREAKS, drop

VSH = "https://w3id.org/vnkg/shapes#"
VNKG = Namespace("https://w3id.org/vnkg/ontology#")  # open: the shapes' terms as written
UNIT_SHAPE = URIRef(VSH + "OfficialUnitShape")


def _unit_shapes(parts) -> set:
    return {s for s in parts.unit_shapes.subjects(SH.targetClass, None)} | \
        {s for s in parts.unit_shapes.subjects(SH.targetSubjectsOf, None)}


def test_the_official_units_shapes_are_cached_and_read_one_step_out():
    parts = validate_units.shipped_split()
    assert {URIRef(VSH + n) for n in ("OfficialUnitShape", "UnitEraShape", "UnitLevelShape",
                                      "GeometryShape", "ReferenceDataShape")} <= _unit_shapes(parts)
    assert parts.one_step == {RDF.type, VNKG.era}  # sh:class of what a unit points at; its successor's era
    # the place resolutions' shapes (an inverse path on vnkg:resolution) stay with the rest
    resolution_shape = URIRef(VSH + "PlaceResolutionShape")
    assert resolution_shape not in _unit_shapes(parts)
    assert (resolution_shape, SH.targetClass, VNKG.PlaceResolution) in parts.rest_shapes
    assert not set(parts.rest_shapes.subjects(SH.targetClass, VNKG.OfficialUnit))


def _with_property(path_of) -> Graph:
    """The shipped shapes with one more property shape on the official units' shape."""
    shapes = _copy(shapes_graph())
    prop = BNode()
    shapes.add((UNIT_SHAPE, SH.property, prop))
    shapes.add((prop, SH.path, path_of(shapes)))
    shapes.add((prop, SH.maxCount, Literal(3)))
    return shapes


def _inverse(shapes: Graph):
    path = BNode()
    shapes.add((path, SH.inversePath, VNKG.officialUnit))
    return path


def _sequence(shapes: Graph):
    path = BNode()
    Collection(shapes, path, [RDFS.seeAlso, VNKG.era])
    return path


@pytest.mark.parametrize("path_of", [_inverse, _sequence], ids=["inverse path", "sequence path"])
def test_a_unit_shape_that_reads_beyond_its_closure_is_validated_with_the_rest(path_of):
    parts = split(_with_property(path_of))
    assert UNIT_SHAPE not in _unit_shapes(parts)
    assert (UNIT_SHAPE, SH.targetClass, VNKG.OfficialUnit) in parts.rest_shapes


def test_sparql_and_a_second_step_out_are_not_cached():
    shapes = _copy(shapes_graph())
    sparql = BNode()
    shapes.add((UNIT_SHAPE, SH.sparql, sparql))
    shapes.add((sparql, SH.select, Literal("SELECT $this WHERE { ?x ?p $this }")))
    assert UNIT_SHAPE not in _unit_shapes(split(shapes))
    shapes = _copy(shapes_graph())
    # the enclosing unit's enclosing unit must be an official unit: two steps out
    outer, inner = BNode(), BNode()
    shapes.add((UNIT_SHAPE, SH.property, outer))
    shapes.add((outer, SH.path, URIRef("https://schema.org/containedInPlace")))
    shapes.add((outer, SH.property, inner))
    shapes.add((inner, SH.path, URIRef("https://schema.org/containedInPlace")))
    shapes.add((inner, SH["class"], VNKG.OfficialUnit))
    assert UNIT_SHAPE not in _unit_shapes(split(shapes))


def test_a_shape_refused_by_the_proof_still_validates_exactly(seed_built):
    shapes = _with_property(_inverse)  # at most 3 resolutions name a unit: every seed unit keeps to it
    parts = split(shapes)
    graph = _copy(seed_built.graph)
    unit = next(graph.objects(None, VNKG.officialUnit))
    for i in range(4):  # a fourth place resolution names the unit: the added shape must see it
        graph.add((URIRef(f"urn:x-test:resolution-{i}"), VNKG.officialUnit, unit))
    from kg.validate import _short, findings, report_of, run_pyshacl

    conforms, results = run_pyshacl(graph, shapes)
    whole = report_of(graph, conforms, findings(results))
    assert not whole.conforms and _short(graph, unit) in {v.focus for v in whole.violations}
    assert validate_with_unit_cache(graph, parts) == whole
    assert validate_with_unit_cache(_copy(graph), parts) == whole


# every case that breaks a cached shape, and a few that break the shapes validated with the rest
CACHED = {"OfficialUnitShape", "UnitEraShape", "UnitLevelShape", "WholeSuccessionShape", "GeometryShape",
          "ReferenceDataShape"}
PLACE_CASES = [pytest.param(fn, id=f"{shape}-{part}-{what}")
               for i, ((shape, part), cases) in enumerate(sorted(PLACE_BREAKS.items())) for what, fn in cases
               if shape in CACHED or i % 4 == 0]


@pytest.mark.parametrize("breaker", PLACE_CASES)
def test_a_cached_verdict_equals_a_fresh_validation(seed_built, breaker):
    validate(seed_built.graph)  # the unbroken units' verdicts are in the cache
    graph = _copy(seed_built.graph)
    breaker(graph)
    fresh = validate_uncached(_copy(graph))
    assert validate(graph) == fresh  # the broken unit validated, its verdict kept
    assert validate(_copy(graph)) == fresh  # and now served from the cache


def test_a_violating_unit_is_reported_again_from_the_cache(seed_built):
    graph = _copy(seed_built.graph)
    unit = sorted(graph.subjects(RDF.type, VNKG.OfficialUnit))[0]
    drop(graph, unit, VNKG.gsoCode)
    first = validate(graph)
    verdicts = validate_units.shipped_split().verdicts
    keys = [k for k in verdicts if k[1] == unit and not verdicts[k].conforms]
    assert keys, "the violating unit's verdict was not kept"
    again = validate(_copy(graph))
    assert not again.conforms and again == first == validate_uncached(graph)
    assert any(v.message.startswith("An official unit has exactly one GSO code") for v in again.violations)


def test_a_graph_with_a_class_hierarchy_is_validated_whole(seed_built):
    graph = _copy(seed_built.graph)
    graph.add((URIRef("urn:x-test:Kind"), RDFS.subClassOf, VNKG.OfficialUnit))
    graph.add((URIRef("urn:x-test:unit"), RDF.type, URIRef("urn:x-test:Kind")))
    graph.add((URIRef("urn:x-test:unit"), VNKG.gsoCode, Literal("7", datatype=XSD.string)))
    report = validate(graph)
    assert not report.conforms and report == validate_uncached(graph)
    assert "<urn:x-test:unit>" in {v.focus for v in report.violations}
