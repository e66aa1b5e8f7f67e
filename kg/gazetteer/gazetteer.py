"""Resolve Vietnamese place mentions to official administrative units.

Data: the ``vietnamadminunits`` package (MIT), read directly from its
``data/dataset.db`` (SQLite) and ``data/converter_2025.json``:

* ``admin_units_legacy`` -- one row per pre-2025 ward/commune/town with its
  district and province denormalised into the row (10,040 rows; 5 island
  districts without wards have a row with empty ward columns).  It is a
  *snapshot of the units in force just before 2025-07-01*: wards merged
  between 2019 and 2025 have no row of their own, they only survive as
  ``wardAlias`` keys of the ward that absorbed them.
* ``admin_units`` -- the 2025 units (34 provinces, 3,321 wards/communes/
  special zones; no districts).
* ``converter_2025.json`` -- ``DICT_PROVINCE`` (new province -> old
  provinces), ``DICT_PROVINCE_WARD_NO_DIVIDED`` (new province -> new ward ->
  old wards that went *wholly* into it) and ``DICT_PROVINCE_WARD_DIVIDED``
  (new province -> old ward -> the new wards it was *split* among, with a
  default flag).  Keys are the ``*Key`` columns of the tables
  (``provinceKey_districtKey_wardKey`` for old wards).
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable, Iterator

from .model import ERA_2025, LEGACY, PROVINCE_LEVEL, REFORM_DATE, AdminUnit, Succession
from .reference import _Data, _load_cached
from .resolve import MentionResolution
from . import source as _source

class Gazetteer(MentionResolution):
    """Official Vietnamese administrative units before and after 2025-07-01.

    The data files are read on first use and indexed once per process
    (shared by all instances reading the same files).

    ``names`` makes a *partial* gazetteer, much cheaper to load (a few
    milliseconds instead of ~0.3 s): only the units that these mentions
    (pass the context names too) may denote by name, full name or alias are
    read, with their enclosing units, all wards of matching districts and
    the 2025 units (and provinces) that took their ground.  For those names,
    :meth:`resolve`, :meth:`parents` and :meth:`successions` answer exactly
    as the full gazetteer does; :meth:`units`, :meth:`children` and
    :meth:`predecessors` only see the loaded units.
    """

    def __init__(
        self,
        db_path: str | Path | None = None,
        converter_path: str | Path | None = None,
        *,
        names: Iterable[str] | None = None,
    ):
        self._paths = (Path(db_path) if db_path else None, Path(converter_path) if converter_path else None)
        self._names = None if names is None else frozenset(n for n in names if isinstance(n, str))

    # -- loading ---------------------------------------------------------
    @functools.cached_property
    def _data(self) -> _Data:
        db, conv = self._paths
        if db is None or conv is None:
            default_db, default_conv = _source.data_paths()
            db, conv = db or default_db, conv or default_conv
        return _load_cached(db.resolve(), conv.resolve(), self._names)

    def load(self) -> float:
        """Force loading; return the seconds the (first) load took."""
        return self._data.load_seconds

    # -- lookup ----------------------------------------------------------
    def unit(self, code: str, era: str = LEGACY) -> AdminUnit | None:
        if era not in self._data.eras:
            raise ValueError(f"unknown era {era!r}; expected 'legacy' or '2025'")
        return self._data.eras[era].units.get(str(code).strip())

    def units(self, era: str = LEGACY, kind: str | None = None) -> Iterator[AdminUnit]:
        """All units of an era (optionally of one kind), in table order."""
        for unit in self._data.eras[era].units.values():
            if kind is None or unit.kind == kind:
                yield unit

    def parents(self, unit: AdminUnit) -> list[AdminUnit]:
        """Enclosing units, nearest first, up to the province."""
        era = self._data.eras[unit.era]
        out = []
        code = unit.parent_code
        while code:
            parent = era.units[code]
            out.append(parent)
            code = parent.parent_code
        return out

    def province_of(self, unit: AdminUnit) -> AdminUnit:
        era = self._data.eras[unit.era]
        return era.units[era.province_of[unit.code]]

    def children(self, unit: AdminUnit) -> list[AdminUnit]:
        era = self._data.eras[unit.era]
        return [era.units[c] for c in era.children.get(unit.code, ())]

    def contains(self, outer: AdminUnit, inner: AdminUnit) -> bool:
        """True if ``inner`` is ``outer`` or lies within it (same era)."""
        return inner == outer or outer in self.parents(inner)

    # -- 2025 reorganisation ---------------------------------------------
    def successions(self, unit: AdminUnit) -> list[Succession]:
        """2025 units that took the ground of a legacy unit, with detail.

        Wards: from the converter -- ``whole`` if the ward is listed under
        exactly one new ward (``..._NO_DIVIDED``), ``partial`` for each new
        ward it was split among (``..._DIVIDED``; ``is_default`` marks the
        package's default target).  Districts: the union of their wards'
        successors (an island district without wards maps directly);
        ``whole`` only if everything went into a single new unit.
        Provinces: the 2025 province (old provinces were never split).
        2025 units have no successors.
        """
        if unit.era != LEGACY:
            return []
        data = self._data
        new = data.eras[ERA_2025]
        if unit.kind in PROVINCE_LEVEL:
            code = data.province_successor.get(unit.code)
            return [Succession(new.units[code], "whole", True)] if code else []
        if unit.code in data.ward_successions:
            links = data.ward_successions[unit.code]
        elif unit.kind == "district":
            links = []
            for child in data.eras[LEGACY].children.get(unit.code, ()):
                links.extend(data.ward_successions.get(child, ()))
            targets = {code for code, _, _ in links}
            if len(targets) == 1 and all(share == "whole" for _, share, _ in links):
                links = [(targets.pop(), "whole", True)]
            else:
                links = [(code, "partial", False) for code in dict.fromkeys(c for c, _, _ in links)]
        else:
            return []
        seen: dict[str, Succession] = {}
        for code, share, default in links:
            if code not in seen:
                seen[code] = Succession(new.units[code], share, default)
        return sorted(seen.values(), key=lambda s: (not s.is_default, s.unit.code))

    def successors(self, unit: AdminUnit) -> list[tuple[AdminUnit, str]]:
        """The 2025 units that took the legacy unit's ground, with "whole"/"partial"."""
        return [(s.unit, s.share) for s in self.successions(unit)]

    def predecessors(self, unit: AdminUnit) -> list[tuple[AdminUnit, str]]:
        """Legacy units whose ground (wholly or partly) went into a 2025 unit."""
        if unit.era != ERA_2025:
            return []
        data = self._data
        legacy = data.eras[LEGACY]
        if unit.kind in PROVINCE_LEVEL:
            return [(legacy.units[old], "whole") for old, new in data.province_successor.items() if new == unit.code]
        return [(legacy.units[old], share) for old, share in data.ward_predecessors.get(unit.code, ())]

    # -- provenance --------------------------------------------------------
    def source(self) -> dict:
        data = self._data
        return {
            "package": _source.PACKAGE,
            "version": _source.package_version(),
            "license": "MIT",
            "files": {name: path.name for name, path in data.files.items()},
            "paths": {name: str(path) for name, path in data.files.items()},
            "sha256": {name: _source.sha256(path) for name, path in data.files.items()},
            "tables": {LEGACY: _source.LEGACY_TABLE, ERA_2025: _source.TABLE_2025},
            "counts": {era: len(e.units) for era, e in data.eras.items()},
            "reform_date": REFORM_DATE.isoformat(),
        }



@functools.cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the installed package's data."""
    return Gazetteer()
