"""`kg publish --serve`: the site on 127.0.0.1, with the right content types and content negotiation.

`/person/x` answers with x.html, x.jsonld or x.ttl as the Accept header asks
(Vary: Accept), or with N-Triples or RDF/XML that Oxigraph writes from x.ttl; a type
none of these satisfies gets 406 with the list of what is offered. Every IRI
dereferences as it would at the base IRI. Only the loopback address is ever bound.
CORS is open so a page elsewhere can fetch() the JSON-LD.
"""
from __future__ import annotations

import functools
import io
import os
import posixpath
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

TYPES = {".html": "text/html; charset=utf-8", ".jsonld": "application/ld+json", ".ttl": "text/turtle; charset=utf-8",
         ".nq": "application/n-quads", ".svg": "image/svg+xml", ".css": "text/css; charset=utf-8",
         ".json": "application/json", ".png": "image/png", ".js": "text/javascript; charset=utf-8",
         "": "application/octet-stream"}
OFFERS = (("text/html", ".html"), ("application/xhtml+xml", ".html"), ("application/ld+json", ".jsonld"),
          ("text/turtle", ".ttl"), ("application/json", ".jsonld"), ("application/n-triples", ".nt"),
          ("application/rdf+xml", ".rdf"))
# written from the page's Turtle when asked for: (media type, Oxigraph format name)
CONVERTED = {".nt": ("application/n-triples", "N_TRIPLES"), ".rdf": ("application/rdf+xml", "RDF_XML")}
SPECIAL = {"/.well-known/void": "text/turtle; charset=utf-8"}


def negotiate(accept: str) -> str | None:
    """The extension to answer with for an Accept header: the offer with the highest q, HTML on a tie;
    None when the header accepts none of the offers."""
    best, best_q = ".html", -1.0
    ranges = []
    for part in (accept or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    for media, ext in OFFERS:
        q = max([q for r, q in ranges if r == media] or
                [q for r, q in ranges if r == media.split("/")[0] + "/*"] or
                [q for r, q in ranges if r == "*/*"] or [0.0])
        if q > best_q:
            best, best_q = ext, q
    return best if best_q > 0 else None


def not_acceptable_text() -> str:
    offered = sorted({media for media, _ in OFFERS})
    return "406 Not Acceptable: this IRI is offered as " + ", ".join(offered) + "\n"


class Handler(SimpleHTTPRequestHandler):
    extensions_map = TYPES
    quiet = False

    def send_head(self):
        self.negotiated = False
        path = unquote(urlsplit(self.path).path)
        if ".." in path.split("/"):
            self.send_error(404)
            return None
        local = self.translate_path(path)
        if not os.path.exists(local) and os.path.isfile(local + ".html"):
            self.negotiated = True
            ext = negotiate(self.headers.get("Accept", ""))
            if ext is None:
                return self._answer(406, "text/plain; charset=utf-8", not_acceptable_text().encode("utf-8"))
            if ext in CONVERTED and os.path.isfile(local + ".ttl"):
                media, name = CONVERTED[ext]
                return self._answer(200, media, _convert(local + ".ttl", name))
            self.path = path + ext
        return super().send_head()

    def _answer(self, status: int, media: str, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def guess_type(self, path):
        rel = "/" + posixpath.relpath(str(path), self.directory).replace(os.sep, "/")
        if rel in SPECIAL:
            return SPECIAL[rel]
        return TYPES.get(posixpath.splitext(str(path))[1].lower(), TYPES[""])

    def end_headers(self):
        if getattr(self, "negotiated", False):
            self.send_header("Vary", "Accept")
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def _convert(turtle_path: str, format_name: str) -> bytes:
    import pyoxigraph

    fmt = getattr(pyoxigraph.RdfFormat, format_name)
    triples = pyoxigraph.parse(path=turtle_path, format=pyoxigraph.RdfFormat.TURTLE)
    return pyoxigraph.serialize(triples, format=fmt)


def make_server(folder: str, port: int = 8000, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `folder` on 127.0.0.1:`port` (0: any free port); call serve_forever() on it."""
    handler = functools.partial(type("SiteHandler", (Handler,), {"quiet": quiet}), directory=str(folder))
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve(folder: str, port: int = 8000) -> None:
    server = make_server(folder, port)
    host, real_port = server.server_address[:2]
    print(f"kg: serving {folder}/ at http://{host}:{real_port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
