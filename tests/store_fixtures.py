"""Fixtures for the store, endpoint and query-source tests: two articles that share their people,
a real Oxigraph server on a free loopback port, and a scripted fake HTTP server.

Test modules import the fixtures they use: `from store_fixtures import two_articles, ...`.
"""
from __future__ import annotations

import http.server
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SEED_TEXT_DATE = ("Print Thứ Ba, 30/07/2019 08:00", "Chiều 29/7")
SECOND_DATE = ("Print Thứ Năm, 15/08/2019 08:00", "Chiều 14/8")
SECOND_ID = "2019-08-15-hai-phong"


def second_article(folder: Path) -> Path:
    """The seed article told again two weeks later: the same people, posts and bodies, another date."""
    from kg.pipeline import seed_path

    text = seed_path().read_text(encoding="utf-8")
    for old, new in zip(SEED_TEXT_DATE, SECOND_DATE):
        assert old in text
        text = text.replace(old, new)
    path = folder / f"{SECOND_ID}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def two_articles(tmp_path_factory) -> Path:
    """`kg build` of the seed and its retelling into out/ (files and out/store)."""
    from kg.cli import main
    from kg.pipeline import seed_path

    root = tmp_path_factory.mktemp("two-articles")
    out = root / "out"
    assert main(["build", str(seed_path()), str(second_article(root)), "--out", str(out)]) == 0
    return out


def ttl_files(out: Path) -> list[str]:
    return sorted(str(p) for p in out.glob("*.ttl"))


def oxigraph_available() -> bool:
    from kg.errors import StoreError
    from kg.store.server import oxigraph_command

    try:
        oxigraph_command()
    except StoreError:
        return False
    return True


needs_oxigraph = pytest.mark.skipif(not oxigraph_available(),
                                    reason="the `oxigraph` server is not installed (pip install -e '.[test]')")


@dataclass
class OxigraphServer:
    location: Path
    port: int = 0
    process: object = None

    @property
    def query(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def store(self) -> str:
        return f"http://127.0.0.1:{self.port}/store"

    def start(self) -> OxigraphServer:
        from kg.store.server import free_port, start, wait_ready

        self.port = self.port or free_port()
        self.process = start(self.location, self.port, quiet=True)
        wait_ready(self.process, self.port)
        return self

    def stop(self) -> None:
        from kg.store.server import stop

        if self.process is not None:
            stop(self.process)
            self.process = None

    def kill(self) -> None:
        """Die at once, as a crashed server would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def oxigraph_server(tmp_path):
    if not oxigraph_available():
        pytest.skip("the `oxigraph` server is not installed (pip install -e '.[test]')")
    server = OxigraphServer(tmp_path / "server-db").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def loaded_server(tmp_path_factory, two_articles):
    """An Oxigraph server with the two articles loaded over HTTP by `kg load --endpoint`."""
    from kg.cli import main

    if not oxigraph_available():
        pytest.skip("the `oxigraph` server is not installed (pip install -e '.[test]')")
    server = OxigraphServer(tmp_path_factory.mktemp("loaded-server") / "db").start()
    try:
        assert main(["load", str(two_articles), "--endpoint", server.query]) == 0
        yield server
    finally:
        server.stop()


# --- a scripted HTTP server -----------------------------------------------------------------------------------------
@dataclass
class Seen:
    method: str
    path: str
    headers: dict
    body: bytes


@dataclass
class FakeServer:
    """Answers each request with the next scripted reply: (status, body, headers), or a callable
    taking the handler (to drop the connection, check credentials...). The last reply repeats."""

    replies: list
    seen: list[Seen] = field(default_factory=list)
    port: int = 0
    server: object = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def store(self) -> str:
        return f"http://127.0.0.1:{self.port}/store"


@pytest.fixture
def fake_server():
    servers: list[http.server.ThreadingHTTPServer] = []

    def make(*replies) -> FakeServer:
        fake = FakeServer(list(replies))

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fake.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                reply = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                if callable(reply):
                    reply = reply(self)
                    if reply is None:
                        return
                status, payload, headers = (list(reply) + [{}])[:3]
                payload = payload.encode("utf-8") if isinstance(payload, str) else payload
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _any

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        fake.port = server.server_address[1]
        fake.server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return fake

    yield make
    for server in servers:
        server.shutdown()
        server.server_close()


def drop_connection(handler) -> None:
    """A reply that closes the connection without a word, as a crashing server does."""
    handler.close_connection = True
    handler.connection.shutdown(2)


RESULTS = '{"head": {"vars": ["person", "name"]}, "results": {"bindings": [' \
          '{"person": {"type": "uri", "value": "https://w3id.org/vnkg/person/a"}, ' \
          '"name": {"type": "literal", "value": "A", "xml:lang": "vi"}}]}}'
JSON = {"Content-Type": "application/sparql-results+json"}


def virtuoso_available() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None
