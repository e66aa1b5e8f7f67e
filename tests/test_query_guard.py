"""Queries only read: updates are refused everywhere, and SERVICE (federation, an outbound call) unless
the user allows it, and then only within a timeout."""
from __future__ import annotations

import threading
import time

import pytest
from kg_helpers import run_kg, write
from store_fixtures import fake_server, two_articles  # noqa: F401

from kg.errors import QueryError
from kg.query_guard import check_query, uses_service

UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <http://e/> DELETE WHERE { ?s ex:p ?o }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# a comment\nBASE <http://e/>\nCREATE GRAPH <urn:g>",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_saying_so(update):
    with pytest.raises(QueryError, match="updates and federation are not allowed"):
        check_query(update)


def test_service_is_refused_unless_allowed():
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE.*--allow-service"):
        check_query(query)
    check_query(query, allow_service=True)
    assert uses_service("select * where { service silent <http://x/> { ?s ?p ?o } }")


@pytest.mark.parametrize("query", [
    'SELECT ?service WHERE { ?service <http://e/p> "SERVICE <http://x/>" }',  # a variable and a string
    "PREFIX service: <http://e/> SELECT * WHERE { ?s service:p ?o }",  # a prefix
    "SELECT * WHERE { ?s <http://e/SERVICE> ?o } # SERVICE <http://x/>",  # an IRI and a comment
    "PREFIX ex: <http://e/>\nASK { ?s ex:insert ?o }",
])
def test_words_in_strings_iris_variables_and_comments_are_not_keywords(query):
    check_query(query)
    assert not uses_service(query)


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers; it records that it was called."""
    import socket

    calls: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)
            calls.append(conn.recv(4096))

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql", calls
    listener.close()
    for conn in held:
        conn.close()


@pytest.mark.parametrize("source", ["--data", "--store"])
def test_a_service_query_makes_no_call_by_default(tmp_path, two_articles, silent_server, source):
    url, calls = silent_server
    rq = write(tmp_path / "fed.rq", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    target = str(two_articles / "2019-07-30-ngo-quyen.ttl") if source == "--data" else str(two_articles / "store")
    done = run_kg("query", str(rq), source, target)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "federation are not allowed" in done.stderr
    time.sleep(0.2)
    assert calls == []


def test_an_allowed_service_query_gives_up_after_the_timeout(tmp_path, two_articles, silent_server):
    url, calls = silent_server
    rq = write(tmp_path / "fed.rq", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    start = time.monotonic()
    done = run_kg("query", str(rq), "--data", str(two_articles / "2019-07-30-ngo-quyen.ttl"), "--allow-service",
                  "--timeout", "2")
    assert time.monotonic() - start < 30
    assert done.returncode == 2 and "did not finish within 2 s" in done.stderr and "Traceback" not in done.stderr
    assert calls, "with --allow-service the engine did call the server"


def test_an_update_file_is_refused_over_an_endpoint_before_any_request(tmp_path, fake_server):
    fake = fake_server((200, "{}"))
    rq = write(tmp_path / "up.rq", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    done = run_kg("query", str(rq), "--endpoint", fake.url)
    assert done.returncode == 2 and "updates and federation are not allowed" in done.stderr
    assert "expected" not in done.stderr and fake.seen == []
