"""Person records -> persons: blocking by name, then evidence within each block, then decisions.

Records are blocked by their name without diacritics, so only records that could be one person are ever
compared, and the work grows with the size of the blocks, not the square of the corpus. Within a block,
records are taken earliest first, and each joins the group it best fits when the evidence says they are one
person (kg.people.evidence); otherwise it starts a group of its own. Decisions that people made win over
all of this: `same` joins two groups before any evidence is weighed, `different` keeps them apart.
Pairs of groups with one name that stay apart without a conflict are candidates for a person to decide.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .decisions import Decisions
from .evidence import Profile, Verdict, compare
from .records import Record


@dataclass(slots=True)
class Cluster:
    records: list[Record]
    profile: Profile | None  # None once its block is resolved: a large corpus holds every cluster at once

    @property
    def founder(self) -> Record:
        return min(self.records, key=lambda r: r.order)


@dataclass(frozen=True, slots=True)
class Candidate:
    a: Cluster
    b: Cluster
    verdict: Verdict


@dataclass
class Resolution:
    clusters: list[Cluster]
    candidates: list[Candidate] = field(default_factory=list)
    namesakes: list[tuple[Cluster, Cluster]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def block_key(name: str) -> str:
    from ..text import fold, strip_diacritics

    return re.sub(r"\s+", " ", strip_diacritics(fold(name))).strip()


def resolve(records: list[Record], decisions: Decisions | None = None) -> Resolution:
    decisions = decisions or Decisions()
    warnings: list[str] = []
    units = _forced_units(records, decisions, warnings)
    blocks: dict[str, list[list[Record]]] = {}
    for unit in units:
        blocks.setdefault(min(block_key(r.name) for r in unit), []).append(unit)
    clusters: list[Cluster] = []
    candidates: list[Candidate] = []
    namesakes: list[tuple[Cluster, Cluster]] = []
    for key in sorted(blocks):
        found, found_candidates, found_namesakes = resolve_block(blocks[key], decisions)
        clusters.extend(found)
        candidates.extend(found_candidates)
        namesakes.extend(found_namesakes)
    clusters.sort(key=lambda c: c.founder.order)
    candidates.sort(key=lambda c: (-c.verdict.score, c.a.founder.order, c.b.founder.order))
    return Resolution(clusters, candidates, namesakes, warnings)


def resolve_block(units: list[list[Record]], decisions: Decisions
                  ) -> tuple[list[Cluster], list[Candidate], list[tuple[Cluster, Cluster]]]:
    """One block's units (records a decision joins, or one record) -> its persons, the pairs of them left to
    decide (candidates) and every pair of them (namesakes). Nothing outside the block is read."""
    found = _cluster_block(sorted(units, key=lambda u: min(r.order for r in u)), decisions)
    candidates: list[Candidate] = []
    namesakes: list[tuple[Cluster, Cluster]] = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            verdict = compare(a.profile, b.profile)
            namesakes.append((a, b))
            if not verdict.conflict or verdict.conflict.startswith(("posts in different", "articles about")):
                candidates.append(Candidate(a, b, verdict))
    for cluster in found:
        cluster.profile = None
    return found, candidates, namesakes


def _forced_units(records: list[Record], decisions: Decisions, warnings: list[str]) -> list[list[Record]]:
    """Records that `same` decisions join, as groups (union-find); every other record alone."""
    known = {r.iri for r in records}
    root = decision_roots(known.__contains__, decisions, warnings)
    groups: dict[str, list[Record]] = {}
    for r in records:
        groups.setdefault(root.get(r.iri, r.iri), []).append(r)
    return list(groups.values())


def decision_roots(known: Callable[[str], bool], decisions: Decisions, warnings: list[str]) -> dict[str, str]:
    """The records that `same` decisions join (union-find) -> the least IRI of each one's group; a record no
    decision joins is not in it. known: whether an article of the folder names a record IRI."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    present: dict[str, bool] = {}

    def here(iri: str) -> bool:
        if iri not in present:
            present[iri] = known(iri)
        return present[iri]

    for a, b in decisions.same_pairs() + decisions.different_pairs():
        missing = [iri for iri in (a, b) if not here(iri)]
        if missing:
            warnings.append(f"a decision names {missing[0]}, which no article of the folder names: it waits")
    for a, b in decisions.same_pairs():
        if here(a) and here(b):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    for a, b in decisions.different_pairs():
        if here(a) and here(b) and find(a) == find(b):
            warnings.append(f"decisions say both 'same' and 'different' for {a} and {b}: 'same' holds")
    return {iri: find(iri) for iri in list(parent)}


def _cluster_block(units: list[list[Record]], decisions: Decisions) -> list[Cluster]:
    clusters: list[Cluster] = []
    for unit in units:
        profile = Profile()
        for rec in unit:
            profile.add(rec)
            profile.forbidden |= decisions.kept_apart(rec.iri)
        best: tuple[float, int] | None = None
        for n, cluster in enumerate(clusters):
            verdict = compare(cluster.profile, profile)
            if verdict.same and (best is None or verdict.score > best[0]):
                best = (verdict.score, n)
        if best is None:
            clusters.append(Cluster(list(unit), profile))
        else:
            target = clusters[best[1]]
            target.records.extend(unit)
            target.profile.merge(profile)
    return _attach_postless(_join_fitting(clusters))


def _attach_postless(clusters: list[Cluster]) -> list[Cluster]:
    """A group whose articles state no post of the person (only the name, in an article about a province)
    joins the one group of that name that holds posts in that province, when there is exactly one and
    nothing speaks against it; with two or more, it stays apart (a candidate)."""
    from .provinces import any_related

    for group in [c for c in clusters if _postless(c.profile)]:
        if not group.profile.context:
            continue
        fitting = [c for c in clusters if c is not group and c.profile.provinces
                   and any_related(group.profile.context, c.profile.provinces)]
        if len(fitting) == 1 and not compare(fitting[0].profile, group.profile).conflict:
            fitting[0].records.extend(group.records)
            fitting[0].profile.merge(group.profile)
            clusters.remove(group)
    return clusters


def _postless(profile: Profile) -> bool:
    return not (profile.bodies or profile.titles or profile.leads or profile.provinces or profile.posts)


def _join_fitting(clusters: list[Cluster]) -> list[Cluster]:
    """Groups that came to fit one person only once both were built (earliest-first order can leave
    them apart) are joined, the best-fitting pair first, until no pair fits."""
    while True:
        best: tuple[float, int, int] | None = None
        for i, a in enumerate(clusters):
            for j in range(i + 1, len(clusters)):
                verdict = compare(a.profile, clusters[j].profile)
                if verdict.same and (best is None or verdict.score > best[0]):
                    best = (verdict.score, i, j)
        if best is None:
            return clusters
        _, i, j = best
        clusters[i].records.extend(clusters[j].records)
        clusters[i].profile.merge(clusters[j].profile)
        del clusters[j]
