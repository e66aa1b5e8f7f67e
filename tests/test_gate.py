"""The gate of `kg serve`: which requests it refuses, and the default graph it gives queries."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from kg.store import MERGED_GRAPH
from kg.store.gate import Policy, refusal, with_merged_default

POLICY = Policy("127.0.0.1", 7878)
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def ask(method="GET", path="/query?query=SELECT%20*%20%7B%7D", headers=None, body=b"", policy=POLICY):
    return refusal(policy, method, path, {"Host": "127.0.0.1:7878", **(headers or {})}, body)


@pytest.mark.parametrize("host", ["evil.example:7878", "127.0.0.1:7879", "127.0.0.1", "", "localhost.evil:7878"])
def test_a_foreign_host_is_refused(host):
    assert ask(headers={"Host": host})[0] == 403


@pytest.mark.parametrize("host", ["127.0.0.1:7878", "localhost:7878", "LOCALHOST:7878"])
def test_the_bound_address_is_served(host):
    assert ask(headers={"Host": host}) is None


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:7879", "https://127.0.0.1:7878"])
def test_a_foreign_origin_is_refused(origin):
    assert ask("POST", "/query", {"Origin": origin, **FORM}, b"query=SELECT+*+%7B%7D")[0] == 403


def test_writes_need_writable():
    update = b"update=INSERT+DATA+%7B%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E%7D"
    assert ask("POST", "/update", FORM, update)[0] == 403
    assert ask("PUT", "/store?graph=urn:g")[0] == 403
    assert ask("DELETE", "/store?graph=urn:g")[0] == 403
    assert ask("GET", "/store?graph=urn:g") is None
    writable = Policy("127.0.0.1", 7878, writable=True)
    assert ask("POST", "/update", FORM, update, policy=writable) is None


def test_updates_sent_as_queries_and_service_are_refused():
    assert ask("POST", "/query", {"Content-Type": "application/sparql-query"}, b"DROP ALL")[0] == 400
    service = b"SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"
    assert ask("POST", "/query", {"Content-Type": "application/sparql-query"}, service)[0] == 400
    allowed = Policy("127.0.0.1", 7878, allow_service=True)
    assert ask("POST", "/query", {"Content-Type": "application/sparql-query"}, service, policy=allowed) is None


def test_a_query_that_names_no_dataset_reads_the_merged_graph():
    path, body = with_merged_default("/query", FORM, b"query=SELECT+*+%7B%3Fs+%3Fp+%3Fo%7D")
    assert dict(parse_qsl(body.decode()))["default-graph-uri"] == MERGED_GRAPH
    path, _ = with_merged_default("/query?query=ASK%7B%7D", {}, b"")
    assert dict(parse_qsl(urlsplit(path).query))["default-graph-uri"] == MERGED_GRAPH
    for query in ("SELECT * FROM <urn:g> { ?s ?p ?o }", "SELECT * { GRAPH ?g { ?s ?p ?o } }"):
        assert with_merged_default("/query", {"Content-Type": "application/sparql-query"}, query.encode()) == \
            ("/query", query.encode())
    own = b"query=ASK%7B%7D&default-graph-uri=urn%3Ag"
    assert with_merged_default("/query", FORM, own) == ("/query", own)
