"""Each built article's person records, read by the worker that built it, for the people step.

The people step (kg.people.spool) reads every article graph of the folder for its person records. It ran
in the process that started the run, alone, after the workers had finished, re-reading each Turtle file
and loading the whole gazetteer there once more (for the provinces). A worker holds each graph's Turtle
text already: it reads the records from that text, with the same parser and queries (kg.people.spool.
record_rows), and hands them back with the Outcome. The run keeps them in OUT/.kg/person-rows.sqlite while it
lasts, and the people step takes an article's rows from there instead of reading its file. A file whose rows
were not kept in this run (an article skipped as unchanged, a worker that could not read them) is read as before.
"""
from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from .work import Outcome

ROWS_FILE = Path(".kg") / "person-rows.sqlite"


def rows_of_turtle(text: str) -> bytes:
    """An article's Turtle, as written to its file -> its person records' rows, pickled (kg.people.spool)."""
    from .written import read_written

    return read_written(text).person_rows


class KeptRows:
    """The rows the workers handed back in this run, by article id, with what the article's file was built
    from (its input's digest and the version, as the manifest records them). The file goes at the end of
    the run; a killed run's is dropped by the next, which keeps its own."""

    def __init__(self, out: Path):
        self.path = out / ROWS_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path)
        for pragma in ("journal_mode=OFF", "synchronous=OFF"):  # a file for this run only
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("CREATE TABLE kept (id TEXT PRIMARY KEY, made_from TEXT, rows BLOB) WITHOUT ROWID")

    def keep(self, outcome: Outcome, version: str) -> None:
        if outcome.built and outcome.person_rows:
            self.db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?, ?)",
                            (outcome.id, f"{outcome.digest} {version}", outcome.person_rows))
        else:
            self.db.execute("DELETE FROM kept WHERE id = ?", (outcome.id,))

    def finder(self, entries: dict):
        """-> a function: an article file -> its kept rows, or None when the manifest's entry for it (entries,
        by id) is not the one they were made for."""
        def rows(path: Path) -> list[tuple] | None:
            entry = entries.get(path.stem)
            found = self.db.execute("SELECT made_from, rows FROM kept WHERE id = ?", (path.stem,)).fetchone()
            if entry is None or found is None or entry.get("status") != "built" \
                    or found[0] != f"{entry['digest']} {entry['version']}":
                return None
            return pickle.loads(found[1])

        return rows

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)
