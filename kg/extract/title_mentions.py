"""Titles that stand for their holder, with no name: 'đồng chí Phó Bí thư Thường trực Thành ủy cũng đánh giá',
'Kết luận buổi làm việc, Bí thư Tỉnh ủy yêu cầu …', 'Tham dự có Bí thư Huyện ủy, Chủ tịch UBND huyện …'."""
from __future__ import annotations

from .names import match_name
from .occurrence import Occurrence
from .phrases import PERSON_MARKERS, TitlePhrase, match_title
from .tokens import Sentence


def title_only_mentions(sent: Sentence, known: set[str]) -> list[TitlePhrase]:
    """'đồng chí Phó Bí thư Thường trực Thành ủy cũng đánh giá': a title standing for its holder."""
    out = []
    keys = sent.keys
    for k in range(len(keys) - 1):
        if (keys[k], keys[k + 1]) not in PERSON_MARKERS and (keys[k],) not in PERSON_MARKERS:
            continue
        p = k + (2 if (keys[k], keys[k + 1]) in PERSON_MARKERS else 1)
        title = match_title(sent, p, known)
        if title and match_name(sent, title.end, known) is None and (p < 3 or keys[k - 1] != "các"):
            out.append(title)
    return out + [t for t in _titles_as_subject(sent, known) if all(t.start != o.start for o in out)]


def _titles_as_subject(sent: Sentence, known: set[str]) -> list[TitlePhrase]:
    """'Kết luận buổi làm việc, Bí thư Tỉnh ủy yêu cầu …': a capitalised title that opens a clause, with no name
    after it and a word in lower case next, is the subject, and stands for its holder."""
    out = []
    toks = sent.tokens
    for p in range(len(toks) - 1):
        if p > 0 and toks[p - 1].text != ",":
            continue
        title = match_title(sent, p, known)
        if title and toks[p].is_capitalized and title.end < len(toks) and toks[title.end].is_word \
                and not toks[title.end].is_capitalized and match_name(sent, title.end, known) is None \
                and _clause_before_is_no_entry(sent, p, known):
            out.append(title)
    return out


def _clause_before_is_no_entry(sent: Sentence, p: int, known: set[str]) -> bool:
    """'Ông X, Phó Chủ tịch UBND huyện làm trưởng đoàn': a title after a name, or after another title, is
    apposition; only a clause with neither ('Kết luận buổi làm việc,') leaves the title as the subject."""
    if p == 0:
        return True
    start = p - 1
    while start > 0 and sent.tokens[start - 1].text != ",":
        start -= 1
    return not any(match_name(sent, k, known) or match_title(sent, k, known) for k in range(start, p - 1))



_LIST_OPENERS = {"có", ",", ";", ":", "và"}


def listed_titles(sent: Sentence, known: set[str], persons: list[Occurrence]) -> list[TitlePhrase]:
    """'Tham dự có Bí thư Huyện ủy, Chủ tịch UBND huyện …': titles listed on their own in a sentence
    that says who attended, each standing for its holder (outside the entries of named persons)."""
    taken = set()
    for occ in persons:
        taken.update(range(min([occ.start, *(t.title.start for t in occ.titles)]), occ.entry_end))
    out = []
    keys = sent.keys
    k = 1
    while k < len(keys):
        if k in taken or keys[k - 1] not in _LIST_OPENERS:
            k += 1
            continue
        title = match_title(sent, k, known)
        ends_entry = title is not None and (title.end >= len(keys) or keys[title.end] in _LIST_OPENERS | {"."})
        if title and ends_entry and not any(t in taken for t in range(title.start, title.end)):
            out.append(title)
            k = title.end
        else:
            k += 1
    return out
