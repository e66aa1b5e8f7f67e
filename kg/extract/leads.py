"""Which sentence opens an event, and which sentences go on listing its participants.

The rules that go beyond 'a dated sentence with an event word and a person or body in it': a lead that
names no one ('Sáng 4/12, Lễ kỷ niệm … được tổ chức'), a lead with no date of its own (the title's date,
'hôm nay', 'vừa qua', the publication day written elsewhere), and a list of attendees that runs on into the next sentence or paragraph.
"""
from __future__ import annotations

from typing import Protocol

from ..reader import Article
from ..text import fold
from ..vocab import data_rows, phrase_trie
from .dates import EventDate, find_dates, relative_date
from .events import event_kind
from .persons import Occurrence
from .phrases import BodyPhrase
from .tokens import Sentence


class ParsedSentence(Protocol):
    sentence: Sentence
    bodies: list[BodyPhrase]
    persons: list[Occurrence]


_BEFORE_LEAD_DATE = {"", "(", "trong", "vào", "trong các", "trong hai", "trong 2"}  # 'Trong ngày 8-5, đại hội …'


def dated_lead(when: EventDate, kind: tuple[str, int], sentence: str = "") -> bool:
    """'Sáng ngày 04 tháng 02 năm 2021 Đoàn cán bộ huyện đã đến thăm …', 'Trong ngày 8-5, đại hội diễn ra phiên
    chính thức': a sentence that opens with its date and says what happened (a visit, an inspection, a
    conference) is an event's lead, even naming no one."""
    opens = when.start <= 2 or sentence[:when.start].strip().lower() in _BEFORE_LEAD_DATE
    return opens and kind[0] in ("visit", "inspection", "conference", "congress")


def held_in_dated_lead(sent: Sentence, when: EventDate) -> tuple[str, int] | None:
    """'Chiều 23/3, Công đoàn thị trấn tổ chức Đại hội …' with the event's noun misspelt or unknown: a sentence
    that opens with its date and says something capitalised was held ('tổ chức Lễ …') is an event's lead; so is
    one that says it held a word of held_words.txt ('Sáng 20/12, xã Hòa Lâm tổ chức kỷ niệm 60 năm ngày thành
    lập xã', 'tổ chức trọng thể chương trình …')."""
    if when.start > 12:
        return None
    keys, toks = sent.keys, sent.tokens
    for k in range(len(keys) - 2):
        if keys[k] != "tổ" or keys[k + 1] != "chức":
            continue
        at = k + 2
        manner = _HELD_MANNER.longest(keys, at)
        at += manner[0] if manner else 0
        if at < len(keys) and toks[at].is_capitalized and toks[at].is_word:
            return "other", at
        if _HELD_WORDS.longest(keys, at):
            return "other", at
    return None


_HELD_WORDS = phrase_trie("held_words.txt")
_HELD_MANNER = phrase_trie("held_manner_words.txt")


_BACK_OPENERS = {"tại", "trong"}
_EVENT_ARTICLES = {"buổi", "cuộc"}


def refers_back(sent: Sentence, when: EventDate) -> bool:
    """'Tại hội nghị, bà X cho biết đợt lấy ý kiến diễn ra từ 05/4 đến 09/4': a sentence that opens at the event
    told so far ('Tại hội nghị', 'Trong buổi làm việc') and writes its date after that opening tells that event on;
    the date is of something said there, not of another event."""
    comma = opening_at_the_event(sent)
    return comma is not None and sent.tokens[comma].start < when.start


def opening_at_the_event(sent: Sentence) -> int | None:
    """The comma that ends an opening at the event ('Tại hội nghị,', 'Trong buổi làm việc,', 'Tại lễ ký kết,'):
    'tại' or 'trong', then an event's noun; None when the sentence opens otherwise."""
    keys = sent.keys
    if len(keys) < 3 or keys[0] not in _BACK_OPENERS:
        return None
    at = 2 if keys[1] in _EVENT_ARTICLES else 1
    kind = event_kind(sent, set())
    if kind is None or kind[1] not in (1, at):
        return None
    return next((k for k in range(kind[1], len(keys)) if keys[k] == ","), None)


_ANOTHER_EVENT = tuple(sorted((fold(row[0]) for row in data_rows("another_event_words.txt")), key=len, reverse=True))


def another_event_that_day(sentence: str, when: EventDate) -> bool:
    """'Cũng trong chiều 15/10, … diễn ra phiên trù bị …': a sentence that opens with 'also on' and the day of an
    event already told opens another event on that day, not the same one told again."""
    before = fold(sentence[:when.start]).strip(" (,")
    return any(before == words for words in _ANOTHER_EVENT)


