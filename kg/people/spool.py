"""The people layer over a big folder: the person records on disk, resolved one name block at a time.

resolve_folder (kg.people) holds every record of the folder at once, since any two records of one name may be
one person: its memory grows with the corpus. Here the records go to an SQLite file as each article is read,
keyed by their name block (kg.people.resolve.block_key), and each block is read back and resolved on its own;
the persons found, what the previous people.ttl said of their records, and the pairs of namesakes go to the
same file, and the IRIs are then given in the order resolve_folder gives them. Memory holds one article's or
one block's records. people.ttl is the same, byte for byte, as resolve_folder writes (tests/test_people_spool.py).
"""
from __future__ import annotations

import itertools
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decisions import Decisions
from .records import PEOPLE_FILE, Record

_SCHEMA = (
    # a record, in its block; ordered as Record.order, then as read (the order the in-memory sort keeps)
    "CREATE TABLE rec (seq INTEGER PRIMARY KEY, block TEXT, d TEXT, aid TEXT, iri TEXT, data BLOB)",
    "CREATE TABLE mem (record TEXT PRIMARY KEY, person TEXT) WITHOUT ROWID",  # the previous people.ttl
    # a person found, in the order blocks are resolved, with its founder's order and its records
    "CREATE TABLE cl (id INTEGER PRIMARY KEY, d TEXT, aid TEXT, iri TEXT, name TEXT, article_id TEXT, records BLOB)",
    # how many of a person's records an earlier person had, and the earliest of them (kg.people.iris.assign)
    "CREATE TABLE claim (cl INTEGER, person TEXT, n INTEGER, d TEXT, aid TEXT, iri TEXT)",
    "CREATE TABLE ns (a INTEGER, b INTEGER)",  # two persons of one name
    "CREATE TABLE chosen (cl INTEGER PRIMARY KEY, person TEXT)",  # an earlier person's IRI kept
    "CREATE TABLE minted (cl INTEGER PRIMARY KEY, person TEXT)",  # a new IRI
    "CREATE TABLE used (iri TEXT PRIMARY KEY) WITHOUT ROWID",
)
_ORDER = "d, aid, iri"  # Record.order as columns: SQLite compares text as UTF-8 bytes, Python's str order
_INSERT = 2_000  # rows written at once
KeptRows = Callable[[Path], "list[tuple] | None"]  # an article file -> its rows, made when it was built; None: read it


@dataclass
class Outcome:
    """What a resolution found (for the build's summary line and its warnings)."""

    warnings: list[str] = field(default_factory=list)
    records: int = 0
    persons: int = 0
    candidates: int = 0


@dataclass
class SpooledResolved:
    """Stands for kg.people.Resolved after a resolution on disk: the file, the graph's IRI and the counts."""

    path: Path
    graph_iri: str
    resolution: Outcome
    redirects: dict[str, str]

    def summary(self) -> str:
        r = self.resolution
        return (f"people: {r.records} person mentions -> {r.persons} persons, {r.candidates} "
                f"candidate pairs to decide, {len(self.redirects)} merged IRIs kept -> {self.path}")


def resolve_folder_on_disk(out_dir: str | Path, decisions: str | Path | Decisions | None = None,
                           kept: KeptRows | None = None) -> SpooledResolved:
    """resolve_folder(out_dir, decisions), with the records on disk: the same people.ttl, in memory that does
    not grow with the folder. kept: an article file -> its rows (record_rows) made when it was built, or None
    to read the file."""
    from . import default_decisions, load_decisions

    folder = Path(out_dir)
    if not isinstance(decisions, Decisions):
        decisions = load_decisions(decisions if decisions is not None else default_decisions(folder))
    (folder / ".kg").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder / ".kg", prefix="people-") as tmp:
        db = sqlite3.connect(Path(tmp) / "people.db")
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE"):
                db.execute(f"PRAGMA {pragma}")
            for table in _SCHEMA:
                db.execute(table)
            return _resolve(db, folder, decisions, kept)
        finally:
            db.close()


def _resolve(db: sqlite3.Connection, folder: Path, decisions: Decisions, kept: KeptRows | None) -> SpooledResolved:
    from .graph import write_people_turtle
    from .records import article_files

    outcome = Outcome()
    outcome.records = _spool_records(db, article_files(folder), kept)
    redirects_before = _spool_memory(db, folder / PEOPLE_FILE)
    db.execute("CREATE INDEX rec_iri ON rec (iri)")
    db.execute("CREATE INDEX mem_person ON mem (person)")
    decisions = _as_records(db, decisions, redirects_before)
    roots = _join_forced(db, decisions, outcome.warnings)
    db.execute(f"CREATE INDEX rec_block ON rec (block, {_ORDER}, seq)")
    _resolve_blocks(db, decisions, roots, outcome)
    base = _base(db)
    _assign(db, base)
    redirects = _redirects(db, redirects_before)
    path = folder / PEOPLE_FILE
    write_people_turtle(path, base, _persons(db), redirects, _namesakes(db))
    return SpooledResolved(path, base + "people", outcome, redirects)


