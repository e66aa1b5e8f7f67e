"""Any SPARQL 1.1 store over HTTP: graphs go in by the Graph Store HTTP Protocol (one PUT per
named graph, which replaces it), queries by the SPARQL 1.1 Protocol (a form-encoded POST).

Only the standard library: urllib with TLS verified (the system's trust store, or the
file SSL_CERT_FILE names), an explicit timeout on every request, and retries with
exponential backoff on connection errors, timeouts, 5xx and 429 answers. Anything else
(401, 403, 404, 400...) is an EndpointError at once, with the status and the first words
of the server's answer.

Credentials come only from the environment and are never printed:
    KG_ENDPOINT_USER, KG_ENDPOINT_PASSWORD   basic or digest
    KG_ENDPOINT_TOKEN                        bearer
    KG_ENDPOINT_AUTH                         basic | digest | bearer; unset: bearer when a token is
                                             set, otherwise answer whichever of basic or digest the
                                             server asks for
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from ..errors import StoreError

ENV_USER = "KG_ENDPOINT_USER"
ENV_PASSWORD = "KG_ENDPOINT_PASSWORD"
ENV_TOKEN = "KG_ENDPOINT_TOKEN"
ENV_AUTH = "KG_ENDPOINT_AUTH"
RESULTS_JSON = "application/sparql-results+json"
USER_AGENT = "vnkg (https://w3id.org/vnkg/)"


class EndpointError(StoreError):
    """The endpoint answered with an error that retrying would not mend (a 4xx)."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class EndpointRefused(EndpointError):
    """401 or 403: the credentials are missing or wrong, for every request alike."""


class EndpointUnreachable(EndpointError):
    """No answer after every retry: refused connections, timeouts, dropped connections, 5xx."""


@dataclass(frozen=True)
class Credentials:
    scheme: str | None = None  # basic | digest | bearer | None (answer the server's challenge)
    user: str = field(default="", repr=False)
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Credentials:
        env = os.environ if env is None else env
        scheme = (env.get(ENV_AUTH) or "").strip().lower() or None
        user, password, token = env.get(ENV_USER, ""), env.get(ENV_PASSWORD, ""), env.get(ENV_TOKEN, "")
        if scheme not in (None, "basic", "digest", "bearer"):
            raise StoreError(f"{ENV_AUTH} must be basic, digest or bearer")
        if scheme is None and token:
            scheme = "bearer"
        if scheme == "bearer" and not token:
            raise StoreError(f"{ENV_AUTH}=bearer needs the token in {ENV_TOKEN}")
        if scheme in ("basic", "digest") and not user:
            raise StoreError(f"{ENV_AUTH}={scheme} needs {ENV_USER} and {ENV_PASSWORD}")
        return cls(scheme, user, password, token)

    @property
    def any(self) -> bool:
        return bool(self.user or self.token)

    def secrets(self) -> list[str]:
        return [s for s in (self.password, self.token) if s]


