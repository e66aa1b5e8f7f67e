"""A deputy secretary named with no body holds in the party committee of the article's own unit
(kg/data/own_committee_roles.tsv): 'đồng chí A, Phó Bí thư, Chủ tịch UBND phường' in a ward's article is a
deputy secretary of that ward's Đảng ủy; in a district's article, of its Huyện ủy.
"""
from __future__ import annotations

import functools

from ..text import fold
from ..vocab import data_rows, vocabulary
from .context import ResolvedBody, body_for_head
from .setting import Setting


@functools.cache
def _table() -> tuple[frozenset[str], dict[str, str]]:
    roles, committees = set(), {}
    for row in data_rows("own_committee_roles.tsv"):
        if row[0] == "role":
            roles.add(fold(row[1]))
        elif row[0] == "unit":
            committees[fold(row[1])] = row[2]
    return frozenset(roles), committees


def _unit_word(setting: Setting, place_key: str | None = None) -> str | None:
    """The type word of the article's lowest unit: its ward's, else its district's, else its province's; or of
    the setting's unit whose key is `place_key`."""
    if setting.ward is not None and place_key in (None, setting.ward.key):
        return setting.ward_word
    if setting.district is not None and place_key in (None, setting.district.key):
        return setting.district_word
    if setting.city is not None and place_key in (None, setting.city.key):
        return "tỉnh" if setting.city.kind == "province" else "thành phố"
    return None


def own_committee(role: str, setting: Setting, named_before: ResolvedBody | None = None) -> ResolvedBody | None:
    """The party committee a bare party role holds in: the one its sentence names before it, else the article's
    own unit's; None when the role is not one or no unit is known."""
    roles, _ = _table()
    if fold(role) not in roles:
        return None
    if named_before is not None:
        return named_before
    return unit_committee(setting)


def unit_committee(setting: Setting, place_key: str | None = None) -> ResolvedBody | None:
    """The party committee of the article's own unit, below a province only; or of the setting's unit whose
    key is `place_key`, at any level."""
    if place_key is None and setting.city is not None and setting.district is None and setting.ward is None:
        return None  # a province's article names many committees' deputies: the province's is no safe guess
    word = _table()[1].get(fold(_unit_word(setting, place_key) or ""))
    hit = vocabulary().bodies.longest(fold(word).split(), 0) if word else None
    return body_for_head(hit[1], setting) if hit else None
