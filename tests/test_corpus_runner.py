"""A whole archive in one run: no article blocks another, the report, exit statuses, the same bytes for any
number of workers, incremental rebuilds, pruning, and a run killed and run again."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_samples import PEOPLE, article_text, conference_page, record, text_corpus
from kg.cli import main
from kg.store.embedded import EmbeddedStore
from kg_helpers import ROOT, write


def outputs(out: Path) -> dict[str, bytes]:
    """Every file a run wrote, by path under out, but the store's database."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and "store" not in p.relative_to(out).parts}


def quads(store: Path) -> set[str]:
    with EmbeddedStore(store, create=False) as s:
        return {str(q) for q in s.store}


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def mixed_corpus(folder: Path) -> Path:
    """Text files, a portal page, JSON Lines records, and one empty file that cannot build."""
    text_corpus(folder, count=3)
    write(folder / "trang" / "so-ket-kien-thuy.html", conference_page(*PEOPLE[3]))
    write(folder / "ban-tin.jsonl", record(*PEOPLE[4]) + "\n" + record(*PEOPLE[5]) + "\n")
    write(folder / "quy-1" / "a-rong.txt", b"")
    return folder


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """The mixed corpus built with --jobs 1 (in this process) into out/, with its store."""
    root = tmp_path_factory.mktemp("corpus")
    corpus = mixed_corpus(root / "in")
    code = main(["build", str(corpus), "--out", str(root / "out"), "--jobs", "1"])
    return root, corpus, code


def test_a_failing_article_is_recorded_and_the_others_build(built_once):
    root, _, code = built_once
    assert code == 1
    articles = {a["id"]: a for a in report(root / "out")["articles"]}
    assert len(articles) == 7
    assert articles["a-rong"]["status"] == "failed" and "the file is empty" in articles["a-rong"]["error"]
    built = [a for a in articles.values() if a["status"] == "built"]
    assert len(built) == 6 and all(a["error"] is None and a["counts"]["persons"] >= 2 for a in built)
    assert set(articles) - {"a-rong"} == {p.stem for p in (root / "out").glob("*.ttl") if p.name != "people.ttl"}
    assert set(articles[i]["input"] for i in articles) >= {f"{root / 'in' / 'ban-tin.jsonl'}:2"}
    with EmbeddedStore(root / "out" / "store", create=False) as store:
        assert len(store.graph_names()) == 6 + 2  # and the ontology, and the people graph (kg/people)


def test_the_report_and_the_log_list_every_warning(built_once):
    root, _, _ = built_once
    document = report(root / "out")
    assert document["totals"] == {"articles": 7, "built": 6, "rejected": 0, "failed": 1, "skipped": 0, "removed": 0}
    log = (root / "out" / "build.log").read_text(encoding="utf-8")
    warned = sum(len(a["warnings"]) for a in document["articles"])
    assert log.count(": warning: ") == warned and sum(document["warnings"].values()) == warned
    assert "a-rong: failed:" in log


def test_failures_exit_1_with_a_count_and_names_on_stderr(tmp_path):
    corpus = mixed_corpus(tmp_path / "in")
    write(corpus / "b-rong.txt", b"\x00\x01")
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out"),
                           "--no-store", "--jobs", "1"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1
    error = [line for line in done.stderr.splitlines() if line.startswith("kg: error:")]
    assert error == [f"kg: error: 2 of 8 articles did not build: a-rong, b-rong "
                     f"(reasons in {tmp_path / 'out' / 'report.json'})"]
    assert "Traceback" not in done.stderr
    assert "8 articles: 6 built" in done.stdout


def test_unusable_arguments_exit_2(tmp_path, capsys):
    assert main(["build", str(tmp_path / "khong-co"), str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert main(["build", "--files-from", str(tmp_path / "khong-co.txt"), "--out", str(tmp_path / "o")]) == 2
    with pytest.raises(SystemExit) as info:
        main(["build", str(tmp_path), "--jobs", "0"])
    assert info.value.code == 2


def test_a_graph_the_shapes_reject_goes_to_rejected_with_its_report_and_not_to_the_store(tmp_path, monkeypatch):
    import kg.pipeline
    from kg.terms import SCHEMA

    real = kg.pipeline.to_graph

    def no_meeting_date_in_an_lao(article, facts, base):
        graph = real(article, facts, base)
        if "anlao" in article.id:
            graph.remove((None, SCHEMA.startDate, None))
        return graph

    monkeypatch.setattr(kg.pipeline, "to_graph", no_meeting_date_in_an_lao)
    corpus = text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 1
    rejected = [p for p in corpus if "anlao" in p.stem][0].stem
    assert (out / "rejected" / f"{rejected}.ttl").exists()
    assert "needs a date" in (out / "rejected" / f"{rejected}.shacl.txt").read_text(encoding="utf-8")
    assert not (out / f"{rejected}.ttl").exists()
    statuses = {a["id"]: a["status"] for a in report(out)["articles"]}
    assert statuses[rejected] == "rejected" and list(statuses.values()).count("built") == 2
    with EmbeddedStore(out / "store", create=False) as store:
        assert not any(rejected in g for g in store.graph_names())


def test_strict_keeps_all_or_nothing(tmp_path, capsys):
    corpus = mixed_corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--strict", "--jobs", "1"]) == 2
    assert "the file is empty" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".out-staging-*"))