class Endpoint:
    """A SPARQL endpoint (query URL) and, for loads, its Graph Store Protocol URL.

    With only the query URL, the graph store is guessed for Oxigraph's layout (`…/query` ->
    `…/store`); every other store needs `graph_store` (see docs/stores.md).
    """

    def __init__(self, url: str | None = None, graph_store: str | None = None, *, timeout: float = 30.0,
                 retries: int = 3, backoff: float = 0.5, graph_param: str = "graph",
                 env: Mapping[str, str] | None = None, sleep: Callable[[float], None] = time.sleep):
        if not url and not graph_store:
            raise StoreError("give the endpoint's URL")
        self.url = _check_url(url) if url else None
        self.graph_store = _check_url(graph_store) if graph_store else _guess_graph_store(self.url)
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = float(backoff)
        self.graph_param = graph_param
        self.credentials = Credentials.from_env(env)
        self._sleep = sleep
        self._openers: dict[str, object] = {}

    # --- the two operations -------------------------------------------------------------------------------------
    def select(self, query: str, default_graph: str | None = None) -> dict:
        """Run a SELECT query (over `default_graph` as its default graph, if given, by the protocol's
        default-graph-uri); its results as the SPARQL 1.1 JSON results document."""
        import json

        if not self.url:
            raise StoreError("give the SPARQL query URL with --endpoint URL")
        fields = {"query": query}
        if default_graph:
            fields["default-graph-uri"] = default_graph
        body = urlencode(fields).encode("utf-8")
        data = self.request("POST", self.url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": RESULTS_JSON}, what="the query")
        try:
            return json.loads(data.decode("utf-8"))
        except ValueError as exc:
            raise EndpointError(f"{self.url} did not answer with SPARQL JSON results ({exc})") from exc

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace named graph `graph` with these triples (N-Triples, sent as Turtle, which it also is)."""
        self.request("PUT", self._graph_url(graph), ntriples, {"Content-Type": "text/turtle; charset=utf-8"},
                     what=f"graph <{graph}>")

    def post_graph(self, graph: str, ntriples: bytes) -> None:
        """Add these triples to named graph `graph` (the Graph Store Protocol's merge)."""
        self.request("POST", self._graph_url(graph), ntriples, {"Content-Type": "text/turtle; charset=utf-8"},
                     what=f"graph <{graph}>")

    def _graph_url(self, graph: str) -> str:
        if not self.graph_store:
            raise StoreError("give the Graph Store Protocol URL with --graph-store URL (see docs/stores.md)")
        separator = "&" if urlsplit(self.graph_store).query else "?"
        return f"{self.graph_store}{separator}{self.graph_param}={quote(graph, safe='')}"

    # --- one request, with retries ------------------------------------------------------------------------------
    def request(self, method: str, url: str, body: bytes | None, headers: dict[str, str], what: str) -> bytes:
        import http.client
        import socket
        import ssl
        import urllib.error
        import urllib.request

        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self._sleep(min(self.backoff * 2 ** (attempt - 1), 30.0))
            request = urllib.request.Request(url, data=body, method=method,
                                             headers={"User-Agent": USER_AGENT, **headers, **self._auth_header()})
            try:
                with self._opener(url).open(request, timeout=self.timeout) as response:
                    return response.read()
            except _Redirected as exc:
                raise EndpointError(self._clean(str(exc))) from None
            except urllib.error.HTTPError as exc:
                status = exc.code
                detail = self._detail(exc)
                exc.close()
                if status >= 500 or status == 429:
                    last = f"HTTP {status}{detail}"
                    continue
                refusal = self._refusal(status, detail, url, what)
                refusal.args = (self._clean(str(refusal)),)
                raise refusal from None
            except ValueError:  # urllib's digest handler meeting a scheme it does not know, or a bad header
                raise EndpointRefused(f"{_public(url)} asked for credentials in a way vnkg cannot give, or the "
                                      f"credentials hold characters an HTTP header cannot carry; see {ENV_AUTH}",
                                      401) from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, ssl.SSLCertVerificationError):
                    raise EndpointError(f"{_public(url)}: the server's TLS certificate is not trusted "
                                        f"({reason.verify_message}); point SSL_CERT_FILE at the CA bundle "
                                        f"that signed it") from None
                last = self._clean(str(reason))
            except (http.client.HTTPException, ConnectionError, TimeoutError, socket.timeout, OSError) as exc:
                last = self._clean(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        tries = self.retries + 1
        raise EndpointUnreachable(self._clean(f"{what}: no good answer from {_public(url)} after {tries} "
                                              f"attempt{'s' if tries != 1 else ''} ({last})"))

    def _refusal(self, status: int, detail: str, url: str, what: str) -> EndpointError:
        if status in (401, 403):
            if not self.credentials.any:
                hint = f"it wants credentials: set {ENV_USER} and {ENV_PASSWORD}, or {ENV_TOKEN}"
            else:
                hint = f"check the credentials in {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}, and {ENV_AUTH}"
            return EndpointRefused(f"{_public(url)} refused {what} (HTTP {status}{detail}); {hint}", status)
        hint = ""
        if status in (404, 405) and "graph" in what:
            hint = " (is the Graph Store Protocol URL right? see --graph-store)"
        return EndpointError(f"{_public(url)} refused {what}: HTTP {status}{detail}{hint}", status)

    def _detail(self, exc) -> str:
        try:
            text = exc.read(600).decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the status alone is enough
            return ""
        text = self._clean(text)[:300]
        return f": {text}" if text else ""

    def _clean(self, text: str) -> str:
        """One line, with every form of a secret blanked out (a server could echo a header back)."""
        return redact(text, self.credentials)

    def _auth_header(self) -> dict[str, str]:
        c = self.credentials
        if c.scheme == "bearer":
            return {"Authorization": f"Bearer {c.token}"}
        if c.scheme == "basic":
            import base64

            raw = f"{c.user}:{c.password}".encode("utf-8")
            return {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}
        return {}

    def _opener(self, url: str):
        import ssl
        import urllib.request

        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        opener = self._openers.get(key)
        if opener is None:
            handlers: list = [urllib.request.HTTPSHandler(context=ssl.create_default_context()), _same_origin_redirects()]
            if parts.hostname in ("127.0.0.1", "localhost", "::1"):
                handlers.append(urllib.request.ProxyHandler({}))  # never send loopback traffic to a proxy
            c = self.credentials
            if c.user and c.scheme in (None, "digest"):
                manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                manager.add_password(None, key + "/", c.user, c.password)
                handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
                if c.scheme is None:
                    handlers.append(urllib.request.HTTPBasicAuthHandler(manager))
            opener = urllib.request.build_opener(*handlers)
            self._openers[key] = opener
        return opener

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r}, graph_store={self.graph_store!r})"


