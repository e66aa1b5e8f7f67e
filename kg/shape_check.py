"""A quick "nothing to report" for SHACL Core shapes: pySHACL stays the judge of everything else.

A corpus build validates thousands of graphs that almost all conform, and pySHACL spends most of an
article's CPU evaluating them node by node through rdflib. `Checker.clean(graph)` answers one question:
would pySHACL report no result at all (of any severity) for this graph? It answers True only when it
has evaluated every shape on every focus node with pySHACL's own rules for each constraint; it answers
False for a failed constraint, for a graph with rdfs:subClassOf triples (pySHACL reads class hierarchies
from the data), and whenever a shape it cannot evaluate (SPARQL, sh:flags, sh:closed, other paths or
constraints) has a focus node. A False is only "not known here": the caller then validates with pySHACL,
which writes the report. tests/test_shape_check.py checks the answers against pySHACL's on many graphs.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH

from .terms import RDF, RDFS, XSD

Check = Callable[["_Index", object], bool]  # (data graph, focus node) -> the node conforms to the shape
_NONE: frozenset = frozenset()

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_IGNORED = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.path,
            *_TARGETS}  # read elsewhere, or annotations that change no verdict


class Unsupported(Exception):
    """A shape uses what this checker does not evaluate."""


class Checker:
    def __init__(self, shapes: Graph):
        self.sg = shapes
        self._compiled: dict = {}  # shape node -> Check (or the Unsupported it raised)
        self._building: set = set()
        self.checked: list[tuple[tuple, Check]] = []  # (targets, check) of each shape with targets
        self.unchecked: list[tuple] = []  # targets of the shapes that are not evaluated here
        targeted: dict = {}
        for p in _TARGETS:
            for shape, o in shapes.subject_objects(p):
                targeted.setdefault(shape, []).append((p, o))
        for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)):
            if any((shape, RDF.type, c) in shapes for c in (RDFS.Class, OWL.Class)):  # an implicit class target
                targeted.setdefault(shape, []).append((SH.targetClass, shape))
        for shape, targets in sorted(targeted.items(), key=lambda item: str(item[0])):
            try:
                self.checked.append((tuple(targets), self.compile(shape)))
            except Unsupported:
                self.unchecked.append(tuple(targets))

    def clean(self, graph: Graph) -> bool:
        """True: pySHACL would give no result for this graph. False: not known (validate it)."""
        if (None, RDFS.subClassOf, None) in graph:
            return False
        index = _Index(graph)
        for targets in self.unchecked:
            if any(True for _ in index.foci(targets)):
                return False
        for targets, check in self.checked:
            for focus in index.foci(targets):
                if not check(index, focus):
                    return False
        return True

    def compile(self, shape) -> Check:
        found = self._compiled.get(shape)
        if isinstance(found, Unsupported):
            raise found
        if found is not None:
            return found
        if shape in self._building:
            raise Unsupported(f"{shape}: a recursive shape")
        self._building.add(shape)
        try:
            check = self._shape(shape)
        except Unsupported as exc:
            self._compiled[shape] = exc
            raise
        finally:
            self._building.discard(shape)
        self._compiled[shape] = check
        return check

    def _nested(self, shape) -> Check:
        """A shape whose conformance another constraint reads (sh:node, sh:or …): pySHACL's verdict there
        is not simply "no result" when a severity other than the default is set under it."""
        seen, todo = set(), [shape]
        while todo:
            node = todo.pop()
            if node in seen or isinstance(node, Literal):
                continue
            seen.add(node)
            if (node, SH.severity, None) in self.sg:
                raise Unsupported(f"{shape}: a severity under a nested shape")
            todo += list(self.sg.objects(node, None))
        return self.compile(shape)

    def _shape(self, shape) -> Check:
        sg = self.sg
        if (shape, SH.deactivated, None) in sg:
            raise Unsupported(f"{shape}: sh:deactivated")
        path = sg.value(shape, SH.path)
        values = _path(sg, path) if path is not None else None
        on_value: list[Callable[[_Index, object], bool]] = []  # each value node must pass
        on_all: list[Callable[[_Index, object, set], bool]] = []  # (graph, focus, value nodes)
        counts = {}
        for p, o in sorted(sg.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
            if p in _IGNORED or not str(p).startswith(str(SH)) and p != RDF.type:
                continue
            if p == RDF.type:
                continue
            if p in (SH.minCount, SH.maxCount, SH.qualifiedMinCount, SH.qualifiedMaxCount):
                if path is None or not isinstance(o, Literal) or not isinstance(o.value, int):
                    raise Unsupported(f"{shape}: {p} {o}")
                counts[p] = o.value
            elif p == SH.hasValue:
                on_all.append(lambda g, f, vs, hv=o: any(v == hv for v in vs))
            elif p == SH.disjoint:
                on_all.append(lambda g, f, vs, other=str(o): not (vs & g.objects(f, other)))
            elif p == SH.property:  # any result of it is a result: its severity changes nothing here
                on_value.append(self.compile(o))
            elif p == SH.qualifiedValueShape:
                if (shape, SH.qualifiedValueShapesDisjoint, None) in sg and \
                        sg.value(shape, SH.qualifiedValueShapesDisjoint) != Literal(False):
                    raise Unsupported(f"{shape}: sh:qualifiedValueShapesDisjoint")
                counts["qualified"] = self._nested(o)
            elif p == SH.qualifiedValueShapesDisjoint:
                continue  # handled with sh:qualifiedValueShape
            else:
                on_value.append(self._value_rule(shape, p, o))
        on_all += _count_rules(shape, counts, path is not None)

        def check(graph: _Index, focus) -> bool:
            nodes = {focus} if values is None else values(graph, focus)
            for rule in on_all:
                if not rule(graph, focus, nodes):
                    return False
            for rule in on_value:
                for v in nodes:
                    if not rule(graph, v):
                        return False
            return True

        return check

    def _value_rule(self, shape, p, o) -> Callable[[_Index, object], bool]:
        """A constraint that each value node must meet on its own."""
        sg = self.sg
        if p == SH["class"]:
            return lambda g, v: not isinstance(v, Literal) and o in g.objects(v, _TYPE)
        if p == SH.datatype:
            return lambda g, v: _has_datatype(v, o)
        if p == SH.nodeKind:
            kinds = _NODE_KINDS.get(o)
            if kinds is None:
                raise Unsupported(f"{shape}: sh:nodeKind {o}")
            return lambda g, v: isinstance(v, kinds)
        if p == SH.pattern:
            if (shape, SH.flags, None) in sg:
                raise Unsupported(f"{shape}: sh:flags")
            regex = re.compile(str(o))
            return lambda g, v: not isinstance(v, BNode) and regex.search(_as_string(v)) is not None
        if p == SH["in"]:
            allowed = set(Collection(sg, o))
            return lambda g, v: v in allowed
        if p == SH.languageIn:
            wanted = set()
            for lang in Collection(sg, o):
                if not isinstance(lang, Literal) or not isinstance(lang.value, str):
                    raise Unsupported(f"{shape}: sh:languageIn {lang}")
                wanted.add(str(lang.value).lower())
            return lambda g, v: _language_in(v, wanted)
        if p == SH.node:
            return self._nested(o)
        if p == SH["not"]:
            inner = self._nested(o)
            return lambda g, v: not inner(g, v)
        if p in (SH["and"], SH["or"], SH.xone):
            members = [self._nested(m) for m in Collection(sg, o)]
            if p == SH["and"]:
                return lambda g, v: all(m(g, v) for m in members)
            if p == SH["or"]:
                return lambda g, v: any(m(g, v) for m in members)
            return lambda g, v: sum(1 for m in members if m(g, v)) == 1
        raise Unsupported(f"{shape}: {p}")


def _count_rules(shape, counts: dict, is_property: bool) -> list:
    rules = []
    low, high = counts.get(SH.minCount), counts.get(SH.maxCount)
    if low is not None:
        rules.append(lambda g, f, vs: len(vs) >= low)
    if high is not None:
        rules.append(lambda g, f, vs: len(vs) <= high)
    qualified = counts.get("qualified")
    q_low, q_high = counts.get(SH.qualifiedMinCount), counts.get(SH.qualifiedMaxCount)
    if (q_low is not None or q_high is not None) != (qualified is not None) or (qualified and not is_property):
        raise Unsupported(f"{shape}: a qualified count without its shape, or the other way round")
    if qualified is not None:
        def within(g, f, vs) -> bool:
            n = sum(1 for v in vs if qualified(g, v))
            return (q_low is None or n >= q_low) and (q_high is None or n <= q_high)
        rules.append(within)
    return rules


def _path(sg: Graph, path) -> Callable[[_Index, object], set]:
    """Predicate paths, inverse paths of a predicate, and sequences of those (pySHACL's value nodes)."""
    if isinstance(path, URIRef):
        key = str(path)
        return lambda g, f: g.objects(f, key)
    if isinstance(path, BNode):
        inverse = sg.value(path, SH.inversePath)
        if isinstance(inverse, URIRef) and len(list(sg.predicate_objects(path))) == 1:
            key = str(inverse)
            return lambda g, f: g.subjects(key, f)
        if (path, RDF.first, None) in sg:
            steps = [_path(sg, step) for step in Collection(sg, path)]
            if len(steps) >= 2:
                def along(g, f) -> set:
                    nodes = {f}
                    for step in steps:
                        nodes = set().union(*(step(g, n) for n in nodes)) if nodes else set()
                    return nodes
                return along
    raise Unsupported(f"a path this checker does not follow: {path}")


_NODE_KINDS = {SH.IRI: URIRef, SH.BlankNode: BNode, SH.Literal: Literal, SH.BlankNodeOrIRI: (BNode, URIRef),
               SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal)}