def test_the_same_bytes_for_one_worker_two_workers_and_a_dask_cluster(tmp_path, built_once):
    root, corpus, _ = built_once
    two = tmp_path / "two"
    assert main(["build", str(corpus), "--out", str(two), "--jobs", "2"]) == 1
    assert outputs(two) == outputs(root / "out")
    assert quads(two / "store") == quads(root / "out" / "store")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = tmp_path / "dask"
        assert main(["build", str(corpus), "--out", str(on_dask), "--scheduler", cluster.scheduler_address]) == 1
    assert outputs(on_dask) == outputs(root / "out")


def test_an_unchanged_rebuild_builds_nothing_and_a_changed_article_is_replaced(tmp_path, monkeypatch):
    paths = text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    first = outputs(out)
    store_before = quads(out / "store")

    import kg.corpus.work

    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged article was built again")

    monkeypatch.setattr(kg.corpus.work, "assemble", refuse, raising=False)
    monkeypatch.setattr("kg.pipeline.assemble", refuse)
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert all(a["skipped"] for a in report(out)["articles"])
    assert quads(out / "store") == store_before
    monkeypatch.undo()

    write(paths[0], article_text("Lê Văn Khoa", "Nguyễn Thị Thanh Xuân", "Tiên Lãng", 13))
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    skipped = {a["id"]: a["skipped"] for a in report(out)["articles"]}
    assert sorted(skipped.values()) == [False, True, True]
    changed = out / f"{paths[0].stem}.ttl"
    assert changed.read_bytes() != first[changed.name] and b"Thanh Xu" in changed.read_bytes()
    names = "\n".join(quads(out / "store"))
    assert "Nguyễn Thị Thanh Xuân" in names and "Trần Thị Mai Lan" not in names


def test_prune_removes_the_articles_whose_inputs_are_gone(tmp_path):
    paths = text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    paths[1].unlink()
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert (out / f"{paths[1].stem}.ttl").exists()  # kept without --prune
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1", "--prune"]) == 0
    assert not (out / f"{paths[1].stem}.ttl").exists() and not (out / f"{paths[1].stem}.jsonld").exists()
    assert report(out)["removed"] == [paths[1].stem]
    clean = tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    assert quads(out / "store") == quads(clean / "store")


def test_a_run_that_stops_in_the_middle_of_filling_the_store_is_finished_by_the_next(tmp_path, monkeypatch):
    import kg.corpus.storing as storing

    text_corpus(tmp_path / "in", count=5)
    out, clean = tmp_path / "out", tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    monkeypatch.setattr(storing, "BATCH_TRIPLES", 1)  # every article a batch of its own
    real_add = storing.StoreFiller.add
    added = []

    def stop_after_three(self, article_id, *handed):
        if len(added) == 3:
            raise KeyboardInterrupt  # as a user's Ctrl-C, or a kill, would stop it
        added.append(article_id)
        real_add(self, article_id, *handed)

    monkeypatch.setattr(storing.StoreFiller, "add", stop_after_three)
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 130
    monkeypatch.undo()
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert quads(out / "store") == quads(clean / "store")
    assert outputs(out).keys() == outputs(clean).keys()


def test_kill_9_and_run_again(tmp_path):
    text_corpus(tmp_path / "in", count=4)
    out, clean = tmp_path / "out", tmp_path / "clean"
    command = [sys.executable, "-m", "kg", "build", str(tmp_path / "in"), "--jobs", "1"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    process = subprocess.Popen(command + ["--out", str(out)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    manifest = out / ".kg" / "manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 2:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    again = subprocess.run(command + ["--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert subprocess.run(command + ["--out", str(clean)], cwd=ROOT, env=env, capture_output=True,
                          timeout=300).returncode == 0
    assert quads(out / "store") == quads(clean / "store")
    mine, theirs = outputs(out), outputs(clean)
    assert mine.keys() == theirs.keys()
    assert all(mine[k] == theirs[k] for k in theirs if k.endswith((".ttl", ".jsonld")))


def test_a_rebuild_by_another_version_replaces_every_article_and_the_store_equals_a_clean_build(tmp_path, monkeypatch):
    text_corpus(tmp_path / "in", count=3)
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    import kg.corpus.runner

    monkeypatch.setattr(kg.corpus.runner, "tool_version", lambda: "another-version")
    assert main(["build", str(tmp_path / "in"), "--out", str(out), "--jobs", "1"]) == 0
    assert not any(a["skipped"] for a in report(out)["articles"])  # all rebuilt, each replaced in the store
    clean = tmp_path / "clean"
    assert main(["build", str(tmp_path / "in"), "--out", str(clean), "--jobs", "1"]) == 0
    assert quads(out / "store") == quads(clean / "store")
