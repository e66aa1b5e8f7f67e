"""The HTTP client for SPARQL 1.1 stores: retries, refusals, credentials, and loads that fail part way.

Scripted fake servers stand for answers a real store gives rarely (500, 401, a dropped
connection); a real Oxigraph server on a free loopback port stands for the rest.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import shutil

import pytest
from kg_helpers import run_kg
from store_fixtures import (JSON, RESULTS, OxigraphServer, drop_connection, fake_server, needs_oxigraph,  # noqa: F401
                            oxigraph_server, two_articles)

from kg.errors import StoreError
from kg.ids import Minter
from kg.query import EndpointSource, run
from kg.store import MERGED_GRAPH, ONTOLOGY_GRAPH
from kg.store.inputs import file_inputs, ontology_input
from kg.store.embedded import EmbeddedStore
from kg.store.loader import EndpointWriter, load
from kg.store.remote import Endpoint, EndpointError, EndpointRefused, EndpointUnreachable
from kg.store.server import free_port

SEED_IRI = str(Minter().article("2019-07-30-ngo-quyen"))
SECRET = "s3cret-Pa55word"


def endpoint(url: str, env: dict | None = None, **kw) -> tuple[Endpoint, list[float]]:
    slept: list[float] = []
    kw.setdefault("backoff", 0.01)
    return Endpoint(url, env=env or {}, sleep=slept.append, **kw), slept


def test_unreachable_endpoint_is_retried_then_named():
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    client, slept = endpoint(url, retries=2)
    with pytest.raises(EndpointUnreachable, match=r"after 3 attempts") as caught:
        client.select("SELECT * WHERE { ?s ?p ?o }")
    assert "127.0.0.1" in str(caught.value) and "refused" in str(caught.value).lower()
    assert slept == [0.01, 0.02]  # exponential backoff between the attempts


def test_unreachable_endpoint_on_the_command_line_exits_non_zero():
    url = f"http://127.0.0.1:{free_port()}/query"
    result = run_kg("query", "persons", "--endpoint", url, "--retries", "0")
    assert result.returncode == 3
    assert "kg: error:" in result.stderr and "no good answer" in result.stderr
    assert "Traceback" not in result.stderr


def test_500_then_success_is_retried(fake_server):
    fake = fake_server((500, "busy"), (503, "still busy"), (200, RESULTS, JSON))
    client, slept = endpoint(fake.url, retries=3)
    table = EndpointSource(fake.url, endpoint=client).select("SELECT ?person ?name WHERE {}", {})
    assert table.rows == [["https://w3id.org/vnkg/person/a", "A"]]
    assert len(fake.seen) == 3 and slept == [0.01, 0.02]
    assert all(s.method == "POST" for s in fake.seen)
    assert "default-graph-uri=" + MERGED_GRAPH.replace(":", "%3A").replace("/", "%2F") in fake.seen[0].body.decode()


def test_a_dropped_connection_is_retried(fake_server):
    fake = fake_server(drop_connection, (200, RESULTS, JSON))
    client, _ = endpoint(fake.url, retries=1)
    assert client.select("SELECT * WHERE {}")["results"]["bindings"]
    assert len(fake.seen) == 2


def test_500_every_time_gives_up_with_the_status(fake_server):
    fake = fake_server((500, "disk full"))
    client, _ = endpoint(fake.url, retries=2)
    with pytest.raises(EndpointUnreachable, match=r"HTTP 500: disk full"):
        client.select("SELECT * WHERE {}")
    assert len(fake.seen) == 3


def test_401_is_not_retried_and_says_which_variables(fake_server):
    fake = fake_server((401, "who are you?", {"WWW-Authenticate": 'Basic realm="kg"'}))
    client, _ = endpoint(fake.url, retries=3)
    with pytest.raises(EndpointRefused, match=r"HTTP 401.*KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"):
        client.select("SELECT * WHERE {}")
    assert len(fake.seen) == 1


def test_wrong_credentials_are_never_printed(fake_server):
    fake = fake_server((401, f"bad password {SECRET}", {"WWW-Authenticate": 'Basic realm="kg"'}))
    result = run_kg("query", "persons", "--endpoint", fake.url,
                    env={"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": SECRET, "KG_ENDPOINT_AUTH": "basic"})
    assert result.returncode == 3
    assert "HTTP 401" in result.stderr
    assert SECRET not in result.stderr and SECRET not in result.stdout
    assert "***" in result.stderr  # the server echoed it; it is blanked out


def test_credentials_in_the_url_are_refused_without_echoing_them():
    with pytest.raises(StoreError) as caught:
        Endpoint(f"http://ann:{SECRET}@127.0.0.1:1/query", env={})
    assert SECRET not in str(caught.value) and "KG_ENDPOINT_USER" in str(caught.value)


def test_basic_and_bearer_headers(fake_server):
    fake = fake_server((200, RESULTS, JSON))
    client, _ = endpoint(fake.url, env={"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": SECRET,
                                        "KG_ENDPOINT_AUTH": "basic"})
    client.select("SELECT * WHERE {}")
    assert fake.seen[-1].headers["Authorization"] == "Basic " + base64.b64encode(f"ann:{SECRET}".encode()).decode()
    client, _ = endpoint(fake.url, env={"KG_ENDPOINT_TOKEN": "tok-123"})
    client.select("SELECT * WHERE {}")
    assert fake.seen[-1].headers["Authorization"] == "Bearer tok-123"
    assert "tok-123" not in repr(client) and SECRET not in repr(client.credentials)


def test_digest_challenge_is_answered(fake_server):
    """The server asks for Digest (as Virtuoso's …-auth endpoints do); the client answers it correctly."""
    realm, nonce = "kg", "abc123"

    def check(handler):
        header = handler.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return 401, "", {"WWW-Authenticate": f'Digest realm="{realm}", nonce="{nonce}", qop="auth"'}
        fields = dict(re.findall(r'(\w+)="?([^",]+)"?', header[len("Digest "):]))
        ha1 = hashlib.md5(f"ann:{realm}:{SECRET}".encode()).hexdigest()
        ha2 = hashlib.md5(f"{handler.command}:{fields['uri']}".encode()).hexdigest()
        expected = hashlib.md5(f"{ha1}:{nonce}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}".encode()).hexdigest()
        return (200, RESULTS, JSON) if fields.get("response") == expected else (401, "wrong", {})

    fake = fake_server(check)
    client, _ = endpoint(fake.url, env={"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": SECRET})
    assert client.select("SELECT * WHERE {}")["results"]["bindings"]
    assert len(fake.seen) == 2 and fake.seen[1].headers["Authorization"].startswith("Digest ")


def test_a_4xx_on_one_graph_does_not_stop_the_others(fake_server, two_articles):
    def answer(handler):
        if "ngo-quyen" in handler.path:
            return 400, "bad graph"
        return 204, ""

    fake = fake_server(answer)
    inputs, _ = file_inputs([two_articles])
    report = load([ontology_input(), *inputs], EndpointWriter(Endpoint(graph_store=fake.store, env={})))
    assert report.graphs == 3 and len(report.failures) == 1 and not report.aborted  # ontology, article, people
    assert "HTTP 400: bad graph" in report.failures[0].reason and report.failures[0].graph == SEED_IRI
    puts = [s for s in fake.seen if s.method == "PUT"]
    assert len(puts) == 4 and all(s.headers["Content-Type"].startswith("text/turtle") for s in puts)
    assert not any(b"\\/" in s.body for s in puts)  # no escaped slashes, which Virtuoso would keep


@needs_oxigraph
def test_load_over_http_then_query(oxigraph_server, two_articles):
    inputs, _ = file_inputs([two_articles])
    client = Endpoint(oxigraph_server.query, env={})
    assert client.graph_store == oxigraph_server.store
    report = load([ontology_input(), *inputs], EndpointWriter(client))
    assert report.ok and report.graphs == 4  # the ontology, two articles and their people graph
    again = load([ontology_input(), *inputs], EndpointWriter(client))
    assert again.ok
    count = client.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    n_after_twice = int(count["results"]["bindings"][0]["n"]["value"])
    merged = client.select(f"SELECT (COUNT(*) AS ?n) FROM <{MERGED_GRAPH}> WHERE {{ ?s ?p ?o }}")
    n_merged = int(merged["results"]["bindings"][0]["n"]["value"])
    distinct = {t for item in [ontology_input(), *inputs] for doc in item.read() for t in doc.triples}
    assert n_merged == len(distinct)
    assert n_after_twice == report.triples + n_merged  # the graphs, and the merged graph: nothing doubled


@needs_oxigraph
def test_a_server_that_dies_mid_load_keeps_what_was_loaded(tmp_path, two_articles):
    server = OxigraphServer(tmp_path / "db").start()
    try:
        inputs, _ = file_inputs([two_articles])
        written: list[str] = []

        def after(doc):
            written.append(doc.graph)
            if len(written) == 2:  # the ontology and the first article are in: now the server dies
                server.kill()

        client = Endpoint(server.query, env={}, retries=1, backoff=0.01)
        report = load([ontology_input(), *inputs], EndpointWriter(client), on_graph=after)
        assert report.graphs == 2 and written == [ONTOLOGY_GRAPH, SEED_IRI]
        assert len(report.failures) == 2 and report.aborted  # the second article and the people graph
        assert "no good answer" in report.failures[0].reason
        assert report.failures[0].graph.endswith("2019-08-15-hai-phong")
        assert "failed" in report.summary() and "stopped early" in report.summary()
        server.port = 0
        server.start()  # the same data folder, a new process (on a new port)
        back = Endpoint(server.query, env={})
        graphs = back.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        names = [b["g"]["value"] for b in graphs["results"]["bindings"]]
        assert names == sorted([ONTOLOGY_GRAPH, SEED_IRI, MERGED_GRAPH])
        table = run("articles", EndpointSource(server.query, endpoint=back))
        assert [r[0] for r in table.rows] == [SEED_IRI]
    finally:
        server.stop()


@needs_oxigraph
def test_load_command_prints_a_summary_and_fails_on_a_dead_endpoint(tmp_path, two_articles):
    port = free_port()
    result = run_kg("load", str(two_articles), "--endpoint", f"http://127.0.0.1:{port}/query", "--retries", "0")
    assert result.returncode == 1
    assert "loaded 0 graphs" in result.stdout and "stopped early" in result.stdout
    assert "not loaded" in result.stdout


def test_endpoint_without_graph_store_asks_for_it():
    with pytest.raises(StoreError, match="--graph-store"):
        Endpoint("http://127.0.0.1:1/sparql", env={}).put_graph("http://e/g", b"")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is needed to make a test certificate")
def test_tls_certificates_are_verified(tmp_path, fake_server):
    """A self-signed certificate is refused with a clear error; trusting it (SSL_CERT_FILE) lets the query in."""
    import ssl
    import subprocess

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    fake = fake_server((200, RESULTS, JSON))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake.server.socket = context.wrap_socket(fake.server.socket, server_side=True)
    url = f"https://127.0.0.1:{fake.port}/query"
    client, _ = endpoint(url, retries=0)
    with pytest.raises(EndpointError, match="certificate is not trusted"):
        client.select("SELECT * WHERE {}")
    assert not fake.seen
    result = run_kg("query", "persons", "--endpoint", url, env={"SSL_CERT_FILE": str(cert)})
    assert result.returncode == 0, result.stderr
    assert "person:a" in result.stdout and len(fake.seen) == 1  # the table shows the IRI as a prefixed name


@needs_oxigraph
def test_kg_serve_answers_queries_shows_a_page_and_stops_on_ctrl_c(tmp_path, two_articles):
    import shutil
    import signal
    import subprocess
    import sys
    import urllib.request

    store = tmp_path / "store"
    shutil.copytree(two_articles / "store", store)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()  # it says where it listens once it does
        assert first.startswith("SPARQL endpoint over"), first + process.stderr.read()
        while "query:" not in first:
            first += process.stdout.readline()
        client = Endpoint(f"http://127.0.0.1:{port}/query", env={})
        table = run("positions", EndpointSource(client.url, endpoint=client), ["name=Nguyễn Thị Nghĩa"])
        assert {row[6] for row in table.rows} == {SEED_IRI, str(Minter().article("2019-08-15-hai-phong"))}
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200 and "html" in page.headers.get("Content-Type", "")
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)  # (its few lines of output fit in the pipe)
        out = first + process.stdout.read()
        err = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in out and out.rstrip().endswith("stopped")
    with EmbeddedStore(store, create=False):  # the lock is let go
        pass


