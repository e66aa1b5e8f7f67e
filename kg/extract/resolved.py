"""A resolved body into the facts: its chain's head added, and marked the article's own where it is."""
from __future__ import annotations

from ..model import Body, Facts, Mention
from .context import ResolvedBody


def add_resolved(facts: Facts, resolved: ResolvedBody | None, mention: Mention | None) -> Body | None:
    if resolved is None:
        return None
    name = facts.add_body(resolved.body, mention)
    if resolved.local:
        facts.local_bodies.add(name)
    return facts.bodies[name]
