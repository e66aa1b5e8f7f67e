"""The shapes over the extractions of hundreds to thousands of fuzzed articles: none breaks them (issue 11).

Invented articles in the genre's style (benchmarks/fuzz.py's generator: invented names, bodies and
figures) and the bundled seed, mutated line by line: lines dropped, duplicated, shuffled or the text
truncated. Deterministic (fixed seeds). Every mutation is read, extracted and mapped; the distinct
graphs among them (all carry one article id, so an edit that changes nothing gives the same graph) are
validated in chunks (kg.validate_units, as kg build does: each report its own).
benchmarks/fuzz.py runs the same and more (random Unicode, digits of other scripts) at ~10,000 inputs.
"""
from __future__ import annotations

import importlib.util
import os
import random
from pathlib import Path

from kg.errors import InputError
from kg.ids import DEFAULT_BASE
from kg.pipeline import facts_and_graph, seed_path
from kg.reader import parse_article
from kg.validate_units import validate_graphs

ROOT = Path(__file__).resolve().parents[1]
# ~25 ms of CPU each (extraction, places, and the validation of each distinct graph): 250 keep the test
# under 10 s of CPU; VNKG_FUZZ_MUTATIONS=2000 runs the couple of thousand (about a minute)
MUTATIONS = int(os.environ.get("VNKG_FUZZ_MUTATIONS", "250"))
BATCH = 48


def _fuzz():
    spec = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "benchmarks" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mutated_texts(count: int, seed: int = 11) -> list[str]:
    fuzz = _fuzz()
    edits = [fuzz.drop_lines, fuzz.duplicate_lines, fuzz.shuffle_lines, fuzz.truncate]
    rng = random.Random(seed)
    bases = [fuzz.invented_article(random.Random(seed * 100 + k)) for k in range(40)]
    seed_text = seed_path().read_text(encoding="utf-8")
    texts = []
    for i in range(count):
        text = seed_text if i % 50 == 0 else rng.choice(bases)  # the seed is long: one in fifty
        for _ in range(rng.randint(1, 3)):
            edit = rng.choice(edits)
            text = edit(text, rng) if text else text
        texts.append(text)
    return texts


def test_fuzzed_articles_never_break_the_shapes():
    from kg.gazetteer.reference import prefer_whole

    before = prefer_whole(True)  # thousands of articles in one process, as a corpus worker
    try:
        graphs, built, refused = {}, 0, 0
        for text in mutated_texts(MUTATIONS):
            try:
                article = parse_article(text, "fuzz")
            except InputError:
                refused += 1
                continue
            _, graph = facts_and_graph(article, DEFAULT_BASE)
            built += 1
            graphs.setdefault(frozenset(graph), (graph, text))
    finally:
        prefer_whole(before)
    assert built > MUTATIONS * 0.6 and len(graphs) > MUTATIONS * 0.5, (built, refused, len(graphs))
    distinct = list(graphs.values())
    for low in range(0, len(distinct), BATCH):
        chunk = distinct[low:low + BATCH]
        for (graph, text), report in zip(chunk, validate_graphs([g for g, _ in chunk])):
            assert report.violations == (), f"{report.text()}\n--- the mutated article:\n{text}"