def test_kg_serve_without_a_store_says_so(tmp_path):
    result = run_kg("serve", "--store", str(tmp_path / "none"), "--port", str(free_port()))
    assert result.returncode == 3 and "no store" in result.stderr


# --- hostile servers: redirects and echoed credentials ---------------------------------------------------------------
CREDENTIALS = {
    "basic": {"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": SECRET, "KG_ENDPOINT_AUTH": "basic"},
    "bearer": {"KG_ENDPOINT_TOKEN": SECRET},
    "digest": {"KG_ENDPOINT_USER": "ann", "KG_ENDPOINT_PASSWORD": SECRET},  # answered when the server asks
}


def _digest_then(reply):
    """A server that asks for Digest first, then gives `reply` to a request that carries it."""
    def answer(handler):
        if not handler.headers.get("Authorization", "").startswith(("Digest", "Basic", "Bearer")):
            return 401, "", {"WWW-Authenticate": 'Digest realm="kg", nonce="n0nce", qop="auth"'}
        return reply(handler)
    return answer


def _secret_forms_absent(text: str) -> None:
    pair = f"ann:{SECRET}".encode()
    for form in (SECRET, base64.b64encode(pair).decode(), base64.b64encode(pair).decode().rstrip("=")):
        assert form not in text


@pytest.mark.parametrize("scheme", sorted(CREDENTIALS))
def test_a_redirect_to_another_origin_is_an_error_and_gets_no_credentials(fake_server, scheme):
    elsewhere = fake_server((200, RESULTS, JSON))
    redirect = (302, "", {"Location": elsewhere.url})
    origin = fake_server(_digest_then(lambda h: redirect) if scheme == "digest" else redirect)
    result = run_kg("query", "persons", "--endpoint", origin.url, "--retries", "0", env=CREDENTIALS[scheme])
    assert result.returncode == 3, result.stdout + result.stderr
    assert "another origin" in result.stderr and "rows" not in result.stdout
    assert elsewhere.seen == [], "nothing, and no credential, went to the other origin"
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    if scheme == "digest":
        assert origin.seen[-1].headers["Authorization"].startswith("Digest ")


