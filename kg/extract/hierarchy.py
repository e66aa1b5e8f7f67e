"""Bodies that belong to other bodies the article names for the same unit (kg/data/body_parents.tsv; a sở or
phòng of kg/data/official_body_units.tsv belongs to its unit's Ủy ban nhân dân).

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
from .party_levels import is_district_committee


_PEOPLES_COMMITTEE = "Ủy ban nhân dân"


@functools.cache
def _parent_words() -> tuple[tuple[str, str], ...]:
    """(body word, its one parent body word), folded, longest body word first."""
    rows = [(fold(row[0]), fold(row[1])) for row in data_rows("body_parents.tsv")]
    # a department (sở) or office (phòng) of official_body_units.tsv is a specialised agency of its unit's
    # People's Committee (cơ quan chuyên môn thuộc UBND: Nghị định 24/2014 and 107/2020 for a province's,
    # 37/2014 and 108/2020 for a district's, 150/2025 for a commune's)
    rows += [(fold(name), fold(_PEOPLES_COMMITTEE)) for name, _unit in data_rows("official_body_units.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def _named_parents() -> dict[str, str]:
    """Body word -> the parent's body word, as the vocabulary spells them, for the words that hold their
    parent's word ('Thường trực Hội đồng nhân dân': body_parents.tsv, 'names')."""
    return {row[0]: row[1] for row in data_rows("body_parents.tsv") if row[2:3] == ["names"]}


def named_parent_word(word: str) -> str | None:
    """'Thường trực Hội đồng nhân dân' -> 'Hội đồng nhân dân': the parent a body so named names as well."""
    return _named_parents().get(word)


def _unit_words(rest: str) -> str:
    """The unit a name ends with, less its type word: 'huyện châu thành' and 'châu thành' name one unit."""
    hit = vocabulary().place_types.longest(rest.split(), 0)
    return " ".join(rest.split()[hit[0]:]) if hit and len(rest.split()) > hit[0] else rest


def _same_level(child_word: str, parent_rest: str) -> bool:
    """'Tỉnh ủy Hà Tĩnh' is not the committee of 'Đảng bộ thành phố Hà Tĩnh': where the parent's name gives its
    unit a type word, its level is the level the child's body word is tied to, if it is tied to one."""
    child = vocabulary().bodies.longest(child_word.split(), 0)
    unit = vocabulary().place_types.longest(parent_rest.split(), 0)
    return not (child and child[1].level and unit) or unit[1].level == child[1].level


def _child_word(key: str) -> str | None:
    """The longest body word of body_parents.tsv that opens the folded name."""
    return next((word for word, _parent in _parent_words() if (key + " ").startswith(word + " ")), None)


def link_parents(facts: Facts) -> None:
    """Give a body with no parent the parent its kind has, where the article names that parent for the same
    unit (the same words after the body word, type words aside)."""
    parent_of = dict(_parent_words())
    by_rest: dict[tuple[str, str], str] = {}  # (body word, unit) -> the body's name
    for name in facts.bodies:
        key = fold(name)
        for parent in sorted(set(parent_of.values()), key=len, reverse=True):
            if (key + " ").startswith(parent + " "):  # 'Quốc hội' is its whole name, with no unit
                by_rest.setdefault((parent, _unit_words(key[len(parent) + 1:])), name)
                break
    for name, body in list(facts.bodies.items()):
        if body.parent or is_district_committee(body):
            continue  # a district's committee belongs to its province's (party_levels.py), in every article
        key = fold(name)
        word = _child_word(key)
        if word is None:
            continue
        target = by_rest.get((parent_of[word], _unit_words(key[len(word) + 1:])))
        if target and target != name and _same_level(word, fold(target)[len(parent_of[word]) + 1:]):
            facts.bodies[name] = replace(body, parent=target)
