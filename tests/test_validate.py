"""The SHACL shapes, each proved to bite: for every shape in shapes/vnkg-shapes.ttl and every
constraint in it that carries a message, a change to the seed graph that breaks exactly that
constraint makes kg.validate.validate() report a violation with that message, on that node.

The shapes are read from the shipped file, so a shape or a constraint added without a breaking
case here fails `test_every_constraint_has_a_breaking_case`.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH, SKOS

from kg.terms import NIF, ORG, QB, SCHEMA, SDMX_MEASURE, VNKG
from kg.places import VP
from kg.validate import Report, _short, check, shapes_graph, validate
from places_breaks import add, drop, rename  # graph edits shared with the place shapes' cases

VSH = "https://w3id.org/vnkg/shapes#"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: pytest's collection probes names


# --- the shapes, as shipped ---------------------------------------------------------------------

def _shapes() -> Graph:
    return shapes_graph()


def node_shapes() -> list[str]:
    g = _shapes()
    return sorted(str(s)[len(VSH):] for s in g.subjects(RDF.type, SH.NodeShape))


def _path_name(g: Graph, path) -> str:
    """'schema:name'; a sequence path as '(a b)'; an inverse path as '[ sh:inversePath a ]'."""
    from rdflib import BNode
    from rdflib.collection import Collection

    if isinstance(path, BNode):
        inverse = g.value(path, SH.inversePath)
        if inverse is not None:
            return f"[ sh:inversePath {_path_name(g, inverse)} ]"
        return "(" + " ".join(_path_name(g, p) for p in Collection(g, path)) + ")"
    return g.namespace_manager.normalizeUri(path)


def constraints() -> dict[tuple[str, str], str]:
    """(shape, part) -> the message that part reports. part is 'node' for the shape's own message
    (its IRI kind and pattern), the path (e.g. 'schema:identifier') for a property shape, 'sparql'
    for a SPARQL constraint."""
    g = _shapes()
    out: dict[tuple[str, str], str] = {}
    for shape in g.subjects(RDF.type, SH.NodeShape):
        name = str(shape)[len(VSH):]
        message = g.value(shape, SH.message)
        if message is not None:
            out[(name, "node")] = str(message)
        for prop in g.objects(shape, SH.property):
            out[(name, _path_name(g, g.value(prop, SH.path)))] = str(g.value(prop, SH.message))
        for sparql in g.objects(shape, SH.sparql):
            out[(name, "sparql")] = str(g.value(sparql, SH.message))
    return out


# --- small graph surgery ------------------------------------------------------------------------

def pick(g: Graph, cls: URIRef, having: URIRef | None = None) -> URIRef:
    """The first node of a class (in IRI order), optionally one that has a given property."""
    nodes = sorted(s for s in g.subjects(RDF.type, cls) if having is None or g.value(s, having) is not None)
    if not nodes:
        pytest.fail(f"the seed graph has no {cls} {'with ' + str(having) if having else ''}: "
                    "the breaking case needs one")
    return nodes[0]


def replace(g: Graph, s: URIRef, p: URIRef, o) -> URIRef:
    g.remove((s, p, None))
    g.add((s, p, o))
    return s


def with_suffix(node: URIRef, new_tail: str) -> URIRef:
    return URIRef(str(node).rsplit("/", 1)[0] + "/" + new_tail)


def article(g):
    return pick(g, SCHEMA.NewsArticle)


def person(g):
    return pick(g, SCHEMA.Person)


def body(g):
    return pick(g, ORG.Organization)


def holding(g):
    return pick(g, VNKG.PostHolding, having=ORG.organization)


def meeting(g):
    return pick(g, VNKG.Meeting)


def ward(g):
    return pick(g, VNKG.Ward)


def observation(g):
    return pick(g, QB.Observation)


def mention(g):
    return pick(g, VNKG.Mention)


def stated_decrease(g: Graph) -> URIRef:
    """The seed's 'giảm 20%' figure: a percent decrease linked to the counts before and after."""
    for node in sorted(g.subjects(VNKG.before, None)):
        if g.value(node, VNKG.unit) == Literal("percent") and g.value(node, VNKG.change) == Literal("decrease"):
            return node
    pytest.fail("the seed graph has no percent decrease linked to its before/after counts")


