"""Which line of an article is prose and which is a photo caption.

A caption is a short line under a photo that says who is in it ('Đồng chí X phát biểu tại hội nghị',
'Quang cảnh hội nghị', '… Ảnh: Minh Khoa'); it carries no final stop. Prose usually ends with one, but
excerpts and careless portals drop it, so a line without a final stop is still prose when it reads as
a sentence of the text: it opens with a date or 'hôm nay' ('Sáng ngày 18/11, tại …'), with a lead-in
and a comma ('Tại buổi làm việc, …'), or holds a list (a semicolon, 'có các đồng chí:') or two sentences.
"""
from __future__ import annotations

import re

from .text import normalize
from .vocab import data_rows

_FINAL = (".", "!", "?", "…", ":", ";", '"', "”")
LONGEST_CAPTION = 220


def _openers() -> list[str]:
    return [row[0].strip() for row in data_rows("paragraph_openers.txt")]


_PART = r"(?:sáng|trưa|chiều|tối|đêm)"
# 'Sáng ngày 18/11/2019, …', 'Ngày 4-12 …', 'Chiều 5 tháng 3 …', 'Sáng nay (4/12), …', 'Hôm nay …', 'Vừa qua, …'
_OPENS_WITH_DATE = re.compile(
    rf"^\W*(?:(?:{_PART}\s+)?(?:hôm\s+)?(?:ngày\s+)?\(?\d{{1,2}}\s*(?:[/.\-]\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})"
    rf"|{_PART}\s+nay|hôm\s+nay|vừa\s+qua|mới\s+đây|vào\s+(?:{_PART}|ngày)\b)",
    re.IGNORECASE)
_OPENER = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in sorted(_openers(), key=len, reverse=True))
                     + r")(?=[\s,])", re.IGNORECASE)
_CREDIT = re.compile(r"\(?\b(?:Ảnh|Ảnh minh họa|Video|Clip)\s*:", re.IGNORECASE)
_LIST = re.compile(r";|\bcó\s+(?:các\s+)?(?:đồng\s+chí|đ/\s?c|ông|bà)\s*:", re.IGNORECASE)
_STOP_INSIDE = re.compile(r"[^\W\d_]{2}[.!?]\s+(\w)")  # 'thị trường. Huyện …', not 'TP. Vinh' (checked below)


def line_kind(text: str) -> str:
    """'paragraph' or 'caption'."""
    text = text.rstrip()
    if text.endswith(_FINAL) or len(text) > LONGEST_CAPTION:
        return "paragraph"
    return "paragraph" if reads_as_prose(text) else "caption"


def reads_as_prose(text: str) -> bool:
    """A line without a final stop that is still a sentence of the text (see the module's doc)."""
    if _CREDIT.search(text) or len(text.split()) < 8:
        return False
    if opens_with_date(text) or _LIST.search(text) or _two_sentences(text):
        return True
    return bool(_OPENER.match(text)) and "," in text


def _two_sentences(text: str) -> bool:
    """A stop after a word in lower case, and a capital after it: a second sentence begins."""
    return any(m.group(0)[1].islower() and m.group(1).isupper() for m in _STOP_INSIDE.finditer(text))


def _event_words() -> set[str]:
    return {row[0].lower() for row in data_rows("event_words.tsv")}


_EVENT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(_event_words(), key=len, reverse=True))
                         + r")(?!\w)")


def names_an_event(text: str) -> bool:
    """'LÃNH ĐẠO HUYỆN ĐI KIỂM TRA …' names an event ('kiểm tra'); 'ỦY BAN NHÂN DÂN HUYỆN …' does not."""
    return bool(_EVENT_WORD.search(normalize(text).lower()))


def opens_with_date(text: str) -> bool:
    return bool(_OPENS_WITH_DATE.match(text))