_VALUE_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


def _has_datatype(v, rule) -> bool:
    """pySHACL's DatatypeConstraintComponent, rule for rule."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == rule:
        if getattr(v, "ill_typed", None) is True:
            return False
        return _value_fits(v, rule)
    if rule == RDFS.Literal or (rule == RDFS.Datatype and v.datatype):
        return True
    if v.datatype is None and v.language is None and rule == XSD.string:
        return _value_fits(v, rule)
    if rule == RDF.langString and v.language:
        return _value_fits(v, rule)
    return False


def _value_fits(v: Literal, rule) -> bool:
    kinds = _VALUE_TYPES.get(rule)
    return True if kinds is None else isinstance(v.value, kinds)


def _as_string(v) -> str:
    """pySHACL's string of a value node for sh:pattern."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _language_in(v, wanted: set) -> bool:
    if not isinstance(v, Literal) or not v.language:
        return False
    lang = str(v.language).lower()
    return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted


class _Index:
    """A graph's triples by subject and by object, read once: the checks ask thousands of questions of a
    graph of a few hundred triples, and each rdflib lookup costs more than reading the whole graph."""

    def __init__(self, graph: Graph):
        from .article_store import indexes

        found = indexes(graph)
        if found is not None:
            self.out, self.into = _from_indexes(*found)
            return
        out: dict = {}
        into: dict = {}
        for s, p, o in graph:
            key = str(p)  # predicates by their plain string: rdflib's term comparison is Python code
            _put(out, s, key, o)
            _put(into, o, key, s)
        self.out, self.into = out, into

    def objects(self, s, p: str) -> set:
        """The objects of s by the predicate whose string is p: not to be changed."""
        return self.out.get(s, _EMPTY).get(p, _NONE)

    def subjects(self, p: str, o) -> set:
        return self.into.get(o, _EMPTY).get(p, _NONE)

    def foci(self, targets):
        for kind, term in targets:
            if kind == SH.targetClass:
                yield from self.subjects(_TYPE, term)
            elif kind == SH.targetNode:
                yield term
            elif kind == SH.targetSubjectsOf:
                yield from (s for s, by_p in self.out.items() if str(term) in by_p)
            else:
                yield from (o for o, by_p in self.into.items() if str(term) in by_p)


def _from_indexes(spo: dict, osp: dict) -> tuple[dict, dict]:
    """_Index's two maps from an article graph's own indexes (kg.article_store): the same sets, each object
    and subject taken as the graph holds it, each predicate's string made once per subject or object."""
    out: dict = {}
    for s, po in spo.items():
        by_p = {str(p): set(objects) for p, objects in po.items() if objects}
        if by_p:
            out[s] = by_p
    into: dict = {}
    for o, sp in osp.items():
        by_p: dict = {}
        for s, predicates in sp.items():
            for p in predicates:
                key = str(p)
                found = by_p.get(key)
                if found is None:
                    by_p[key] = {s}
                else:
                    found.add(s)
        if by_p:
            into[o] = by_p
    return out, into


_EMPTY: dict = {}
_TYPE = str(RDF.type)


def _put(index: dict, node, p, other) -> None:
    by_p = index.get(node)
    if by_p is None:
        index[node] = {p: {other}}
        return
    found = by_p.get(p)
    if found is None:
        by_p[p] = {other}
    else:
        found.add(other)


@functools.cache
def shipped_checker() -> Checker:
    from .validate import shapes_graph

    return Checker(shapes_graph())
