"""One Front committee written with and without 'Việt Nam' in one article: 'Ủy ban MTTQ Việt Nam tỉnh X' in the
lead, 'Chủ tịch MTTQ tỉnh' further on. Each committee of the Front is by law 'Ủy ban Mặt trận Tổ quốc Việt Nam'
of its unit (Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 8-9); a page that writes it short names the same body, so
the short name is read as the fullest the article writes. An article that never writes 'Việt Nam' keeps its own
words, and so does a board named after the committee ('Thường trực UBMTTQ tỉnh'), which lies within it.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Body, Facts
from ..text import fold
from .renames import rename_bodies

_SHORT = "ủy ban mặt trận tổ quốc"
_FULL = "ủy ban mặt trận tổ quốc việt nam"


def merge_front_variants(facts: Facts) -> None:
    rename_bodies(facts, front_variants(facts.bodies))
    _boards_within_full_committees(facts)


def _boards_within_full_committees(facts: Facts) -> None:
    """'Thường trực UBMTTQ huyện X' beside 'Ủy ban MTTQ Việt Nam huyện X': the board keeps its words and lies
    within the committee the article names in full."""
    by_key = {fold(name): name for name in facts.bodies}
    for name, body in list(facts.bodies.items()):
        key = fold(name)
        at = key.find(" " + _SHORT) + 1
        if body.parent or at == 0 or key.startswith(_FULL, at):
            continue
        committee = by_key.get(_FULL + key[at + len(_SHORT):])
        if committee is not None:
            facts.bodies[name] = replace(body, parent=committee)


def front_variants(bodies: dict[str, Body]) -> dict[str, str]:
    """Short name -> the article's full name of the same Front committee."""
    by_key = {fold(name): name for name in bodies}
    renamed = {}
    for name in bodies:
        key = fold(name)
        if not key.startswith(_SHORT) or key.startswith(_FULL):
            continue
        full = by_key.get(_FULL + key[len(_SHORT):])
        if full is not None and bodies[full].kind == bodies[name].kind:
            renamed[name] = full
    return renamed
