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

import datetime as _dt
import functools
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from .model import (
    AMBIGUOUS,
    ERA_2025,
    KINDS,
    LEGACY,
    PROVINCE_LEVEL,
    RESOLVED,
    UNKNOWN,
    WARD_LEVEL,
    AdminUnit,
    Resolution,
    Succession,
)
from .normalize import TYPE_LABEL, ascii_key, canon, is_plain_ascii, split_type_word
from . import source as _source

#: Districts were abolished and wards merged on this date.
REFORM_DATE = _dt.date(2025, 7, 1)

# Which (kind, level_label) pairs a leading type word is compatible with;
# ``None`` as label means any label of that kind.
_TYPE_COMPAT: dict[str, tuple[tuple[str, str | None], ...]] = {
    "TP": (("city", None), ("district", "Thành phố")),
    "TX": (("district", "Thị xã"),),
    "Q": (("district", "Quận"),),
    "H": (("district", "Huyện"),),
    "T": (("province", None),),
    "P": (("ward", None),),
    "X": (("commune", None),),
    "TT": (("town", None),),
    "DK": (("special_zone", None),),
}
_WARD_KIND = {"Phường": "ward", "Xã": "commune", "Thị trấn": "town", "Đặc khu": "special_zone"}


def era_for(on: _dt.date | None) -> str:
    """Era of the units in force on ``on`` (None -> legacy)."""
    if isinstance(on, _dt.datetime):
        on = on.date()
    if on is None or on < REFORM_DATE:
        return LEGACY
    return ERA_2025


def _aliases(raw: str | None) -> list[str]:
    if not raw:
        return []
    try:
        values = json.loads(raw)
    except ValueError:
        return []
    return [v for v in values if isinstance(v, str) and v]


_WARD_LABELS = ("Thị trấn", "Đặc khu", "Phường", "Xã")
_DISTRICT_LABEL_LIST = ("Thành phố", "Thị xã", "Quận", "Huyện")
_PROVINCE_LABELS = ("Thành phố", "Tỉnh")


def _ward(row, parent_code: str, era: str) -> AdminUnit:
    """A ward, commune or town of either table: both name it with the same columns."""
    label, name = _label_and_name(row["ward"], _WARD_LABELS, row["wardType"], row["wardShort"])
    return AdminUnit(code=row["wardCode"], name=name, kind=_WARD_KIND[label], level_label=label,
                     full_name=f"{label} {name}", parent_code=parent_code, lat=row["wardLat"], lon=row["wardLon"],
                     era=era)


def _label_and_name(full: str, labels: tuple[str, ...], fallback_label: str, short: str) -> tuple[str, str]:
    """Split a full name into (type word, name).

    The type word is read from the full name itself (case-insensitively:
    "Thị Xã Buôn Hồ" -> "Thị xã"), because the ``*Type`` columns disagree
    with the name and key columns for a handful of rows (e.g. "Phường 5" of
    Phú Nhuận has wardType "Xã").  The short columns are not used for the
    name since they carry disambiguation suffixes ("Kỳ Anh (Huyện)").
    """
    low = full.lower()
    for label in labels:
        if low.startswith(label.lower() + " "):
            return label, full[len(label) + 1 :].strip()
    return fallback_label, short


@dataclass
class _Era:
    """In-memory indexes of one era."""

    units: dict[str, AdminUnit] = field(default_factory=dict)
    province_of: dict[str, str] = field(default_factory=dict)  # code -> province code
    children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_full: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_ascii_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_ascii_full: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_alias: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    aliases_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    key_to_code: dict[str, str] = field(default_factory=dict)  # converter keys

    def add(self, unit: AdminUnit, province_code: str) -> None:
        if unit.code in self.units:
            return
        self.units[unit.code] = unit
        self.province_of[unit.code] = province_code
        if unit.parent_code:
            self.children[unit.parent_code].append(unit.code)
        name_key, name_ascii = canon(unit.name), ascii_key(unit.name)
        self.by_name[name_key].add(unit.code)
        self.by_ascii_name[name_ascii].add(unit.code)
        # full_name is always "<level_label> <name>": avoid re-normalising it
        self.by_full[f"{canon(unit.level_label)} {name_key}"].add(unit.code)
        self.by_ascii_full[ascii_key(unit.level_label) + name_ascii].add(unit.code)


