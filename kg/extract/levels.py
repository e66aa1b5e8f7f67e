"""A mass organisation or Front committee belongs to the same organisation one level up.

'Hội Nông dân huyện Lục Ngạn' is part of 'Hội Nông dân tỉnh Bắc Giang' when the district lies in that
province, and 'Hội Nông dân tỉnh Bắc Giang' of 'Hội Nông dân Việt Nam' (their charters: each level's
association is led by the level above). The link is made only to a body the article names itself, of the
same body word, serving the unit that encloses the child's unit; so a body's parent follows from its name
and its place, the same in every article.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Body, Facts
from ..text import fold
from ..vocab import vocabulary

_NESTED_KINDS = ("association", "front")  # bodies.tsv kinds organised level by level
_NATION = "Việt Nam"
_CENTRAL = fold("Trung ương")


def _head(name: str) -> str | None:
    """The body word that opens a name, folded, as the vocabulary spells it, without the nation's name: 'Ủy ban
    MTTQ Việt Nam xã X' and 'Ủy ban MTTQ huyện Y' are committees of one Front, as the article writes them."""
    keys = fold(name).split()
    hit = vocabulary().bodies.longest(keys, 0)
    if not hit or hit[0] >= len(keys):
        return None
    head = fold(hit[1].text)
    return head.removesuffix(f" {fold(_NATION)}")


def _enclosing(place: str) -> str | None:
    """'Bắc Giang/Lục Ngạn' -> 'Bắc Giang'; a province's key -> None (the nation)."""
    return place.rsplit("/", 1)[0] if "/" in place else None


def _is_national(body: Body, head: str) -> bool:
    """'Hội Nông dân Việt Nam' for 'Hội Nông dân'; 'Ủy ban Trung ương MTTQ Việt Nam' for 'Ủy ban MTTQ Việt Nam'
    (the organisation's central committee leads its provinces' committees)."""
    name = fold(body.name).replace(f"{_CENTRAL} ", "")
    return body.place is None and name in (head, f"{head} {fold(_NATION)}")


def link_levels(facts: Facts) -> None:
    """Give each nested organisation with no parent the one body of its word the article names for the unit
    that encloses its own (the national one for a province's)."""
    heads = {name: _head(name) for name, body in facts.bodies.items() if body.kind in _NESTED_KINDS}
    for name, body in list(facts.bodies.items()):
        head = heads.get(name)
        if body.parent or body.place is None or head is None:
            continue
        up = _enclosing(body.place)
        parents = [other for other, other_head in heads.items() if other != name
                   and (other_head == head and facts.bodies[other].place == up if up
                        else _is_national(facts.bodies[other], head))]
        if len(parents) == 1:
            facts.bodies[name] = replace(body, parent=parents[0])

