"""SHACL validation with the shipped shapes, and reports a person can read."""
from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from importlib import resources

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.extras.shacl import parse_shacl_path
from rdflib.paths import Path
from rdflib.namespace import SH

from .errors import ValidationError


def _package_turtle(package: str) -> Graph:
    """Every .ttl file a package ships, in one graph (files in name order)."""
    graph = Graph()
    for item in sorted(resources.files(package).iterdir(), key=lambda p: p.name):
        if item.name.endswith(".ttl"):
            graph.parse(data=item.read_text(encoding="utf-8"), format="turtle")
    return graph


@functools.cache
def shapes_graph() -> Graph:
    return _package_turtle("kg.shapes")


def ontology_graph() -> Graph:
    return _package_turtle("kg.ontology")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    shape: str
    # what a nested shape (sh:node, sh:or …) found, as pySHACL words it: context for the message, not a violation
    detail: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return "\n".join([f"- {self.focus}{where}: {self.message}", *(f"    detail: {d}" for d in self.detail)])


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    warnings: tuple[Violation, ...] = ()  # sh:Warning: facts about the source (a figure that disagrees)

    def text(self) -> str:
        if self.conforms:
            lines = ["conforms: no SHACL violations"]
        else:
            lines = [f"{len(self.violations)} SHACL violation(s):", *map(str, self.violations)]
        if self.warnings:
            lines += [f"{len(self.warnings)} SHACL warning(s) about the source:", *map(str, self.warnings)]
        return "\n".join(lines)


def run_pyshacl(graph: Graph, shapes: Graph | None = None) -> tuple[bool, Graph]:
    """pySHACL with the shipped shapes (or these) -> (conforms, the results graph)."""
    import pyshacl

    _constraint_lookup_by_hash()
    graph = _context_aware(graph)
    with _sparql_parsed_once(), _shapes_built_once():
        conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                                inference="none",
                                                allow_warnings=True, advanced=False)
    return bool(conforms), results


def _context_aware(graph: Graph) -> Graph:
    """pySHACL wraps the data graph's store in a ConjunctiveGraph: an article graph on rdflib's SimpleMemory
    (kg.mapping) is copied onto a context-aware store first, with the same prefixes for its messages."""
    if graph.store.context_aware:
        return graph
    copy = Graph()
    copy.namespace_manager = graph.namespace_manager
    copy.addN((s, p, o, copy) for s, p, o in graph)
    return copy


def validate(graph: Graph) -> Report:
    """The graph's Report; official units' verdicts come from kg.validate_units, validated once per process."""
    from .validate_units import validate_with_unit_cache

    return validate_with_unit_cache(graph)


def validate_uncached(graph: Graph) -> Report:
    conforms, results = run_pyshacl(graph)
    return report_of(graph, conforms, findings(results))


@dataclass(frozen=True)
class Finding:
    """One top-level SHACL result, in the data's own terms (rendered against a graph by report_of)."""
    severity: URIRef
    focus: object
    path: object
    message: str
    shape: str
    details: tuple[tuple[object, object, str], ...]  # (focus, path, message) of the results it holds


def findings(results: Graph) -> list[Finding]:
    nested = set(results.objects(None, SH.detail))
    out = []
    for severity in (SH.Violation, SH.Warning):
        for result in results.subjects(SH.resultSeverity, severity):
            if result in nested:
                continue  # reported under the result that holds it, as Jena does
            shape = results.value(result, SH.sourceShape)
            out.append(Finding(severity, *_where_and_what(results, result),
                               str(shape) if isinstance(shape, URIRef) else "", tuple(_details(results, result))))
    return out


def report_of(graph: Graph, conforms: bool, found: list[Finding]) -> Report:
    kinds = {SH.Violation: [], SH.Warning: []}
    for f in found:
        kinds[f.severity].append(Violation(_short(graph, f.focus), _short(graph, f.path) if f.path is not None else "",
                                           f.message, f.shape,
                                           tuple(sorted(_detail_text(graph, *d) for d in f.details))))
    for items in kinds.values():
        items.sort(key=order)
    return Report(bool(conforms), tuple(dict.fromkeys(kinds[SH.Violation])), tuple(dict.fromkeys(kinds[SH.Warning])))