def test_a_redirect_within_the_origin_keeps_the_query(fake_server):
    def answer(handler):
        if handler.path.startswith("/moved"):
            return 200, RESULTS, JSON
        return 307, "", {"Location": "/moved"}

    fake = fake_server(answer)
    client, _ = endpoint(fake.url, env=CREDENTIALS["basic"])
    assert client.select("SELECT * WHERE {}")["results"]["bindings"]
    assert fake.seen[1].method == "POST" and fake.seen[1].body == fake.seen[0].body


@pytest.mark.parametrize("scheme", sorted(CREDENTIALS))
def test_an_echoed_authorization_header_is_blanked_in_every_form(fake_server, scheme):
    def echo(handler):
        header = handler.headers.get("Authorization", "")
        return 400, f"bad request; you sent Authorization: {header} ({header.split(' ', 1)[-1]})"

    fake = fake_server(_digest_then(echo) if scheme == "digest" else echo)
    result = run_kg("query", "persons", "--endpoint", fake.url, env=CREDENTIALS[scheme])
    assert result.returncode == 3 and "HTTP 400" in result.stderr
    _secret_forms_absent(result.stderr + result.stdout)
    assert "***" in result.stderr
    if scheme == "digest":
        assert not re.search(r"[0-9a-f]{32}", result.stderr)  # the digest's response hash


