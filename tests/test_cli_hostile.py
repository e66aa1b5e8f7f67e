"""Every command, driven with hostile option values: each gives one line on stderr, a non-zero exit, and
never a traceback. Also: `kg validate` with no data, and `… | head` ending quietly."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from kg_helpers import ROOT, run_kg, write

BAD_UTF8 = "a\udcffb"  # the byte 0xFF on the command line (Python hands it over as a lone surrogate)
LONG = "x" * 5000


def _cases(tmp) -> dict[str, list[str]]:
    empty_ttl = write(tmp / "empty.ttl", "")
    plain_json = write(tmp / "plain.json", '{"name": "Nguyễn Văn A", "age": 40}')
    a_file = write(tmp / "file.txt", "not a folder")
    fifo = tmp / "fifo.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    missing = str(tmp / "khong-co")
    return {
        "build-missing-bad-utf8": ["build", f"{missing}{BAD_UTF8}.txt", "--out", str(tmp / "o1")],
        "build-fifo": ["build", str(fifo), "--out", str(tmp / "o2")],
        "build-folder": ["build", str(tmp), "--out", str(tmp / "o3")],
        "build-out-is-a-file": ["build", "--out", str(a_file), "--no-store"],
        "build-base-javascript": ["build", "--base", "javascript:alert(1)//", "--out", str(tmp / "o4")],
        "build-base-not-iri": ["build", "--base", "không phải IRI", "--out", str(tmp / "o5")],
        "build-store-is-a-file": ["build", "--out", str(tmp / "o6"), "--store", str(a_file)],
        "validate-empty": ["validate", str(empty_ttl)],
        "validate-json": ["validate", str(plain_json)],
        "validate-missing": ["validate", missing + ".ttl"],
        "validate-folder": ["validate", str(tmp)],
        "validate-fifo": ["validate", str(fifo)],
        "query-unknown": ["query", BAD_UTF8],
        "query-long": ["query", LONG],
        "query-where-bad-utf8": ["query", "persons", "--data", str(ROOT / "output" / "2019-07-30-ngo-quyen.ttl"),
                                 "--where", f"name={BAD_UTF8}"],
        "query-where-no-column": ["query", "persons", "--data", str(ROOT / "output" / "2019-07-30-ngo-quyen.ttl"),
                                  "--where", "=x"],
        "query-data-missing": ["query", "persons", "--data", missing + ".ttl"],
        "query-data-fifo": ["query", "persons", "--data", str(tmp / "fifo.ttl")],
        "query-store-missing": ["query", "persons", "--store", missing],
        "query-store-file": ["query", "persons", "--store", str(a_file)],
        "query-endpoint-ftp": ["query", "persons", "--endpoint", "ftp://127.0.0.1/x"],
        "query-endpoint-port": ["query", "persons", "--endpoint", "http://u:p@127.0.0.1:99999/query"],
        "query-endpoint-bracket": ["query", "persons", "--endpoint", "http://[::1/query"],
        "query-timeout-negative": ["query", "persons", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "-1"],
        "query-timeout-nan": ["query", "persons", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "nan"],
        "query-format": ["query", "persons", "--format", "xml"],
        "load-endpoint-port": ["load", str(tmp), "--endpoint", "http://u:p@127.0.0.1:abc/query"],
        "load-graph-store-bracket": ["load", str(tmp), "--graph-store", "http://[::1/store"],
        "load-store-file": ["load", str(tmp / "nothing-here"), "--store", str(a_file)],
        "load-retries": ["load", "--retries", "many"],
        "serve-port-high": ["serve", "--store", missing, "--port", "99999"],
        "serve-port-negative": ["serve", "--store", missing, "--port", "-1"],
        "serve-timeout": ["serve", "--store", missing, "--allow-service", "--timeout", "0"],
        "serve-store-missing": ["serve", "--store", missing, "--port", "7"],
        "publish-sparql-javascript": ["publish", "--sparql", "javascript:alert(1)", "--out", str(tmp / "s1")],
        "publish-license-javascript": ["publish", "--license", "javascript:alert(1)", "--out", str(tmp / "s2")],
        "publish-data-missing": ["publish", "--data", missing + ".ttl", "--out", str(tmp / "s3")],
        "publish-port": ["publish", "--serve", "--port", "99999", "--out", str(tmp / "s4")],
        "dump-out-in-a-file": ["dump", str(ROOT / "output"), "--out", str(a_file / "x.nq.gz")],
        "map-out-pdf": ["map", "--out", str(tmp / "x.pdf")],
        "map-missing": ["map", missing + ".txt", "--out", str(tmp / "m.svg")],
        "map-fifo": ["map", str(fifo), "--out", str(tmp / "m2.svg")],
        "unknown-command": ["frobnicate"],
        "unknown-option": ["build", "--frobnicate"],
    }


NAMES = ["build-missing-bad-utf8", "build-fifo", "build-folder", "build-out-is-a-file", "build-base-javascript",
         "build-base-not-iri", "build-store-is-a-file", "validate-empty", "validate-json", "validate-missing",
         "validate-folder", "validate-fifo", "query-unknown", "query-long", "query-where-bad-utf8",
         "query-where-no-column", "query-data-missing", "query-data-fifo", "query-store-missing", "query-store-file",
         "query-endpoint-ftp", "query-endpoint-port", "query-endpoint-bracket", "query-timeout-negative",
         "query-timeout-nan", "query-format", "load-endpoint-port", "load-graph-store-bracket", "load-store-file",
         "load-retries", "serve-port-high", "serve-port-negative", "serve-timeout", "serve-store-missing",
         "publish-sparql-javascript", "publish-license-javascript", "publish-data-missing", "publish-port",
         "dump-out-in-a-file", "map-out-pdf", "map-missing", "map-fifo", "unknown-command", "unknown-option"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    fifo_ttl = tmp / "fifo.ttl"
    os.mkfifo(fifo_ttl)
    cases = _cases(tmp)
    assert sorted(cases) == sorted(NAMES)
    return cases


@pytest.mark.parametrize("name", NAMES)
def test_hostile_option_values_give_one_line_and_a_non_zero_exit(name, hostile):
    done = run_kg(*hostile[name])
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), done.stderr
    assert len(lines[0]) < 700, "one readable line, not a dump"


@pytest.mark.parametrize("name,says", [("validate-empty", "no RDF data"), ("validate-json", "no RDF data")])
def test_validate_with_no_data_says_so_and_exits_2(name, says, hostile):
    done = run_kg(*hostile[name])
    assert done.returncode == 2 and says in done.stderr and done.stdout == ""


def _pipe_to_head(args: list[str]) -> subprocess.CompletedProcess:
    kg = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    head = subprocess.run(["head", "-n", "1"], stdin=kg.stdout, capture_output=True)
    kg.stdout.close()
    err = kg.stderr.read().decode()
    kg.wait(timeout=120)
    assert head.stdout
    return subprocess.CompletedProcess(args, kg.returncode, b"", err)


def test_query_into_head_ends_quietly(tmp_path):
    rq = write(tmp_path / "all.rq", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    done = _pipe_to_head(["query", str(rq), "--data", str(ROOT / "output" / "2019-07-30-ngo-quyen.ttl"),
                          "--format", "csv"])
    assert done.stderr == "" and done.returncode == 0


def test_validate_into_head_ends_quietly(tmp_path):
    lines = ["@prefix schema: <https://schema.org/> ."]
    lines += [f"<https://w3id.org/vnkg/person/p{i}> a schema:Person ." for i in range(3000)]  # no names
    data = write(tmp_path / "nameless.ttl", "\n".join(lines) + "\n")
    done = _pipe_to_head(["validate", str(data)])
    assert done.stderr == "" and done.returncode in (0, 1)


def test_a_full_disk_when_the_store_is_closed_gives_one_line(tmp_path, capsys, monkeypatch):
    import errno

    from kg.cli import main
    from kg.store.embedded import EmbeddedStore

    real_close = EmbeddedStore.close

    def full_disk(self):
        store = getattr(self, "store", None)
        if store is not None:
            class Full:
                def flush(self):
                    raise OSError(errno.ENOSPC, "No space left on device")
            self.store = Full()
            self.unflushed = True  # a close with something to write (a fresh bulk load leaves nothing to flush)
        real_close(self)

    monkeypatch.setattr(EmbeddedStore, "close", full_disk)
    code = main(["build", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3 and "Traceback" not in err
    assert err.count("\n") == 1 and "No space left on device" in err and "the files are written" in err


def test_max_size_refuses_a_larger_article_with_one_line(tmp_path):
    from kg.pipeline import seed_path

    done = run_kg("build", str(seed_path()), "--out", str(tmp_path / "out"), "--max-size", "5KB")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "over the limit of 5 KB" in done.stderr and "--max-size" in done.stderr
    assert not (tmp_path / "out").exists()
    assert run_kg("build", str(seed_path()), "--out", str(tmp_path / "out"), "--no-store",
                  "--max-size", "1MB").returncode == 0


def test_load_and_dump_name_a_fifo_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    for args in (["load", str(fifo), "--store", str(tmp_path / "store")], ["dump", str(fifo), "--out",
                                                                              str(tmp_path / "d.nq.gz")]):
        done = run_kg(*args)
        assert done.returncode == 1 and "not a regular file" in done.stdout and "Traceback" not in done.stderr
