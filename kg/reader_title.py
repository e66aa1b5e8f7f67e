"""The title of a page whose text has no QR CODE line: the first title-like line above the text, a headline
after a place and a colon, a title in capitals, or a title broken over two lines."""
from __future__ import annotations

import re

from .line_kinds import line_kind, names_an_event
from .text import Span


def title_fallback(body: list[Span]) -> tuple[str | None, list[Span]]:
    """Without a QR CODE line, the title is the first title-like line above the text: short, no final
    stop, not in capitals (a section or a site's name), no 'label: value', not a file name, and in
    Vietnamese. Failing that, the first line of text if it has no final stop and does not open with a date."""
    found = None
    for i, span in enumerate(body[:6]):
        if line_kind(span.text) == "paragraph":
            if title_like(span.text, 300) and not _OPENS_WITH_DATE.match(span.text):
                found = i
            break
        if title_like(span.text, 220):
            found = i
            break
    if found is None:
        found = _title_in_capitals(body)
    if found is None:
        return None, body
    if found + 1 < len(body) and _title_goes_on(body[found].text, body[found + 1].text):
        # 'Đoàn công tác của HĐND tỉnh' / 'khảo sát công tác giáo dục tại …': one title broken over two lines
        title = f"{body[found].text.strip()} {body[found + 1].text.strip()}"
        return _TRAILING_STAMP.sub("", title), body[:found] + body[found + 2:]
    return _TRAILING_STAMP.sub("", body[found].text), body[:found] + body[found + 1:]


def _title_goes_on(title: str, following: str) -> bool:
    """A line right under the title that opens in lower case and has no final stop finishes the title."""
    text = following.strip()
    return bool(text) and text[0].islower() and len(title.strip()) + len(text) <= 220 \
        and not text.endswith((".", "!", "?", "…", ":"))


def _title_in_capitals(body: list[Span]) -> int | None:
    """'LÃNH ĐẠO HUYỆN ĐI KIỂM TRA TẠI XÃ …' right above the text: a title in capitals says what happened (a
    site's or a body's name in capitals names no event)."""
    for i, span in enumerate(body[:6]):
        if line_kind(span.text) == "paragraph":
            return None
        text = span.text.strip()
        if text.isupper() and len(text.split()) >= 6 and names_an_event(text) and i + 1 < len(body) \
                and line_kind(body[i + 1].text) == "paragraph":
            return i
    return None


_TRAILING_STAMP = re.compile(r"\s+\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


_OPENS_WITH_DATE = re.compile(r"^\W*(sáng|trưa|chiều|tối|ngày|hôm|trong|vừa qua|\d)", re.IGNORECASE)
_SHORTEST_TITLE = 5  # words; a shorter line above the text is a section or a menu ('Tin tức - Sự kiện')
_FILE_NAME = re.compile(r"\.(jpe?g|png|gif|webp|pdf|docx?|mp4)\b|\(\s*\d+\s*[KM]B\s*\)", re.IGNORECASE)


def title_like(text: str, longest: int) -> bool:
    text = text.strip()
    return (15 <= len(text) <= longest and sum(any(c.isalpha() for c in w) for w in text.split()) >= _SHORTEST_TITLE and not text.isupper() and (text[0].isupper() or text[0] in "\"“'0123456789") and not text.endswith((".", "!", "?", "…"))
            and (":" not in text[:30] or _headline_after_colon(text)) and not _FILE_NAME.search(text)
            and any(ord(c) > 127 for c in text))


_HEADLINE_WORDS = 5  # 'Vị Thủy: Tổ chức kiểm tra …' is a headline; 'Cập nhật: 14/01/2021', 'Tác giả: Lê An' are labels


def _headline_after_colon(text: str) -> bool:
    """'Huyện Thọ Xuân: Kỳ họp thứ 13 …': a place's name (every word capitalised), a colon, then a headline of its
    own (a capital and at least five words); not a label and its value ('Cập nhật: …') nor a rubric ('Ca khúc: …')."""
    lead, rest = (part.strip() for part in text.split(":", 1))
    return bool(rest) and rest[0].isupper() and sum(any(c.isalpha() for c in w) for w in rest.split()) >= _HEADLINE_WORDS \
        and 0 < len(lead.split()) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in lead.split())
