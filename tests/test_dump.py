"""kg dump: the corpus as one gzipped N-Quads file that Oxigraph's own bulk loader reads, and that then
answers every bundled query as the embedded store does. (Virtuoso's bulk loader: tests/test_virtuoso.py.)"""
from __future__ import annotations

import gzip
import subprocess

import pyoxigraph as ox
import pytest
from store_fixtures import oxigraph_available, two_articles  # noqa: F401 - fixture

from kg.cli import main
from kg.query import QUERY_NAMES
from kg.store import MERGED_GRAPH, ONTOLOGY_GRAPH
from kg.store.server import oxigraph_command


@pytest.fixture(scope="module")
def dumped(two_articles, tmp_path_factory):
    path = tmp_path_factory.mktemp("dump") / "corpus.nq.gz"
    assert main(["dump", str(two_articles), "--out", str(path)]) == 0
    return path


def test_one_named_graph_per_article_the_ontology_and_the_merged_graph(dumped, two_articles):
    quads = list(ox.parse(gzip.decompress(dumped.read_bytes()), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in quads}
    typed = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    articles = {q.subject.value for q in quads
                if q.predicate == typed and q.object == ox.NamedNode("https://schema.org/NewsArticle")}
    assert graphs == articles | {ONTOLOGY_GRAPH, MERGED_GRAPH} and len(articles) == 2
    merged = [q.triple for q in quads if q.graph_name.value == MERGED_GRAPH]
    others = {q.triple for q in quads if q.graph_name.value != MERGED_GRAPH}
    assert len(merged) == len(set(merged)) == len(others)  # every triple once


def test_the_same_inputs_give_the_same_bytes(dumped, two_articles, tmp_path):
    again = tmp_path / "again.nq.gz"
    assert main(["dump", str(two_articles), "--out", str(again)]) == 0
    assert again.read_bytes() == dumped.read_bytes()


def test_a_merged_graph_larger_than_one_sorted_run_is_still_each_triple_once(two_articles, tmp_path, monkeypatch):
    import kg.store.dump as dump

    monkeypatch.setattr(dump, "RUN_LINES", 50)  # many runs on disk, merged at the end
    small = tmp_path / "small-runs.nq.gz"
    assert main(["dump", str(two_articles), "--out", str(small)]) == 0
    quads = list(ox.parse(gzip.decompress(small.read_bytes()), format=ox.RdfFormat.N_QUADS))
    merged = [q.triple for q in quads if q.graph_name.value == MERGED_GRAPH]
    assert len(merged) == len(set(merged)) > 50


def test_a_missing_input_is_named_and_the_exit_is_1(tmp_path, capsys):
    assert main(["dump", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "d.nq.gz")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


@pytest.mark.skipif(not oxigraph_available(), reason="the oxigraph server package is not installed")
def test_oxigraph_load_of_the_dump_answers_like_the_store(dumped, two_articles, tmp_path, capsys):
    location = tmp_path / "bulk-store"
    subprocess.run([oxigraph_command(), "load", "--location", str(location), "--file", str(dumped)],
                   check=True, capture_output=True, timeout=120)
    for name in QUERY_NAMES:
        capsys.readouterr()
        assert main(["query", name, "--store", str(two_articles / "store"), "--format", "csv"]) == 0
        expected = capsys.readouterr().out
        assert main(["query", name, "--store", str(location), "--format", "csv"]) == 0
        assert capsys.readouterr().out == expected and len(expected.splitlines()) > 1, name