def _spool_records(db: sqlite3.Connection, files: list[Path], kept: KeptRows | None = None) -> int:
    """Each article's records (read as read_records reads them, unless kept has them) -> the rec table;
    -> how many."""
    count = 0
    rows = []
    for path in files:
        found = kept(path) if kept is not None else None
        rows += found if found is not None else record_rows(_read_store(path))
        if len(rows) >= _INSERT:
            count += _flush_rows(db, rows)
    return count + _flush_rows(db, rows)


def record_rows(store) -> list[tuple]:
    """An article's records, in a pyoxigraph store of its graph alone -> the rows of the rec table (but seq)."""
    from .records import records_from_store
    from .resolve import block_key

    rows = []
    for rec in records_from_store(store):
        date, aid, iri = rec.order
        rows.append((block_key(rec.name), date, aid, iri, pickle.dumps(rec, pickle.HIGHEST_PROTOCOL)))
    return rows


def _read_store(path: Path):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _flush_rows(db: sqlite3.Connection, rows: list) -> int:
    db.executemany("INSERT INTO rec (block, d, aid, iri, data) VALUES (?, ?, ?, ?, ?)", rows)
    done = len(rows)
    rows.clear()
    return done


def _spool_memory(db: sqlite3.Connection, path: Path) -> dict[str, str]:
    """The previous people.ttl (kg.people.iris.read_memory): each record's person -> the mem table; the IRIs
    that already redirected -> returned (one per person merged away: few)."""
    import pyoxigraph as ox

    from .iris import OWL_SAME_AS

    redirects: dict[str, str] = {}
    if not path.exists():
        return redirects
    rows = []
    try:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value == OWL_SAME_AS and isinstance(t.subject, ox.NamedNode):
                if "/article/" in t.subject.value:
                    rows.append((t.subject.value, t.object.value))
                    if len(rows) >= _INSERT:
                        db.executemany("INSERT OR REPLACE INTO mem VALUES (?, ?)", rows)  # the last wins, as in a dict
                        rows = []
                else:
                    redirects[t.subject.value] = t.object.value
    except (OSError, SyntaxError, ValueError):
        db.execute("DELETE FROM mem")  # an unreadable old file is no memory; the new one replaces it
        return {}
    db.executemany("INSERT OR REPLACE INTO mem VALUES (?, ?)", rows)
    return redirects


def _known(db: sqlite3.Connection, iri: str) -> bool:
    return db.execute("SELECT 1 FROM rec WHERE iri = ? LIMIT 1", (iri,)).fetchone() is not None


def _as_records(db: sqlite3.Connection, decisions: Decisions, redirects: dict[str, str]) -> Decisions:
    """kg.people._as_records, with the lookups in the file: a person IRI in the decisions -> its earliest
    record in the previous people.ttl."""
    from . import translate_decisions

    def earliest(person: str) -> str | None:
        def first(iri: str) -> str | None:
            row = db.execute(f"SELECT rec.iri FROM mem JOIN rec ON rec.iri = mem.record WHERE mem.person = ? "
                             f"ORDER BY rec.d, rec.aid, rec.iri LIMIT 1", (iri,)).fetchone()
            return row[0] if row else None

        found = first(person)
        if found is None and person in redirects:  # an IRI merged away: its person's records
            found = first(redirects[person])
        return found

    return translate_decisions(decisions, lambda iri: _known(db, iri), earliest)


def _join_forced(db: sqlite3.Connection, decisions: Decisions, warnings: list[str]) -> dict[str, str]:
    """Records that `same` decisions join go to one block, the least of their names' (as resolve does)."""
    from .resolve import decision_roots

    roots = decision_roots(lambda iri: _known(db, iri), decisions, warnings)
    groups: dict[str, list[str]] = {}
    for iri, root in roots.items():
        groups.setdefault(root, []).append(iri)
    for members in groups.values():
        marks = ",".join("?" * len(members))
        (block,) = db.execute(f"SELECT min(block) FROM rec WHERE iri IN ({marks})", members).fetchone()
        db.execute(f"UPDATE rec SET block = ? WHERE iri IN ({marks})", [block, *members])
    return roots