@dataclass
class _Data:
    eras: dict[str, _Era]
    # legacy ward code (or island district code) -> successions
    ward_successions: dict[str, list[tuple[str, str, bool]]]
    province_successor: dict[str, str]  # legacy province code -> 2025 province code
    ward_predecessors: dict[str, list[tuple[str, str]]]  # 2025 code -> [(legacy code, share)]
    load_seconds: float
    files: dict[str, Path]


def _province(row: dict, era: str) -> AdminUnit:
    label, name = _label_and_name(row["province"], _PROVINCE_LABELS, "Tỉnh", row["provinceShort"])
    kind = "city" if label == "Thành phố" else "province"
    return AdminUnit(
        code=row["provinceCode"],
        name=name,
        kind=kind,
        level_label=label,
        full_name=f"{label} {name}",
        parent_code=None,
        lat=row["provinceLat"],
        lon=row["provinceLon"],
        era=era,
    )


class _Selection:
    """The rows a partial gazetteer reads for a set of mentions.

    A unit that a mention may denote by name, full name or alias has a
    ``*Key`` column (``"phuongcaudat"``) or an ``*Alias`` entry ending in the
    ASCII key of the mention's name (``"caudat"``).  ``*Key`` columns are ASCII
    except for a few units whose ASCII key clashes with another's (they keep
    their diacritics, e.g. ``"phườngsapả"``); those are folded in Python.
    """

    def __init__(self, names: Iterable[str]):
        keys: set[str] = set()
        for name in names:
            if isinstance(name, str) and name.strip():
                _, rest = split_type_word(name)
                keys.update(k for k in (ascii_key(rest), ascii_key(name)) if k)
        # a key ending in another key adds nothing to suffix matching
        self.keys = sorted(k for k in keys if not any(k != o and k.endswith(o) for o in keys))
        assert all(k.isalnum() and k.isascii() for k in self.keys)  # safe inside SQL GLOB patterns
        self._ends = tuple(self.keys)
        self._alias = re.compile("|".join(f'{k}"' for k in self.keys)) if self.keys else None

    def key_matches(self, key: str | None) -> bool:
        if not key or not self._ends:
            return False
        return (key if key.isascii() else ascii_key(key)).endswith(self._ends)

    def matches(self, key: str | None, alias: str | None) -> bool:
        return self.key_matches(key) or bool(alias and self._alias and self._alias.search(alias))

    def ward_sql(self, with_alias: bool) -> str:
        parts = [f"wardKey GLOB '*{k}'" for k in self.keys]
        if with_alias:
            parts += [f"wardAlias GLOB '*{k}\"*'" for k in self.keys]
        # non-ASCII keys: more bytes than characters (cheaper than a GLOB class)
        parts.append("(length(wardKey) <> length(CAST(wardKey AS BLOB)) AND vnmatch(wardKey))")
        return "(" + " OR ".join(parts) + ")"

    def legacy_where(self, con: sqlite3.Connection) -> tuple[str, list[str]]:
        """Matching wards, all wards of matching districts (a district's
        successors are its wards'), and one row of each matching province (a
        row carries its district and province)."""
        districts, rows, provinces = [], [], set()
        for rowid, pcode, pkey, palias, dcode, dkey, dalias in con.execute(
            "SELECT min(rowid), provinceCode, provinceKey, provinceAlias, districtCode, districtKey, "
            f"districtAlias FROM {_source.LEGACY_TABLE} GROUP BY districtCode"
        ):
            if self.matches(dkey, dalias):
                districts.append(dcode)
            if pcode not in provinces and self.matches(pkey, palias):
                provinces.add(pcode)
                rows.append(rowid)
        where = (
            f"WHERE {self.ward_sql(True)} OR districtCode IN (SELECT value FROM json_each(?)) "
            "OR rowid IN (SELECT value FROM json_each(?))"
        )
        return where, [json.dumps(districts), json.dumps(rows)]

    def new_where(self, con: sqlite3.Connection, successors: set[str]) -> tuple[str, list[str]]:
        """Matching 2025 wards (their aliases are not indexed), the 2025 units
        in ``successors`` (``"provinceKey|wardKey"``, ``"provinceKey|"`` for a
        province) and one row of each matching or successor province."""
        wanted = {key.split("|", 1)[0] for key in successors}
        rows = [
            rowid
            for rowid, pkey, palias in con.execute(
                f"SELECT min(rowid), provinceKey, provinceAlias FROM {_source.TABLE_2025} GROUP BY provinceCode"
            )
            if pkey in wanted or self.matches(pkey, palias)
        ]
        where = (
            f"WHERE {self.ward_sql(False)} OR provinceKey || '|' || wardKey IN (SELECT value FROM json_each(?)) "
            "OR rowid IN (SELECT value FROM json_each(?))"
        )
        return where, [json.dumps(sorted(successors)), json.dumps(rows)]