def named_event(sent: Sentence, kind: tuple[str, int]) -> bool:
    """'Sáng 4/12, Lễ kỷ niệm … được tổ chức', 'Đại hội … khai mạc', '… tổ chức hội nghị quán triệt …': an
    event named by a capitalised noun, or said to be held, needs no person or body in its lead sentence."""
    if kind[0] == "meeting":
        return False
    keys = sent.keys
    held = any(keys[k] == "tổ" and keys[k + 1] == "chức" for k in range(max(0, kind[1] - 3), kind[1] - 1))
    return sent.tokens[kind[1]].is_capitalized or held


def lead_event_without_date(parsed: list[ParsedSentence],
                            article: Article) -> list[tuple[int, EventDate, tuple[str, int]]]:
    """The first event sentence, when it has no date of its own: it takes the date in the title, or the
    publication date when it says 'hôm nay' or 'vừa qua'."""
    title_dates = find_dates(article.title, article.reference_date) if article.title else []
    for index, item in enumerate(parsed):
        if item.sentence.caption:
            continue
        in_bodies = {k for phrase in item.bodies for k in range(phrase.start, phrase.end)}
        kind = event_kind(item.sentence, in_bodies)
        if kind is None or not (item.persons or item.bodies or named_event(item.sentence, kind)):
            continue
        when = title_dates[0] if title_dates else relative_date(item.sentence.text, article.published_date)
        when = when or _publication_day_written(parsed, article)
        return [(index, when, kind)] if when else []
    return []


def _publication_day_written(parsed: list[ParsedSentence], article: Article) -> EventDate | None:
    """'Sáng 23/9, trước khi diễn ra phiên trù bị …' in a caption of an article published on 23/9: the article
    writes its own publication day, so an undated lead took place that day."""
    published = article.published_date
    if published is None:
        return None
    for item in parsed:
        for when in find_dates(item.sentence.text, published):
            if when.date == published:
                return when
    return None


def opens_with_entry(item: ParsedSentence) -> bool:
    """'Đinh Văn D, Phó Chủ tịch HĐND huyện; …' after a list of those who attended: the list goes on,
    if the sentence is entries only (names and their titles, joined by commas, semicolons and 'và'), after a
    heading of the group they come from, if any ('Về cấp xã: đồng chí …', 'Về tổ chức Đoàn có đ/c …')."""
    keys = item.sentence.keys
    covered = set(range(group_heading_end(item)))
    for occ in item.persons:
        covered.update(range(min([occ.start, *(t.title.start for t in occ.titles)]), occ.entry_end))
    covered.update(k + n for k in range(len(keys) - 2) if keys[k:k + 3] == ["đ", "/", "c"] for n in range(3))
    toks = item.sentence.tokens  # an abbreviation the titles do not know ('CT UBND TTPL') stays in the entry
    return all(k in covered or keys[k] in _ENTRY_JOINERS or toks[k].is_acronym for k in range(len(keys)))


_ENTRY_JOINERS = {",", ";", ".", ":", "và", "đồng", "chí", "ông", "bà", "các", "cùng", "nguyên", "-", "–", "+", "•"}


LIST_MARKERS = frozenset({"-", "–", "+", "•", "*"})  # what opens an item of a list, or a heading in one
_HEADING_LENGTH = 10  # words of a group's heading, 'về' to 'có' or ':'


def group_heading_end(item: ParsedSentence) -> int:
    """Where a heading that names the group the next entries come from ends ('Về cấp xã:', '– Về phía Đảng ủy
    xã:', 'Về tổ chức Đoàn có'): the sentence opens with 'về' and reaches 'có' or a colon within a few words,
    before any person's entry. 0 when it opens with no such heading."""
    keys = item.sentence.keys
    k = 0
    while k < len(keys) and keys[k] in LIST_MARKERS:
        k += 1
    if k >= len(keys) or keys[k] != "về":
        return 0
    first = min([min([o.start, *(t.title.start for t in o.titles)]) for o in item.persons], default=len(keys))
    for end in range(k + 1, min(first, k + _HEADING_LENGTH, len(keys))):
        if keys[end] in ("có", ":"):
            while end + 1 < first and keys[end + 1] in (":", "có"):
                end += 1
            return end + 1
    return 0


_ENTRY_OPENERS = {"đồng", "chí", "ông", "bà", "đ/c", "các"}


def headed_entry(item: ParsedSentence) -> bool:
    """'Về cấp xã: Đồng chí X - Bí thư Đảng ủy, Thường trực UBND, các đồng chí …': a heading of the group the
    next entries come from, and a person's entry right after it; the list goes on, whatever follows the entries."""
    end = group_heading_end(item)
    if not end or not item.persons:
        return False
    keys = item.sentence.keys
    first = item.persons[0]
    begins = min([first.start, *(t.title.start for t in first.titles)])
    return begins >= end and set(keys[end:begins]) <= _ENTRY_OPENERS
