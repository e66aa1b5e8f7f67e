"""Identity across the articles (kg.people) is made again only when what it reads has changed.

It reads every article graph of the folder, the decisions file and its own last people.ttl; a weekly
run in which nothing changed would otherwise spend most of its time (and its memory) resolving the
same persons again and replacing the same people graph in the store. OUT/.kg/people-resolved holds a
digest of those inputs (each article file's name with its input's digest from the manifest, which
with the tool's version makes its bytes; the decisions file's bytes; people.ttl's bytes) and the people graph's IRI, written once the people
graph is in the store.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

STAMP = Path(".kg") / "people-resolved"


@dataclass
class _NoResolution:
    warnings: list[str] = field(default_factory=list)


@dataclass
class PeopleUnchanged:
    """Stands for kg.people.Resolved when nothing the resolution reads has changed."""

    path: Path
    graph_iri: str
    resolution: _NoResolution = field(default_factory=_NoResolution)

    def summary(self) -> str:
        return f"people: unchanged since the last build -> {self.path}"


def _inputs_digest(out: Path, decisions: Path | None, entries: dict) -> str | None:
    from ..people import PEOPLE_FILE, default_decisions
    from ..people.records import article_files
    from .manifest import tool_version

    people = out / PEOPLE_FILE
    if not people.exists():
        return None
    digest = hashlib.sha256(tool_version().encode())
    for path in article_files(out):
        entry = entries.get(path.stem) or {}
        if entry.get("status") == "built":  # its bytes follow from its input's digest and the tool's version
            said = f"{entry['digest']} {entry['version']}"
        else:  # a file the manifest does not account for
            said = hashlib.sha256(path.read_bytes()).hexdigest()
        digest.update(f"{path.name}\t{said}\n".encode())
    decisions_file = decisions or default_decisions(out)
    digest.update(decisions_file.read_bytes() if decisions_file.exists() else b"-")
    digest.update(people.read_bytes())
    return digest.hexdigest()


def unchanged_people(out: Path, decisions: Path | None, entries: dict,
                     store_has_graph=None) -> PeopleUnchanged | None:
    """PeopleUnchanged when the last resolution's inputs are as they were (and the store, when there is one,
    holds its graph); None when the people are to be resolved."""
    from ..people import PEOPLE_FILE

    try:
        stamp = json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stamp.get("inputs") != _inputs_digest(out, decisions, entries):
        return None
    if store_has_graph is not None and not store_has_graph(stamp["graph"]):
        return None
    return PeopleUnchanged(out / PEOPLE_FILE, stamp["graph"])


def record_people(out: Path, decisions: Path | None, entries: dict, graph_iri: str) -> None:
    """After a resolution (and its graph's load into the store): what it read, for the next run.
    entries: the manifest's, by article id."""
    inputs = _inputs_digest(out, decisions, entries)
    if inputs is None:
        return
    (out / STAMP).parent.mkdir(parents=True, exist_ok=True)
    (out / STAMP).write_text(json.dumps({"inputs": inputs, "graph": graph_iri}) + "\n", encoding="utf-8")

