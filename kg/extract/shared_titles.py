"""Titles that several persons share: a heading over a list ('các đồng chí Phó Bí thư Thành ủy: A, …; B, …')
and a title named before its holders ('02 Phó Bí thư Huyện ủy là ông A và B')."""
from __future__ import annotations

from .occurrence import Occurrence, TitleUse
from .phrases import TitlePhrase, match_title
from .tokens import Sentence


def shared_headings(sent: Sentence, occurrences: list[Occurrence], known: set[str]) -> None:
    """'các đồng chí Phó Bí thư Thành ủy: A, …; B, …' gives A and B the heading's title."""
    toks = sent.tokens
    for c, tok in enumerate(toks):
        if tok.text != ":":
            continue
        headings = _heading_titles(sent, _heading_end(toks, c), known)
        if not headings:
            continue
        stop = _next_colon(toks, c + 1)
        after = [o for o in occurrences if c < o.start < stop]
        if after and after[0].titles and after[0].titles[0].title.end == after[0].start:
            # title-first entries ('T1 A, T2 B; T3 C'): the heading covers the names up to the first ';'
            semicolon = next((k for k in range(c + 1, stop) if toks[k].text == ";"), stop)
            after = [o for o in after if o.start < semicolon]
        for occ in after:
            for heading in reversed(headings):
                occ.titles.insert(0, TitleUse(heading, "current"))


_HEADING_TAIL = {"gồm", "là", "các", "đồng", "chí", "có"}


def _heading_end(toks: list, colon: int) -> int:
    """Where the titles of a heading end: '3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí:' -> after 'Tỉnh ủy'."""
    end = colon
    while end > 0 and toks[end - 1].key in _HEADING_TAIL:
        end -= 1
    if end > 0 and toks[end - 1].text == "," and end < colon:
        end -= 1  # 'các Phó Chủ tịch UBND xã, gồm: A, B'
    if end >= 2 and toks[end - 2].key == "khóa":  # the term of the new committee is no part of the title
        end -= 2
    return end


def _heading_titles(sent: Sentence, end: int, known: set[str]) -> list[TitlePhrase]:
    """The titles of a heading that ends at `end`: 'các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng:'."""
    toks = sent.tokens
    titles: list[TitlePhrase] = []
    while end > 0:
        found = None
        for p in range(max(0, end - 25), end):
            title = match_title(sent, p, known, allow_lower=p > 0 and toks[p - 1].key == "các")  # 'các đại biểu HĐND tỉnh:'
            if title and title.end == end:
                found = title
                break
        if found is None:
            return []
        titles.insert(0, found)
        before = found.start - 1
        if before >= 0 and (toks[before].key in ("các", "chí", "đồng") or toks[before].text.isdigit()):
            return titles  # 'các đồng chí Phó Bí thư:', '3 Phó Bí thư Tỉnh ủy gồm các đồng chí:'

        if before > 0 and toks[before].text == ",":
            end = before
            continue
        return []
    return []


def _next_colon(toks: list, start: int) -> int:
    for k in range(start, len(toks)):
        if toks[k].text == ":":
            return k
    return len(toks)


_NAMING_WORDS = {"là", "gồm", "có", "và"}  # '02 Phó Bí thư Huyện ủy là ông A và B', '… gồm các ông A, B'
_COUNT_WORDS = {"các", "hai", "ba", "bốn", "năm"}
_JOINERS = {",", "và", "ông", "bà", "đồng", "chí", "đ/c"}


def titles_named_after(sent: Sentence, occurrences: list[Occurrence], known: set[str]) -> None:
    """'02 Phó Bí thư Huyện ủy là ông A và B', 'Phó Bí thư Đảng ủy là hai đồng chí A và B': a title, then
    'là' or 'gồm', a count and the names; each named person holds the title."""
    keys = sent.keys
    taken = set()
    for occ in occurrences:
        taken.update(range(min([occ.start, *(t.title.start for t in occ.titles)]), occ.entry_end))
    starts = {o.start: n for n, o in enumerate(occurrences)}
    k = 0
    while k < len(keys):
        title = None if k in taken else match_title(sent, k, known)
        if title is None:
            k += 1
            continue
        j = title.end
        while j < len(keys) and keys[j] in _NAMING_WORDS:
            j += 1
        if not {"là", "gồm"} & set(keys[title.end:j]):
            k = title.end
            continue
        if j < len(keys) and (keys[j] in _COUNT_WORDS or sent.tokens[j].text.isdigit()):
            j += 1
        while j < len(keys) and keys[j] in _JOINERS:
            j += 1
        n = starts.get(j)
        named = []
        while n is not None:
            named.append(occurrences[n])
            if n + 1 >= len(occurrences):
                break
            gap = keys[occurrences[n].entry_end:occurrences[n + 1].start]
            n = n + 1 if gap and set(gap) <= _JOINERS else None
        for occ in named:
            if all(t.title.written.casefold() != title.written.casefold() for t in occ.titles):
                occ.titles.insert(0, TitleUse(title, "current"))
        k = title.end


_PLURAL_MARKERS = (("các", "đồng", "chí"), ("các", "ông"), ("các", "bà"), ("các", "đ/c"))


def titles_before_plural_names(sent: Sentence, occurrences: list[Occurrence]) -> None:
    """'các đồng chí Phó Chủ tịch UBMTTQ tỉnh A, B và C': after a plural address, the title before the first name
    is every listed name's, when they follow with nothing but commas and 'và' between and no title of their own."""
    keys = sent.keys
    for n, occ in enumerate(occurrences):
        if not occ.titles or occ.titles[-1].title.end != occ.start:
            continue
        opening = occ.titles[0].title.start
        if not any(tuple(keys[max(0, opening - len(m)):opening]) == m for m in _PLURAL_MARKERS):
            continue
        shared = occ.titles[-1]
        previous = occ
        for later in occurrences[n + 1:]:
            gap = keys[previous.entry_end:later.start]
            if not gap or not set(gap) <= {",", "và"} or later.titles:
                break
            later.titles.append(TitleUse(shared.title, shared.status))
            previous = later