def stated_increase(g: Graph) -> URIRef:
    """The seed's 'tăng 1.072 đồng chí': a count increase linked to the counts before and after."""
    for node in sorted(g.subjects(VNKG.before, None)):
        if g.value(node, VNKG.unit) is None and g.value(node, VNKG.change) == Literal("increase"):
            return node
    pytest.fail("the seed graph has no count increase linked to its before/after counts")


def move_after(g: Graph, change: URIRef, delta: int) -> URIRef:
    after = g.value(change, VNKG.after)
    value = Decimal(str(g.value(after, SDMX_MEASURE.obsValue)))
    replace(g, after, SDMX_MEASURE.obsValue, Literal(str(value + delta), datatype=XSD.decimal))
    return change


def place_of_ward_retyped(g: Graph) -> URIRef:
    """The ward's enclosing district loses its district type (it is only a schema:Place now)."""
    w = ward(g)
    d = g.value(w, SCHEMA.containedInPlace)
    for cls in (VNKG.District, VNKG.Town, VNKG.City, VNKG.Province):
        g.remove((d, RDF.type, cls))
    g.add((d, RDF.type, VNKG.ResidentialGroup))
    return w


def retyped(g: Graph, node: URIRef, cls: URIRef) -> URIRef:
    """An event of the seed made into another kind of event (the seed has only a meeting and a merger)."""
    for kind in (VNKG.Meeting, VNKG.Conference, VNKG.Congress, VNKG.Inspection, VNKG.Visit, VNKG.OtherEvent):
        g.remove((node, RDF.type, kind))
    g.add((node, RDF.type, cls))
    return node


def meeting_without_participants(g: Graph) -> URIRef:
    node = meeting(g)
    g.remove((node, VNKG.chair, None))
    g.remove((node, SCHEMA.attendee, None))
    g.remove((node, VNKG.participatingBody, None))
    return node


def merger_of_one(g: Graph) -> URIRef:
    node = pick(g, VNKG.Merger)
    units = sorted(g.objects(node, VNKG.mergedUnit))
    assert len(units) >= 2
    for unit in units[1:]:
        g.remove((node, VNKG.mergedUnit, unit))
    return node


