"""The embedded store: `kg build` fills it, `kg load` replaces graphs, queries read the merged graph."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from kg_helpers import run_kg
from store_fixtures import SECOND_ID, second_article, ttl_files, two_articles  # noqa: F401 - fixtures

from kg.cli import main
from kg.ids import Minter
from kg.errors import StoreError
from kg.query import FileSource, StoreSource, run
from kg.store import MERGED_GRAPH, ONTOLOGY_GRAPH
from kg.store.embedded import EmbeddedStore
from kg.store.inputs import GraphDoc, doc_from_ntriples, expand, read_file
from kg.store.loader import EmbeddedWriter, load
from kg.store.inputs import file_inputs

SEED_IRI = str(Minter().article("2019-07-30-ngo-quyen"))
SECOND_IRI = str(Minter().article(SECOND_ID))
PEOPLE_IRI = Minter().base + "people"  # the people graph (kg/people) of a folder of several articles


def rows(table) -> list[dict]:
    return list(csv.DictReader(io.StringIO(table.csv())))


def quads(path: Path) -> set[tuple]:
    with EmbeddedStore(path, create=False) as store:
        return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.store}


def test_readme_flow_build_then_query_with_no_flags(tmp_path):
    """`kg build` fills output/store, and `kg query positions` reads it with no flags."""
    built = run_kg("build", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "output" / "store").is_dir()
    assert "store:" in built.stdout
    result = run_kg("query", "positions", "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"person", "name", "position", "organization", "date"} <= set(table[0])
    assert any(r["name"] == "Nguyễn Thị Nghĩa" and r["position"] == "Phó Bí thư Thường trực Thành ủy"
               and r["organization"] == "Thành ủy Hải Phòng" and r["date"] == "2019-07-30" for r in table)


def test_query_with_no_store_says_what_to_do(tmp_path):
    result = run_kg("query", "persons", cwd=tmp_path)
    assert result.returncode == 3
    assert "no store at output/store" in result.stderr and "kg build" in result.stderr


def test_build_fills_one_graph_per_article_and_the_ontology(two_articles):
    with EmbeddedStore(two_articles / "store", create=False) as store:
        assert store.graph_names() == sorted([SEED_IRI, SECOND_IRI, ONTOLOGY_GRAPH, PEOPLE_IRI])
        assert store.triple_count(SEED_IRI) == len(read_file(two_articles / "2019-07-30-ngo-quyen.ttl")[0])
        assert store.triple_count(ONTOLOGY_GRAPH) > 0


def test_loading_the_same_article_twice_leaves_the_same_triples(tmp_path, two_articles):
    store = tmp_path / "store"
    assert main(["load", str(two_articles), "--store", str(store)]) == 0
    first = quads(store)
    assert main(["load", str(two_articles), "--store", str(store)]) == 0
    assert main(["load", str(two_articles / "2019-07-30-ngo-quyen.jsonld"), "--store", str(store)]) == 0
    assert quads(store) == first
    # and the merged graph holds each distinct triple once: as many as the files read together
    merged = {q[:3] for q in first if q[3].value == MERGED_GRAPH}
    per_graph = {q[:3] for q in first if q[3].value != MERGED_GRAPH}
    assert merged == per_graph


def test_two_articles_naming_one_person_give_one_person_with_two_attestations(two_articles):
    source = StoreSource(str(two_articles / "store"))
    try:
        persons = rows(run("persons", source))
        nghia = {p["person"] for p in persons if p["name"] == "Nguyễn Thị Nghĩa"}
        positions = rows(run("positions", source, [f"person={min(nghia)}"]))
    finally:
        source.close()
    assert [p["name"] for p in persons].count("Nguyễn Thị Nghĩa") == 1
    assert len(persons) == len({p["person"] for p in persons})
    deputy = [(p["date"], p["article"]) for p in positions if p["position"] == "Phó Bí thư Thường trực Thành ủy"]
    assert deputy == [("2019-07-30", SEED_IRI), ("2019-08-15", SECOND_IRI)]


def test_store_answers_as_the_files_read_together(two_articles):
    store = StoreSource(str(two_articles / "store"))
    files = FileSource(ttl_files(two_articles))
    try:
        for name in ("persons", "positions", "bodies", "places"):
            assert run(name, store).csv() == run(name, files).csv(), name
    finally:
        store.close()


@pytest.mark.parametrize("large", [False, True], ids=["one-update", "large-graph-in-two-steps"])
def test_replacing_a_graph_takes_its_old_triples_out_of_the_merged_graph(tmp_path, monkeypatch, large):
    if large:  # every graph takes the path of a big people graph
        monkeypatch.setattr("kg.store.embedded.LARGE_GRAPH", 0)
    a = doc_from_ntriples('<http://e/x> <http://e/p> "only in a" .\n<http://e/x> <http://e/q> "shared" .\n',
                          "http://e/a", "a")
    b = doc_from_ntriples('<http://e/x> <http://e/q> "shared" .\n', "http://e/b", "b")
    a2 = doc_from_ntriples('<http://e/x> <http://e/p> "new in a" .\n', "http://e/a", "a again")
    with EmbeddedStore(tmp_path / "s") as store:
        for doc in (a, b, a2):
            store.replace(doc)
        merged = {(q.predicate.value, q.object.value) for q in store.store.quads_for_pattern(
            None, None, None, _node(MERGED_GRAPH))}
        assert merged == {("http://e/p", "new in a"), ("http://e/q", "shared")}
        assert store.triple_count("http://e/a") == 1


def test_bulk_loader_writes_what_the_transactions_write(tmp_path, two_articles):
    inputs, failures = file_inputs([two_articles])
    assert not failures and len(inputs) == 3  # two articles and people.ttl
    with EmbeddedStore(tmp_path / "one-by-one") as store:
        assert load(inputs, EmbeddedWriter(store, bulk=False)).ok
    with EmbeddedStore(tmp_path / "bulk") as store:
        assert load(inputs, EmbeddedWriter(store, bulk=True)).ok
        assert load(inputs, EmbeddedWriter(store, bulk=True)).ok  # replacing, so the merged graph is made anew
    assert quads(tmp_path / "bulk") == quads(tmp_path / "one-by-one")


def test_a_graph_streamed_from_its_file_is_the_graph_read_at_once(tmp_path, two_articles):
    """people.ttl grows with the corpus: the build loads it a chunk at a time, with the same quads as at once."""
    people = two_articles / "people.ttl"
    (doc,) = read_file(people)
    assert len(doc) > 7
    with EmbeddedStore(tmp_path / "at-once") as store:
        store.replace(doc)
    with EmbeddedStore(tmp_path / "streamed") as store:
        store.replace(doc_from_ntriples('<http://e/x> <http://e/p> "stale" .\n', doc.graph, "an older people.ttl"))
        assert store.replace_from_file(people, doc.graph, chunk=7) == len(doc)
    assert quads(tmp_path / "streamed") == quads(tmp_path / "at-once")


def test_a_bad_file_does_not_stop_the_others(tmp_path, two_articles):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(two_articles / "2019-07-30-ngo-quyen.ttl", folder)
    (folder / "broken.ttl").write_text("<http://e/s> <http://e/p> .\n", encoding="utf-8")
    (folder / "no-article.ttl").write_text('<http://e/s> <http://e/p> "o" .\n', encoding="utf-8")
    store = tmp_path / "store"
    result = run_kg("load", str(folder), str(tmp_path / "missing.ttl"), "--store", str(store))
    assert result.returncode == 1
    assert "loaded 2 graphs" in result.stdout  # the ontology and the good article
    assert "3 failed" in result.stdout
    assert "broken.ttl: not valid TURTLE" in result.stdout or "broken.ttl: not valid Turtle" in result.stdout
    assert "no-article.ttl: cannot name its graph" in result.stdout
    assert "missing.ttl: no such file or folder" in result.stdout
    with EmbeddedStore(store, create=False) as s:
        assert s.graph_names() == sorted([SEED_IRI, ONTOLOGY_GRAPH])


def test_a_folder_gives_each_article_once(two_articles):
    files, failures = expand([two_articles])
    assert not failures
    assert [f.name for f in files] == ["2019-07-30-ngo-quyen.ttl", f"{SECOND_ID}.ttl", "people.ttl"]


def test_nquads_keep_their_graph_names(tmp_path):
    path = tmp_path / "two.nq"
    path.write_text('<http://e/s> <http://e/p> "1" <http://e/g1> .\n<http://e/s> <http://e/p> "2" <http://e/g2> .\n'
                    f'<http://e/s> <http://e/p> "3" <{MERGED_GRAPH}> .\n', encoding="utf-8")
    docs = read_file(path)
    graphs = sorted(d.graph for d in docs if isinstance(d, GraphDoc))
    assert graphs == ["http://e/g1", "http://e/g2"]
    assert any("merge of all others" in str(d) for d in docs if not isinstance(d, GraphDoc))


def test_a_store_in_use_gives_a_clear_error(tmp_path, two_articles):
    with EmbeddedStore(tmp_path / "busy"):
        with pytest.raises(StoreError, match="open in another process"):
            EmbeddedStore(tmp_path / "busy")


def test_build_no_store_writes_files_only(tmp_path):
    assert main(["build", "--out", str(tmp_path / "o"), "--no-store"]) == 0
    assert list((tmp_path / "o").glob("*.ttl"))
    assert not (tmp_path / "o" / "store").exists()


def _node(iri: str):
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def test_build_while_the_store_is_in_use_writes_the_files_and_says_so(tmp_path):
    out = tmp_path / "o"
    with EmbeddedStore(out / "store"):
        result = run_kg("build", "--out", str(out))
    assert result.returncode == 3
    assert "the files are written, but the store was not filled" in result.stderr
    assert "open in another process" in result.stderr
    assert list(out.glob("*.ttl"))


def test_a_long_load_shows_progress_on_stderr(tmp_path, two_articles, capsys, monkeypatch):
    import kg.cli

    monkeypatch.setattr(kg.cli._Progress.__init__, "__defaults__", (0.0,))  # a line after every input
    capsys.readouterr()
    assert main(["load", str(two_articles), "--store", str(tmp_path / "s")]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.replace("\r", "\n").splitlines() if line]
    assert lines[-1] == "kg: 4/4 inputs, 4 graphs, " + lines[-1].split(", ")[2] + ", 0 failed"
    assert any(line.startswith("kg: 1/4 inputs") for line in lines)
    assert captured.out.startswith("loaded 4 graphs")
