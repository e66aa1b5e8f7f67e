"""kg.corpus.storing: a store closed and opened again between batches holds what a store filled in one go holds."""
from __future__ import annotations

from corpus_samples import text_corpus
from kg.cli import main
from test_corpus_runner import outputs, quads


def _reopen_after_every_article(monkeypatch) -> list[int]:
    import kg.corpus.storing as storing

    reopened = []
    real = storing.StoreFiller._reopen

    def counted(self):
        reopened.append(1)
        real(self)

    monkeypatch.setattr(storing, "BATCH_TRIPLES", 1)  # each article a batch of its own
    monkeypatch.setattr(storing, "REOPEN_TRIPLES", 1)  # and the store reopened after each
    monkeypatch.setattr(storing.StoreFiller, "_reopen", counted)
    return reopened


def test_a_store_reopened_between_batches_equals_a_clean_build(tmp_path, monkeypatch):
    text_corpus(tmp_path / "in", count=4)
    clean = tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    reopened = _reopen_after_every_article(monkeypatch)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert len(reopened) >= 4
    assert quads(out / "store") == quads(clean / "store")
    assert outputs(out).keys() == outputs(clean).keys()
    # a rebuild by another version replaces every article, batch by batch, in the reopened store
    import kg.corpus.runner

    monkeypatch.setattr(kg.corpus.runner, "tool_version", lambda: "another-version")
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert len(reopened) >= 8
    assert quads(out / "store") == quads(clean / "store")


def test_the_store_is_closed_while_the_persons_are_resolved_and_filled_like_a_clean_build(tmp_path, monkeypatch):
    import kg.corpus.runner as runner
    from kg.store.embedded import EmbeddedStore

    text_corpus(tmp_path / "in", count=4)
    clean = tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    real = runner.resolve_people
    seen = []

    def resolve_with_the_store_opened_beside(out, decisions, kept=None):
        with EmbeddedStore(out / "store", create=False) as store:  # a StoreError if the run still held it open
            seen.append(len(store.graph_names()))
        return real(out, decisions, kept)

    monkeypatch.setattr(runner, "resolve_people", resolve_with_the_store_opened_beside)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert seen == [5]  # the four articles and the ontology, all written before it was closed
    assert quads(out / "store") == quads(clean / "store")


def test_an_empty_store_gets_every_article_although_the_manifest_says_stored(tmp_path):
    """A finished build whose store was deleted, then made anew by a run killed before its first batch: the
    manifest says every article is stored, the store holds nothing, and the next run loads them all."""
    import shutil

    from kg.store.embedded import EmbeddedStore

    text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    clean = quads(out / "store")
    shutil.rmtree(out / "store")
    EmbeddedStore(out / "store").close()  # empty, as a run killed just after making it leaves it
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert quads(out / "store") == clean
