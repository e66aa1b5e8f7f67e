"""Official units validated once per process: their verdicts cached, the rest of each graph validated as usual.

A gazetteer unit (an official ward, district or province, its point, the reference data)
is described the same way in every article that names it, and its shapes (sh:or, sh:xone
per unit) were two thirds of the validation of an article. So the shapes are split:

* the *unit shapes*: those whose every target is one of UNIT_TARGETS and that read only
  what ``_node_reads`` can prove: the focus node's own triples and, one step out, the listed
  predicates (rdf:type for sh:class) of the nodes it points at. A shape with an inverse or
  sequence path, SPARQL, sh:closed or qualified shapes one step out, a second step, any
  other target, or a constraint ``_node_reads`` does not know stays with the rest (tests/
  test_validate_units.py adds such shapes and checks that they do);
* the *rest*, validated on the whole graph, with the unit shapes' targets removed.

A unit shape's results for a focus node then depend only on the node's *closure*: its own
triples and the read triples of the nodes it points at. Their verdict is cached under the
closure itself (and the graph's prefixes, which pySHACL's messages use), and a node not
yet seen is validated on the union of such closures, a part of the graph that holds all
that any of its unit shapes reads. A graph with rdfs:subClassOf triples (pySHACL reads
class hierarchies from the data) is validated whole, without the cache.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from .validate import Finding, Report, findings, report_of, run_pyshacl, shapes_graph, validate_uncached

VNKG = "https://w3id.org/vnkg/ontology#"
# what the reference data describes: the same in every article (kg/places.py)
UNIT_TARGETS = frozenset({
    (SH.targetClass, URIRef(VNKG + "OfficialUnit")),
    (SH.targetClass, URIRef("http://www.opengis.net/ont/geosparql#Geometry")),
    (SH.targetClass, URIRef("https://schema.org/Dataset")),
    (SH.targetSubjectsOf, URIRef(VNKG + "groundWentWhollyInto")),
})
TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
CACHE_SIZE = 5_000  # verdicts kept per process: a key holds its unit's closure, ~4.6 KB a verdict as measured;
# an article brings ~10 new ones (the benchmark corpus), so 5,000 hold the units of the last ~500 articles

_ANNOTATIONS = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated,
                RDF.type, RDFS.label, RDFS.comment}
# constraints that read only the value node itself (its term), or the number of values
_ON_VALUES = {SH.datatype, SH.nodeKind, SH.pattern, SH.flags, SH["in"], SH.hasValue, SH.languageIn,
              SH.minLength, SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
              SH.uniqueLang, SH.minCount, SH.maxCount}
_PAIRS = {SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals}  # the focus's values of another predicate
_LOGICAL = {SH["or"], SH.xone, SH["and"]}


class Unprovable(Exception):
    """A shape reads more than a unit's closure."""


@dataclass(frozen=True)
class Split:
    unit_shapes: Graph  # the shapes graph with only the unit shapes' targets
    rest_shapes: Graph  # the shapes graph without them
    targets: tuple[tuple[URIRef, URIRef], ...]  # the unit shapes' targets
    one_step: frozenset  # predicates read from the nodes a unit points at
    verdicts: dict = field(default_factory=dict, compare=False, repr=False)  # closure key -> Verdict


def _node_reads(sg: Graph, shape, depth: int, one_step: set, seen: set) -> None:
    """What a node shape applied to a node `depth` steps from the focus reads, added to one_step;
    Unprovable when that is more than the focus's own triples and one_step."""
    if (shape, depth) in seen:
        return
    seen.add((shape, depth))
    for p, o in sg.predicate_objects(shape):
        if p in _PAIRS:
            _need(depth, o, one_step)
        elif p == SH.closed and depth == 0:
            continue  # all the focus's own triples
        elif p != SH.ignoredProperties or depth != 0:
            _constraint_reads(sg, shape, p, o, depth, one_step, seen)


def _property_reads(sg: Graph, shape, depth: int, one_step: set, seen: set) -> None:
    """A property shape whose focus is `depth` steps from the unit: its path's values lie one step further."""
    path = sg.value(shape, SH.path)
    if not isinstance(path, URIRef):
        raise Unprovable(f"{shape}: a path that is not one predicate")
    _need(depth, path, one_step)
    for p, o in sg.predicate_objects(shape):
        if p in _PAIRS:
            _need(depth, o, one_step)  # compares the focus's values of two predicates
        elif p != SH.path:
            _constraint_reads(sg, shape, p, o, depth + 1, one_step, seen)


