"""Value objects of the gazetteer."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

LEGACY = "legacy"  # units valid until 2025-07-01 (63 provinces, districts, wards)
ERA_2025 = "2025"  # units from 2025-07-01 (34 provinces, wards; no districts)
ERAS = (LEGACY, ERA_2025)

#: Kinds of unit.  ``special_zone`` (Đặc khu) only exists in the 2025 era.
KINDS = ("ward", "commune", "town", "special_zone", "district", "city", "province")
PROVINCE_LEVEL = frozenset({"city", "province"})
WARD_LEVEL = frozenset({"ward", "commune", "town", "special_zone"})

RESOLVED = "resolved"
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"

#: Districts were abolished and wards merged on this date.
REFORM_DATE = _dt.date(2025, 7, 1)


def era_for(on: _dt.date | None) -> str:
    """Era of the units in force on ``on`` (None -> legacy)."""
    if isinstance(on, _dt.datetime):
        on = on.date()
    if on is None or on < REFORM_DATE:
        return LEGACY
    return ERA_2025


@dataclass(frozen=True)
class AdminUnit:
    """One official administrative unit of one era.

    ``code`` is the GSO code (2 digits for provinces, 3 for districts, 5 for
    wards/communes).  Codes are only unique within an era: most 2025 units
    reuse the code of one of the legacy wards they absorbed.
    """

    code: str
    name: str  # without type word, e.g. "Cầu Đất"; numbered units: "1" (full_name "Phường 1")
    kind: str  # see KINDS
    level_label: str  # Vietnamese type word: "Phường", "Xã", "Quận", "Thị xã", "Tỉnh", ...
    full_name: str  # "<level_label> <name>", e.g. "Phường Cầu Đất"
    parent_code: str | None  # None for provinces
    lat: float | None
    lon: float | None
    era: str  # "legacy" or "2025"

    @property
    def is_province_level(self) -> bool:
        return self.kind in PROVINCE_LEVEL

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return f"{self.full_name} ({self.code}, {self.era})"


@dataclass(frozen=True)
class Resolution:
    """Outcome of resolving one place mention.

    * ``resolved``: ``unit`` is set and ``candidates == (unit,)``.
    * ``ambiguous``: ``unit`` is None; ``candidates`` holds the units the
      mention may denote (it can hold a single unit when the only rival is a
      former unit that has no record of its own, see ``former_name_of``).
    * ``unknown``: ``unit`` is None and ``candidates`` is empty.

    ``former_name_of`` lists units of the era whose dataset record names the
    mention as an alias: a unit that was merged into them, their own former
    type/name, or a variant spelling (the data does not say which).
    ``out_of_context`` lists same-named units that were rejected because they
    lie outside the given province context.
    """

    mention: str
    unit: AdminUnit | None
    candidates: tuple[AdminUnit, ...]
    status: str
    reason: str
    former_name_of: tuple[AdminUnit, ...] = ()
    out_of_context: tuple[AdminUnit, ...] = ()

    @property
    def code(self) -> str | None:
        return self.unit.code if self.unit else None


@dataclass(frozen=True)
class Succession:
    """A 2025 unit that took (part of) the ground of a legacy unit."""

    unit: AdminUnit  # the 2025 unit
    share: str  # "whole" or "partial"
    is_default: bool  # the package's default target for addresses of a split ward