def order(v: Violation) -> tuple:
    """Reports list violations by focus, path and message; the rest of each breaks ties, so that the
    order never depends on the order pySHACL's results come in."""
    return (v.focus, v.path, v.message, v.shape, v.detail)


def _where_and_what(results: Graph, result) -> tuple[object, object, str]:
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    return (results.value(result, SH.focusNode), _path(results, results.value(result, SH.resultPath)),
            messages[0] if messages else "violates a shape")


def _path(results: Graph, node):
    """A result's path; a complex one (a blank node: inverse, sequence …) as an rdflib Path, written in SPARQL's
    path syntax, because a blank node's label changes from run to run."""
    if not isinstance(node, BNode):
        return node
    try:
        return parse_shacl_path(results, node)
    except (TypeError, ValueError):  # a path node pySHACL did not copy whole: name it by kind, never by label
        return Literal("a complex path")


def _detail_text(graph: Graph, focus, path, message: str) -> str:
    path_text = _short(graph, path) if path is not None else ""
    return f"{_short(graph, focus)}{f' ({path_text})' if path_text else ''}: {message}"


def _details(results: Graph, result, seen: frozenset = frozenset()) -> list[tuple[object, object, str]]:
    out = []
    for inner in results.objects(result, SH.detail):
        if inner in seen:
            continue
        out.append(_where_and_what(results, inner))
        out += _details(results, inner, seen | {result})
    return out


_PREPARED: dict[tuple, object] = {}


@contextlib.contextmanager
def _sparql_parsed_once():
    """pySHACL hands rdflib each SPARQL constraint as text once per focus node, and rdflib parses the text
    every time: ~30-50 ms a parse, half of the seed's validation, and growing with every ward, meeting and
    stated change. While validating, rdflib's SPARQL processor parses each text once and reuses the
    translated query, as rdflib's own prepareQuery does (evaluation does not change a translated query)."""
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            if key not in _PREPARED:
                _PREPARED[key] = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs)
            strOrQuery = _PREPARED[key]
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original


class _ListFoundByHash(list):
    """A list whose `in` looks in a set: the same answers, without comparing with every item."""

    def __init__(self, items):
        super().__init__(items)
        self._set = frozenset(items)

    def __contains__(self, item) -> bool:
        return item in self._set


def _constraint_lookup_by_hash() -> None:
    """pySHACL asks, for every predicate of every shape it evaluates, whether it is one of its ~40
    constraint parameters, in a list: a tenth of the validation. The same question, asked of a set.
    (pySHACL keeps the list in pyshacl.shape.CONSTRAINT_PARAMS once it has read it.)"""
    try:
        from pyshacl import shape
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:  # another pySHACL layout: validate as it is, only slower
        return
    if not isinstance(getattr(shape, "CONSTRAINT_PARAMS", (None,))[0], _ListFoundByHash):
        shape.CONSTRAINT_PARAMS = (_ListFoundByHash(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


_SHAPES_BUILT: dict[int, object] = {}


@contextlib.contextmanager
def _shapes_built_once():
    """pySHACL builds its Shape objects from the shapes graph on every call (~15% of validating an
    article). They depend on the shapes graph alone, which does not change: while validating, one
    pySHACL ShapesGraph is kept per shapes graph and handed to every call."""
    from pyshacl import validator

    original = getattr(validator, "ShapesGraph", None)
    if original is None:  # another pySHACL layout: validate as it is, only slower
        yield
        return

    def shapes_graph_once(graph, *args, **kwargs):
        built = _SHAPES_BUILT.get(id(graph))
        if built is None or built.graph is not graph:
            if len(_SHAPES_BUILT) >= 8:  # shapes graphs made by tests come and go
                _SHAPES_BUILT.clear()
            built = _SHAPES_BUILT[id(graph)] = original(graph, *args, **kwargs)
        return built

    validator.ShapesGraph = shapes_graph_once
    try:
        yield
    finally:
        validator.ShapesGraph = original


def check(graph: Graph) -> Report:
    """Validate, raising ValidationError with the readable report when the graph does not conform."""
    report = validate(graph)
    if not report.conforms:
        raise ValidationError(report.text())
    return report


def _short(graph: Graph, node) -> str:
    if isinstance(node, Path):
        return node.n3(graph.namespace_manager)
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - an IRI that cannot be shortened is shown whole
            return str(node)
    return str(node)
