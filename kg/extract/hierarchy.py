"""Bodies that belong to other bodies the article names for the same unit (kg/data/body_parents.tsv).

'Thường trực Hội đồng nhân dân phường X' is part of 'Hội đồng nhân dân phường X' and 'Huyện ủy X' of
'Đảng bộ huyện X', though no sentence links them. A link is made only to a body the article names itself;
none is invented.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ..model import Facts
from ..text import fold
from ..vocab import data_rows, vocabulary


@functools.cache
def _parent_words() -> tuple[tuple[str, str], ...]:
    """(body word, parent body word), folded, longest body word first."""
    return tuple(sorted(((fold(a), fold(b)) for a, b in data_rows("body_parents.tsv")), key=lambda r: -len(r[0])))


def _unit_words(rest: str) -> str:
    """The unit a name ends with, less its type word: 'huyện châu thành' and 'châu thành' name one unit."""
    hit = vocabulary().place_types.longest(rest.split(), 0)
    return " ".join(rest.split()[hit[0]:]) if hit and len(rest.split()) > hit[0] else rest


def link_parents(facts: Facts) -> None:
    """Give a body with no parent the parent its kind has, where the article names that parent for the same
    unit (the same words after the body word, type words aside)."""
    by_rest: dict[tuple[str, str], str] = {}  # (body word, unit) -> the body's name
    for name in facts.bodies:
        key = fold(name)
        for word, _parent in _parent_words():
            if key.startswith(word + " "):
                break
        else:
            for _word, parent in _parent_words():
                if key.startswith(parent + " "):
                    by_rest.setdefault((parent, _unit_words(key[len(parent) + 1:])), name)
    for name, body in list(facts.bodies.items()):
        if body.parent:
            continue
        key = fold(name)
        for word, parent in _parent_words():
            if key.startswith(word + " "):
                target = by_rest.get((parent, _unit_words(key[len(word) + 1:])))
                if target and target != name:
                    facts.bodies[name] = replace(body, parent=target)
                break
