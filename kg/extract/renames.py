"""A body the article names two ways, read as one: the other name's aliases, mentions, children and posts move to
the name it is known by."""
from __future__ import annotations

from ..model import Body, Facts, Post


def rename_bodies(facts: Facts, renamed: dict[str, str]) -> None:
    """Each body of `renamed` is the body it maps to: its aliases, mentions, children and posts go there."""
    if not renamed:
        return
    facts.local_bodies -= set(renamed)  # a bare 'Đảng ủy' is the article's 'Đảng ủy Khối các cơ quan'
    for short, full in renamed.items():
        body = facts.bodies.pop(short)
        if full in facts.bodies:
            facts.add_body(Body(full, body.kind, None, None, None, (short, *body.aliases)), None)
        else:  # a name the article never wrote whole: the body keeps what it was known by
            facts.bodies[full] = Body(full, body.kind, body.english, renamed.get(body.parent, body.parent),
                                      body.place, tuple(sorted({short, *body.aliases})))
        for m in facts.body_mentions.pop(short, []):
            facts.add_body(facts.bodies[full], m)
    for name, body in list(facts.bodies.items()):
        if body.parent in renamed:
            facts.bodies[name] = Body(body.name, body.kind, body.english, renamed[body.parent], body.place,
                                      body.aliases)
    facts.posts = [Post(p.person, p.title, p.role, p.role_english, renamed.get(p.body, p.body), p.stated, p.status,
                        p.mention) if p.body in renamed else p for p in facts.posts]
