"""SHACL validation with the shipped shapes, and reports a person can read."""
from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from importlib import resources

from rdflib import Graph, URIRef
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


def run_pyshacl(graph: Graph) -> tuple[bool, Graph]:
    """pySHACL with the shipped shapes -> (conforms, the results graph)."""
    import pyshacl

    with _sparql_parsed_once():
        conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none",
                                                allow_warnings=True, advanced=False)
    return bool(conforms), results


def validate(graph: Graph) -> Report:
    conforms, results = run_pyshacl(graph)
    nested = set(results.objects(None, SH.detail))
    found = {}
    for severity in (SH.Violation, SH.Warning):
        items = []
        for result in results.subjects(SH.resultSeverity, severity):
            if result in nested:
                continue  # reported under the result that holds it, as Jena does
            shape = results.value(result, SH.sourceShape)
            items.append(Violation(*_where_and_what(graph, results, result),
                                   str(shape) if isinstance(shape, URIRef) else "",
                                   tuple(sorted(_details(graph, results, result)))))
        items.sort(key=lambda v: (v.focus, v.path, v.message))
        found[severity] = tuple(dict.fromkeys(items))
    return Report(bool(conforms), found[SH.Violation], found[SH.Warning])


def _where_and_what(graph: Graph, results: Graph, result) -> tuple[str, str, str]:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    return (_short(graph, focus), _short(graph, path) if path is not None else "",
            messages[0] if messages else "violates a shape")


def _details(graph: Graph, results: Graph, result, seen: frozenset = frozenset()) -> list[str]:
    out = []
    for inner in results.objects(result, SH.detail):
        if inner in seen:
            continue
        focus, path, message = _where_and_what(graph, results, inner)
        out.append(f"{focus}{f' ({path})' if path else ''}: {message}")
        out += _details(graph, results, inner, seen | {result})
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


def check(graph: Graph) -> Report:
    """Validate, raising ValidationError with the readable report when the graph does not conform."""
    report = validate(graph)
    if not report.conforms:
        raise ValidationError(report.text())
    return report


def _short(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - an IRI that cannot be shortened is shown whole
            return str(node)
    return str(node)