# Each case: (shape, part) -> [(what the break is, break(graph) -> the focus node that must be reported)].
BREAKS: dict[tuple[str, str], list[tuple[str, object]]] = {
    ("ArticleShape", "node"): [
        ("IRI with capitals and an underscore", lambda g: rename(g, article(g), with_suffix(article(g), "Bad_Slug")))],
    ("ArticleShape", "schema:identifier"): [("no identifier", lambda g: drop(g, article(g), SCHEMA.identifier))],
    ("ArticleShape", "schema:headline"): [
        ("a second headline in English", lambda g: add(g, article(g), SCHEMA.headline, Literal("A title", lang="en")))],
    ("ArticleShape", "schema:datePublished"): [
        ("an xsd:date, not an xsd:dateTime",
         lambda g: replace(g, article(g), SCHEMA.datePublished, Literal("2019-07-30", datatype=XSD.date))),
        ("the date as a plain string", lambda g: replace(g, article(g), SCHEMA.datePublished, Literal("30/07/2019")))],
    ("ArticleShape", "schema:author"): [
        ("a body as author", lambda g: replace(g, article(g), SCHEMA.author, body(g)))],

    ("PersonShape", "node"): [
        ("IRI not under /person/", lambda g: rename(g, person(g), URIRef(str(person(g)).replace("/person/", "/people/"))))],
    ("PersonShape", "schema:name"): [("no name", lambda g: drop(g, person(g), SCHEMA.name)),
                                     ("a name without a language", lambda g: replace(g, person(g), SCHEMA.name,
                                                                                     Literal("Nguyễn Văn A")))],
    ("PersonShape", "vnkg:mentionedIn"): [("no source sentence", lambda g: drop(g, person(g), VNKG.mentionedIn))],
    ("PersonShape", "org:holds"): [("holds a role, not a post",
                                    lambda g: add(g, person(g), ORG.holds, pick(g, ORG.Role)))],

    ("OrganizationShape", "node"): [
        ("IRI with a dot", lambda g: rename(g, body(g), URIRef(str(body(g)) + ".v2")))],
    ("OrganizationShape", "skos:prefLabel"): [
        ("two full names", lambda g: add(g, body(g), SKOS.prefLabel, Literal("Tên khác", lang="vi"))),
        ("no full name", lambda g: drop(g, body(g), SKOS.prefLabel))],
    ("OrganizationShape", "org:subOrganizationOf"): [
        ("a person as parent", lambda g: add(g, body(g), ORG.subOrganizationOf, person(g)))],
    ("OrganizationShape", "vnkg:bodyType"): [("no body type", lambda g: drop(g, body(g), VNKG.bodyType))],

    ("RoleShape", "node"): [
        ("IRI with a space-encoded slug", lambda g: rename(g, pick(g, ORG.Role),
                                                           URIRef(str(pick(g, ORG.Role)) + "%20x")))],
    ("RoleShape", "skos:prefLabel"): [("no label", lambda g: drop(g, pick(g, ORG.Role), SKOS.prefLabel))],

    ("PostShape", "node"): [
        ("IRI with only one segment after /post/",
         lambda g: rename(g, pick(g, ORG.Post), URIRef(str(pick(g, ORG.Post)).rsplit("/", 1)[0])))],
    ("PostShape", "org:postIn"): [("in no body", lambda g: drop(g, pick(g, ORG.Post), ORG.postIn))],
    ("PostShape", "org:role"): [("no role", lambda g: drop(g, pick(g, ORG.Post), ORG.role))],

    ("PostHoldingShape", "node"): [
        ("IRI outside the article", lambda g: rename(g, holding(g), URIRef(str(holding(g)).replace("/holding/",
                                                                                                      "/holdings/"))))],
    ("PostHoldingShape", "org:member"): [("no person", lambda g: drop(g, holding(g), ORG.member))],
    ("PostHoldingShape", "org:role"): [
        ("two roles", lambda g: add(g, holding(g), ORG.role,
                                    sorted(set(g.subjects(RDF.type, ORG.Role)) - {g.value(holding(g), ORG.role)})[0]))],
    ("PostHoldingShape", "org:organization"): [
        ("a person as the body", lambda g: replace(g, holding(g), ORG.organization, person(g)))],
    ("PostHoldingShape", "vnkg:titleAsWritten"): [
        ("title without a language", lambda g: replace(g, holding(g), VNKG.titleAsWritten, Literal("Bí thư")))],
    ("PostHoldingShape", "vnkg:status"): [
        ("status outside the list", lambda g: replace(g, holding(g), VNKG.status, Literal("acting")))],
    ("PostHoldingShape", "vnkg:statedOn"): [
        ("a dateTime, not a date",
         lambda g: replace(g, holding(g), VNKG.statedOn, Literal("2019-07-30T08:00:00", datatype=XSD.dateTime)))],
    ("PostHoldingShape", "vnkg:mentionedIn"): [("no source sentence", lambda g: drop(g, holding(g), VNKG.mentionedIn))],

    ("EventShape", "node"): [
        ("IRI without the number", lambda g: rename(g, meeting(g), with_suffix(meeting(g), "meeting")))],
    ("EventShape", "schema:name"): [("no label", lambda g: drop(g, meeting(g), SCHEMA.name))],
    ("EventShape", "schema:startDate"): [
        ("the date as written, a string", lambda g: replace(g, meeting(g), SCHEMA.startDate, Literal("29/7"))),
        ("two dates", lambda g: add(g, meeting(g), SCHEMA.startDate, Literal("2019-07-28", datatype=XSD.date)))],
    ("EventShape", "vnkg:chair"): [("a body as chair", lambda g: replace(g, meeting(g), VNKG.chair, body(g)))],
    ("EventShape", "schema:attendee"): [
        ("a body as attendee", lambda g: add(g, meeting(g), SCHEMA.attendee, body(g)))],
    ("EventShape", "vnkg:participatingBody"): [
        ("a person as a taking-part body", lambda g: add(g, meeting(g), VNKG.participatingBody, person(g)))],
    ("EventShape", "vnkg:mentionedIn"): [("no source sentence", lambda g: drop(g, meeting(g), VNKG.mentionedIn))],

    ("DatedEventShape", "schema:startDate"): [
        ("a conference without a date", lambda g: drop(g, retyped(g, meeting(g), VNKG.Conference), SCHEMA.startDate)),
        ("a visit without a date", lambda g: drop(g, retyped(g, meeting(g), VNKG.Visit), SCHEMA.startDate))],

    ("MeetingShape", "schema:startDate"): [
        ("a meeting without a date", lambda g: drop(g, meeting(g), SCHEMA.startDate))],

    ("MeetingParticipantShape", "node"): [
        ("a meeting without participants", meeting_without_participants)],

    ("MergerShape", "vnkg:mergedUnit"): [
        ("a merger of one place", merger_of_one)],

    ("PlaceShape", "node"): [
        ("IRI with capitals", lambda g: rename(g, ward(g), with_suffix(ward(g), "Cau_Dat")))],
    ("PlaceShape", "schema:name"): [
        ("two names", lambda g: add(g, ward(g), SCHEMA.name, Literal("Tên cũ", lang="vi")))],
    ("PlaceShape", "schema:containedInPlace"): [
        ("lies in two places", lambda g: add(g, ward(g), SCHEMA.containedInPlace, pick(g, VNKG.City))),
        ("lies in a body", lambda g: replace(g, ward(g), SCHEMA.containedInPlace, body(g)))],

    ("WardShape", "schema:containedInPlace"): [
        ("a ward in no place", lambda g: drop(g, ward(g), SCHEMA.containedInPlace)),
        ("a ward in a place that is no district, town, city or province", place_of_ward_retyped)],

    ("ObservationShape", "node"): [
        ("IRI with a word for the number", lambda g: rename(g, observation(g), with_suffix(observation(g), "one")))],
    ("ObservationShape", "sdmx-measure:obsValue"): [
        ("the value as written, a string",
         lambda g: replace(g, observation(g), SDMX_MEASURE.obsValue, Literal("11.804"))),
        ("no value", lambda g: drop(g, observation(g), SDMX_MEASURE.obsValue))],
    ("ObservationShape", "vnkg:measure"): [("no measure", lambda g: drop(g, observation(g), VNKG.measure))],
    ("ObservationShape", "vnkg:unit"): [
        ("an unknown unit", lambda g: replace(g, observation(g), VNKG.unit, Literal("phần trăm")))],
    ("ObservationShape", "vnkg:change"): [
        ("a change word in Vietnamese", lambda g: replace(g, stated_decrease(g), VNKG.change, Literal("giảm")))],
    ("ObservationShape", "qb:dataSet"): [("in no data set", lambda g: drop(g, observation(g), QB.dataSet))],
    ("ObservationShape", "vnkg:mentionedIn"): [
        ("no source sentence", lambda g: drop(g, observation(g), VNKG.mentionedIn))],

    ("ChangeShape", "sparql"): [
        ("a stated 20% decrease whose counts now fall by 16.7%", lambda g: move_after(g, stated_decrease(g), +4)),
        ("a stated decrease whose counts rise", lambda g: move_after(g, stated_decrease(g), +40)),
        ("a stated count increase the counts do not add up to", lambda g: move_after(g, stated_increase(g), +3)),
        ("a change that agrees, flagged as if it did not",
         lambda g: add(g, stated_decrease(g), VNKG.inconsistentInSource, Literal(True)))],

    ("MentionShape", "nif:anchorOf"): [("no sentence text", lambda g: drop(g, mention(g), NIF.anchorOf))],
    ("MentionShape", "nif:beginIndex"): [
        ("a negative start", lambda g: replace(g, mention(g), NIF.beginIndex, Literal(-1)))],
    ("MentionShape", "nif:endIndex"): [("no end", lambda g: drop(g, mention(g), NIF.endIndex))],
    ("MentionShape", "nif:referenceContext"): [
        ("belongs to a person, not an article",
         lambda g: replace(g, mention(g), NIF.referenceContext, person(g)))],
}