@pytest.mark.parametrize("command", ["query", "load"])
@pytest.mark.parametrize("url", [f"http://ann:{SECRET}@127.0.0.1:99999/query", f"http://ann:{SECRET}@127.0.0.1:abc/q",
                                 "http://127.0.0.1:99999/query", "http://127.0.0.1:abc/query", "http://[::1/query",
                                 f"http://ann:{SECRET}@[::1/query"])
def test_malformed_endpoint_urls_give_one_line(command, url, tmp_path):
    args = ["query", "persons"] if command == "query" else ["load", str(tmp_path)]
    result = run_kg(*args, "--endpoint", url)
    assert result.returncode in (2, 3) and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("kg: error: ")
    assert SECRET not in result.stderr


# --- kg serve: the gate ---------------------------------------------------------------------------------------------
def _serve(store, port, *extra, ignore_sigint=False):
    import signal
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore_sigint
                               else None)
    text = ""
    while "query:" not in text:
        line = process.stdout.readline()
        assert line, text + process.stderr.read()
        text += line
    return process


@contextlib.contextmanager
def _served(tmp_path, two_articles, *extra):
    """`kg serve` over a copy of the two articles' store, on a free port; stopped at the end."""
    store = tmp_path / "store"
    shutil.copytree(two_articles / "store", store)
    port = free_port()
    process = _serve(store, port, *extra)
    try:
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _http(port, path, data=None, headers=None, method=None):
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers or {}, method=method)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=20) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def _count(port, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", headers=None):
    import json
    from urllib.parse import urlencode

    status, body = _http(port, "/query", urlencode({"query": query}).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON["Content-Type"],
                          **(headers or {})})
    return status, (int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) if status == 200 else body)


