"""Turtle of more triples than memory should hold, written to a file as it streams.

The same bytes as kg.serialize.triples_turtle (triples sorted, grouped by subject, the plain prefixes,
Oxigraph's writer), but the triples are sorted and made distinct on disk (an SQLite table beside the
output, whose byte order is Python's string order), and written in chunks that end at a subject:
memory stays flat in the number of triples. The people graph of a large corpus is written this way.
Blank nodes are refused (ValueError): every node of the project's graphs has an IRI.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Literal, URIRef

CHUNK = 20_000  # triples serialized at once; a chunk runs on to the end of its last subject
_INSERT = 2_000  # rows inserted at once

_SCHEMA = ("CREATE TABLE t (s TEXT, p TEXT, kind INTEGER, o TEXT, lang TEXT, dt TEXT, "
           "PRIMARY KEY (s, p, kind, o, lang, dt)) WITHOUT ROWID")


def write_turtle(path: str | Path, triples: Iterable[tuple], namespaces, chunk: int = CHUNK) -> None:
    """Write triples_turtle(triples, namespaces) to path, atomically (a temporary file, then a rename)."""
    from .serialize import triples_turtle

    path = Path(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}-") as tmp:
        db = sqlite3.connect(Path(tmp) / "sort.db")
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute(_SCHEMA)
            _insert(db, triples)
            part = Path(tmp) / path.name
            try:
                with open(part, "w", encoding="utf-8", newline="") as f:
                    _write(f, db, namespaces, chunk)
            except ValueError:  # a node Oxigraph cannot write (rdflib is laxer): the in-memory writer
                with open(part, "w", encoding="utf-8", newline="") as f:
                    f.write(triples_turtle(list(_terms(db)), namespaces))
        finally:
            db.close()
        os.replace(part, path)


def _insert(db: sqlite3.Connection, triples: Iterable[tuple]) -> None:
    rows = []
    for s, p, o in triples:
        if not (isinstance(s, URIRef) and isinstance(p, URIRef)):
            raise ValueError("blank nodes are not written: every node gets an IRI")
        rows.append((str(s), str(p), *_object_key(o)))
        if len(rows) >= _INSERT:
            db.executemany("INSERT OR IGNORE INTO t VALUES (?, ?, ?, ?, ?, ?)", rows)
            rows = []
    db.executemany("INSERT OR IGNORE INTO t VALUES (?, ?, ?, ?, ?, ?)", rows)


def _object_key(term) -> tuple:
    """kg.serialize._sort_key's order, as columns; the kind says a literal from an IRI."""
    if isinstance(term, Literal):
        return 1, str(term), term.language or "", str(term.datatype or "")
    if isinstance(term, URIRef):
        return 0, str(term), "", ""
    raise ValueError("blank nodes are not written: every node gets an IRI")


def _rows(db: sqlite3.Connection):
    return db.execute("SELECT s, p, kind, o, lang, dt FROM t ORDER BY s, p, kind, o, lang, dt")


def _terms(db: sqlite3.Connection):
    for s, p, kind, o, lang, dt in _rows(db):
        obj = URIRef(o) if kind == 0 else Literal(o, lang=lang or None, datatype=URIRef(dt) if dt else None)
        yield URIRef(s), URIRef(p), obj


def _write(f, db: sqlite3.Connection, namespaces, chunk: int) -> None:
    import pyoxigraph as ox

    prefixes = _plain_prefixes(db, namespaces)
    nodes: dict[str, object] = {}  # predicates and datatypes: few, met again and again

    def node(iri: str):
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = ox.NamedNode(iri)
        return found

    first = True
    batch: list = []
    subject = None
    subject_iri = None

    def flush() -> None:
        nonlocal first
        text = ox.serialize(batch, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
        lines = text.split("\n")
        head = [line for line in lines if line.startswith("@prefix ")]
        if first:  # as triples_turtle: the prefixes sorted (Oxigraph writes them in hash order), a blank line
            f.write("\n".join(sorted(head) + [""]) + "\n")
            first = False
        f.write("\n".join(lines[len(head):]))
        batch.clear()

    for s, p, kind, o, lang, dt in _rows(db):
        if s != subject_iri:
            if len(batch) >= chunk:
                flush()
            subject_iri, subject = s, ox.NamedNode(s)
        if kind == 0:
            obj = ox.NamedNode(o)
        elif lang:
            obj = ox.Literal(o, language=lang)
        else:
            obj = ox.Literal(o, datatype=node(dt or "http://www.w3.org/2001/XMLSchema#string"))
        batch.append(ox.Triple(subject, node(p), obj))
    if batch or first:
        flush()


def _plain_prefixes(db: sqlite3.Connection, namespaces) -> dict[str, str]:
    """kg.serialize._plain_prefixes over the table: one pass, remembering only the prefixes seen."""
    from .serialize import _prefix_use

    pairs = tuple(sorted((str(p), str(n)) for p, n in namespaces if p))
    used: set[str] = set()
    bad: set[str] = set()
    column_iris = ("SELECT DISTINCT s FROM t", "SELECT DISTINCT p FROM t", "SELECT DISTINCT o FROM t WHERE kind = 0",
                   "SELECT DISTINCT dt FROM t WHERE kind = 1 AND dt != ''")
    for query in column_iris:
        for (iri,) in db.execute(query):
            under, not_plain = _prefix_use(iri, pairs)
            used.update(under)
            bad.update(not_plain)
    return {prefix: namespace for prefix, namespace in pairs if prefix in used and prefix not in bad}