def _check_url(url: str) -> str:
    if _userinfo(url):
        raise StoreError(f"put credentials in {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}, not in the URL "
                         f"({_public(url)})")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError as exc:
        raise StoreError(f"not a valid URL ({exc}): {_public(url)}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an http(s) URL: {_public(url)}")
    return url


def _guess_graph_store(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    if parts.path.endswith("/query"):
        return urlunsplit((parts.scheme, parts.netloc, parts.path[:-len("query")] + "store", "", ""))
    return None


def _authority(url: str) -> tuple[str, str, str]:
    """(scheme and '://', the authority, the rest), found without parsing ports or brackets, so that it
    works on any text; a raw '/' in a password stays in the authority (up to the last '@')."""
    head, sep, rest = url.partition("://")
    if not sep:
        return "", "", url
    end = min(i for i in (rest.find("?"), rest.find("#"), len(rest)) if i >= 0)
    at = rest.rfind("@", 0, end)
    slash = rest.find("/", at + 1)
    cut = end if slash < 0 or slash > end else slash
    return head + sep, rest[:cut], rest[cut:]


def _userinfo(url: str) -> bool:
    return "@" in _authority(url)[1]


def _public(url: str) -> str:
    """The URL without any user:password@ part (for any text, even one that does not parse)."""
    head, authority, tail = _authority(url)
    return head + authority.rpartition("@")[2] + tail


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(parts.scheme)


class _Redirected(Exception):
    """A redirect that vnkg does not follow."""


def _same_origin_redirects():
    import urllib.request

    class SameOriginRedirects(urllib.request.HTTPRedirectHandler):
        """Credentials never go to another origin: a redirect elsewhere is an error. Within the origin, only
        307 and 308 (which keep the method and body) are followed; a 301-303 would turn the POST into a GET
        without the query."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            from urllib.parse import urljoin

            target = urljoin(req.full_url, newurl)
            try:
                same = _origin(target) == _origin(req.full_url)
            except ValueError:
                same = False
            if not same:
                raise _Redirected(f"{_public(req.full_url)} redirects to another origin ({_public(target)}); vnkg "
                                  f"does not follow it, so that no credential goes there: give that URL if you "
                                  f"trust it")
            if code not in (307, 308):
                raise _Redirected(f"{_public(req.full_url)} redirects (HTTP {code}) to {_public(target)}, which "
                                  f"would lose the request's body: give that URL instead")
            return urllib.request.Request(target, data=req.data, method=req.get_method(),
                                          headers=dict(req.header_items()), origin_req_host=req.origin_req_host)

    return SameOriginRedirects()


def secret_forms(credentials: Credentials) -> list[str]:
    """Every way a secret of these credentials can appear in a server's answer, longest first: as given,
    percent-encoded, and user:password in base64 (standard and URL-safe, with and without padding)."""
    import base64
    from urllib.parse import quote_plus

    forms: set[str] = set()
    for secret in credentials.secrets():
        forms |= {secret, quote(secret, safe=""), quote_plus(secret)}
    if credentials.password:
        pair = f"{credentials.user}:{credentials.password}".encode("utf-8")
        forms.add(pair.decode("utf-8"))
        for encoded in (base64.b64encode(pair), base64.urlsafe_b64encode(pair)):
            text = encoded.decode("ascii")
            forms |= {text, text.rstrip("=")}
    return sorted((f for f in forms if len(f) >= 3), key=len, reverse=True)


_AUTH_VALUES = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+|\b(Digest)\s+(?:[\w-]+=(?:\"[^\"]*\"|[^\s,]*),?\s*)+",
                          re.IGNORECASE)


_DIGEST_RESPONSE = re.compile(r'\b(response=)"?[0-9a-fA-F]{16,}"?')


def redact(text: str, credentials: Credentials | None = None) -> str:
    """One line, with every credential blanked out: the secrets in every form (secret_forms), and the value
    of anything that looks like an Authorization header."""
    for form in secret_forms(credentials) if credentials else []:
        text = text.replace(form, "***")
    text = _AUTH_VALUES.sub(lambda m: f"{m.group(1) or m.group(2)} *** ", text)
    text = _DIGEST_RESPONSE.sub(r'\1"***"', text)
    return " ".join(text.split())