@needs_oxigraph
def test_kg_serve_is_read_only_checks_host_and_origin_and_serves_the_merged_graph(tmp_path, two_articles):
    from urllib.parse import urlencode

    with _served(tmp_path, two_articles) as port:
        status, n = _count(port)  # no FROM: the merged graph, every article's triples once
        assert status == 200 and n > 1000
        status, n_from = _count(port, f"SELECT (COUNT(*) AS ?n) FROM <{MERGED_GRAPH}> WHERE {{ ?s ?p ?o }}")
        assert n_from == n
        status, n_seed = _count(port, f"SELECT (COUNT(*) AS ?n) FROM <{SEED_IRI}> WHERE {{ ?s ?p ?o }}")
        assert status == 200 and 0 < n_seed < n  # a FROM of the client's own is kept
        assert _count(port, headers={"Host": f"evil.example:{port}"})[0] == 403  # DNS rebinding
        update = urlencode({"update": "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        assert _http(port, "/update", update, form)[0] == 403
        status, body = _http(port, "/store?graph=urn:x:g", b"<urn:x:a> <urn:x:b> <urn:x:c> .",
                             {"Content-Type": "text/turtle"}, method="PUT")
        assert status == 403 and "--writable" in body
        status, body = _count(port, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
        assert status == 400 and "federation are not allowed" in body
        assert _count(port, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:x:a> ?p ?o } }") == (200, 0)


@needs_oxigraph
def test_kg_serve_writable_refuses_cross_origin_form_posts(tmp_path, two_articles):
    from urllib.parse import urlencode

    with _served(tmp_path, two_articles, "--writable") as port:
        update = urlencode({"update": "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }"}).encode()
        form = {"Content-Type": "application/x-www-form-urlencoded"}
        assert _http(port, "/update", update, {**form, "Origin": "http://evil.example"})[0] == 403
        ask = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:x:a> ?p ?o } }"
        assert _count(port, ask) == (200, 0)
        assert _http(port, "/update", update, {**form, "Origin": f"http://127.0.0.1:{port}"})[0] in (200, 204)
        assert _count(port, ask) == (200, 1)


@needs_oxigraph
def test_kg_serve_in_the_background_stops_at_once_on_sigterm(tmp_path, two_articles):
    import time

    store = tmp_path / "store"
    shutil.copytree(two_articles / "store", store)
    port = free_port()
    process = _serve(store, port, ignore_sigint=True)  # as `kg serve &` from a script
    start = time.monotonic()
    process.terminate()
    process.wait(timeout=30)
    assert time.monotonic() - start < 5 and process.returncode == 0
    assert process.stdout.read().rstrip().endswith("stopped")
    with EmbeddedStore(store, create=False):  # the server let go of the store
        pass


@pytest.mark.parametrize("port", ["99999", "-1", "0", "abc"])
def test_kg_serve_bad_port_gives_one_line(tmp_path, port):
    result = run_kg("serve", "--store", str(tmp_path), "--port", port)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@needs_oxigraph
def test_kg_serve_allow_service_gives_up_after_its_timeout(tmp_path, two_articles):
    import socket
    import time

    silent = socket.socket()  # accepts, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        with _served(tmp_path, two_articles, "--allow-service", "--timeout", "2") as port:
            start = time.monotonic()
            status, body = _count(port, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{silent.getsockname()[1]}/> "
                                        f"{{ ?s ?p ?o }} }}")
            assert status == 504 and "within 2 s" in body
            assert time.monotonic() - start < 15
    finally:
        silent.close()
