"""A real Virtuoso 7.2 (Debian's virtuoso-opensource): `kg load` over its Graph Store with digest
credentials, then the nine queries over its SPARQL endpoint give the store's rows.

Skipped where virtuoso-t is not installed. Virtuoso starts on free ports bound to 127.0.0.1
in a temporary folder (its first start makes the database: about 15 s).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import time
from pathlib import Path

import pytest
from store_fixtures import two_articles, virtuoso_available  # noqa: F401 - fixture

from kg.cli import main
from kg.query import QUERY_NAMES
from kg.store.server import free_port

pytestmark = pytest.mark.skipif(not virtuoso_available(), reason="Virtuoso (virtuoso-opensource) is not installed")

DEBIAN_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@pytest.fixture(scope="module")
def virtuoso(virtuoso_server) -> str:
    """The HTTP base of the server."""
    return virtuoso_server[0]


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    """(HTTP base, database folder, SQL port) of a Virtuoso started for this module."""
    import urllib.request

    if not DEBIAN_INI.exists():
        pytest.skip(f"{DEBIAN_INI} is missing")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = DEBIAN_INI.read_text(encoding="utf-8").replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b", f"ServerPort = 127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b", f"ServerPort = 127.0.0.1:{http_port}", ini)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = open(folder / "out.log", "wb")
    process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso-t exited: {(folder / 'out.log').read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("Virtuoso did not answer within 120 s")
            time.sleep(0.5)
        yield base, folder, sql_port
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def csv_of(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["query", *args, "--format", "csv"]) == 0
    return capsys.readouterr().out


def test_load_with_digest_credentials_then_query_like_the_store(virtuoso, two_articles, capsys, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")  # Debian's package starts with dba/dba
    monkeypatch.delenv("KG_ENDPOINT_AUTH", raising=False)
    load = ["load", str(two_articles), "--endpoint", f"{virtuoso}/sparql",
            "--graph-store", f"{virtuoso}/sparql-graph-crud-auth"]
    assert main(load) == 0
    assert main(load) == 0  # again: PUT replaces, nothing doubles
    for name in QUERY_NAMES:
        store = csv_of(capsys, name, "--store", str(two_articles / "store"))
        remote = csv_of(capsys, name, "--endpoint", f"{virtuoso}/sparql")
        assert len(store.splitlines()) > 1
        if name == "provenance":
            # Virtuoso orders plain strings with other than ASCII letters its own way (the nine agree
            # row for row otherwise); the rows themselves are the same
            assert sorted(store.splitlines()) == sorted(remote.splitlines())
        else:
            assert remote == store, name
    # IRIs with '/' in what Turtle would write as a local name arrive whole (N-Triples has no '\/')
    places = list(csv.DictReader(io.StringIO(csv_of(capsys, "places", "--endpoint", f"{virtuoso}/sparql"))))
    assert any("/place/hai-phong/" in p["place"] for p in places)
    assert not any("\\" in p["place"] for p in places)


def test_wrong_password_is_refused_without_printing_it(virtuoso, two_articles, capsys, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "not-the-Pa55word")
    code = main(["load", str(two_articles), "--graph-store", f"{virtuoso}/sparql-graph-crud-auth"])
    out = capsys.readouterr()
    assert code == 1
    assert "HTTP 401" in out.out and "stopped early" in out.out
    assert "not-the-Pa55word" not in out.out + out.err


def test_where_over_virtuoso_matches_the_store(virtuoso, two_articles, capsys, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    assert main(["load", str(two_articles), "--endpoint", f"{virtuoso}/sparql",
                 "--graph-store", f"{virtuoso}/sparql-graph-crud-auth"]) == 0
    for name, where in [("positions", "name=Nguyễn Thị Nghĩa"), ("bodies", "parent=Thành ủy Hải Phòng"),
                        ("positions", "date=2019-08-15"), ("persons", 'name=x" } UNION { ?person ?p ?name } #')]:
        store = csv_of(capsys, name, "--where", where, "--store", str(two_articles / "store"))
        remote = csv_of(capsys, name, "--where", where, "--endpoint", f"{virtuoso}/sparql")
        assert remote == store, where


def test_bulk_loader_reads_the_dump_and_answers_like_the_store(virtuoso_server, two_articles, capsys):
    """`kg dump`, then Virtuoso's own bulk loader (ld_dir + rdf_loader_run, as docs/stores.md says)."""
    base, folder, sql_port = virtuoso_server
    assert main(["dump", str(two_articles), "--out", str(folder / "vnkg-corpus.nq.gz")]) == 0
    # empty the store first (the other tests loaded the same articles over HTTP)
    wiped = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", "exec=DELETE FROM DB.DBA.RDF_QUAD;"],
                           capture_output=True, text=True, timeout=60)
    assert wiped.returncode == 0, wiped.stdout + wiped.stderr
    assert len(csv_of(capsys, "positions", "--endpoint", f"{base}/sparql").splitlines()) == 1  # the header only
    script = ("ld_dir('.', 'vnkg-corpus.nq.gz', 'https://w3id.org/vnkg/unnamed'); rdf_loader_run(); checkpoint; "
              "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
    done = subprocess.run(["isql-vt", f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={script}"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("positions", "participants", "bodies", "places", "statistics"):
        store = csv_of(capsys, name, "--store", str(two_articles / "store"))
        remote = csv_of(capsys, name, "--endpoint", f"{base}/sparql")
        assert remote == store and len(store.splitlines()) > 1, name
