"""The bundled competency queries (kg/queries/*.rq), run over files, a store or an endpoint,
and their results as W3C SPARQL 1.1 CSV, JSON or a plain table.

User values reach a query only as bound parameters (`--where name=…`), through
pyoxigraph's substitutions or a trailing VALUES clause built from RDF terms,
never by pasting text into the query.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

from .errors import QueryError

QUERY_NAMES = ("articles", "persons", "positions", "events", "participants", "bodies", "places", "statistics",
               "provenance")
# columns whose values are Vietnamese text in the graph (@vi), or dates
_LANGUAGE_COLUMNS = {"name", "position", "organization", "title", "label", "measure", "parent", "sentence",
                     "author"}
_DATE_COLUMNS = {"date"}
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def bundled_names() -> list[str]:
    files = resources.files("kg.queries")
    return sorted(p.name[:-3] for p in files.iterdir() if p.name.endswith(".rq"))


def load_query(name_or_path: str) -> str:
    """A bundled query by name, or a .rq file by path."""
    if name_or_path.endswith(".rq") or "/" in name_or_path:
        path = Path(name_or_path)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{path}: cannot read the query file ({exc.strerror or exc})") from exc
    if name_or_path not in bundled_names():
        raise QueryError(f"unknown query '{name_or_path}'; bundled queries: {', '.join(bundled_names())}")
    return resources.files("kg.queries").joinpath(name_or_path + ".rq").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]  # lexical forms; '' for unbound

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
        widths = [max([len(c), *(len(r[i]) for r in self.rows)]) for i, c in enumerate(self.columns)]
        widths = [min(w, 60) for w in widths]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths))]
        lines.append("  ".join("-" * w for w in widths))
        for row in self.rows:
            lines.append("  ".join(_clip(v, w).ljust(w) for v, w in zip(row, widths)))
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines) + "\n"

    def render(self, fmt: str) -> str:
        return {"csv": self.csv, "json": self.json, "table": self.table}[fmt]()


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[:width - 1] + "…"


class Source(Protocol):
    def select(self, query: str, where: dict[str, object]) -> Table: ...


def parse_where(items: list[str]) -> dict[str, object]:
    """'name=Nguyễn Văn A' -> {'name': Literal('Nguyễn Văn A'@vi)}; an http(s) value is an IRI."""
    import pyoxigraph as ox

    out: dict[str, object] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not _VARIABLE.match(key):
            raise QueryError(f"--where takes COLUMN=VALUE (a column name, then '='), not {item!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if re.match(r"^https?://\S+$", value):
            out[key] = ox.NamedNode(value)
        elif key in _DATE_COLUMNS and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            out[key] = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        elif key in _LANGUAGE_COLUMNS:
            out[key] = ox.Literal(value, language="vi")
        else:
            out[key] = ox.Literal(value)
    return out


def lexical(term) -> str:
    """A result term as the CSV format writes it: IRIs whole, literals as their lexical form."""
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def oxigraph_table(store, query: str, where: dict[str, object]) -> Table:
    import pyoxigraph as ox

    substitutions = {ox.Variable(k): v for k, v in where.items()}
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from exc
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries can be shown as a table")
    columns = [v.value for v in result.variables]
    rows = [[lexical(solution[c]) for c in columns] for solution in result]
    return Table(columns, rows)


class FileSource:
    """RDF files read into an in-memory Oxigraph store."""

    def __init__(self, paths: list[str]):
        import pyoxigraph as ox

        from .errors import InputError

        self.store = ox.Store()
        for path in paths:
            fmt = _oxigraph_format(path)
            try:
                with open(path, "rb") as handle:
                    self.store.bulk_load(handle, format=fmt)
            except OSError as exc:
                raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
            except SyntaxError as exc:
                raise InputError(f"{path}: not valid {fmt.name}: {exc}") from exc

    def select(self, query: str, where: dict[str, object]) -> Table:
        return oxigraph_table(self.store, query, where)


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


def run(name_or_path: str, source: Source, where: list[str] | None = None) -> Table:
    return source.select(load_query(name_or_path), parse_where(where or []))
