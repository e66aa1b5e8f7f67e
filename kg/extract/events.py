"""Meetings and other dated events, their chairs and attendees, and stated mergers.

An event is a body sentence that carries a day-and-month date and an event word
('làm việc', 'hội nghị', 'kiểm tra' …). Its chair is the person the sentence says
'chủ trì' or 'làm Trưởng đoàn' of; its attendees are the persons of the sentences
that say who attended ('Cùng dự … có các đồng chí'), up to the next event.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..text import fold
from ..vocab import data_rows, vocabulary
from .persons import Occurrence
from .tokens import Sentence


@dataclass(frozen=True)
class EventWord:
    words: tuple[str, ...]
    kind: str
    stands_alone: bool = False  # a session ('kỳ họp') is an event even when its article names no one at it


def _event_words() -> list[EventWord]:
    return sorted((EventWord(tuple(fold(row[0]).split()), row[1].strip(), row[2:3] == ["alone"])
                   for row in data_rows("event_words.tsv")),
                  key=lambda e: -len(e.words))


_ALONE = {w.words for w in _event_words() if w.stands_alone}


def stands_alone(sent: Sentence, at: int) -> bool:
    """Whether the event word at token `at` names an event that needs no participant ('kỳ họp thứ 9')."""
    return any(tuple(sent.keys[at:at + len(words)]) == words for words in _ALONE)


EVENT_WORDS = _event_words()
_EVENT_WORDS_BY_FIRST: dict[str, list[EventWord]] = {}
for _word in EVENT_WORDS:  # longest first, as in EVENT_WORDS
    _EVENT_WORDS_BY_FIRST.setdefault(_word.words[0], []).append(_word)


def _participation_cues() -> dict[str, list[tuple[str, ...]]]:
    cues: dict[str, list[tuple[str, ...]]] = {}
    for words, cue in data_rows("participation_cues.tsv"):
        cues.setdefault(cue.strip(), []).append(tuple(fold(words).split()))
    return cues


_CUES = _participation_cues()


def participation_cues(kind: str) -> list[tuple[str, ...]]:
    """The cues of one kind of participation_cues.tsv, as folded words."""
    return _CUES.get(kind, [])


CHAIR_CUES = _CUES["chair"]
CHAIRED_BY_CUES = _CUES["chaired-by"]  # 'dưới sự chủ trì của': the person named next chairs
# 'X, Phó Bí thư Tỉnh ủy, Trưởng đoàn công tác': the title itself says X leads the visit
CHAIR_TITLES = {" ".join(words) for words in _CUES["chair-title"]}
ATTEND_CUES = _CUES["attend"]
MEMBER_CUES = _CUES["members"]  # 'Tổ trưởng là bà X và các đại biểu A, B': A and B are the team's members
# a person who speaks, reports or hands over something at the event took part in it
SPEECH_CUES = _CUES["speech"]
MERGER_CUES = _CUES["merger"]
PRESENTED_CUES = _CUES["presented"]  # '… do đồng chí X trình bày': X presented it


def _not_event_words() -> list[tuple[str, ...]]:
    return [tuple(fold(row[0]).split()) for row in data_rows("not_event_words.txt")]


NOT_EVENT_WORDS = _not_event_words()


def event_kind(sent: Sentence, skip: set[int]) -> tuple[str, int] | None:
    """The first event word of the sentence outside body names and compounds such as 'trực tiếp':
    (kind, token index)."""
    keys = sent.keys
    skip = skip | {k + m for k in cue_positions(keys, NOT_EVENT_WORDS)
                   for cue in NOT_EVENT_WORDS if tuple(keys[k:k + len(cue)]) == cue for m in range(len(cue))}
    for k in range(len(keys)):
        if k in skip:
            continue
        for word in _EVENT_WORDS_BY_FIRST.get(keys[k], ()):
            if tuple(keys[k:k + len(word.words)]) == word.words:
                return word.kind, k
    return None


def has_cue(keys: list[str], cues: list[tuple[str, ...]], start: int = 0, stop: int | None = None) -> int | None:
    stop = len(keys) if stop is None else stop
    for k in range(start, stop):
        for cue in cues:
            if tuple(keys[k:k + len(cue)]) == cue:
                return k
    return None


def cue_positions(keys: list[str], cues: list[tuple[str, ...]]) -> list[int]:
    """Every token index where one of the cues starts, in order: one pass over the sentence."""
    firsts = {cue[0] for cue in cues}
    return [k for k in range(len(keys)) if keys[k] in firsts
            and any(tuple(keys[k:k + len(cue)]) == cue for cue in cues)]


def roles_in_event_sentence(occurrences: list[Occurrence]) -> tuple[list[str], list[str]]:
    """Chairs are the persons whose entry is followed by a chair cue (or preceded by
    'chủ trì … có'); the others in the sentence attend."""
    chairs, attendees = [], []
    if not occurrences:
        return chairs, attendees
    sent = occurrences[0].sentence
    keys = sent.keys
    chair_at = [k for k in cue_positions(keys, CHAIR_CUES) if not _names_to_a_post(keys, k)]
    attend_at = attendance_positions(keys)
    lead = chair_at[0] if chair_at else None
    backward = [k for k in chair_at if not _opens_a_naming_clause(keys, k)]  # cues that can end an entry
    # 'Chủ tọa kỳ họp gồm các đồng chí: …'; 'Chủ trì cuộc họp là đồng chí X', 'Dẫn đầu đoàn công tác là đồng chí
    # X', 'Trưởng đoàn là đồng chí X' ('là' in the cue or at most four words after it only)
    lead_end = lead + max(len(c) for c in CHAIR_CUES if tuple(keys[lead:lead + len(c)]) == c) if lead is not None else 0
    co_at = [k for k, key in enumerate(keys) if key in ("có", "gồm", ":")
             or (key == "là" and lead is not None and lead < k <= lead_end + 4)]
    attend_other = [k for k in attend_at if k not in co_at]  # 'Chủ trì hội nghị có các đồng chí' lists chairs
    attend_other = sorted(attend_other + _members_at(keys, lead))
    shared = _list_cues(occurrences, keys, backward)
    chaired_by = _named_after_chaired_by(occurrences, keys)
    for n, occ in enumerate(occurrences):
        nxt = occurrences[n + 1].start if n + 1 < len(occurrences) else len(keys)
        cue_after = _any_in(backward, occ.entry_end, min(nxt, occ.entry_end + 4)) \
            or _any_in(backward, occ.entry_end, _clause_after(sent, occ.entry_end, nxt, attend_at))
        # 'Chủ trì hội nghị có đồng chí X', but not '… chủ trì cuộc họp; tham dự có bà Y'
        listed_after_chair_cue = lead is not None and lead < occ.start and _any_in(co_at, lead, occ.start) \
            and not _any_in(attend_other, lead, occ.start)
        # a list 'A, T; B, T chủ trì' or 'A và B đồng chủ trì': a chair cue after the list covers it
        leads = cue_after or listed_after_chair_cue or shared[n] or n in chaired_by or heads_the_delegation(occ)
        if leads or (n == 0 and _second_predicate_chairs(sent, occ, nxt, chair_at)):
            chairs.append(occ.name)
        else:
            attendees.append(occ.name)
    return chairs, attendees


_NAMED_TO = _CUES["named-to"]


def _names_to_a_post(keys: list[str], cue: int) -> bool:
    """'… được bầu làm Trưởng Đoàn ĐBQH tỉnh': a chair cue right after a word of electing gives a post."""
    return any(tuple(keys[cue - len(words):cue]) == words for words in _NAMED_TO if cue >= len(words))


def leads_something(keys: list[str]) -> bool:
    """Whether the sentence says someone led the event: a chair cue that gives no post."""
    return any(not _names_to_a_post(keys, k) for k in cue_positions(keys, CHAIR_CUES))


def _members_at(keys: list[str], lead: int | None) -> list[int]:
    """Where the members of a team named after its leader begin ('Trưởng nhóm là ông X và các thành viên A, B'):
    after a chair cue that names its holder after 'là', not 'X chủ trì; các đại biểu thảo luận …'."""
    return [k for k in cue_positions(keys, MEMBER_CUES) if lead is not None and "là" in keys[lead:k]]


def lists_members(sent: Sentence) -> bool:
    """A sentence that names a team's leader with a chair cue and then its members, who attend."""
    return bool(_members_at(sent.keys, has_cue(sent.keys, CHAIR_CUES)))