# the shapes of official units and resolved places (shapes/places-shapes.ttl) keep their cases beside
# their tests
from places_breaks import PLACE_BREAKS  # noqa: E402  (the place shapes' cases)

BREAKS.update(PLACE_BREAKS)
from terms_breaks import TERM_BREAKS  # noqa: E402  (the term shapes' cases, kg/extract/terms.py)

BREAKS.update(TERM_BREAKS)

CASES = [pytest.param(shape, part, what, fn, id=f"{shape}-{part}-{what}")
         for (shape, part), cases in sorted(BREAKS.items()) for what, fn in cases]


# --- the tests ----------------------------------------------------------------------------------

def test_the_seed_graph_conforms(seed_built):
    report = validate(seed_built.graph)
    assert report.conforms, report.text()
    assert report.violations == ()
    assert report.text() == "conforms: no SHACL violations"


def test_the_shapes_file_has_shapes():
    # guards the parametrisation below against reading an empty or missing shapes file
    assert {"ArticleShape", "PersonShape", "PostHoldingShape", "MeetingShape", "WardShape",
            "ChangeShape"} <= set(node_shapes())


@pytest.mark.parametrize("shape", node_shapes())
def test_every_shape_has_a_breaking_case(shape):
    assert any(s == shape for s, _ in BREAKS), f"vsh:{shape} has no breaking case in tests/test_validate.py"


