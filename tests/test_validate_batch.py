"""kg.validate_batch: many graphs in one pySHACL call give each graph the Report validating it alone gives."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.reader import parse_article
from kg.pipeline import assemble
from kg.validate import validate
from kg.validate_batch import VARIANT, _variants, validate_many
from test_validate import CASES, move_after, stated_decrease
from places_breaks import add

ROOT = Path(__file__).resolve().parents[1]


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


@pytest.fixture(scope="module")
def invented() -> list[Graph]:
    """Graphs of invented articles from the corpus benchmark's generator (never real text)."""
    import random

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rng = random.Random(11)
    names, places = bench.surnames(), bench.districts()
    return [assemble(parse_article(bench.article(rng, names, places), f"bai-{i}")).graph for i in range(4)]


# a spread of the breaking cases: plain violations, a nested finding (sh:detail), a blank node,
# a sequence path, and several shapes files
PICKED = [c for i, c in enumerate(CASES) if i % 6 == 0 or "TownLevel" in c.id or "blank" in c.id]


def test_a_mixed_batch_reports_as_one_at_a_time(seed_built, invented):
    graphs = [_copy(seed_built.graph), *invented]
    broken = 0
    for case in PICKED:
        _, _, _, breaker = case.values
        g = _copy(seed_built.graph)
        breaker(g)
        graphs.append(g)
        broken += 1
    warned = _copy(seed_built.graph)  # a stated change the source gets wrong: a warning, not a violation
    add(warned, move_after(warned, stated_decrease(warned), +4), URIRef(
        "https://w3id.org/vnkg/ontology#inconsistentInSource"), Literal(True))
    graphs.append(warned)
    graphs.append(invented[0])  # the same article twice in one batch: still its own report each time
    alone = [validate(g) for g in graphs]
    together = validate_many(graphs)
    assert together == alone
    assert sum(not r.conforms for r in alone) >= broken - 1 > 10  # the batch did hold failing graphs
    assert alone[-2].warnings and alone[-2].conforms
    assert all(r.conforms for r in alone[1:1 + len(invented)])


def test_any_batch_split_gives_the_same_reports(seed_built, invented):
    g = _copy(seed_built.graph)
    PICKED[1].values[3](g)
    graphs = [invented[1], g, invented[2]]
    whole = validate_many(graphs)
    assert whole == [validate_many([x])[0] for x in graphs] == validate_many(graphs[::-1])[::-1]


def test_variants_keep_every_iri_pattern_and_refuse_what_cannot_be_told_apart(seed_built):
    import re

    from kg.validate import shapes_graph
    from rdflib.namespace import SH

    mapping = _variants(seed_built.graph, f"{VARIANT}0:")
    assert mapping and all(v.startswith(VARIANT) and v.endswith(k) for k, v in mapping.items())
    patterns = [re.compile(str(p)) for p in shapes_graph().objects(None, SH.pattern)]
    for node, variant in mapping.items():
        for pattern in patterns:
            assert bool(pattern.search(node)) == bool(pattern.search(variant)), (pattern.pattern, node)
    clashing = _copy(seed_built.graph)
    clashing.add((URIRef(f"{VARIANT}3:https://w3id.org/vnkg/x"), URIRef("https://schema.org/name"), Literal("x")))
    assert _variants(clashing, f"{VARIANT}0:") is None