def _opens_a_naming_clause(keys: list[str], cue: int) -> bool:
    """'Dự kỳ họp có đồng chí A; Chủ tọa kỳ họp là đồng chí B': a chair cue that opens a clause and names its
    holder after 'là', 'gồm' or ':' points forward, to B, not back to the person listed before it."""
    if cue > 0 and keys[cue - 1] not in (";", "."):
        return False
    return any(key in ("là", "gồm", ":") for key in keys[cue + 1:cue + 6])


_NUMBERED = re.compile(r"\s+(?:số\s+)?\d+$")


def heads_the_delegation(occ: Occurrence) -> bool:
    """A title of the entry that heads the visiting team ('Trưởng đoàn', 'Trưởng đoàn kiểm tra số 2'), not a
    standing post ('Trưởng đoàn đại biểu Quốc hội tỉnh')."""
    return any(_NUMBERED.sub("", fold(use.title.written)) in CHAIR_TITLES for use in occ.titles)


_CHAIR_LIST_GAP = {",", ";", "và", "đồng", "chí", "ông", "bà", "các", ":"}


def _named_after_chaired_by(occurrences: list[Occurrence], keys: list[str]) -> set[int]:
    """'Dưới sự chủ trì của đồng chí X - Bí thư Tỉnh ủy, …': the person named right after the cue chairs, and
    so do those listed with them ('… của các đồng chí X; Y')."""
    chairs: set[int] = set()
    for cue in cue_positions(keys, CHAIRED_BY_CUES):
        after = cue + next(len(c) for c in CHAIRED_BY_CUES if tuple(keys[cue:cue + len(c)]) == c)
        for n, occ in enumerate(occurrences):
            entry_start = min([occ.start, *(t.title.start for t in occ.titles)])
            if entry_start < after:
                continue
            if not set(keys[after:entry_start]) <= _CHAIR_LIST_GAP:
                break
            chairs.add(n)
            after = occ.entry_end
    return chairs


