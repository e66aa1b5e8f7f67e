"""The people layer: who, across articles, is one person and who is only a namesake.

Each article graph keeps its own person nodes (`…/article/<id>/person/<slug>`, the records). The resolver
reads the built `.ttl` files of a folder (never article text), groups the records into persons on the
evidence the articles state (kg.people.evidence), applies the decisions people made (kg.people.decisions),
and writes `people.ttl`: each person, `owl:sameAs` links from its records and from IRIs it replaced, and
`vnkg:namesake` links. docs/identity.md says how an IRI is chosen and when it can change.

    records.py    built graphs -> records          provinces.py  provinces across the 2025 reform
    evidence.py   do two groups of records fit one person    resolve.py  blocking, grouping, candidates
    decisions.py  the decisions file               iris.py       stable IRIs      graph.py  people.ttl
    spool.py      the same resolution with the records on disk, one name block at a time (what `kg build` uses)
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .decisions import DECISIONS_FILE, Decisions, load_decisions, save_decisions
from .records import PEOPLE_FILE, Record, article_files, read_records
from .resolve import Candidate, Resolution, resolve
from .spool import resolve_folder_on_disk

__all__ = ["DECISIONS_FILE", "PEOPLE_FILE", "Candidate", "Decisions", "Record", "Resolution", "Resolved",
           "default_decisions", "load_decisions", "resolve", "resolve_folder", "resolve_folder_on_disk",
           "save_decisions"]


@dataclass
class Resolved:
    """What resolve_folder did: the people graph's path and IRI, and the resolution with its IRIs."""

    path: Path
    graph_iri: str
    resolution: Resolution
    iris: list[str]  # the person IRI of each cluster, in resolution.clusters' order
    redirects: dict[str, str]

    def iri_of(self, cluster) -> str:
        return self.iris[self.resolution.clusters.index(cluster)]

    def summary(self) -> str:
        r = self.resolution
        records = sum(len(c.records) for c in r.clusters)
        return (f"people: {records} person mentions -> {len(r.clusters)} persons, {len(r.candidates)} "
                f"candidate pairs to decide, {len(self.redirects)} merged IRIs kept -> {self.path}")


def default_decisions(out_dir: str | Path) -> Path:
    """The decisions file of a built folder: OUT/people-decisions.tsv."""
    return Path(out_dir) / DECISIONS_FILE


def resolve_folder(out_dir: str | Path, decisions: str | Path | Decisions | None = None) -> Resolved:
    """Resolve the persons of the article graphs in out_dir and write out_dir/people.ttl atomically.

    decisions: a Decisions object, a path, or None for out_dir/people-decisions.tsv (if it exists)."""
    from .graph import write_people_turtle
    from .iris import assign, read_memory

    folder = Path(out_dir)
    if not isinstance(decisions, Decisions):
        decisions = load_decisions(decisions if decisions is not None else default_decisions(folder))
    records = read_records(article_files(folder))
    memory = read_memory(folder / PEOPLE_FILE)
    resolution = resolve(records, _as_records(decisions, records, memory))
    base = _base(records)
    iris, redirects = assign(base, [c.records for c in resolution.clusters], memory)
    index = {id(c): iri for c, iri in zip(resolution.clusters, iris)}
    namesakes = sorted({tuple(sorted((index[id(a)], index[id(b)]))) for a, b in resolution.namesakes})
    path = folder / PEOPLE_FILE
    write_people_turtle(path, base, list(zip(iris, [c.records for c in resolution.clusters])), redirects, namesakes)
    return Resolved(path, base + "people", resolution, iris, redirects)


def _as_records(decisions: Decisions, records: list[Record], memory) -> Decisions:
    """Decisions with each person IRI written by hand in the file (not a record) replaced by the earliest record
    that person had in the previous people.ttl; record IRIs as they are."""
    known = {r.iri: r for r in records}
    members: dict[str, list[Record]] = {}
    for record, person in memory.person_of.items():
        if record in known:
            members.setdefault(person, []).append(known[record])
    for old, person in memory.redirects.items():
        members.setdefault(old, members.get(person, []))

    def earliest(iri: str) -> str | None:
        return min(members[iri], key=lambda r: r.order).iri if members.get(iri) else None

    return translate_decisions(decisions, known.__contains__, earliest)


def translate_decisions(decisions: Decisions, is_record: Callable[[str], bool],
                        earliest: Callable[[str], str | None]) -> Decisions:
    """Each IRI of the decisions that is no record's -> earliest(IRI), the earliest record of that person,
    when it has one; a decision whose two IRIs become one is dropped."""
    def record(iri: str) -> str:
        return iri if is_record(iri) else (earliest(iri) or iri)

    out = Decisions()
    for (a, b), verdict in decisions.judgements.items():
        if record(a) != record(b):
            out.record(verdict, record(a), record(b), decisions.notes.get((a, b), ""))
    return out


def _base(records: list[Record]) -> str:
    from ..ids import DEFAULT_BASE

    for rec in records:
        at = rec.iri.find("article/")
        if at > 0:
            return rec.iri[:at]
    return DEFAULT_BASE
