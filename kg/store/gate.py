"""The gate in front of `kg serve`'s Oxigraph server: the only door a client (or a browser) sees.

The Oxigraph server checks neither the Host nor the Origin of a request (its only such option, --cors,
opens it wider), so `kg serve` runs it on a private loopback port and answers on the public one
through this gate, which:

- refuses a request whose Host is not the address it is bound to (DNS rebinding: a page on
  evil.example that resolves to 127.0.0.1 sends Host: evil.example);
- refuses a request whose Origin is another site's (a cross-origin form post or fetch);
- in read-only mode (the default) refuses updates and Graph Store writes;
- refuses updates sent to the query URL, and SERVICE unless federation was allowed (kg.query_guard);
- gives a query that names no dataset (no FROM, no default-graph-uri) and no GRAPH the merged graph as
  its default graph, so that a client with no FROM sees every article once.
"""
from __future__ import annotations

import http.client
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import QueryError
from . import MERGED_GRAPH

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization",
              "proxy-connection", "content-length", "host"}
MAX_BODY = 64 * 1024 * 1024


@dataclass(frozen=True)
class Policy:
    host: str  # the bound address, e.g. 127.0.0.1
    port: int
    writable: bool = False
    allow_service: bool = False
    timeout: float = 30.0  # seconds allowed to a query that calls another server (with allow_service)

    def hosts(self) -> set[str]:
        names = {self.host, "localhost"} if self.host == "127.0.0.1" else {self.host}
        return {f"{n}:{self.port}" for n in names} | ({*names} if self.port == 80 else set())

    def origins(self) -> set[str]:
        return {f"http://{h}" for h in self.hosts()}


def refusal(policy: Policy, method: str, path: str, headers, body: bytes) -> tuple[int, str] | None:
    """(status, reason) when the gate refuses the request, else None."""
    host = (headers.get("Host") or "").strip().lower()
    if host not in policy.hosts():
        return 403, f"Host {host or '(none)'!r} is not this server's address ({sorted(policy.hosts())[0]})"
    origin = headers.get("Origin")
    if origin is not None and origin.strip().lower() not in policy.origins():
        return 403, f"cross-origin request from {origin!r} refused"
    route = urlsplit(path).path.rstrip("/")
    writes = route == "/update" or (route == "/store" and method not in ("GET", "HEAD"))
    if writes and not policy.writable:
        return 403, "this server is read-only: start `kg serve --writable` to allow updates and graph store writes"
    if method not in ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"):
        return 405, f"method {method} not allowed"
    text = sparql_text(path, headers, body)
    if text is not None:
        from ..query_guard import check_query, uses_service

        try:
            if route == "/update":
                if uses_service(text) and not policy.allow_service:
                    raise QueryError("the update calls another server (SERVICE): federation is not allowed unless "
                                     "the server is started with --allow-service")
            else:
                check_query(text, policy.allow_service)
        except QueryError as exc:
            return 400, str(exc).replace("--allow-service", "`kg serve --allow-service`")
    return None


def sparql_text(path: str, headers, body: bytes) -> str | None:
    """The query or update a request carries (in the URL, a form body, or a direct body), if any."""
    fields = dict(parse_qsl(urlsplit(path).query))
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if kind == FORM:
        fields.update(parse_qsl(body.decode("utf-8", "replace")))
    elif kind in (SPARQL_QUERY, "application/sparql-update") and body:
        return body.decode("utf-8", "replace")
    return fields.get("query", fields.get("update"))


def with_merged_default(path: str, headers, body: bytes) -> tuple[str, bytes]:
    """A query that names no dataset gets the merged graph as its default graph (default-graph-uri)."""
    from ..bindings import query_code

    if urlsplit(path).path.rstrip("/") != "/query":
        return path, body
    text = sparql_text(path, headers, body)
    if text is None:
        return path, body
    url_fields = parse_qsl(urlsplit(path).query)
    kind = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    form_fields = parse_qsl(body.decode("utf-8", "replace")) if kind == FORM else []
    named = {k for k, _ in url_fields + form_fields}
    try:
        code = query_code(text)
    except QueryError:
        return path, body
    import re

    # a query with GRAPH is left alone too: a protocol dataset with a default graph and no named graphs
    # would hide the named graphs from it
    if named & {"default-graph-uri", "named-graph-uri"} or re.search(r"(?<![\w?$:])(FROM|GRAPH)(?![\w:])", code, re.I):
        return path, body
    extra = ("default-graph-uri", MERGED_GRAPH)
    if kind == FORM:
        return path, urlencode(form_fields + [extra]).encode("utf-8")
    parts = urlsplit(path)
    return parts._replace(query=urlencode(url_fields + [extra])).geturl(), body


class GateHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection; the body ends when the connection closes
    policy: Policy
    upstream: tuple[str, int]

    def log_message(self, *args) -> None:  # quiet, as the Oxigraph server is
        pass

    def _handle(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._refuse(400, "bad Content-Length")
        if length < 0 or length > MAX_BODY:
            return self._refuse(413, "request body too large")
        body = self.rfile.read(length) if length else b""
        refused = refusal(self.policy, self.command, self.path, self.headers, body)
        if refused:
            return self._refuse(*refused)
        path, body = with_merged_default(self.path, self.headers, body)
        self._forward(path, body, self._time_allowed(body))

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = _handle

    def _time_allowed(self, body: bytes) -> float | None:
        """The Oxigraph server's own timeout does not bound a SERVICE call, so the gate does."""
        from ..query_guard import uses_service

        if not self.policy.allow_service:
            return None
        text = sparql_text(self.path, self.headers, body)
        try:
            return self.policy.timeout if text and uses_service(text) else None
        except QueryError:
            return None

    def _refuse(self, status: int, reason: str) -> None:
        data = (reason + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _forward(self, path: str, body: bytes, timeout: float | None = None) -> None:
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["Host"] = f"{self.upstream[0]}:{self.upstream[1]}"
        if body or self.command in ("POST", "PUT"):
            headers["Content-Length"] = str(len(body))
        connection = http.client.HTTPConnection(*self.upstream, timeout=timeout)
        try:
            connection.request(self.command, path, body=body or None, headers=headers)
            try:
                answer = connection.getresponse()
            except TimeoutError:
                return self._refuse(504, f"the query did not finish within {timeout:g} s (a SERVICE that does "
                                         f"not answer?)")
            self.send_response(answer.status, answer.reason)
            for key, value in answer.getheaders():
                if key.lower() not in HOP_BY_HOP or key.lower() == "content-length":
                    self.send_header(key, value)
            self.end_headers()
            while chunk := answer.read(65536):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            self.close_connection = True  # the client went away, or the server did: nothing more to say
        finally:
            connection.close()


class Gate:
    """The gate, listening on policy.host:policy.port in a thread of its own."""

    def __init__(self, policy: Policy, upstream_port: int):
        handler = type("BoundGateHandler", (GateHandler,), {"policy": policy,
                                                            "upstream": ("127.0.0.1", upstream_port)})
        self.server = ThreadingHTTPServer((policy.host, policy.port), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> Gate:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