def _second_predicate_chairs(sent: Sentence, occ: Occurrence, stop: int, chair_at: list[int]) -> bool:
    """'Bí thư Tỉnh ủy X và Đoàn công tác thăm, động viên cán bộ … và chủ trì cuộc làm việc …': the subject of
    the sentence chairs when 'và chủ trì' is its second predicate, with no one else named between and no 'do'
    ('… dự hội nghị do … chủ trì': someone else chairs)."""
    keys = sent.keys
    end = next((k for k in range(occ.entry_end, stop) if keys[k] in (";", ".")), stop)
    return any(keys[c - 1] == "và" and "do" not in keys[occ.entry_end:c] for c in chair_at if occ.entry_end < c < end)


def _clause_after(sent: Sentence, start: int, stop: int, attend_at: list[int]) -> int:
    """Where the words that may still belong to a person's entry end: a chair cue up to here is theirs
    ('X - T1, Trưởng Tiểu ban An ninh, Trật tự và Y tế của Hội đồng … làm trưởng đoàn'). The clause ends at
    a semicolon or stop, the next person, a word of attending ('X dự hội nghị do Y chủ trì'), or 16 words on."""
    keys = sent.keys
    end = min(stop, start + 16, len(keys))
    i = bisect.bisect_left(attend_at, start)
    if i < len(attend_at):
        end = min(end, attend_at[i])
    return next((k for k in range(start, end) if keys[k] in (";", ".")), end)


def _any_in(positions: list[int], start: int, stop: int) -> bool:
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < stop


# a dash too: 'T1 – A, T2 - B, T3 – C chủ trì', where a title read as A's leaves the dash before B's name
_LIST_GAP = {",", ";", "và", "đồng", "chí", "ông", "bà", "cùng", "các", ":", "với", "-", "–"}


