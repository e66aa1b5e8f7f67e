"""'Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí': in the report of one organisation's congress, a board that a
congress elects, written by its word alone (kg/data/elected_boards.tsv), is that organisation's board.

The organisation is the one the congress is named after ('Đại hội đại biểu Hội Nông dân xã X'), or the subject
that holds it ('Hội Nông dân xã X tổ chức đại hội …'): kg/data/congress_words.tsv. An article whose congresses
are of several organisations, or of none it can resolve, has no such board.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ..model import Body, Facts
from ..text import fold
from ..vocab import BodyWord, Trie, data_rows, vocabulary, words
from .context import ResolvedBody, resolve_body
from .english_names import english_of_place
from .own_committee import unit_committee
from .parsed import Parsed, written_name
from .phrases import BodyPhrase
from .resolved import add_resolved
from .setting import Setting

_ORGANISATIONS = ("association", "party-organisation")  # bodies.tsv kinds that hold congresses and elect boards


@functools.cache
def _boards() -> dict[str, str]:
    """Board word, folded -> 'organisation' or 'committee'."""
    return {fold(word): of for word, of in data_rows("elected_boards.tsv")}


@functools.cache
def _congress_words() -> dict[str, Trie]:
    """Kind ('opener', 'verb', 'attends') -> its words."""
    tries: dict[str, Trie] = {}
    for text, kind in data_rows("congress_words.tsv"):
        tries.setdefault(kind, Trie()).add(words(text), text)
    return tries


def add_congress_boards(parsed: list[Parsed], setting: Setting, facts: Facts) -> None:
    """Each bare elected board of the article, as the board of the organisation whose congress it reports."""
    organisation = _congress_organisation(parsed, setting)
    if organisation is None:
        return
    for item in parsed:
        for phrase in item.bodies:
            of = _bare_board(item, phrase)
            if of is None:
                continue
            owner = organisation if of == "organisation" else _committee(organisation, setting, facts)
            if owner is None:
                continue
            owner_name = add_resolved(facts, owner, None).name
            board = _board(phrase.segments[0].head, facts.bodies[owner_name], facts)
            alias = written_name(phrase)
            name = facts.add_body(replace(board, aliases=(alias,) if alias else ()), item.mention)
            if owner_name in facts.local_bodies:
                facts.local_bodies.add(name)


def _board(head: BodyWord, owner: Body, facts: Facts) -> Body:
    """'Ban Chấp hành' of 'Hội Nông dân xã X', named as the genre names it; a board and its owner that make a body
    word of their own ('Ban Chấp hành Đảng bộ') are named and glossed as that word names them."""
    name = f"{head.text} {owner.name}"
    hit = vocabulary().bodies.longest(fold(name).split(), 0)
    if hit is not None and len(hit[1].text.split()) > len(head.text.split()) and owner.place:
        place = facts.places.get(owner.place)
        return Body(name, hit[1].kind, english_of_place(hit[1].english, place, None) if place else None, owner.name,
                    owner.place)
    english = f"{head.english} of the {owner.english}" if owner.english else None
    return Body(name, head.kind, english, owner.name, None)


def _bare_board(item: Parsed, phrase: BodyPhrase) -> str | None:
    """'organisation' or 'committee' for a board word written alone ('Ban Chấp hành khóa mới', 'BCH hội'), not
    before a name of its own ('BCH Quân sự xã': the commune's military command); else None."""
    if len(phrase.segments) != 1:
        return None
    seg = phrase.segments[0]
    of = _boards().get(fold(seg.head.text))
    tokens = item.sentence.tokens
    if of is None or seg.modifiers or seg.place is not None:
        return None
    if phrase.end < len(tokens) and tokens[phrase.end].is_capitalized:
        return None
    return of


def _congress_organisation(parsed: list[Parsed], setting: Setting) -> ResolvedBody | None:
    """The one organisation whose congress the article reports, or None."""
    found: dict[str, ResolvedBody] = {}
    for item in parsed:
        for resolved in _organisations_of_congress(item, setting):
            found.setdefault(resolved.body.name, resolved)
    return next(iter(found.values())) if len(found) == 1 else None


def _organisations_of_congress(item: Parsed, setting: Setting) -> list[ResolvedBody]:
    tries = _congress_words()
    openers, verbs, attends = tries["opener"], tries["verb"], tries["attends"]
    keys = item.sentence.keys
    out = []
    for k in range(len(keys)):
        hit = openers.longest(keys, k)
        if hit is None or any(attends.longest(keys, m) for m in range(max(0, k - 2), k)):
            continue  # 'đi dự Đại hội Công đoàn huyện': another congress, which delegates attend
        after = next((p for p in item.bodies if p.start == k + hit[0]), None)
        body = _organisation(after, setting)
        if body is None:
            before = [p for p in item.bodies if p.end <= k
                      and any(verbs.longest(keys, m) for m in range(p.end, k))]
            body = _organisation(before[-1] if before else None, setting)
        if body is not None:
            out.append(body)
    return out


def _organisation(phrase: BodyPhrase | None, setting: Setting) -> ResolvedBody | None:
    resolved = resolve_body(phrase, setting) if phrase is not None else None
    if resolved is None or resolved.body.kind not in _ORGANISATIONS:
        return None
    return ResolvedBody(resolved.body, (resolved.body,), resolved.local & {resolved.body.name})


def _committee(organisation: ResolvedBody, setting: Setting, facts: Facts) -> ResolvedBody | None:
    """The committee a party organisation elects ('Đảng bộ xã X' -> 'Đảng ủy xã X'), the one the article names
    for its unit; an association's committee is its Ban Chấp hành, whose boards are the association's own."""
    body = organisation.body
    if body.kind != "party-organisation":
        return organisation
    if body.place is None:
        return None
    committees = [b for b in facts.bodies.values() if b.kind == "party-committee" and b.place == body.place]
    if len(committees) == 1:
        return ResolvedBody(committees[0], (committees[0],))
    return unit_committee(setting, body.place)
