"""EmbeddedStore.rebuild_merged: the merged graph made anew in bounded chunks is the one SPARQL update's."""
from __future__ import annotations

import tempfile

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.store import MERGED_GRAPH, ONTOLOGY_GRAPH
from kg.store.embedded import EmbeddedStore

EX = "https://example.org/"
MERGED = ox.NamedNode(MERGED_GRAPH)
ONE_TRANSACTION = (f"DROP SILENT GRAPH <{MERGED_GRAPH}> ;\n"
                   f"INSERT {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }} "
                   f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{MERGED_GRAPH}>) }}")


def _term(kind: str, n: int):
    return {"iri": ox.NamedNode(f"{EX}n{n}"), "blank": ox.BlankNode(f"b{n}"), "text": ox.Literal(f"tên {n}")}[kind]


def _merged(store: ox.Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, MERGED)}


def _union(store: ox.Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, (ox.NamedNode, ox.BlankNode)) and q.graph_name != MERGED}


def _both(quads: list[ox.Quad], chunk: int) -> tuple[set, set, set, list, list]:
    """Fill two stores alike; rebuild one in chunks and the other in one update -> their merged graphs, the
    union of the first's other graphs, and both stores' graph names."""
    with tempfile.TemporaryDirectory() as folder:
        new, old = EmbeddedStore(f"{folder}/new"), EmbeddedStore(f"{folder}/old")
        for store in (new, old):
            store.store.extend(quads)
        new.rebuild_merged(chunk=chunk)
        old.store.update(ONE_TRANSACTION)
        result = (_merged(new.store), _merged(old.store), _union(new.store),
                  sorted(map(str, new.store.named_graphs())), sorted(map(str, old.store.named_graphs())))
        new.close()
        old.close()
        return result


def test_rebuild_gives_the_union_of_the_other_graphs_once():
    name, office, born = (ox.NamedNode(EX + p) for p in ("name", "office", "born"))
    person, body, post = (ox.NamedNode(EX + s) for s in ("person/a", "body/b", "post/c"))
    shared = [(person, name, ox.Literal("Nguyễn Văn Ất", language="vi")), (body, name, ox.Literal("Sở Nội vụ"))]
    quads = []
    for i in range(5):  # five articles, each with the shared triples and one of its own
        article = ox.NamedNode(f"{EX}article/{i}")
        quads += [ox.Quad(s, p, o, article) for s, p, o in shared]
        quads.append(ox.Quad(post, office, ox.Literal(str(i)), article))
    quads.append(ox.Quad(ox.BlankNode("r1"), born, ox.Literal("1970"), ox.NamedNode(ONTOLOGY_GRAPH)))
    quads.append(ox.Quad(person, born, ox.Literal("1970"), ox.NamedNode(EX + "people")))
    quads.append(ox.Quad(person, office, ox.Literal("stale"), MERGED))  # no other graph has it: it must go
    quads.append(ox.Quad(person, office, ox.Literal("default"), ox.DefaultGraph()))  # not a named graph: left out
    new, old, union, new_graphs, old_graphs = _both(quads, chunk=3)
    assert new == old == union
    assert len(new) == 2 + 5 + 2
    assert (person, office, ox.Literal("stale")) not in new
    assert (person, office, ox.Literal("default")) not in new
    assert new_graphs == old_graphs


def test_rebuild_of_a_store_with_no_graphs_leaves_no_merged_graph():
    new, old, union, new_graphs, old_graphs = _both([ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"),
                                                             ox.Literal("x"), MERGED)], chunk=2)
    assert new == old == union == set()
    assert new_graphs == old_graphs == []


graphs = st.sampled_from([ox.NamedNode(f"{EX}article/{i}") for i in range(4)]
                         + [ox.NamedNode(ONTOLOGY_GRAPH), MERGED, ox.DefaultGraph()])
nodes = st.builds(_term, st.sampled_from(["iri", "blank"]), st.integers(0, 5))
objects = st.builds(_term, st.sampled_from(["iri", "blank", "text"]), st.integers(0, 5))
predicates = st.builds(lambda n: ox.NamedNode(f"{EX}p{n}"), st.integers(0, 2))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.builds(ox.Quad, nodes, predicates, objects, graphs), max_size=40), st.integers(1, 7))
def test_rebuild_in_chunks_is_the_one_update(quads, chunk):
    new, old, union, new_graphs, old_graphs = _both(quads, chunk)
    assert new == old == union
    assert new_graphs == old_graphs


def _doc(i: int, extra: str = ""):
    from kg.store.inputs import GraphDoc

    article = f"{EX}article/{i}"
    triples = [ox.Triple(ox.NamedNode(article), ox.NamedNode(EX + "title"), ox.Literal(f"Bài {i}{extra}")),
               ox.Triple(ox.NamedNode(EX + "body/b"), ox.NamedNode(EX + "name"), ox.Literal("Sở Nội vụ"))]
    return GraphDoc(article, f"bai-{i}.ttl", triples)


def test_a_bulk_load_of_new_graphs_leaves_nothing_to_flush_and_a_replace_does(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.bulk_replace([_doc(1), _doc(2)])
    assert not store.unflushed  # ingested files only: no removal of the graphs the store lacked
    store.replace(_doc(1, " (sửa)"))
    assert store.unflushed
    store.flush_written()
    assert not store.unflushed
    store.remove(f"{EX}article/2")
    store.close()  # flushes, since a removal went through the memtables
    again = EmbeddedStore(tmp_path / "store", create=False)
    assert again.graph_names() == [f"{EX}article/1"]
    assert {str(q.object) for q in again.store.quads_for_pattern(None, ox.NamedNode(EX + "title"), None, MERGED)} \
        == {'"Bài 1 (sửa)"'}
    again.close()


def test_a_store_closed_without_a_flush_keeps_every_write(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.bulk_replace([_doc(1)])
    store.store.update(f"INSERT DATA {{ GRAPH <{EX}extra> {{ <{EX}s> <{EX}p> 'o' }} }}")  # past the tracking
    store.unflushed = False  # as if nothing had gone through the memtables: close does not flush
    store.close()
    again = EmbeddedStore(tmp_path / "store", create=False)
    assert again.graph_names() == [f"{EX}article/1", f"{EX}extra"]  # RocksDB's log replayed on opening
    assert again.triple_count(f"{EX}article/1") == 2
    again.close()
