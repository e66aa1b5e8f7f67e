"""Where a ward or commune named on its own lies: its district and province, read straight from SQLite.

Ward and commune portals name their own unit ('phường Sài Đồng') and seldom the district or city around
it. The reference data says where every unit of that name lies; when only one does, that is the ward the
article means. One indexed query per name, like names.py; the full gazetteer is not loaded for it.
"""
from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass

from .normalize import ascii_key
from .source import LEGACY_TABLE, TABLE_2025, data_paths

_SUFFIX = re.compile(r"\s*\(.*\)\s*$")
# the type word as the article writes it -> the wardType the data gives
_WARD_TYPES = {"phường": "Phường", "xã": "Xã", "thị trấn": "Thị trấn"}


@dataclass(frozen=True)
class WardHome:
    """The units around a ward: its district (None in the 2025 arrangement, which has none) and province."""

    district: str | None
    district_type: str | None  # Quận | Huyện | Thị xã | Thành phố
    province: str


@functools.cache
def ward_homes(name: str, type_word: str | None, era: str = "legacy") -> tuple[WardHome, ...]:
    """Every place a ward, commune or township of this name and type lies, in the era's arrangement ('legacy'
    until 30 June 2025, '2025' after). A unit the data keeps only as the former name of the unit that absorbed
    it ('Sài Đồng' in 'Phúc Lợi') lies where its host lies; such names count only when no unit bears the name."""
    ward_type = _WARD_TYPES.get((type_word or "").casefold())
    try:
        db, _ = data_paths()
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except Exception:  # noqa: BLE001 - without reference data a ward stays where the article puts it
        return ()
    legacy = era != "2025"
    columns = "districtShort, districtType, provinceShort" if legacy else "NULL, NULL, provinceShort"
    table = LEGACY_TABLE if legacy else TABLE_2025
    typed = " AND wardType = ?" if ward_type else ""
    args = [ward_type] if ward_type else []
    with connection:
        rows = connection.execute(f"SELECT {columns}, wardShort FROM {table} WHERE wardShort LIKE ?{typed}",
                                  [f"{name}%", *args]).fetchall()
        rows = [r for r in rows if _SUFFIX.sub("", r[3]) == name]
        if not rows:
            key = ascii_key(f"{type_word or ''}{name}")
            rows = connection.execute(f"SELECT {columns}, wardShort FROM {table} WHERE wardAlias LIKE ?{typed}",
                                      [f'%"{key}"%', *args]).fetchall()
    connection.close()
    homes = {WardHome(_SUFFIX.sub("", d) if d else None, t, p) for d, t, p, _ in rows}
    return tuple(sorted(homes, key=lambda h: (h.province, h.district or "")))
