"""A party committee of a district-level unit belongs to the committee of its province.

'Huyện ủy Lục Ngạn' is led by 'Tỉnh ủy Bắc Giang' (Điều lệ Đảng, Điều 11 and chương IV: each level's committee
is led by the committee of the level above). A body's IRI comes from its name alone, so its parent must follow
from its name, the same in every article: a district-level committee's parent is always the province's
committee (never its own Đảng bộ, which elects it; hierarchy.py leaves it alone); the province is the one the
reference data gives the district's name (none for a name several provinces use: 'Huyện ủy Châu Thành'); and
the link is made only to a committee the article names itself.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Body, Facts
from ..text import fold
from ..vocab import vocabulary

_DISTRICT_COMMITTEES = frozenset(fold(w) for w in ("Huyện ủy", "Quận ủy", "Thị ủy", "Thành ủy"))
_CITY_COMMITTEE = fold("Thành ủy")
_PROVINCE_COMMITTEES = frozenset(fold(w) for w in ("Tỉnh ủy", "Thành ủy"))


def _split(name: str) -> tuple[str | None, str]:
    """'Huyện ủy Vũ Thư' -> ('huyện ủy', 'Vũ Thư'): the body word, folded, and the unit's name as written."""
    keys = fold(name).split()
    hit = vocabulary().bodies.longest(keys, 0)
    if not hit or hit[0] >= len(keys):
        return None, ""
    return fold(hit[1].text), " ".join(name.split()[hit[0]:])


def is_district_committee(body: Body) -> bool:
    """'Huyện ủy X', 'Quận ủy X', 'Thị ủy X', or 'Thành ủy X' of a city within a province ('Thành ủy Vị Thanh',
    'Thành ủy Hà Tĩnh': a province has a Tỉnh ủy, so a Thành ủy named after one is its capital's), by its name."""
    head, unit = _split(body.name)
    if body.kind != "party-committee" or head not in _DISTRICT_COMMITTEES:
        return False
    province = vocabulary().province_by_key.get(fold(unit))
    return not (head == _CITY_COMMITTEE and province is not None and province.type == "city")


def _enclosing(body: Body) -> str | None:
    """The province around a district-level committee's unit, by the unit's name alone: the one province with a
    district so named in the reference data, or the province whose name a 'Thành ủy' takes (its capital)."""
    from ..gazetteer.names import province_of_district

    voc = vocabulary()
    _head, unit = _split(body.name)
    if fold(unit) in voc.province_by_key:
        return voc.province_by_key[fold(unit)].name
    province = province_of_district(unit)
    return voc.province_by_key[fold(province)].name if province and fold(province) in voc.province_by_key else None


def link_party_levels(facts: Facts) -> None:
    """Give a district-level committee the province's committee, when the article names exactly one."""
    for name, body in list(facts.bodies.items()):
        if body.parent or not is_district_committee(body):
            continue
        up = _enclosing(body)
        parents = [other for other, b in facts.bodies.items() if other != name and up is not None and b.place == up
                   and _split(other)[0] in _PROVINCE_COMMITTEES and not is_district_committee(b)]
        if len(parents) == 1:
            facts.bodies[name] = replace(body, parent=parents[0])
