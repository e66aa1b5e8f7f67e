"""'UVBTV Thành ủy, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ thành phố': a commission of a party committee named
without its committee (kg/data/party_commissions.txt) is the commission of the committee the holder's other
titles in the same sentence name, else of the committee leading the unit the holder's next title serves.
A commission named alone, with no such title beside it, is left without a body: nothing is guessed.
"""
from __future__ import annotations

import dataclasses
import functools

from ..model import Body, Facts
from ..text import fold
from ..vocab import data_rows, vocabulary
from .setting import Setting
from .standing_board import committee_of_next_title, later_titles


@functools.cache
def _commissions() -> tuple[str, ...]:
    """The commission words, folded, longest first ('ban tuyên giáo và dân vận' before 'ban dân vận')."""
    return tuple(sorted((fold(text) for (text,) in data_rows("party_commissions.txt")), key=len, reverse=True))


def _commission_named(title: str) -> str | None:
    """The commission word a title ends with ('Trưởng ban Dân vận' -> 'ban dân vận'), if it names one."""
    key = fold(title)
    return next((c for c in _commissions() if key.endswith(" " + c)), None)


def place_party_commissions(facts: Facts, setting: Setting) -> None:
    """Give each post in a commission named without its committee the commission of the holder's committee."""
    for index, post in enumerate(facts.posts):
        if post.body is not None or post.status == "former":
            continue
        word = _commission_named(post.title)
        if word is None:
            continue
        committee = _committee_of_own_titles(facts, index) or committee_of_next_title(facts, index, setting)
        if committee is not None:
            facts.posts[index] = dataclasses.replace(post, body=_commission_of(facts, committee, word).name)


def _committee_of_own_titles(facts: Facts, index: int) -> Body | None:
    """The party committee that one of the holder's titles in the same sentence names or lies within ('Ủy viên
    Ban Thường vụ Thành ủy': the Thành ủy), the nearest title before first."""
    post = facts.posts[index]
    earlier = []
    for before in reversed(facts.posts[:index]):
        if before.person != post.person or before.mention != post.mention:
            break
        earlier.append(before)
    for other in [*earlier, *later_titles(facts, index)]:
        body = facts.bodies.get(other.body) if other.body else None
        seen = set()
        while body is not None and body.name not in seen:
            if body.kind == "party-committee":
                return body
            seen.add(body.name)
            body = facts.bodies.get(body.parent) if body.parent else None
    return None


def _commission_of(facts: Facts, committee: Body, word: str) -> Body:
    head = vocabulary().bodies.longest(word.split(), 0)[1]
    english = f"{head.english} of the {committee.english}" if committee.english else None
    name = facts.add_body(Body(f"{head.text} {committee.name}", head.kind, english, committee.name, None), None)
    if committee.name in facts.local_bodies:
        facts.local_bodies.add(name)
    return facts.bodies[name]