def _list_cues(occurrences: list[Occurrence], keys: list[str], chair_at: list[int]) -> list[bool]:
    """For each person, whether a list of persons runs on from them to a last one followed by a chair cue."""
    last = list(range(len(occurrences)))  # the last person of the list that runs on from each one
    for n in range(len(occurrences) - 2, -1, -1):
        nxt = occurrences[n + 1]  # its titles may come before its name: 'A, T2 B, T3 C chủ trì'
        gap = keys[occurrences[n].entry_end:min([nxt.start, *(t.title.start for t in nxt.titles)])]
        if gap and (set(gap) <= _LIST_GAP or _rest_of_entry(gap)):
            last[n] = last[n + 1]
    out = []
    for n, end in enumerate(last):
        occ = occurrences[end]
        out.append(end != n and _any_in(chair_at, occ.entry_end, occ.entry_end + 4))
    return out


def _rest_of_entry(gap: list[str]) -> bool:
    """'A, Bí thư …, Chánh án Tòa án nhân dân tối cao; đồng chí B …': words of a title not read as one, then
    a semicolon and the next entry. The list still runs on, unless those words say what A did."""
    if ";" not in gap:
        return False
    last = len(gap) - 1 - gap[::-1].index(";")
    return set(gap[last:]) <= _LIST_GAP and not any(
        cue_positions(gap[:last], cues) for cues in (CHAIR_CUES, ATTEND_CUES, SPEECH_CUES))


_AGENT_GAP = {"đồng", "chí", "ông", "bà", "đ/c"}


def presented_by(keys: list[str], occ: Occurrence) -> bool:
    """'Báo cáo chính trị do đồng chí X, Bí thư Chi bộ trình bày': the agent of 'do' whose entry runs into a
    word of presenting ('trình bày', 'trình', 'đọc') presented something at the event."""
    k = min([occ.start, *(t.title.start for t in occ.titles)]) - 1
    while k >= 0 and keys[k] in _AGENT_GAP:
        k -= 1
    if k < 0 or keys[k] != "do":
        return False
    end = occ.entry_end  # past the rest of a title not read whole ('… Hội Nông dân huyện trình')
    while end < len(keys) and end - occ.entry_end < 4 and (vocabulary().place_types.longest(keys, end)
                                                           or occ.sentence.tokens[end].is_capitalized):
        end += 1
    return has_cue(keys, PRESENTED_CUES, end, end + 1) is not None


def is_attendance_sentence(sent: Sentence) -> bool:
    return bool(attendance_positions(sent.keys))


_EVENT_HAS = _CUES["event-has"]
_EVENT_HAS_WITHIN = 8  # words from the sentence's opening: 'Chúc mừng và chỉ đạo Đại hội có …'


def lists_those_present(sent: Sentence) -> bool:
    """'Chúc mừng và chỉ đạo Đại hội có các đồng chí: …': the event's noun and 'có' near the opening list who
    was there (the caller has ruled out a chair cue: 'Chủ trì hội nghị có …' lists chairs)."""
    at = has_cue(sent.keys, _EVENT_HAS, 0, min(len(sent.keys), _EVENT_HAS_WITHIN))
    return at is not None


# 'dự' that is part of another word: 'Ủy viên dự khuyết', 'dự kiến', 'dự thảo', 'dự án'
_NOT_ATTENDING = {"khuyết", "kiến", "thảo", "án", "toán", "báo", "trữ", "bị", "định", "phòng", "thi"}


_NOT_ATTEND_CUES = _CUES["not-attend"]


def attendance_positions(keys: list[str]) -> list[int]:
    """Where the sentence says someone attended ('tham dự', 'cùng dự', 'có mặt' …); not 'tham gia cách mạng'."""
    told_a_life = set(cue_positions(keys, _NOT_ATTEND_CUES))
    return [k for k in cue_positions(keys, ATTEND_CUES) if k not in told_a_life
            and not (keys[k] == "dự" and k + 1 < len(keys) and keys[k + 1] in _NOT_ATTENDING)]


def merger_cue(sent: Sentence) -> int | None:
    return has_cue(sent.keys, MERGER_CUES)


def topic_of(sent: Sentence, after: int) -> str | None:
    """'… về tình hình 5 năm thực hiện …': the words after 'về' to the end of the clause."""
    keys = sent.keys
    for k in range(after, len(keys)):
        if keys[k] == "về":
            end = k + 1
            while end < len(keys) and keys[end] not in (".", ";"):
                end += 1
            text = sent.between(k + 1, end).strip()
            return text or None
    return None
