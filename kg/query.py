"""The bundled competency queries (kg/queries/*.rq), run over files, a store or an endpoint,
and their results as W3C SPARQL 1.1 CSV, JSON or a plain table.

Sources: FileSource (RDF files in memory), StoreSource (the embedded store on disk),
EndpointSource (any SPARQL 1.1 endpoint). All read the union of the named graphs.

User values reach a query only as RDF terms, bound by kg.bindings; a value is never
pasted into the query as text.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol, TextIO

from .bindings import parse_where, with_bindings  # noqa: F401  (re-exported)
from .errors import InputError, QueryError

QUERY_NAMES = ("articles", "persons", "positions", "events", "participants", "bodies", "places", "statistics",
               "provenance", "mentions", "career", "holders")


def bundled_names() -> list[str]:
    files = resources.files("kg.queries")
    return sorted(p.name[:-3] for p in files.iterdir() if p.name.endswith(".rq"))


def load_query(name_or_path: str) -> str:
    """A bundled query by name, or a .rq file by path."""
    if name_or_path.endswith(".rq") or "/" in name_or_path:
        path = Path(name_or_path)
        from .files import regular_file

        try:
            regular_file(path)
        except InputError as exc:
            raise QueryError(f"the query file {exc}") from None
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{path}: cannot read the query file ({exc.strerror or exc})") from exc
    if name_or_path not in bundled_names():
        shown = name_or_path if len(name_or_path) <= 80 else name_or_path[:77] + "…"  # a name, not a dump
        raise QueryError(f"unknown query {shown!r}; bundled queries: {', '.join(bundled_names())}")
    return resources.files("kg.queries").joinpath(name_or_path + ".rq").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]  # lexical forms; '' for unbound (a one-pass iterator when streamed: see stream())

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()

    def json(self) -> str:
        bindings = [{c: {"type": "literal", "value": v} for c, v in zip(self.columns, row) if v != ""}
                    for row in self.rows]
        return json.dumps({"head": {"vars": self.columns}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2) + "\n"

    def table(self) -> str:
        from .textable import text_table

        return text_table(self.columns, self.rows)

    def render(self, fmt: str) -> str:
        return {"csv": self.csv, "json": self.json, "table": self.table}[fmt]()

    def write(self, fmt: str, out: TextIO) -> None:
        """Write the rows as they come (csv and json, the same text as render()), so memory stays flat
        however many rows the source gives; the table form needs every row for its widths."""
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(self.columns)
            for row in self.rows:
                writer.writerow(row)
        elif fmt == "json":
            _write_json(self.columns, iter(self.rows), out)
        else:
            out.write(Table(self.columns, list(self.rows)).render(fmt))


def _write_json(columns: list[str], rows, out: TextIO) -> None:
    """Table.json(), one binding at a time: the document's frame is json.dumps' own, cut where the
    bindings go, and each binding is dumped and indented as json.dumps would indent it there."""
    first = next(rows, None)
    if first is None:
        out.write(Table(columns, []).json())
        return
    frame = json.dumps({"head": {"vars": columns}, "results": {"bindings": ["\x00"]}}, ensure_ascii=False, indent=2)
    head, tail = frame.split('"\\u0000"')
    indent = "\n" + " " * 6
    out.write(head)
    for n, row in enumerate(_chain(first, rows)):
        binding = {c: {"type": "literal", "value": v} for c, v in zip(columns, row) if v != ""}
        out.write(("," + indent if n else "") + json.dumps(binding, ensure_ascii=False, indent=2).replace("\n", indent))
    out.write(tail + "\n")


def _chain(first, rest):
    yield first
    yield from rest


class Source(Protocol):
    def select(self, query: str, where: dict[str, object], lazy: bool = False) -> Table: ...


def lexical(term) -> str:
    """A result term as the CSV format writes it: IRIs whole, literals as their lexical form."""
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def oxigraph_table(store, query: str, where: dict[str, object], default_graph: str | None = None,
                   lazy: bool = False) -> Table:
    """Run a SELECT over a pyoxigraph store. The bound values go in as with_bindings() writes them, the
    same text as for an endpoint (pyoxigraph's `substitutions` would also bind a column that the query
    fills only in an OPTIONAL, and so label every row with the value instead of keeping the rows that
    have it). The default graph is `default_graph`, or else the union of all graphs."""
    import pyoxigraph as ox

    dataset = {"default_graph": ox.NamedNode(default_graph)} if default_graph else {"use_default_graph_as_union": True}
    try:
        result = store.query(with_bindings(query, where), **dataset)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from exc
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries can be shown as a table")
    columns = [v.value for v in result.variables]
    rows = ([lexical(term) for term in solution] for solution in result)  # in the order of `columns`
    return Table(columns, rows if lazy else list(rows))


class FileSource:
    """RDF files read into an in-memory Oxigraph store."""

    def __init__(self, paths: list[str]):
        import pyoxigraph as ox

        from .errors import InputError

        self.store = ox.Store()
        from .serialize import refuse_remote_contexts

        for path in paths:
            fmt = _oxigraph_format(path)
            from .files import regular_file

            regular_file(path)
            if fmt == ox.RdfFormat.JSON_LD:
                refuse_remote_contexts(path)
            try:
                with open(path, "rb") as handle:
                    self.store.bulk_load(handle, format=fmt)
            except OSError as exc:
                raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
            except SyntaxError as exc:
                raise InputError(f"{path}: not valid {fmt.name}: {exc}") from exc

    def select(self, query: str, where: dict[str, object], lazy: bool = False) -> Table:
        return oxigraph_table(self.store, query, where, lazy=lazy)


def _oxigraph_format(path: str):
    import pyoxigraph as ox

    from .errors import InputError

    ending = path.rsplit(".", 1)[-1].lower()
    formats = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
               "rdf": ox.RdfFormat.RDF_XML}
    if ending not in formats:
        raise InputError(f"{path}: unknown RDF file type '.{ending}' (use .ttl, .jsonld, .nt, .nq or .trig)")
    return formats[ending]


class StoreSource:
    """The embedded store (a pyoxigraph store on disk), opened for the time of the query; queries
    read its merged graph (kg.store.MERGED_GRAPH), where each triple of every graph is once."""

    def __init__(self, path: str):
        from .store.embedded import EmbeddedStore

        from .store.consistency import refuse_if_dirty

        self.path = path
        self.store = EmbeddedStore(path, create=False)
        refuse_if_dirty(path)

    def select(self, query: str, where: dict[str, object], lazy: bool = False) -> Table:
        from .store import MERGED_GRAPH

        return oxigraph_table(self.store.store, query, where, default_graph=MERGED_GRAPH, lazy=lazy)

    def close(self) -> None:
        self.store.close()


class EndpointSource:
    """A SPARQL 1.1 endpoint; the query goes as a form-encoded POST, results come back as JSON.

    The default graph of the query is the merged graph that `kg load` keeps (sent as the protocol's
    default-graph-uri); with default_graph=None it is whatever the endpoint takes by default."""

    def __init__(self, url: str, endpoint=None, default_graph: str | None = "merged", **options):
        from .store import MERGED_GRAPH
        from .store.remote import Endpoint

        self.endpoint = endpoint or Endpoint(url, **options)
        self.default_graph = MERGED_GRAPH if default_graph == "merged" else default_graph

    def select(self, query: str, where: dict[str, object], lazy: bool = False) -> Table:
        # the endpoint's JSON answer is read whole; rows are not streamed from an endpoint
        return table_from_json(self.endpoint.select(with_bindings(query, where), self.default_graph))


def table_from_json(document: dict) -> Table:
    """SPARQL 1.1 JSON results -> Table, each value as its lexical form, as lexical() does."""
    try:
        columns = list(document["head"]["vars"])
        bindings = document["results"]["bindings"]
    except (KeyError, TypeError) as exc:
        raise QueryError("the endpoint's answer holds no SELECT results") from exc
    rows = [[(b.get(c) or {}).get("value", "") for c in columns] for b in bindings]
    return Table(columns, rows)


def run(name_or_path: str, source: Source, where: list[str] | None = None, allow_service: bool = False,
        timeout: float | None = None, lazy: bool = False, on: str | None = None) -> Table:
    """Run a bundled query or a .rq file. Updates are refused, and SERVICE unless `allow_service`; a query
    that may call another server is then given `timeout` seconds in all (its rows read whole). With
    lazy=True the rows are a one-pass iterator read from the source as they are written (files and the
    store), to be consumed while the source is open. `on` binds the day of `holders` (with_day)."""
    from .query_guard import check_query, uses_service

    query = load_query(name_or_path)
    check_query(query, allow_service)
    if on is not None:
        query = with_day(query, on)
    bound = parse_where(where or [])
    for key in bound:
        if not re.search(rf"[?$]{key}\b", query):
            raise QueryError(f"the query has no column '{key}' to bind with --where")
    if allow_service and timeout and uses_service(query) and not isinstance(source, EndpointSource):
        return _within(timeout, lambda: source.select(query, bound))
    return source.select(query, bound, lazy=lazy)


def _within(seconds: float, work):
    """work() in a daemon thread, given `seconds`: the engine's own SERVICE calls have no timeout."""
    import threading

    box: dict = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller below
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise QueryError(f"the query did not finish within {seconds:g} s (a SERVICE that does not answer?)")
    if "error" in box:
        raise box["error"]
    return box["value"]


def with_day(query: str, day: str) -> str:
    """The query with its ?on variable bound to a day (`kg query holders --on 2021-03-01`), by a VALUES that
    opens the WHERE group; the day is checked as a date and written as an RDF term, never pasted as text."""
    import datetime

    import pyoxigraph as ox

    from .bindings import _outer_group_start, term_text

    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        raise QueryError(f"--on takes a day as YYYY-MM-DD, not {day!r}") from None
    if not re.search(r"[?$]on\b", query):
        raise QueryError("this query takes no day (--on): use it with `holders` or a query that reads ?on")
    term = term_text("on", ox.Literal(day, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))
    opener = _outer_group_start(query)
    return f"{query[:opener + 1]} VALUES ?on {{ {term} }}\n{query[opener + 1:]}"
