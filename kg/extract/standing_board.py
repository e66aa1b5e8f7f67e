"""'UVBTV, Trưởng Ban Dân vận Huyện ủy': a member of a standing board named without its committee sits on the
board of the committee his next title names, else of the article's own unit's committee
(kg/data/standing_board_roles.txt)."""
from __future__ import annotations

import dataclasses
import functools

from ..model import Body, Facts
from ..text import fold
from ..vocab import data_rows, vocabulary
from .setting import Setting
from .own_committee import unit_committee
from .resolved import add_resolved

_BOARD = "Ban Thường vụ"


@functools.cache
def _roles() -> frozenset[str]:
    return frozenset(fold(text) for (text,) in data_rows("standing_board_roles.txt"))


def place_standing_boards(facts: Facts, setting: Setting) -> None:
    """Give each bare standing-board membership the board it sits on, where the article says which."""
    for index, post in enumerate(facts.posts):
        if fold(post.title) not in _roles() and fold(post.role) not in _roles():
            continue  # 'Thường vụ Huyện ủy': the role alone is a membership, the committee its title names
        own = facts.bodies.get(post.body) if post.body else None
        if own is not None and own.kind != "party-committee":
            continue  # already a board, or another kind of body the title names
        committee = own or committee_of_next_title(facts, index, setting) or _unit_committee(facts, setting)
        if committee is not None:
            facts.posts[index] = dataclasses.replace(post, body=_board_of(facts, committee).name)


def committee_of_next_title(facts: Facts, index: int, setting: Setting) -> Body | None:
    """The party committee that the holder's next title in the same sentence that names a body belongs to
    ('Trưởng Ban Dân vận Huyện ủy'), or that leads the unit it serves ('Phó Chủ tịch HĐND thị xã': the town's
    committee); a title that names no body ('UVBTV, Trưởng Ban Dân vận, Chủ tịch UBMTTQ huyện') is passed over."""
    later = next((p for p in later_titles(facts, index) if p.body), None)
    if later is None:
        return None
    body = facts.bodies.get(later.body)
    served = body.place if body is not None else None
    while body is not None:
        if body.kind == "party-committee":
            return body
        served = served or body.place
        body = facts.bodies.get(body.parent) if body.parent else None
    return _unit_committee(facts, setting, served) if served else None


def later_titles(facts: Facts, index: int) -> list:
    """The posts that follow post `index` in the same person's title list (the same person, the same mention)."""
    post = facts.posts[index]
    out = []
    for later in facts.posts[index + 1:]:
        if later.person != post.person or later.mention != post.mention:
            break
        out.append(later)
    return out


def _unit_committee(facts: Facts, setting: Setting, place_key: str | None = None) -> Body | None:
    return add_resolved(facts, unit_committee(setting, place_key), None)


def _board_of(facts: Facts, committee: Body) -> Body:
    head = vocabulary().bodies.longest(fold(_BOARD).split(), 0)[1]
    english = f"{head.english} of the {committee.english}" if committee.english else None
    name = facts.add_body(Body(f"{head.text} {committee.name}", head.kind, english, committee.name, None), None)
    if committee.name in facts.local_bodies:
        facts.local_bodies.add(name)
    return facts.bodies[name]
