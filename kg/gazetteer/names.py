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


def names_in_province(province: str) -> frozenset[str]:
    """Short names of the districts and wards (legacy and 2025) of a province, as written in the data."""
    from .reference import whole_preferred

    if whole_preferred():  # a corpus worker meets most provinces: one read of both tables, not 63 queries
        return _names_by_province().get(province, frozenset())
    return _names_of_one_province(province)


@functools.cache
def _names_of_one_province(province: str) -> frozenset[str]:
    rows = _rows(f"SELECT districtShort, wardShort FROM {LEGACY_TABLE} WHERE provinceShort = ?",
                 f"SELECT wardShort, NULL FROM {TABLE_2025} WHERE provinceShort = ?", (province,))
    return _short_names(rows)


@functools.cache
def _names_by_province() -> dict[str, frozenset[str]]:
    """names_in_province of every province at once: ~25 ms, where each province's own query took ~6 ms."""
    rows = _rows(f"SELECT provinceShort, districtShort, wardShort FROM {LEGACY_TABLE}",
                 f"SELECT provinceShort, wardShort, NULL FROM {TABLE_2025}")
    by_province: dict[str, list[tuple]] = {}
    for province, *names in rows:
        by_province.setdefault(province, []).append(names)
    return {province: _short_names(names) for province, names in by_province.items()}


def _rows(legacy: str, new: str, params: tuple = ()) -> list[tuple]:
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - without reference data the extractor still works, less well
        return []
    with connection:
        rows = connection.execute(legacy, params).fetchall()
        rows += connection.execute(new, params).fetchall()
    connection.close()
    return rows


def _short_names(rows) -> frozenset[str]:
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
def _long_unit_names() -> tuple[tuple[str, ...], ...]:
    """Short names of districts and wards (any era) of three words or more, as folded words."""
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - see names_in_province
        return ()
    with connection:
        rows = connection.execute(f"SELECT districtShort, wardShort FROM {LEGACY_TABLE}").fetchall()
        rows += connection.execute(f"SELECT wardShort, NULL FROM {TABLE_2025}").fetchall()
    connection.close()
    names = {tuple(fold(_SUFFIX.sub("", value or "")).split()) for row in rows for value in row}
    return tuple(sorted(words for words in names if len(words) >= 3))


@functools.cache
def units_named_like_persons() -> frozenset[str]:
    """Folded short names of districts and wards (any era) that read as a person's name, family name then 'Văn'
    or 'Thị' ('Nguyễn Văn Cừ', 'Võ Thị Sáu'): after 'phường' they are the unit, not its chairman."""
    return frozenset(" ".join(words) for words in _long_unit_names() if words[1] in ("văn", "thị"))


@functools.cache
def units_opening_with(first_words: frozenset[str]) -> frozenset[str]:
    """Folded short names of districts and wards of three words or more whose first word is one of
    `first_words` (family names: 'Lê Hồng Phong', 'Trần Hưng Đạo', 'Châu Thành A')."""
    return frozenset(" ".join(words) for words in _long_unit_names() if words[0] in first_words)


@functools.cache
def folded_unit_names() -> frozenset[str]:
    """Every district's and ward's short name (any era, any province), folded: 'bắc yên', 'mường khoa'."""
    return frozenset(fold(name) for names in _names_by_province().values() for name in names)