# constraints of severity sh:Warning report facts about the source, and never make a graph fail
WARNS = {("ObservationShape", "vnkg:inconsistentInSource")}


def test_a_change_the_source_gets_wrong_and_is_flagged_is_a_warning_not_a_violation(seed_graph):
    change = move_after(seed_graph, stated_decrease(seed_graph), +4)
    add(seed_graph, change, VNKG.inconsistentInSource, Literal(True))
    report = validate(seed_graph)
    assert report.conforms and report.violations == ()
    message = constraints()[("ObservationShape", "vnkg:inconsistentInSource")]
    assert [w.focus for w in report.warnings if w.message == message] == [_short(seed_graph, change)]
    assert "1 SHACL warning(s) about the source:" in report.text()


@pytest.mark.parametrize("shape,part", sorted(constraints()))
def test_every_constraint_has_a_breaking_case(shape, part):
    assert (shape, part) in BREAKS or (shape, part) in WARNS, (f"vsh:{shape} ({part}) says {constraints()[(shape, part)]!r} "
                                     "but no test breaks it: add a case to BREAKS")


@pytest.mark.parametrize("shape,part,what,breaker", CASES)
def test_breaking_a_shape_reports_its_message(seed_graph, shape, part, what, breaker):
    expected = constraints().get((shape, part))
    if expected is None:  # a case written for a constraint that the shapes file no longer has
        pytest.skip(f"vsh:{shape} has no constraint '{part}' in the shapes file: remove or update the case")
    focus = breaker(seed_graph)  # the unbroken graph conforms: test_the_seed_graph_conforms
    report = validate(seed_graph)
    assert not report.conforms
    hits = [v for v in report.violations if v.message == expected]
    assert hits, f"breaking {shape} ({what}) did not report {expected!r}; got:\n{report.text()}"
    assert _short(seed_graph, focus) in {v.focus for v in hits}, \
        f"{expected!r} was reported, but not on the broken node {focus}:\n{report.text()}"
    readable = set(constraints().values())
    machine = [v for v in report.violations if v.message not in readable]
    assert machine == [], f"a violation without a shape's own message (a nested result?):\n{report.text()}"


