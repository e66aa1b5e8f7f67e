"""A load killed part way (kill -9) never leaves a store that answers from inconsistent data: queries
refuse with one line that says to rebuild, until a load completes and makes the merged graph anew."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest
from kg_helpers import ROOT, run_kg

from kg.store import MERGED_GRAPH
from kg.store.consistency import MARK, mark_dirty
from kg.store.embedded import EmbeddedStore

GRAPHS = 64  # x ~890 triples: over BULK_MIN_TRIPLES, so the bulk loader's (non-transactional) path


@pytest.fixture(scope="module")
def many_graphs(tmp_path_factory):
    """The seed's graph told as GRAPHS articles (their own IRIs, shared people), in N-Quads files."""
    from kg.pipeline import materialize, seed_path

    folder = tmp_path_factory.mktemp("many")
    lines = materialize(seed_path()).graph.serialize(format="nt").splitlines()
    seed = "https://w3id.org/vnkg/article/2019-07-30-ngo-quyen"
    for f in range(8):
        with open(folder / f"part{f}.nq", "w", encoding="utf-8") as out:
            for i in range(f, GRAPHS, 8):
                article = f"https://w3id.org/vnkg/article/a{i:04d}"
                for line in lines:
                    if line.strip():
                        out.write(line.replace(seed, article)[:-1].rstrip() + f" <{article}> .\n")
    return folder


def _consistent(store_path) -> bool:
    """The merged graph holds exactly the triples of the other graphs."""
    import pyoxigraph as ox

    with EmbeddedStore(store_path, create=False) as store:
        s = store.store
        merged = {q.triple for q in s.quads_for_pattern(None, None, None, ox.NamedNode(MERGED_GRAPH))}
        others = {q.triple for q in s if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != MERGED_GRAPH}
    return merged == others


def test_kill_9_during_loads_never_gives_a_stale_answer(tmp_path, many_graphs, capsys):
    from kg.cli import main

    store = tmp_path / "store"
    assert main(["load", str(many_graphs), "--store", str(store)]) == 0
    rng = random.Random(13)
    interrupted = 0
    for _ in range(2):
        process = subprocess.Popen([sys.executable, "-m", "kg", "load", str(many_graphs), "--store", str(store)],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not (store / MARK).exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        capsys.readouterr()
        code = main(["query", "articles", "--store", str(store), "--format", "csv"])
        answer = capsys.readouterr()
        if (store / MARK).exists():
            interrupted += 1
            assert code == 3 and answer.out == ""
            assert answer.err.count("\n") == 1 and "rebuild" in answer.err
        else:  # the load had finished before the kill
            assert code == 0 and _consistent(store)
    assert interrupted >= 1, "no kill landed during a load: the test proves nothing"
    assert main(["load", str(many_graphs), "--store", str(store)]) == 0
    assert not (store / MARK).exists() and _consistent(store)
    capsys.readouterr()
    assert main(["query", "articles", "--store", str(store), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + GRAPHS


def test_a_marked_store_is_refused_by_query_and_serve_and_repaired_by_a_load(tmp_path):
    from kg.cli import main

    out = tmp_path / "out"
    assert main(["build", "--out", str(out)]) == 0
    mark_dirty(out / "store")
    answer = run_kg("query", "persons", "--store", str(out / "store"))
    assert answer.returncode == 3 and "rebuild" in answer.stderr
    served = run_kg("serve", "--store", str(out / "store"), "--port", "7")
    assert served.returncode == 3 and "rebuild" in served.stderr
    assert main(["load", str(out), "--store", str(out / "store")]) == 0
    assert not (out / "store" / MARK).exists() and _consistent(out / "store")
