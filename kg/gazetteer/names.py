"""The names of a province's districts and wards, read straight from SQLite.

The extractor needs only names, to keep place names such as 'Kim Thành' or
'Châu Thành' out of the persons; one indexed query costs milliseconds, where
loading the whole gazetteer costs half a second.
"""
from __future__ import annotations

import functools
import re
import sqlite3

from ..text import fold
from .source import LEGACY_TABLE, TABLE_2025, data_paths

_SUFFIX = re.compile(r"\s*\(.*\)\s*$")


@functools.cache
def names_in_province(province: str) -> frozenset[str]:
    """Short names of the districts and wards (legacy and 2025) of a province, as written in the data."""
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - without reference data the extractor still works, less well
        return frozenset()
    with connection:
        rows = connection.execute(
            f"SELECT districtShort, wardShort FROM {LEGACY_TABLE} WHERE provinceShort = ?", (province,)).fetchall()
        rows += connection.execute(
            f"SELECT wardShort, NULL FROM {TABLE_2025} WHERE provinceShort = ?", (province,)).fetchall()
    connection.close()
    names = set()
    for row in rows:
        for value in row:
            if value:
                name = _SUFFIX.sub("", value)
                if not name.isdigit():
                    names.add(name)
    return frozenset(names)


@functools.cache
def _districts() -> dict[str, frozenset[str]]:
    """Legacy district short name -> the provinces that have a district of that name."""
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - see names_in_province
        return {}
    with connection:
        rows = connection.execute(f"SELECT DISTINCT districtShort, provinceShort FROM {LEGACY_TABLE}").fetchall()
    connection.close()
    out: dict[str, set[str]] = {}
    for district, province in rows:
        if district:
            out.setdefault(_SUFFIX.sub("", district), set()).add(province)
    return {k: frozenset(v) for k, v in out.items()}


def district_names() -> frozenset[str]:
    """Every legacy district's short name, nationwide."""
    return frozenset(_districts())


def province_of_district(name: str) -> str | None:
    """The province of a district name, when exactly one province has a district so named."""
    provinces = _districts().get(name, frozenset())
    return next(iter(provinces)) if len(provinces) == 1 else None


@functools.cache
def units_named_like_persons() -> frozenset[str]:
    """Folded short names of districts and wards (any era) that read as a person's name, family name then 'Văn'
    or 'Thị' ('Nguyễn Văn Cừ', 'Võ Thị Sáu'), and of districts of three words or more ('Dương Minh Châu'): after
    'phường' or 'huyện' they are the unit, not its chairman."""
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - see names_in_province
        return frozenset()
    with connection:
        rows = connection.execute(f"SELECT districtShort, wardShort FROM {LEGACY_TABLE}").fetchall()
        legacy = len(rows)
        rows += connection.execute(f"SELECT wardShort, NULL FROM {TABLE_2025}").fetchall()
    connection.close()
    out = set()
    districts = {row[0] for row in rows[:legacy]}
    for row in rows:
        for value in row:
            words = _SUFFIX.sub("", value or "").split()
            if len(words) >= 3 and (words[1].casefold() in ("văn", "thị") or value in districts):
                out.add(fold(" ".join(words)))  # a district's three words may read as any name: 'Dương Minh Châu'
    return frozenset(out)