def test_a_nested_shapes_finding_is_detail_of_the_one_violation(seed_graph):
    # TownLevelShape's sh:node finds the unit's level not in (2 3); pySHACL reports that as a result of its
    # own under sh:detail: one violation with the shape's message, the nested finding as its detail
    (part,) = [p for s, p in BREAKS if s == "TownLevelShape"]
    (_, break_town), = BREAKS[("TownLevelShape", part)]
    break_town(seed_graph)
    report = validate(seed_graph)
    town_message = constraints()[("TownLevelShape", part)]
    hits = [v for v in report.violations if v.message == town_message]
    assert len(hits) == 1 and hits[0].detail and "not in list" in hits[0].detail[0]
    assert not any("not in list" in v.message for v in report.violations)
    lines = report.text().splitlines()
    assert any(line.startswith("    detail: ") and "not in list" in line for line in lines)
    assert lines[0] == f"{len(report.violations)} SHACL violation(s):"


def test_a_stated_change_that_agrees_passes(seed_graph):
    # the ChangeShape tolerance: a 20% decrease of 120 is 96; moving 'after' by a rounding step is fine
    change = stated_decrease(seed_graph)
    before = Decimal(str(seed_graph.value(seed_graph.value(change, VNKG.before), SDMX_MEASURE.obsValue)))
    after = Decimal(str(seed_graph.value(seed_graph.value(change, VNKG.after), SDMX_MEASURE.obsValue)))
    stated = Decimal(str(seed_graph.value(change, SDMX_MEASURE.obsValue)))
    assert (before - after) * 100 / before == stated
    replace(seed_graph, seed_graph.value(change, VNKG.after), SDMX_MEASURE.obsValue,
            Literal(str(after + Decimal("0.1")), datatype=XSD.decimal))
    assert validate(seed_graph).conforms


def test_check_raises_with_the_readable_report(seed_graph):
    from kg.errors import ValidationError

    drop(seed_graph, meeting(seed_graph), SCHEMA.startDate)
    with pytest.raises(ValidationError) as info:
        check(seed_graph)
    message = constraints()[("MeetingShape", "schema:startDate")]
    assert message in info.value.report
    assert str(info.value).startswith("the graph does not conform to the shapes:\n1 SHACL violation(s):")
    assert info.value.exit_code == 1


def test_report_lists_each_violation_once_with_focus_and_path(seed_graph):
    node = person(seed_graph)
    drop(seed_graph, node, SCHEMA.name)
    report = validate(seed_graph)
    assert isinstance(report, Report)
    lines = report.text().splitlines()
    assert lines[0] == f"{len(report.violations)} SHACL violation(s):"
    assert len(lines) == len(set(lines)) == len(report.violations) + 1
    name_message = constraints()[("PersonShape", "schema:name")]
    assert f"- {_short(seed_graph, node)} (schema:name): {name_message}" in lines


def test_each_sparql_constraint_is_parsed_once(seed_graph, monkeypatch):
    # pySHACL asks rdflib to run each SPARQL constraint once per focus node; validate() has rdflib parse
    # each text once (the parse, not the run, was half the seed's validation time)
    from rdflib.plugins.sparql import processor

    import kg.validate

    parsed = []
    real_parse = processor.parseQuery
    monkeypatch.setattr(processor, "parseQuery", lambda text: parsed.append(text) or real_parse(text))
    monkeypatch.setattr(kg.validate, "_PREPARED", {})
    original_query = processor.SPARQLProcessor.query
    focus_nodes = len(set(seed_graph.subjects(VNKG.before, None)))
    assert focus_nodes >= 2
    for _ in range(2):
        report = validate(seed_graph)
        assert report.conforms
    assert len(parsed) == len(set(parsed)) <= len(list(_shapes().objects(None, SH.sparql)))
    assert processor.SPARQLProcessor.query is original_query  # rdflib is left as it was


def test_a_complex_path_is_written_in_sparql_syntax_never_by_its_blank_node_label():
    g = Graph()
    g.bind("vnkg", VNKG)
    res = URIRef("https://w3id.org/vnkg/article/x/resolution/1")
    g.add((res, RDF.type, VP.PlaceResolution))
    g.add((res, VP.placeResolution, Literal("unresolved")))
    report = validate(g)
    paths = {v.path for v in report.violations}
    assert "^vnkg:resolution" in paths  # the place that should resolve to it is missing
    assert validate(g).text() == report.text()  # a second run gives the same words
