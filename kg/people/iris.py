"""Person IRIs: minted from the earliest record of a person, and kept across builds.

A new person's IRI is `person/<slug>-<6 hex>`, the hex digits hashed from the folded name and the id of
the article that names the person first (earliest date, then article id): content, not a counter, so the
same folder gives the same IRIs, and an article that names someone else changes none of them.

The previous people.ttl of the folder is the memory: a person keeps the IRI it had when most of its records
were one person under it. When two persons merge, the IRI of the one that does not go on stays, as
`<old> owl:sameAs <kept>`; when one splits, the part with most of the records keeps the IRI.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold, slug
from .records import Record

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


@dataclass
class Memory:
    """What a previous people.ttl said: each record's person, and the IRIs that already redirect."""

    person_of: dict[str, str] = field(default_factory=dict)  # record IRI -> person IRI
    redirects: dict[str, str] = field(default_factory=dict)  # old person IRI -> person IRI

    def members(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for record, person in self.person_of.items():
            out.setdefault(person, set()).add(record)
        return out


def read_memory(path: Path) -> Memory:
    import pyoxigraph as ox

    memory = Memory()
    if not path.exists():
        return memory
    try:  # read as it streams: the old file of a big corpus is large, and only its sameAs links matter
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if t.predicate.value == OWL_SAME_AS and isinstance(t.subject, ox.NamedNode):
                if "/article/" in t.subject.value:
                    memory.person_of[t.subject.value] = t.object.value
                else:
                    memory.redirects[t.subject.value] = t.object.value
    except (OSError, SyntaxError, ValueError):
        return Memory()  # an unreadable old file is no memory; the new one replaces it
    return memory


def person_iri(base: str, name: str, article_id: str) -> str:
    """The IRI minted for a person first named `name` by article `article_id`."""
    digest = hashlib.sha256(f"{fold(name)}|{article_id}".encode("utf-8")).hexdigest()[:6]
    return f"{base}person/{slug(name)}-{digest}"


def mint(base: str, founder: Record) -> str:
    return person_iri(base, founder.name, founder.article_id)


def assign(base: str, groups: list[list[Record]], memory: Memory) -> tuple[list[str], dict[str, str]]:
    """An IRI for each group of records (in order), and the redirects old IRI -> IRI."""
    founders = [min(g, key=lambda r: r.order) for g in groups]
    ranked = []
    for n, group in enumerate(groups):
        counts = Counter(memory.person_of[r.iri] for r in group if r.iri in memory.person_of)
        first: dict[str, tuple] = {}  # the earliest record each earlier person has in this group
        for r in sorted(group, key=lambda r: r.order):
            if r.iri in memory.person_of:
                first.setdefault(memory.person_of[r.iri], r.order)
        # most records first; then the person whose record is earliest keeps its IRI
        ranked.extend((-count, first[person], person, n) for person, count in counts.items())
    chosen: dict[int, str] = {}
    used: set[str] = set()
    for _, _, person, n in sorted(ranked):
        if n not in chosen and person not in used:
            chosen[n] = person
            used.add(person)
    iris = []
    for n in range(len(groups)):
        if n not in chosen:
            iri, k = mint(base, founders[n]), 2
            while iri in used:
                iri, k = f"{mint(base, founders[n])}-{k}", k + 1
            chosen[n] = iri
            used.add(iri)
        iris.append(chosen[n])
    now = {r.iri: iris[n] for n, group in enumerate(groups) for r in group}
    final: dict[str, str] = {}
    for person, records in memory.members().items():
        if person in used:
            continue
        counts = Counter(now[r] for r in records if r in now)
        if counts:
            final[person] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for old, person in memory.redirects.items():
        target = person if person in used else final.get(person)
        if target and target != old and old not in used:
            final[old] = target
    return iris, dict(sorted(final.items()))