def _constraint_reads(sg: Graph, shape, p, o, depth: int, one_step: set, seen: set) -> None:
    """One constraint applied to a node `depth` steps from the focus."""
    if p in _ANNOTATIONS or p in TARGETS or p in _ON_VALUES:
        return
    if p == SH["class"]:
        _need(depth, RDF.type, one_step)
    elif p in (SH.node, SH["not"]):
        _node_reads(sg, o, depth, one_step, seen)
    elif p in _LOGICAL:
        for member in Collection(sg, o):
            _node_reads(sg, member, depth, one_step, seen)
    elif p == SH.property:
        _property_reads(sg, o, depth, one_step, seen)
    else:
        raise Unprovable(f"{shape}: {p} {depth} steps from the focus")


def _need(depth: int, predicate, one_step: set) -> None:
    if depth == 0:
        return  # the focus's own triples are all in its closure
    if depth == 1 and isinstance(predicate, URIRef):
        one_step.add(predicate)
        return
    raise Unprovable(f"reads {predicate} {depth} steps from the focus")


def split(shapes: Graph) -> Split:
    """The shapes graph split into the unit shapes (all that can be proved local) and the rest."""
    targets_of: dict = {}
    for p in TARGETS:
        for shape, o in shapes.subject_objects(p):
            targets_of.setdefault(shape, set()).add((p, o))
    unit, one_step = set(), set()
    for shape, targets in targets_of.items():
        if not targets <= UNIT_TARGETS or any((shape, RDF.type, c) in shapes for c in (RDFS.Class, OWL.Class)):
            continue
        reads: set = set()
        try:
            _node_reads(shapes, shape, 0, reads, set())
        except Unprovable:
            continue  # validated with the rest, on the whole graph
        unit.add(shape)
        one_step |= reads
    rest = set(targets_of) - unit
    unit_only = _reachable(shapes, unit) - _reachable(shapes, rest)
    rest_only = _reachable(shapes, rest) - _reachable(shapes, unit)
    unit_shapes, rest_shapes = Graph(), Graph()
    for prefix, namespace in shapes.namespaces():
        unit_shapes.bind(prefix, namespace, override=True, replace=True)
        rest_shapes.bind(prefix, namespace, override=True, replace=True)
    # each side without the shapes (and their lists) only the other side uses: pySHACL would build them
    # on every call, and with no targets they validate nothing
    for triple in shapes:
        s, p, _ = triple
        if s not in rest_only and (p not in TARGETS or s in unit):
            unit_shapes.add(triple)
        if s not in unit_only and (p not in TARGETS or s not in unit):
            rest_shapes.add(triple)
    targets = tuple(sorted({t for s in unit for t in targets_of[s]}))
    return Split(unit_shapes, rest_shapes, targets, frozenset(one_step))


def _reachable(graph: Graph, start) -> set:
    seen, todo = set(), list(start)
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo += [o for o in graph.objects(node, None) if not isinstance(o, Literal)]
    return seen


@functools.cache
def shipped_split() -> Split:
    return split(shapes_graph())


@dataclass(frozen=True)
class Verdict:
    conforms: bool
    findings: tuple[Finding, ...]


_PREFIXES: dict[tuple, tuple] = {}  # one object per set of prefixes: keys compare by identity first


def validate_with_unit_cache(graph: Graph, parts: Split | None = None) -> Report:
    """The same Report as validate_uncached(graph)."""
    return validate_graphs([graph], parts)[0]


def validate_graphs(graphs: list[Graph], parts: Split | None = None) -> list[Report]:
    """Each graph's Report, the same as validate_uncached gives; the units none of them has seen are
    validated together, in one pySHACL call."""
    parts = parts or shipped_split()
    if not parts.targets:
        return [validate_uncached(g) for g in graphs]
    whole = [(None, RDFS.subClassOf, None) in g for g in graphs]
    seen: list[list[tuple]] = []  # per graph: (focus, its closure's key or None)
    for graph, alone in zip(graphs, whole):
        seen.append([] if alone else _foci_keys(graph, parts))
    unseen: dict = {}
    for foci in seen:
        unseen.update(_with_neighbours(foci, parts.verdicts))
    if unseen:
        _remember(unseen, parts)
    reports = []
    for graph, alone, foci in zip(graphs, whole, seen):
        if alone:
            reports.append(validate_uncached(graph))
            continue
        found: list[Finding] = []
        conforms = True
        verdicts = {focus: parts.verdicts.get(key) for focus, key in foci}
        missing = [focus for focus, verdict in verdicts.items() if verdict is None]
        if missing:  # a blank node in its closure, or a cache that was full: this graph's units on their own
            verdicts.update(_unit_verdicts(graph, missing, parts))
        for verdict in verdicts.values():
            conforms = conforms and verdict.conforms
            found += verdict.findings
        rest_conforms, results = run_pyshacl(graph, parts.rest_shapes)
        found += findings(results)
        reports.append(report_of(graph, conforms and rest_conforms, found))
    return reports


