"""Many articles' graphs validated in one pySHACL call, each article's Report exactly its own.

pySHACL's set-up costs about as much as validating a small graph, so a corpus run
validates its articles in batches. pySHACL validates the union of what it is given, so
the union is first made disjoint: every node an article describes (each subject of its
graph) becomes an article's own variant, ``urn:x-vnkg-batch:<n>:`` + the IRI. Predicates,
classes and the IRIs an article only points at are left as they are: nothing in the union
describes them, as nothing in the article did. Each result's focus node is then mapped
back to its article and its original IRI.

What keeps a batch exact, and what sends an article to be validated on its own instead:

* ``sh:pattern`` on IRIs: the variant prefix holds no '/', so a pattern that begins with
  '/' (all the shipped IRI patterns, anchored at the end) matches the variant exactly when
  it matches the IRI; any other pattern is tried on both spellings, and an article whose
  IRIs it tells apart is validated alone.
* ``sh:hasValue``/``sh:in`` name only literals in the shipped shapes, and the one SPARQL
  constraint reads ``$this``'s own values, never the spelling of an IRI.
* a graph with blank nodes, with a described node also used as a predicate or a class, or
  with ``rdfs:subClassOf`` (which pySHACL reads from the data) is validated alone;
* a result whose message is not one of the shapes' own ``sh:message`` texts (pySHACL's
  generated messages name nodes), that has nested results (``sh:detail``) or a path that is
  not a plain predicate has its article validated alone, so every message is the one a
  one-article validation writes.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from .validate import Report, Violation, _short, order, run_pyshacl, shapes_graph, validate

VARIANT = "urn:x-vnkg-batch:"
_INFO_OR_WARNING = (SH.Warning, SH.Info)


@functools.cache
def _shape_messages() -> frozenset[str]:
    return frozenset(str(m) for m in shapes_graph().objects(None, SH.message))


@functools.cache
def _unsafe_patterns() -> tuple[re.Pattern, ...]:
    """The shapes' patterns that a prefix without '/' could change the outcome of."""
    flags = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
    out = []
    shapes = shapes_graph()
    for shape, pattern in shapes.subject_objects(SH.pattern):
        if str(pattern).startswith("/"):
            continue
        value = 0
        for letter in str(shapes.value(shape, SH.flags) or ""):
            value |= flags.get(letter, 0)
        out.append(re.compile(str(pattern), value))
    return tuple(out)


def _variants(graph: Graph, prefix: str) -> dict | None:
    """The article's described nodes -> their variants, or None when the graph must be validated alone."""
    subjects = set(graph.subjects())
    mapping = {}
    for node in subjects:
        if not isinstance(node, URIRef) or node.startswith(VARIANT):
            return None
        mapping[node] = URIRef(prefix + node)
    if any(isinstance(o, BNode) for o in graph.objects()):
        return None
    if not subjects.isdisjoint(graph.predicates()) or not subjects.isdisjoint(graph.objects(None, RDF.type)):
        return None
    if (None, RDFS.subClassOf, None) in graph:
        return None
    for pattern in _unsafe_patterns():
        for node, variant in mapping.items():
            if bool(pattern.search(node)) != bool(pattern.search(variant)):
                return None
    return mapping


def validate_many(graphs: Sequence[Graph]) -> list[Report]:
    """One Report per graph, each the same as ``validate(graph)`` gives."""
    if len(graphs) <= 1:
        return [validate(g) for g in graphs]
    union = Graph()
    back: dict[URIRef, tuple[int, URIRef]] = {}
    alone: set[int] = set()
    for i, graph in enumerate(graphs):
        mapping = _variants(graph, f"{VARIANT}{i}:")
        if mapping is None:
            alone.add(i)
            continue
        back.update((variant, (i, node)) for node, variant in mapping.items())
        get = mapping.get
        union.addN((get(s, s), p, get(o, o) if isinstance(o, URIRef) else o, union) for s, p, o in graph)
    found: dict[int, dict] = {i: {SH.Violation: [], SH.Warning: []} for i in range(len(graphs))}
    breaks = {i: False for i in range(len(graphs))}
    if len(back):
        _, results = run_pyshacl(union)
        nested = set(results.objects(None, SH.detail))
        messages = _shape_messages()
        for result in set(results.subjects(SH.focusNode, None)):
            if result in nested:
                continue
            owner = back.get(results.value(result, SH.focusNode))
            if owner is None:  # cannot be told apart: every article of the batch on its own
                return [validate(g) for g in graphs]
            i, focus = owner
            severity = results.value(result, SH.resultSeverity)
            if severity not in _INFO_OR_WARNING:
                breaks[i] = True
            path = results.value(result, SH.resultPath)
            said = [str(m) for m in results.objects(result, SH.resultMessage)]
            if (any(True for _ in results.objects(result, SH.detail)) or not set(said) <= messages
                    or not (path is None or isinstance(path, URIRef))):
                alone.add(i)
                continue
            if severity in found[i]:
                shape = results.value(result, SH.sourceShape)
                found[i][severity].append(Violation(
                    _short(graphs[i], focus), _short(graphs[i], path) if path is not None else "",
                    min(said) if said else "violates a shape", str(shape) if isinstance(shape, URIRef) else ""))
    reports = []
    for i, graph in enumerate(graphs):
        if i in alone:
            reports.append(validate(graph))
            continue
        kinds = {}
        for severity, items in found[i].items():
            items.sort(key=order)
            kinds[severity] = tuple(dict.fromkeys(items))
        reports.append(Report(not breaks[i], kinds[SH.Violation], kinds[SH.Warning]))
    return reports

