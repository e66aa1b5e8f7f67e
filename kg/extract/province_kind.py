"""Whether a bare level word can name the article's province-level unit.

A 'Tỉnh ủy' or 'HĐND tỉnh' is a province's, never that of a city under the centre: in a Hà Nội article that
also names Lào Cai, a bare 'Tỉnh ủy' is not 'Tỉnh ủy Hà Nội'. A bare 'Thành ủy' in a province's article is the
committee of a city within it, and names the province only where that city bears the province's name ('Thành ủy
Lạng Sơn'); in Gia Lai, whose city is Pleiku, it is not 'Thành ủy Gia Lai' (Luật Tổ chức chính quyền địa
phương 2015, Điều 2: the province-level units are provinces and cities under the centre).
"""
from __future__ import annotations

from ..model import Place


def names_the_unit(word_level: str, unit: Place) -> bool:
    """Whether a word of level 'province' or 'city' ('Tỉnh ủy', 'tỉnh', 'Thành ủy') may stand for `unit`, the
    article's province-level unit."""
    if word_level == "province":
        return unit.kind != "city"
    if word_level == "city" and unit.kind == "province":
        from ..gazetteer.names import names_in_province

        return unit.name in names_in_province(unit.name)
    return True


def unfit(word_level: str | None, unit: Place | None) -> bool:
    """Whether the article has a province-level unit that a word of this level cannot name: the word then
    names the article's own body, left without its unit ('Tỉnh ủy' in a Hà Nội article)."""
    return unit is not None and word_level in ("city", "province") and not names_the_unit(word_level, unit)
