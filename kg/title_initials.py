"""Titles and bodies written in initials (kg/data/title_initials.tsv): how the tokenizer cuts glued initials in
two ('CTHĐND', 'BTVTU'), and the role and body words those initials add to the vocabulary."""
from __future__ import annotations

import functools

from .text import fold
from .vocab import Role, Trie, data_rows, words


@functools.cache
def glued_initials() -> dict[str, tuple[str, str]]:
    """'CTHĐND' -> ('CT', 'HĐND'): a role's initials glued to a body's (title_initials.tsv), read as the two; so are
    a standing board's initials glued to its committee's ('BTVTU' -> ('BTV', 'TU'), 'TTHĐND')."""
    rows = data_rows("title_initials.tsv")
    roles = {row[1] for row in rows if row[0] == "role"}
    glued = {r + row[1]: (r, row[1]) for row in rows if row[0] == "body" for r in row[4].split() if r in roles}
    for row in rows:
        if row[0] == "board" and " " not in row[1]:
            glued.update({row[1] + committee: (row[1], committee) for committee in row[3].split()})
    return glued


@functools.cache
def glued_after_word() -> dict[str, tuple[str, tuple[str, str]]]:
    """'TVĐU' -> ('ban', ('TV', 'ĐU')): board initials that are two halves only after a written word ('Ban TVĐU');
    alone they are a title ('TVĐU', a member of the standing board)."""
    out = {}
    for row in data_rows("title_initials.tsv"):
        if row[0] == "board" and " " in row[1]:
            word, board = row[1].rsplit(" ", 1)
            out.update({board + committee: (fold(word), (board, committee)) for committee in row[3].split()})
    return out


def add_title_initials(roles: Trie, bodies: Trie, role_english: dict[str, str]) -> None:
    """title_initials.tsv into the role and body words. The two halves of glued initials ('CT'+'HĐND', 'T'+'BDV'),
    which the tokenizer keys as written, name the role and the body their words name; a role in words before a
    body's initials that stand alone ('Phó trưởng BDV': 'Phó Trưởng' + 'Ban Dân vận') is that body's role, as a
    member's initials ('CUV') are. An entry of roles.tsv or bodies.tsv keeps its value (the first added wins)."""
    def entry(trie: Trie, text: str) -> object | None:
        key = words(text)
        hit = trie.longest(list(key), 0)
        return hit[1] if hit and hit[0] == len(key) else None

    rows = data_rows("title_initials.tsv")
    role_initials = {row[1]: (row[2], row[3]) for row in rows if row[0] == "role"}
    for initials, (full, english) in role_initials.items():
        roles.add((initials,), entry(roles, full) or Role(full, english))
    for row in rows:
        if row[0] == "body":
            short, body, english, joins, alone = row[1:6]
            word = entry(bodies, body)
            if word is not None:
                bodies.add((short,), word)
            for initials in joins.split():
                if alone == "yes" and initials in role_initials:
                    full, role = role_initials[initials]
                    roles.add(words(f"{full} {short}"), Role(full, f"{role} of the {english}", body))
                    role_english.setdefault(fold(f"{full} {short}"), f"{role} of the {english}")
        elif row[0] == "member":
            short, body, english = row[1:4]
            roles.add(words(short), Role(short, english, body))
            role_english.setdefault(fold(short), english)
    for row in rows:
        if row[0] == "board":
            _board_initials(bodies, row[1], row[2], row[3].split(), entry)


def _board_initials(bodies: Trie, short: str, board: str, committees: list[str], entry) -> None:
    """'BTVTU', 'Ban TVĐU', 'TTHĐND': a board's initials glued to its committee's, which the tokenizer cuts in two
    halves keyed as written. A board and committee that are one word of bodies.tsv ('Thường trực Hội đồng nhân
    dân') are that word; otherwise the board's half names the board and the committee's half (a body row) the
    committee it belongs to."""
    *written, initials = short.split()
    lead = tuple(w for part in written for w in words(part))
    full_of = {row[1]: row[2] for row in data_rows("title_initials.tsv") if row[0] == "body"}
    for committee in committees:
        whole = entry(bodies, f"{board} {full_of.get(committee, committee)}")
        if whole is not None:
            bodies.add(lead + (initials, committee), whole)
        elif (word := entry(bodies, board)) is not None:
            bodies.add(lead + (initials,), word)
