"""Provinces, across the 2025 reorganisation: a place IRI -> the province it lies in, and whether two
provinces named at different times are one (Sóc Trăng before 2025-07-01 is part of Cần Thơ after it).
The successions come from the gazetteer's reference data (kg/gazetteer), not from article text."""
from __future__ import annotations

import functools
from dataclasses import dataclass

REFORM = "2025-07-01"


@dataclass(frozen=True, order=True)
class ProvinceRef:
    slug: str  # the slug of the place IRI's first segment: 'soc-trang'
    era: str  # 'legacy' or '2025'


def province_ref(place_iri: str, date: str) -> ProvinceRef | None:
    """`…/place/<province>/…` on a date -> the province, in the era of the date (a name that is no 2025
    province is read as the legacy one whatever the date: articles name former provinces)."""
    marker = "/place/"
    at = place_iri.find(marker)
    if at < 0:
        return None
    slug = place_iri[at + len(marker):].split("/", 1)[0]
    succession = _successions()
    if slug not in succession and slug not in _provinces_2025():
        return None  # not a province (a district or ward named without its province)
    era = "2025" if date >= REFORM and slug in _provinces_2025() else "legacy"
    if era == "legacy" and slug not in succession:
        era = "2025"
    return _ref(slug, era)


@functools.cache
def _ref(slug: str, era: str) -> ProvinceRef:
    """One object per province and era, shared by every record that names it."""
    return ProvinceRef(slug, era)


def related(a: ProvinceRef, b: ProvinceRef) -> bool:
    """One province, or a legacy province and the 2025 province that took its ground."""
    if a.era == b.era:
        return a.slug == b.slug
    legacy, new = (a, b) if a.era == "legacy" else (b, a)
    return _successions().get(legacy.slug) == new.slug


def any_related(xs, ys) -> bool:
    return any(related(x, y) for x in xs for y in ys)


@functools.lru_cache(maxsize=1)
def _successions() -> dict[str, str]:
    """Legacy province slug -> the slug of the 2025 province that took (most of) its ground."""
    from ..gazetteer import LEGACY, default_gazetteer
    from ..text import slug

    gazetteer = default_gazetteer()
    out: dict[str, str] = {}
    for unit in gazetteer.units(LEGACY):
        if unit.kind not in ("province", "city"):
            continue
        successors = [s for s, share in gazetteer.successors(unit) if s.kind in ("province", "city")]
        if successors:
            out[slug(unit.name)] = slug(successors[0].name)
    return out


@functools.lru_cache(maxsize=1)
def _provinces_2025() -> frozenset[str]:
    from ..gazetteer import ERA_2025, default_gazetteer
    from ..text import slug

    return frozenset(slug(u.name) for u in default_gazetteer().units(ERA_2025) if u.kind in ("province", "city"))