def _load(db_path: Path, converter_path: Path, names: frozenset[str] | None = None) -> _Data:
    """Read and index the data; with ``names``, only the rows that can matter
    for resolving those mentions (see :class:`Gazetteer`)."""
    import time

    started = time.perf_counter()
    legacy, new = _Era(), _Era()
    subset = names is not None
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    selection = _Selection(names) if subset else None
    legacy_where, params = "", []
    if selection is not None:
        con.create_function("vnmatch", 1, selection.key_matches, deterministic=True)
        legacy_where, params = selection.legacy_where(con)
    try:
        for row in con.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, "
            "provinceKey, provinceAlias, district, districtShort, districtType, "
            "districtCode, districtLat, districtLon, districtKey, districtAlias, "
            "ward, wardShort, wardType, wardCode, wardLat, wardLon, wardKey, wardAlias "
            f"FROM {_source.LEGACY_TABLE} {legacy_where} ORDER BY rowid",
            params,
        ):
            pcode, dcode, wcode = row["provinceCode"], row["districtCode"], row["wardCode"]
            if pcode not in legacy.units:
                legacy.add(_province(row, LEGACY), pcode)
                for alias in _aliases(row["provinceAlias"]):  # "hn", "hcm": abbreviations
                    legacy.by_ascii_name[alias].add(pcode)
                legacy.key_to_code[row["provinceKey"]] = pcode
            if dcode not in legacy.units:
                dlabel, dname = _label_and_name(
                    row["district"], _DISTRICT_LABEL_LIST, row["districtType"], row["districtShort"]
                )
                legacy.add(
                    AdminUnit(
                        code=dcode,
                        name=dname,
                        kind="district",
                        level_label=dlabel,
                        full_name=f"{dlabel} {dname}",
                        parent_code=pcode,
                        lat=row["districtLat"],
                        lon=row["districtLon"],
                        era=LEGACY,
                    ),
                    pcode,
                )
                for alias in _aliases(row["districtAlias"]):
                    legacy.by_alias[alias].add(dcode)
                    legacy.aliases_of[dcode].add(alias)
            if wcode:
                legacy.add(_ward(row, dcode, LEGACY), pcode)
                for alias in _aliases(row["wardAlias"]):
                    legacy.by_alias[alias].add(wcode)
                    legacy.aliases_of[wcode].add(alias)
                legacy.key_to_code[f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey']}"] = wcode
            else:  # island district without wards: converter key "prov_district_"
                legacy.key_to_code[f"{row['provinceKey']}_{row['districtKey']}_"] = dcode

        with open(converter_path, encoding="utf-8") as fh:
            conv = json.load(fh)
        new_where, params = "", []
        if selection is not None:
            # the 2025 units a key may match, and those that took the ground
            # of the loaded legacy units, with their provinces
            new_where, params = selection.new_where(con, _successor_keys(conv, legacy.key_to_code))
        for row in con.execute(
            "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, "
            "provinceKey, provinceAlias, ward, wardShort, wardType, wardCode, wardLat, "
            f"wardLon, wardKey FROM {_source.TABLE_2025} {new_where} ORDER BY rowid",
            params,
        ):
            pcode, wcode = row["provinceCode"], row["wardCode"]
            if pcode not in new.units:
                new.add(_province(row, ERA_2025), pcode)
                for alias in _aliases(row["provinceAlias"]):
                    new.by_ascii_name[alias].add(pcode)
                new.key_to_code[row["provinceKey"]] = pcode
            new.add(_ward(row, pcode, ERA_2025), pcode)
            new.key_to_code[f"{row['provinceKey']}|{row['wardKey']}"] = wcode
    finally:
        con.close()

    province_successor: dict[str, str] = {}
    for new_pkey, old_pkeys in conv["DICT_PROVINCE"].items():
        for old in old_pkeys:
            if subset and old not in legacy.key_to_code:
                continue
            province_successor[legacy.key_to_code[old]] = new.key_to_code[new_pkey]
    successions: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in wards.items():
            if subset and legacy.key_to_code.keys().isdisjoint(old_keys):
                continue
            new_code = new.key_to_code[f"{new_pkey}|{new_wkey}"]
            for old in old_keys:
                if subset and old not in legacy.key_to_code:
                    continue
                successions[legacy.key_to_code[old]].append((new_code, "whole", True))
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            if subset and old not in legacy.key_to_code:
                continue
            old_code = legacy.key_to_code[old]
            for target in targets:
                new_code = new.key_to_code[f"{new_pkey}|{target['newWardKey']}"]
                successions[old_code].append((new_code, "partial", bool(target.get("isDefaultNewWard"))))
    predecessors: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for old_code, links in successions.items():
        for new_code, share, _ in links:
            predecessors[new_code].append((old_code, share))
    return _Data(
        eras={LEGACY: legacy, ERA_2025: new},
        ward_successions=dict(successions),
        province_successor=province_successor,
        ward_predecessors=dict(predecessors),
        load_seconds=time.perf_counter() - started,
        files={"dataset.db": db_path, "converter_2025.json": converter_path},
    )


def _successor_keys(conv: dict, loaded: dict[str, str]) -> set[str]:
    """``"newProvinceKey|newWardKey"`` of the 2025 units that took the ground of
    the loaded legacy wards, and ``"newProvinceKey|"`` of the 2025 provinces
    of the loaded legacy provinces."""
    keys: set[str] = set()
    for new_pkey, old_pkeys in conv["DICT_PROVINCE"].items():
        if not loaded.keys().isdisjoint(old_pkeys):
            keys.add(f"{new_pkey}|")
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in wards.items():
            if not loaded.keys().isdisjoint(old_keys):
                keys.add(f"{new_pkey}|{new_wkey}")
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            if old in loaded:
                keys.update(f"{new_pkey}|{t['newWardKey']}" for t in targets)
    return keys


def _load_cached(db_path: Path, converter_path: Path, names: frozenset[str] | None = None) -> _Data:
    if names is None:
        return _load_whole(db_path, converter_path)
    return _load_partial(db_path, converter_path, names)


@functools.cache
def _load_whole(db_path: Path, converter_path: Path) -> _Data:
    return _load(db_path, converter_path, None)


@functools.lru_cache(maxsize=64)  # one partial load per article's set of names: bounded, or a corpus run grows
def _load_partial(db_path: Path, converter_path: Path, names: frozenset[str]) -> _Data:
    return _load(db_path, converter_path, names)


class Gazetteer:
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

    # -- resolution --------------------------------------------------------
    def resolve(
        self,
        name: str,
        kind: str | Iterable[str] | None = None,
        *,
        province: str | AdminUnit | None = None,
        district: str | AdminUnit | None = None,
        on: _dt.date | None = None,
    ) -> Resolution:
        """Resolve a place mention to a unit of the era in force on ``on``.

        ``name`` may carry a type word ("phường Cầu Đất", "TP Hải Phòng",
        "Q.1").  ``kind`` restricts the kind ("province" also admits
        centrally-run cities).  ``province``/``district`` give the article's
        context (names or codes); a province context is a hard limit for
        districts and wards, a district context a preference.  Province-level
        units are never limited by the context.
        """
        era = era_for(on)
        mention = name
        notes: list[str] = []
        if not isinstance(name, str) or not name.strip():
            return Resolution(str(name), None, (), UNKNOWN, "empty mention")
        kinds = _kinds(kind)
        prov_ctx, dist_ctx = self._context(era, province, district, notes)
        typ, rest = split_type_word(name)
        allowed = _allowed(kinds, typ)
        if not allowed:
            return Resolution(
                mention, None, (), UNKNOWN,
                f"type word {TYPE_LABEL[typ]!r} contradicts requested kind {sorted(kinds)}",
            )
        if era == ERA_2025 and allowed <= {"district"}:
            legacy = self.resolve(name, kind, province=province, district=district, on=None)
            hint = f"; in the legacy era: {legacy.status}" + (f" {legacy.unit}" if legacy.unit else "")
            return Resolution(
                mention, None, (), UNKNOWN,
                f"districts were abolished on {REFORM_DATE}; no district-level unit exists in the 2025 era{hint}",
            )
        res = self._resolve(era, mention, typ, rest, allowed, prov_ctx, dist_ctx, notes)
        if era == ERA_2025 and res.status == UNKNOWN:
            # Articles after the reform still name abolished units; say what
            # the name meant before and where its ground went.
            old = self.resolve(name, kind, province=province, district=district, on=None)
            if old.unit is not None:
                went = ", ".join(f"{u.full_name} [{u.code}] ({share})" for u, share in self.successors(old.unit))
                res = replace(
                    res,
                    reason=f"{res.reason}; before {REFORM_DATE} it was {self._describe(old.unit)}, "
                    f"whose ground went to {went or 'no recorded 2025 unit'}",
                )
        return res

    def _resolve(self, era_name, mention, typ, rest, allowed, prov_ctx, dist_ctx, notes) -> Resolution:
        era = self._data.eras[era_name]
        direct = self._direct(era, mention, typ, rest, allowed)
        aliases = self._alias_hosts(era, typ, rest, allowed) - direct
        # An alias that is just the host's own name with a former type word
        # ("xã Đông Cao" for today's Phường Đông Cao) denotes the host itself;
        # it only counts where no unit carries the mention's exact name.
        plain = is_plain_ascii(rest)
        former_type = {
            c
            for c in aliases
            if (ascii_key(era.units[c].name) == ascii_key(rest) if plain else canon(era.units[c].name) == canon(rest))
        }
        aliases -= former_type

        top = sorted((era.units[c] for c in direct if era.units[c].kind in PROVINCE_LEVEL), key=_order)
        sub = [era.units[c] for c in direct if era.units[c].kind not in PROVINCE_LEVEL]
        upgraded = [era.units[c] for c in former_type]
        hosts = [era.units[c] for c in aliases]

        in_prov = (lambda u: era.province_of[u.code] == prov_ctx.code) if prov_ctx else (lambda u: True)
        levels = []
        if dist_ctx is not None:
            levels.append((f"district {dist_ctx.full_name}", lambda u: self.contains(dist_ctx, u)))
        levels.append((f"province {prov_ctx.full_name}" if prov_ctx else "the whole country", in_prov))
        scope, d_hits, a_hits = levels[-1][0], [], []
        for label, pred in levels:
            d_hits = [u for u in sub if pred(u)]
            f_hits = [u for u in upgraded if pred(u)]
            a_hits = [u for u in hosts if pred(u)]
            if d_hits or f_hits or a_hits:
                scope = label
                if not d_hits and f_hits:
                    d_hits = f_hits
                    notes.append(
                        f"{mention!r} names a former type of " + ", ".join(u.full_name for u in f_hits)
                    )
                break
        outside = tuple(sorted((u for u in sub if not in_prov(u)), key=_order)) if prov_ctx else ()
        if outside:
            notes.append(
                f"{len(outside)} same-named unit(s) outside the context province rejected: "
                + ", ".join(self._describe(u) for u in outside[:5])
            )
        cands = tuple(sorted(set(top) | set(d_hits), key=_order))
        former = tuple(sorted(a_hits, key=_order))
        former_txt = ", ".join(self._describe(u) for u in former)
        note_txt = ("; " + "; ".join(notes)) if notes else ""
        if len(cands) == 1 and not former:
            unit = cands[0]
            return Resolution(
                mention, unit, cands, RESOLVED,
                f"single {era_name} match in {scope}: {self._describe(unit)}{note_txt}",
                (), outside,
            )
        if cands:
            if former:
                why = (
                    f"{len(cands)} unit(s) named {rest!r} in {scope} and the name is also recorded as a "
                    f"former/alternative name of {former_txt}"
                )
            else:
                why = f"{len(cands)} units match in {scope}: " + ", ".join(self._describe(u) for u in cands)
            return Resolution(mention, None, cands, AMBIGUOUS, why + note_txt, former, outside)
        if former:
            return Resolution(
                mention, None, (), UNKNOWN,
                f"{rest!r} is not a unit of its own in the {era_name} data; the dataset lists it as a "
                f"former/alternative name (merged unit, earlier type or variant spelling) of {former_txt}"
                + note_txt,
                former, outside,
            )
        why = f"no {era_name} unit named {rest!r}"
        if allowed != frozenset(KINDS):
            why += f" of kind {'/'.join(sorted(allowed))}"
        why += f" in {scope}"
        if era_name == LEGACY:
            why += " (the legacy table is the state just before 2025-07-01; units merged earlier survive only as aliases)"
        return Resolution(mention, None, (), UNKNOWN, why + note_txt, (), outside)

    def _direct(self, era: _Era, mention: str, typ: str | None, rest: str, allowed: frozenset) -> set[str]:
        """Units whose name (or full name) is the mention.

        Diacritic-insensitive matching is only a fallback for mentions
        written entirely without diacritics that match nothing exactly
        ("Hai Phong"); "Sa Pa" does not match "Sa Pả".
        """
        keys_full = {canon(mention), canon(rest)}
        if typ:
            keys_full.add(canon(f"{TYPE_LABEL[typ]} {rest}"))
        hits = {c for c in era.by_name.get(canon(rest), ()) if _compatible(era.units[c], typ)}
        if typ:  # names that begin with a type word: "Phường Đúc" (Huế) is a ward's name
            hits |= era.by_name.get(canon(mention), set())
        for k in keys_full:
            hits |= era.by_full.get(k, set())
        hits = {c for c in hits if era.units[c].kind in allowed}
        if not hits and is_plain_ascii(rest):
            akey = ascii_key(rest)
            hits = {c for c in era.by_ascii_name.get(akey, ()) if _compatible(era.units[c], typ)}
            hits |= era.by_ascii_full.get(akey, set())
            if typ:
                hits |= era.by_ascii_full.get(ascii_key(f"{TYPE_LABEL[typ]} {rest}"), set())
            hits = {c for c in hits if era.units[c].kind in allowed}
        return hits

    def _alias_hosts(self, era: _Era, typ: str | None, rest: str, allowed: frozenset) -> set[str]:
        """Units whose record lists the mention among its aliases.

        For a typed mention ("xã X") a host whose aliases give X with a
        *different* type word ("thitranX") is not a match.
        """
        short = ascii_key(rest)
        hosts = set(era.by_alias.get(short, ()))
        if typ:
            typed = ascii_key(TYPE_LABEL[typ]) + short
            hosts |= era.by_alias.get(typed, set())
            others = {ascii_key(label) + short for code, label in TYPE_LABEL.items() if code != typ}
            hosts = {
                c
                for c in hosts
                if typed in era.aliases_of.get(c, ()) or not (others & era.aliases_of.get(c, set()))
            }
            level = _level(typ)  # a typed mention names a unit of that level
            hosts = {c for c in hosts if _level_of(era.units[c]) == level}
        levels = {_level_of_kind(k) for k in allowed}
        return {c for c in hosts if _level_of(era.units[c]) in levels}

    def _context(self, era: str, province, district, notes: list[str]):
        """Resolve the article context to units of ``era``."""
        prov = dist = None
        if province is not None and province != "":
            prov = self._context_unit(era, province, PROVINCE_LEVEL, None, notes, "province")
        if district is not None and district != "":
            if era == ERA_2025:
                notes.append(f"district context {district!r} ignored: no districts in the 2025 era")
                if prov is None:
                    legacy_d = self._context_unit(LEGACY, district, frozenset({"district"}), None, [], "district")
                    if legacy_d is not None:
                        prov = self._to_era(self.province_of(legacy_d), era)
            else:
                dist = self._context_unit(era, district, frozenset({"district"}), prov, notes, "district")
                if dist is not None:
                    dprov = self.province_of(dist)
                    if prov is None:
                        prov = dprov
                    elif dprov != prov:
                        notes.append(f"district context {dist.full_name} is not in {prov.full_name}; ignored")
                        dist = None
        return prov, dist

    def _context_unit(self, era, value, kinds, within, notes, what) -> AdminUnit | None:
        if isinstance(value, AdminUnit):
            unit = self._to_era(value, era)
            if unit is None or unit.kind not in kinds:
                notes.append(f"{what} context {value} has no {era} counterpart; ignored")
                return None
            return unit
        text = str(value).strip()
        if text.isdigit():
            unit = self.unit(text, era)
            if unit is None and era == ERA_2025:
                unit = self._to_era(self.unit(text, LEGACY), era)
            if unit is None or unit.kind not in kinds:
                notes.append(f"{what} context code {text!r} is not a {what} of the {era} era; ignored")
                return None
            return unit
        _, rest = split_type_word(text)
        res = self._resolve(era, text, None, rest, kinds, within, None, [])
        if res.status == RESOLVED:
            return res.unit
        if era == ERA_2025:  # a pre-2025 province name in a post-reform article
            old = self._resolve(LEGACY, text, None, rest, kinds, None, None, [])
            if old.status == RESOLVED and old.unit.kind in PROVINCE_LEVEL:
                unit = self._to_era(old.unit, era)
                notes.append(f"province context {text!r} mapped to its 2025 successor {unit.full_name}")
                return unit
        notes.append(f"{what} context {text!r} not understood ({res.status}); ignored")
        return None

    def _to_era(self, unit: AdminUnit | None, era: str) -> AdminUnit | None:
        if unit is None or unit.era == era:
            return unit
        if unit.era == LEGACY and unit.kind in PROVINCE_LEVEL:
            succ = self.successions(unit)
            return succ[0].unit if succ else None
        return None

    def _describe(self, unit: AdminUnit) -> str:
        chain = ", ".join(p.full_name for p in self.parents(unit))
        return f"{unit.full_name} [{unit.code}]" + (f" ({chain})" if chain else "")

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


def _order(unit: AdminUnit):
    return (unit.code, unit.era)


def _kinds(kind) -> frozenset[str]:
    if kind is None:
        return frozenset(KINDS)
    values = {kind} if isinstance(kind, str) else set(kind)
    if "province" in values:
        values.add("city")
    bad = values - set(KINDS)
    if bad:
        raise ValueError(f"unknown kind(s) {sorted(bad)}; expected some of {KINDS}")
    return frozenset(values)


def _allowed(kinds: frozenset[str], typ: str | None) -> frozenset[str]:
    if typ is None:
        return kinds
    return kinds & {k for k, _ in _TYPE_COMPAT[typ]}


def _compatible(unit: AdminUnit, typ: str | None) -> bool:
    if typ is None:
        return True
    return any(unit.kind == k and (label is None or unit.level_label == label) for k, label in _TYPE_COMPAT[typ])


def _level_of_kind(kind: str) -> str:
    if kind in WARD_LEVEL:
        return "ward"
    if kind == "district":
        return "district"
    return "province"


def _level_of(unit: AdminUnit) -> str:
    return _level_of_kind(unit.kind)


def _level(typ: str) -> str:
    return _level_of_kind(_TYPE_COMPAT[typ][-1][0])


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the installed package's data."""
    return Gazetteer()