def _resolve_blocks(db: sqlite3.Connection, decisions: Decisions, roots: dict[str, str], outcome: Outcome) -> None:
    """Each block's records, earliest first -> its persons (cl), their earlier persons (claim), its namesakes."""
    from .resolve import resolve_block

    reader = db.cursor()  # it reads rec while the other tables are written
    rows = reader.execute(f"SELECT block, data FROM rec ORDER BY block, {_ORDER}, seq")
    for _, block_rows in itertools.groupby(rows, key=lambda row: row[0]):
        units: dict[str, list[Record]] = {}
        for _, data in block_rows:
            rec = pickle.loads(data)
            units.setdefault(roots.get(rec.iri, rec.iri), []).append(rec)
        found, candidates, namesakes = resolve_block(list(units.values()), decisions)
        ids = {}
        for cluster in found:
            founder = cluster.founder
            cursor = db.execute("INSERT INTO cl (d, aid, iri, name, article_id, records) VALUES (?, ?, ?, ?, ?, ?)",
                                (*founder.order, founder.name, founder.article_id,
                                 pickle.dumps(cluster.records, pickle.HIGHEST_PROTOCOL)))
            ids[id(cluster)] = cursor.lastrowid
            db.executemany("INSERT INTO claim VALUES (?, ?, ?, ?, ?, ?)",
                           [(cursor.lastrowid, *claim) for claim in _claims(db, cluster.records)])
        db.executemany("INSERT INTO ns VALUES (?, ?)", [(ids[id(a)], ids[id(b)]) for a, b in namesakes])
        outcome.persons += len(found)
        outcome.candidates += len(candidates)


def _claims(db: sqlite3.Connection, records: list[Record]) -> list[tuple]:
    """The earlier persons of a group's records: (person, how many of its records, the earliest one's order)."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[str, str, str]] = {}
    for rec in sorted(records, key=lambda r: r.order):
        row = db.execute("SELECT person FROM mem WHERE record = ?", (rec.iri,)).fetchone()
        if row:
            counts[row[0]] = counts.get(row[0], 0) + 1
            first.setdefault(row[0], rec.order)
    return [(person, n, *first[person]) for person, n in counts.items()]


def _base(db: sqlite3.Connection) -> str:
    from ..ids import DEFAULT_BASE

    for (iri,) in db.execute(f"SELECT iri FROM rec ORDER BY {_ORDER}, seq"):
        at = iri.find("article/")
        if at > 0:
            return iri[:at]
    return DEFAULT_BASE


def _assign(db: sqlite3.Connection, base: str) -> None:
    """kg.people.iris.assign over the file: an earlier person's IRI goes to the group with most of its records
    (then the earliest), each IRI to one group; every other group gets a new IRI, in the persons' order."""
    from .iris import person_iri

    ranked = db.cursor().execute(
        "SELECT claim.cl, claim.person FROM claim JOIN cl ON cl.id = claim.cl "
        "ORDER BY claim.n DESC, claim.d, claim.aid, claim.iri, claim.person, cl.d, cl.aid, cl.iri, cl.id")
    for group, person in ranked:
        taken = db.execute("SELECT 1 FROM chosen WHERE cl = ?", (group,)).fetchone()
        if not taken and not _used(db, person):
            db.execute("INSERT INTO chosen VALUES (?, ?)", (group, person))
            db.execute("INSERT INTO used VALUES (?)", (person,))
    rows = db.cursor().execute(f"SELECT id, name, article_id FROM cl WHERE id NOT IN (SELECT cl FROM chosen) "
                               f"ORDER BY {_ORDER}, id")
    for group, name, article_id in rows:
        first = iri = person_iri(base, name, article_id)
        k = 2
        while _used(db, iri):
            iri, k = f"{first}-{k}", k + 1
        db.execute("INSERT INTO minted VALUES (?, ?)", (group, iri))
        db.execute("INSERT INTO used VALUES (?)", (iri,))
    db.execute("CREATE VIEW iri AS SELECT cl, person FROM chosen UNION ALL SELECT cl, person FROM minted")


def _redirects(db: sqlite3.Connection, before: dict[str, str]) -> dict[str, str]:
    """Old IRI -> IRI (kg.people.iris.assign): an earlier person whose IRI no group kept goes to the group
    with most of its records (then the least IRI); IRIs that redirected before follow their person."""
    final: dict[str, str] = {}
    rows = db.execute("SELECT claim.person, claim.n, iri.person FROM claim JOIN iri ON iri.cl = claim.cl "
                      "WHERE claim.person NOT IN (SELECT iri FROM used) ORDER BY claim.person")
    for person, group in itertools.groupby(rows, key=lambda row: row[0]):
        counts: dict[str, int] = {}
        for _, n, now in group:
            counts[now] = counts.get(now, 0) + n
        final[person] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for old, person in before.items():
        target = person if _used(db, person) else final.get(person)
        if target and target != old and not _used(db, old):
            final[old] = target
    return dict(sorted(final.items()))


def _used(db: sqlite3.Connection, iri: str) -> bool:
    return db.execute("SELECT 1 FROM used WHERE iri = ?", (iri,)).fetchone() is not None


def _persons(db: sqlite3.Connection) -> Iterator[tuple[str, list[Record]]]:
    for person, records in db.cursor().execute("SELECT iri.person, cl.records FROM cl JOIN iri ON iri.cl = cl.id"):
        yield person, pickle.loads(records)


def _namesakes(db: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    rows = db.cursor().execute("SELECT x.person, y.person FROM ns JOIN iri AS x ON x.cl = ns.a "
                               "JOIN iri AS y ON y.cl = ns.b")
    for a, b in rows:
        yield min(a, b), max(a, b)
