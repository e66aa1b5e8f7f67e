"""Persons a sentence shows as taking part in the event or not: 'Đồng chí X, Thứ trưởng … gửi lẵng hoa chúc mừng
Đại hội' (who sends flowers or a letter was not there), '… đồng chí Y vắng mặt', 'Như Tổng Bí thư Z đã nhấn
mạnh' (words recalled, not spoken there), and the person an event honours ('kỷ niệm 110 năm Ngày sinh Tổng Bí
thư W', 'dâng hoa tại Tượng đài W'), the person a decision is about ('miễn nhiệm … đối với bà V'); and the
speaker the sentence says was heard ('Hội nghị đã nghe đồng chí U báo cáo')."""
from __future__ import annotations

import re

from .events import cue_positions, participation_cues
from .occurrence import Occurrence, entry_starts, word_before
from .parsed import Parsed


ABSENT_CUES = participation_cues("absent")
QUOTING_CUES = participation_cues("quoting")
HONOURED_CUES = participation_cues("honoured")
REGARDING_CUES = participation_cues("regarding")
HEARD_CUES = participation_cues("heard")
VISITED_CUES = participation_cues("visited")
_BEFORE_NAME = {"đồng", "chí", "cố", "của", "ông", "bà", ":"}  # between the cue and the entry: 'Ngày sinh của cố …'
_CLAUSE_ENDS = {";", "."}
_BEFORE_VISITED = _BEFORE_NAME | {words[0] for words in participation_cues("visited-honorific")}


def absent(item: Parsed) -> set[str]:
    """The persons whose own clause (from their entry to the next person or a semicolon) holds an absent cue,
    and those whose words the sentence recalls ('Như Tổng Bí thư X đã nhấn mạnh, …')."""
    keys = item.sentence.keys
    out = {occ.name for occ in item.persons if occ.name in _named_right_after(item, QUOTING_CUES, clause_start=True)
           and keys[occ.entry_end:occ.entry_end + 1] in (["đã"], ["từng"])}  # not 'các đồng chí như: A, B'
    cues = cue_positions(keys, ABSENT_CUES)
    for n, occ in enumerate(item.persons if cues else ()):
        stop = item.persons[n + 1].start if n + 1 < len(item.persons) else len(keys)
        stop = next((k for k in range(occ.entry_end, stop) if keys[k] in _CLAUSE_ENDS), stop)
        if any(occ.entry_end <= c < stop for c in cues):
            out.add(occ.name)
    return out


def honoured(item: Parsed) -> set[str]:
    """The persons named right after words of remembrance ('Ngày sinh', 'Tượng đài', 'tưởng niệm'), or with the
    span of their life or of an anniversary after the name ('đồng chí X (07/8/1912 - 07/8/2022)'): the event
    honours them, they do not take part in it; nor do those a visit calls on ('đến thăm cụ ông X')."""
    return _named_right_after(item, HONOURED_CUES) | _named_right_after(item, VISITED_CUES, gap=_BEFORE_VISITED) \
        | {occ.name for occ in item.persons if _span_of_years_after(occ)}


# '(1912 - 1998)', '(07/8/1912 - 07/8/2022)': two years, each alone or closing a day, in parentheses
_SPAN_OF_YEARS = re.compile(r"\s*\(\s*(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?(?:1[89]|20)\d\d\s*[-–]\s*"
                            r"(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?(?:19|20)\d\d\s*\)")


def _span_of_years_after(occ: Occurrence) -> bool:
    sent = occ.sentence
    return _SPAN_OF_YEARS.match(sent.text, sent.tokens[occ.end - 1].end) is not None


def regarded(item: Parsed) -> set[str]:
    """'… nhất trí miễn nhiệm chức danh Chủ tịch HĐND phường đối với bà X': the person a decision is about."""
    return _named_right_after(item, REGARDING_CUES)


def heard(item: Parsed) -> list[str]:
    """'Hội nghị đã nghe đồng chí X, Chủ tịch UBND huyện …', 'các đại biểu đã nghe ông: X – …': X spoke."""
    names = _named_right_after(item, HEARD_CUES)
    return [occ.name for occ in item.persons if occ.name in names]


def _named_right_after(item: Parsed, cues: list[tuple[str, ...]], clause_start: bool = False,
                       gap: set[str] = _BEFORE_NAME) -> set[str]:
    """The persons whose entry (titles first) follows one of the cues, with only 'đồng chí', 'cố', 'của' … between;
    with clause_start, only a cue that opens the sentence or follows a comma."""
    keys = item.sentence.keys
    ends = {k + len(cue) for k in cue_positions(keys, cues) for cue in cues if tuple(keys[k:k + len(cue)]) == cue
            and (not clause_start or k == 0 or keys[k - 1] == ",")}
    if not ends:
        return set()
    out = set()
    for occ in item.persons:
        if any(word_before(keys, k, gap) + 1 in ends for k in entry_starts(occ)):
            out.add(occ.name)
    return out
