"""Reading the reference data into in-memory indexes, one per era (the data files are described in gazetteer.py)."""
from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .model import ERA_2025, LEGACY, AdminUnit
from .normalize import ascii_key, canon, split_type_word
from . import source as _source

_WARD_KIND = {"Phường": "ward", "Xã": "commune", "Thị trấn": "town", "Đặc khu": "special_zone"}


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

        conv = _converter(converter_path)
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


@functools.cache  # read only, never changed: parsed once per process
def _converter(converter_path: Path) -> dict:
    with open(converter_path, encoding="utf-8") as fh:
        return json.load(fh)


_whole_preferred = False


def prefer_whole(prefer: bool = True) -> bool:
    """Many articles in one process (a corpus worker): every gazetteer is the whole one, read once (~0.3 s),
    instead of a partial one read per article (~30 ms each). A partial gazetteer answers exactly as the
    whole one for its names (tests/gazetteer/test_subset.py), so the output does not change. -> the
    setting it replaces."""
    global _whole_preferred
    before, _whole_preferred = _whole_preferred, prefer
    return before


def whole_preferred() -> bool:
    """Whether this process reads what it needs once for many articles (prefer_whole)."""
    return _whole_preferred


def _load_cached(db_path: Path, converter_path: Path, names: frozenset[str] | None = None) -> _Data:
    if names is None or _whole_preferred:
        return _load_whole(db_path, converter_path)
    return _load_partial(db_path, converter_path, names)


@functools.cache
def _load_whole(db_path: Path, converter_path: Path) -> _Data:
    return _load(db_path, converter_path, None)


@functools.lru_cache(maxsize=64)  # one partial load per article's set of names: bounded, or a corpus run grows
def _load_partial(db_path: Path, converter_path: Path, names: frozenset[str]) -> _Data:
    return _load(db_path, converter_path, names)