def _foci_keys(graph: Graph, parts: Split) -> list[tuple]:
    prefixes = tuple(graph.namespaces())  # pySHACL's messages name nodes with the data graph's prefixes
    prefixes = _PREFIXES.setdefault(prefixes, prefixes) if len(_PREFIXES) < 64 else prefixes
    out = []
    for focus in _unit_foci(graph, parts.targets):
        closure = _closure(graph, focus, parts.one_step)
        out.append((focus, (prefixes, focus, closure) if closure is not None else None))
    return out


def _with_neighbours(foci: list[tuple], verdicts: dict) -> dict:
    """The keys of one graph's unseen foci, and of the foci they point at (transitively): in a union that
    held only a unit's closure, the enclosing unit it points at would be a target with nothing but its
    type, and pySHACL would spend its time reporting what that node lacks."""
    by_focus = {focus: key for focus, key in foci if key is not None}
    todo = [key for key in by_focus.values() if key not in verdicts]
    out: dict = {}
    while todo:
        key = todo.pop()
        if key in out:
            continue
        out[key] = None
        todo += [by_focus[o] for s, _, o in key[2] if s == key[1] and o in by_focus]
    return out


def _remember(keys: dict, parts: Split) -> None:
    """The verdicts of these closures' foci, validated on the union of the closures that share prefixes.
    A focus whose closure in the union is not its own (two graphs describe a node differently) is left
    out: its graph validates it on its own."""
    if len(parts.verdicts) + len(keys) > CACHE_SIZE:
        parts.verdicts.clear()
    by_prefixes: dict = {}
    for key in keys:
        by_prefixes.setdefault(key[0], []).append(key)
    for prefixes, group in by_prefixes.items():
        union = Graph(bind_namespaces="none")
        for prefix, namespace in prefixes:
            union.bind(prefix, namespace, override=True, replace=True)
        for key in group:
            union.addN((s, p, o, union) for s, p, o in key[2])
        mine = [key for key in group if _closure(union, key[1], parts.one_step) == key[2]]
        verdicts = _unit_verdicts(union, [key[1] for key in mine], parts)
        for key in mine:
            parts.verdicts[key] = verdicts[key[1]]


def _unit_foci(graph: Graph, targets) -> list:
    foci: dict = {}
    for kind, term in targets:
        if kind == SH.targetClass:
            foci.update(dict.fromkeys(graph.subjects(RDF.type, term)))
        else:
            foci.update(dict.fromkeys(graph.subjects(term, None)))
    return list(foci)


def _closure(graph: Graph, focus, one_step: frozenset) -> frozenset | None:
    """The focus's own triples and the one_step triples of the nodes it points at; None when they hold a
    blank node (whose label differs from graph to graph)."""
    if isinstance(focus, BNode):
        return None
    out = []
    for p, o in graph.predicate_objects(focus):
        out.append((focus, p, o))
        if isinstance(o, Literal):
            continue
        if isinstance(o, BNode):
            return None
        for q in one_step:
            for x in graph.objects(o, q):
                if isinstance(x, BNode):
                    return None
                out.append((o, q, x))
    return frozenset(out)


def _unit_verdicts(graph: Graph, foci: list, parts: Split) -> dict:
    """Each focus's Verdict under the unit shapes, validated on this graph."""
    _, results = run_pyshacl(graph, parts.unit_shapes)
    mine: dict = {focus: [] for focus in foci}
    for finding in findings(results):
        if finding.focus in mine:
            mine[finding.focus].append(finding)
    nested = set(results.objects(None, SH.detail))
    breaking = {results.value(r, SH.focusNode) for r, severity in results.subject_objects(SH.resultSeverity)
                if r not in nested and severity not in (SH.Warning, SH.Info)}
    return {focus: Verdict(focus not in breaking, tuple(items)) for focus, items in mine.items()}
