"""A bare standing-board title belongs to the party committee of the unit the holder's next title names.

'Ông A, UVBTV, Phó Chủ tịch HĐND thị xã' and 'Ủy viên Ban thường vụ, Trưởng Ban Dân vận Huyện ủy': the board
is the one of the party committee of that unit ('Ban Thường vụ Thị ủy X', 'Ban Thường vụ Huyện ủy Y'), as
portals write a leader's party rank before their post in the same unit. The committee must be one the article
names: the next title's body itself, a committee it lies within, or the one committee named for its unit.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Body, Facts, Post
from ..text import fold
from ..vocab import vocabulary, words

_BOARD = "Standing Board"  # the English of the body word 'Ban Thường vụ' (bodies.tsv)
_MEMBER = "Member of the Standing Board"  # the English of 'UVBTV', 'UVTV' (roles.tsv)


def _bare_board_title(post: Post) -> bool:
    """'UVBTV', 'UVTV', 'Ủy viên BTV', 'Ủy viên Ban thường vụ': a standing board named by no committee."""
    if post.body is not None:
        return False
    if post.role_english == _MEMBER:
        return True
    rest = words(post.title)[len(words(post.role)):]
    hit = vocabulary().bodies.longest(list(rest), 0) if rest else None
    return bool(hit and hit[0] == len(rest) and hit[1].english == _BOARD)


def _committee(body: Body, facts: Facts) -> Body | None:
    seen: set[str] = set()
    current: Body | None = body
    while current is not None and current.name not in seen:
        if current.kind == "party-committee":
            return current
        seen.add(current.name)
        current = facts.bodies.get(current.parent) if current.parent else None
    if body.place is None:
        return None
    same_unit = [b for b in facts.bodies.values() if b.kind == "party-committee" and b.place == body.place
                 and not fold(b.name).startswith(fold("Đảng ủy Khối"))]
    return same_unit[0] if len(same_unit) == 1 else None


def attach_standing_boards(facts: Facts) -> None:
    posts = facts.posts
    for k, post in enumerate(posts[:-1]):
        after = posts[k + 1]
        if not _bare_board_title(post) or after.person != post.person or after.mention != post.mention \
                or after.body is None or after.body not in facts.bodies:
            continue
        committee = _committee(facts.bodies[after.body], facts)
        if committee is None:
            continue
        board = Body(f"Ban Thường vụ {committee.name}", "party-board",
                     f"Standing Board of the {committee.english}" if committee.english else None, committee.name)
        posts[k] = replace(post, body=facts.add_body(board, post.mention))
