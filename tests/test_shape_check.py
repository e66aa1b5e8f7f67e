"""kg.shape_check: a graph it calls clean is one pySHACL reports nothing about, on every graph tried:
the seed and invented articles, every breaking case of every shape, and graphs Hypothesis changes."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.pipeline import facts_and_graph
from kg.reader import read_article
from kg.shape_check import Checker, shipped_checker
from kg.validate import run_pyshacl, shapes_graph
from kg_helpers import graph_copy as _copy
from sample_articles import CONFERENCE, FOLLOW_UP, UNDATED
from test_validate import CASES

VNKG = "https://w3id.org/vnkg/ontology#"


def pyshacl_says_nothing(graph: Graph, shapes: Graph | None = None) -> bool:
    _, results = run_pyshacl(graph, shapes)
    return not any(True for _ in results.subjects(SH.resultSeverity, None))


@pytest.fixture(scope="module")
def invented_graphs(tmp_path_factory) -> list[Graph]:
    folder = tmp_path_factory.mktemp("invented")
    graphs = []
    for name, text in (("hoi-nghi", CONFERENCE), ("lam-viec", UNDATED), ("tiep-theo", FOLLOW_UP)):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        graphs.append(facts_and_graph(read_article(path))[1])
    return graphs


def test_conforming_articles_are_clean_as_pyshacl_says(seed_built, invented_graphs):
    checker = shipped_checker()
    for graph in invented_graphs:
        assert pyshacl_says_nothing(graph)
        assert checker.clean(graph)
    # the seed states a change (vnkg:before), whose shape is SPARQL: pySHACL judges it
    assert pyshacl_says_nothing(seed_built.graph)
    assert not checker.clean(seed_built.graph)
    seed = _copy(seed_built.graph)
    seed.remove((None, URIRef(VNKG + "before"), None))
    assert checker.clean(seed) and pyshacl_says_nothing(seed)  # the graph the breaking cases below start from


@pytest.mark.parametrize("shape,part,what,breaker", [p.values for p in CASES], ids=[p.id for p in CASES])
def test_no_breaking_case_of_a_shape_is_called_clean(seed_graph, shape, part, what, breaker):
    breaker(seed_graph)  # each case makes pySHACL report its shape's message (tests/test_validate.py)
    seed_graph.remove((None, URIRef(VNKG + "before"), None))  # the seed's change: the SPARQL shape's target
    if ("ChangeShape", "sparql") != (shape, part):
        assert not shipped_checker().clean(seed_graph)


def test_a_shape_it_does_not_evaluate_sends_its_targets_graphs_to_pyshacl(seed_built, invented_graphs):
    checker = shipped_checker()
    assert checker.unchecked == [((SH.targetSubjectsOf, URIRef(VNKG + "before")),)]  # the SPARQL shape
    graph = _copy(invented_graphs[0])
    observation = next(graph.subjects(RDF.type, URIRef("http://purl.org/linked-data/cube#Observation")))
    graph.add((observation, URIRef(VNKG + "before"), observation))
    assert not checker.clean(graph)


def test_a_graph_with_a_class_hierarchy_goes_to_pyshacl(invented_graphs):
    graph = _copy(invented_graphs[0])
    graph.add((URIRef(VNKG + "Ward"), RDFS.subClassOf, URIRef(VNKG + "Place")))
    assert not shipped_checker().clean(graph)


@pytest.mark.parametrize("extra", ["closed", "flags", "zeroOrMore"])
def test_what_it_cannot_evaluate_is_left_to_pyshacl(extra):
    shapes = _copy(shapes_graph())
    shape = URIRef("https://w3id.org/vnkg/shapes#GeometryShape")
    if extra == "closed":
        shapes.add((shape, SH.closed, Literal(True)))
    elif extra == "flags":
        shapes.add((shape, SH.flags, Literal("i")))
    else:
        prop, path = BNode(), BNode()
        shapes.add((shape, SH.property, prop))
        shapes.add((prop, SH.path, path))
        shapes.add((path, SH.zeroOrMorePath, RDFS.seeAlso))
        shapes.add((prop, SH.maxCount, Literal(1)))
    checker = Checker(shapes)
    assert ((SH.targetClass, URIRef("http://www.opengis.net/ont/geosparql#Geometry")),) in checker.unchecked


# --- graphs Hypothesis changes: whatever it calls clean, pySHACL reports nothing about ---------

_LITERALS = st.sampled_from([Literal("1", datatype=XSD.integer), Literal("01", datatype=XSD.integer),
                             Literal("abc", datatype=XSD.decimal), Literal("96", datatype=XSD.decimal),
                             Literal("legacy"), Literal("2025"), Literal("x", lang="vi"), Literal("x", lang="en"),
                             Literal("2025-06-30", datatype=XSD.date), Literal("2025-13-30", datatype=XSD.date),
                             Literal(True), Literal(3), Literal("POINT(105.8 21.0)")])


@st.composite
def _edits(draw, triples: list):
    """A few edits of a graph: drop a triple, give a subject another object (one of the graph's nodes or
    a literal), retype a node, or copy a triple onto another subject."""
    edits = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["drop", "object", "literal", "retype", "copy"]))
        s, p, o = draw(st.sampled_from(triples))
        if kind == "drop":
            edits.append(("remove", (s, p, o)))
        elif kind == "object":
            edits += [("remove", (s, p, o)), ("add", (s, p, draw(st.sampled_from(triples))[0]))]
        elif kind == "literal":
            edits += [("remove", (s, p, o)), ("add", (s, p, draw(_LITERALS)))]
        elif kind == "retype":
            edits.append(("add", (s, RDF.type, draw(st.sampled_from(triples))[2]
                                  if p == RDF.type else URIRef(VNKG + "OfficialUnit"))))
        else:
            edits.append(("add", (draw(st.sampled_from(triples))[0], p, o)))
    return edits


_BASE: list[Graph] = []


def _base_graph() -> Graph:
    if not _BASE:
        from pathlib import Path
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "hoi-nghi.txt"
            path.write_text(CONFERENCE, encoding="utf-8")
            _BASE.append(facts_and_graph(read_article(path))[1])
    return _BASE[0]


_TRIPLES = sorted(_base_graph(), key=lambda t: tuple(map(str, t)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_edits(_TRIPLES))
def test_it_calls_clean_exactly_what_pyshacl_reports_nothing_about(edits):
    graph = _copy(_base_graph())
    for action, triple in edits:
        getattr(graph, action)(triple)
    checker = shipped_checker()
    says_nothing = pyshacl_says_nothing(graph)
    assert checker.clean(graph) == says_nothing or (not says_nothing and _unchecked_focus(checker, graph)), edits


def _unchecked_focus(checker: Checker, graph: Graph) -> bool:
    from kg.shape_check import _Index

    index = _Index(graph)
    return any(any(True for _ in index.foci(targets)) for targets in checker.unchecked)
