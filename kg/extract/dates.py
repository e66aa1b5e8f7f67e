"""Event dates as the genre writes them: 'Chiều 29/7', 'Sáng 14-1', 'Ngày 28/7/2020',
'sáng nay (19-1)', '29.11', 'ngày 13/11/2023', 'trong 2 ngày 11 và 12/1', 'ngày 26 và 27 tháng 02' (the first day),
'từ ngày 17/4 đến ngày 3/6' (the first day, in the year of the last when that is written),
'trong 2 ngày 10 và mùng 11/4'.

A date without a year takes the publication year, or the year before when that
would put the event more than a week after publication (a January article about
a December meeting). Without a publication date the year stays unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..text import normalize
from ..vocab import data_rows

_PART_OF_DAY = {"sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night"}
_DATE = re.compile(
    r"(?P<lead>(?:(?P<part>sáng|trưa|chiều|tối|đêm)\s+)?(?:hôm\s+)?(?:nay\s*)?(?:ngày\s+)?(?:mùng\s+|mồng\s+)?)"
    r"\(?\s*(?:(?<!\d)(?P<d>\d{1,2})"
    r"(?P<days>(?:\s*,\s*\d{1,2})*\s*(?:[-–]|và|đến|tới)\s*(?:ngày\s+)?(?:mùng\s+|mồng\s+)?\d{1,2})?"
    # '3, 4 và 5/8', '10 và mùng 11/4', '10 đến ngày 12/4': day 3, 10
    r"\s*[/\-.–]\s*(?P<m>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}))?"
    r"|(?P<wd>\d{1,2})(?:\s*(?:,|và|đến|tới|[-–])\s*(?:ngày\s+)?\d{1,2})*"  # '26 và 27 tháng 02': day 26
    r"\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wy>\d{4}))?)\s*\)?"  # '04 tháng 02 năm 2021'
    r"(?![\d/.\-]*\d|/\w|\s*tháng\s)",  # '12-4/QĐ' is a document's number; '5-7 tháng 4' is days 5 to 7 of April
    re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _dates_in(text: str):
    """_DATE's matches in text. Every match has a digit, and the pattern is tried at each position of a text
    without one (~0.4 µs a character): such a text is passed over at once."""
    return _DATE.finditer(text) if _DIGIT.search(text) else ()


# Dates of documents, births and deadlines are not when the event took place.
_NOT_EVENT = re.compile(r"(quyết định|nghị quyết|kế hoạch|công văn|thông báo|chỉ thị|kết luận|quy định|"
                        r"hướng dẫn|tờ trình|số\s+\S+|số|sinh|từ|đến|trước|sau|kể từ|hưu)\s*(ngày\s*)?$",
                        re.IGNORECASE)


def _document_words() -> list[str]:
    return [row[0].strip() for row in data_rows("document_words.txt")]


# a document's name, then words with no clause break, then 'ngày' right before the date
_DOCUMENT_CLAUSE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _document_words())
                              + r")(?!\w)(?P<gap>[^,;.:()“”\"]{0,100})\bngày\s*$")
# a verb in between says when something happened: 'Hội nghị quán triệt Nghị quyết … diễn ra ngày 5/3'
_VERB_IN_GAP = re.compile(r"\b(?:diễn ra|tổ chức|tiến hành|khai mạc|được|đã|sẽ|vào|là)\b")  # lower case: a verb, not a name


def _dates_a_document(text: str, m: re.Match) -> bool:
    """'… vi phạm Luật Tổ chức chính quyền địa phương ngày 19/6/2015 …': the date of a document's name."""
    if m.group("part"):
        return False  # 'sáng ngày 5/3' dates an event
    found = _DOCUMENT_CLAUSE.search(text[max(0, m.start() - 120):m.start() + len(m.group("lead"))])
    return found is not None and not _VERB_IN_GAP.search(found.group("gap"))


# the second day of a span written with a dash: '(27/7/1947 - 27/7/2024)', 'từ 20/3 - 25/3'
_SPAN_END = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s*[-–]\s*$")
_SPAN_TAIL = re.compile(r"^\s*[-–]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")


def _anniversary(text: str, m: re.Match, day: int, month: int) -> bool:
    """'(03/02/1930 - 03/02/2025)': the same day in two years is an anniversary's span, not an event's day."""
    tail = _SPAN_TAIL.match(text[m.end():m.end() + 20])
    return tail is not None and (int(tail.group(1)), int(tail.group(2))) == (day, month)


_FROM = re.compile(r"(?<!kể )\btừ\s*(ngày\s*)?$", re.IGNORECASE)
# the last day of a span, written with its year: 'từ ngày 17/4 đến ngày 03/6/2015'
_UNTIL_DATED = re.compile(r"^\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(?:mùng\s+|mồng\s+)?\d{1,2}\s*[/.\-]\s*"
                          r"(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})(?!\d)", re.IGNORECASE)
_UNTIL = re.compile(r"^\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?\d", re.IGNORECASE)


def _starts_a_span(text: str, m: re.Match) -> bool:
    """'từ ngày 17/4 đến ngày 3/6', 'từ ngày 01 – 05/4': the first day of the span dates the events it covers
    (not 'kể từ ngày')."""
    return bool(_FROM.search(text[max(0, m.start() - 12):m.start()])
                and (m.group("days") or _UNTIL.match(text[m.end():m.end() + 20])))


def _span_year(text: str, m: re.Match, month: int) -> int | None:
    """'từ ngày 17/4 đến ngày 03/6/2015': the first day of a span takes the year its last day is written with
    (the year before when its month comes later: 'từ 20/12 đến 10/1/2021')."""
    if not _starts_a_span(text, m):
        return None
    end = _UNTIL_DATED.match(text[m.end():m.end() + 30])
    if end is None:
        return None
    return int(end.group("y")) - (1 if month > int(end.group("m")) else 0)


@dataclass(frozen=True)
class EventDate:
    date: date | None  # None when the year cannot be known
    month: int
    day: int
    part_of_day: str | None
    text: str  # as written: 'Chiều 29/7'
    start: int  # offset in the sentence
    end: int


def find_dates(sentence: str, published: date | None) -> list[EventDate]:
    """Every day-and-month expression in a sentence that may date an event."""
    text = normalize(sentence)
    out = []
    for m in _dates_in(text):
        if _NOT_EVENT.search(text[max(0, m.start() - 30):m.start()]) and not _starts_a_span(text, m):
            continue
        if _dates_a_document(text, m) or _SPAN_END.search(text[max(0, m.start() - 16):m.start()]):
            continue
        worded = m.group("wd") is not None
        day, month = int(m.group("wd" if worded else "d")), int(m.group("wm" if worded else "m"))
        if not (1 <= month <= 12 and 1 <= day <= 31) or _anniversary(text, m, day, month):
            continue
        stated_year = m.group("wy" if worded else "y")
        year = int(stated_year) if stated_year else _span_year(text, m, month)
        when = resolve_year(day, month, year, published)
        if year is not None and when is None:
            continue  # an impossible date such as 31/2 is no date
        part = m.group("part")
        written = sentence[m.start():m.end()].strip()
        out.append(EventDate(when, month, day, _PART_OF_DAY.get(part.lower()) if part else None, written,
                             m.start(), m.end()))
    return out


def resolve_year(day: int, month: int, year: int | None, published: date | None) -> date | None:
    if year is not None:
        return _safe(year, month, day)
    if published is None:
        return None
    when = _safe(published.year, month, day)
    if when is None:
        return None
    if when > published + timedelta(days=7):
        return _safe(published.year - 1, month, day)
    return when


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _relative_words() -> list[tuple[str, str | None, int]]:
    """(words, part of day, days before publication): 'sáng nay' is the day itself, 'hôm qua' the day before."""
    return [(row[0], None if row[1] == "-" else row[1], int(row[2]) if len(row) > 2 else 0)
            for row in data_rows("relative_days.tsv")]


_RELATIVE = re.compile(r"\b(" + "|".join(re.escape(w) for w, _, _ in _relative_words()) + r")\b", re.IGNORECASE)
_RELATIVE_PART = {w: (part, before) for w, part, before in _relative_words()}


def relative_date(sentence: str, published: date | None) -> EventDate | None:
    """'Hôm nay', 'sáng nay', 'vừa qua': the publication date stands for the day; 'hôm qua', 'chiều qua': the day
    before (the caller decides whether the article states no other)."""
    if published is None:
        return None
    m = _RELATIVE.search(normalize(sentence))
    if m is None:
        return None
    written = sentence[m.start():m.end()]
    part, before = _RELATIVE_PART.get(written.lower(), (None, 0))
    day = published - timedelta(days=before)
    return EventDate(day, day.month, day.day, part, written, m.start(), m.end())


_YEAR = re.compile(r"(?<![\d/.\-])(?:19[4-9]\d|20\d\d)(?![\d/.\-]*\d)")


# 'giai đoạn 1995 - 2015', '(2010-2020)': a span of years longer than a term is a period the event looks back on
# or ahead to, and says nothing of the event's own year. A term ('nhiệm kỳ 2020 – 2025') gives its first year
# only to the event that opens it, a congress or a first session (term_opening_words.txt)
_LONG_SPAN = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d/.\-]*\d)")
_TERM_YEARS = 5
_OPENS_TERM = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(row[0]) for row in data_rows("term_opening_words.txt"))
                         + r")(?!\w)", re.IGNORECASE)


def with_stated_year(dates: list[EventDate], sentence: str) -> list[EventDate]:
    """Dates whose year is unknown (no date line) take the earliest year the sentence itself states:
    'Ngày 08/6, … 6 tháng đầu năm 2018', 'Sáng 01/12, … nhiệm vụ năm 2017, dự kiến năm 2018',
    'Đại hội … nhiệm kỳ 2020 – 2025' (a term's years only for the congress or first session that opens it). A
    sentence that states no year leaves them unknown. A review of one year
    and the plan of the next ('kết quả năm 2019, phương hướng năm 2020') is held at the turn of the year: in the
    first half of the later year, or in the second half of the earlier. The years of a span longer than a term
    ('tổng kết 20 năm … giai đoạn 1995 - 2015') are not the event's."""
    if all(d.date is not None for d in dates):
        return dates
    text = normalize(sentence)
    opens_term = _OPENS_TERM.search(text) is not None
    not_the_events = {m.start(n) for m in _LONG_SPAN.finditer(text)
                      if int(m.group(2)) - int(m.group(1)) > _TERM_YEARS or not opens_term for n in (1, 2)}
    years = sorted({int(m.group(0)) for m in _YEAR.finditer(text) if m.start() not in not_the_events}
                   | _span_years(text, not_the_events))
    if not years:
        return dates
    return [d if d.date is not None else EventDate(_safe(_turn_of_year(years, d.month), d.month, d.day), d.month,
                                                   d.day, d.part_of_day, d.text, d.start, d.end) for d in dates]


def _span_years(text: str, not_the_events: set[int]) -> set[int]:
    """The years of the spans the sentence may date an event by: a term written without spaces ('nhiệm kỳ
    2021-2026') is one token to _YEAR, which reads neither year, where 'nhiệm kỳ 2021 - 2026' gives both."""
    return {int(m.group(n)) for m in _LONG_SPAN.finditer(text) for n in (1, 2) if m.start(n) not in not_the_events}


_PLANNED_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(row[0]) for row in data_rows("planned_words.txt"))
                             + r")(?!\w)[^,.;:!?()]{0,40}$", re.IGNORECASE)
_COMING_AFTER = re.compile(r"^\s*(?:sắp tới|tới)(?!\w)", re.IGNORECASE)


def planned(sentence: str, when: EventDate) -> bool:
    """Whether the sentence gives the day as planned ('kỳ họp dự kiến được tổ chức vào ngày 01/7', 'ngày 5/3
    tới'), not as the day something was done."""
    text = normalize(sentence)
    return bool(_PLANNED_BEFORE.search(text[:when.start]) or _COMING_AFTER.match(text[when.end:]))


# 'kỷ niệm 48 năm Ngày giải phóng tỉnh (1/4/1975 - 1/4/2023)', '95 năm Ngày thành lập Đảng (1930 - 2025)'
_ANNIVERSARY_SPAN = re.compile(
    r"(?<!\d)(?P<n>\d{1,3})\s+năm\b[^()]{0,120}\(\s*(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*)?"
    r"(?P<y0>(?:19|20)\d\d)\s*[-–]\s*(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?(?P<y1>(?:19|20)\d\d)\s*\)",
    re.IGNORECASE)


def with_anniversary_year(dates: list[EventDate], sentence: str) -> list[EventDate]:
    """Dates whose year is unknown take the year of the anniversary the sentence marks, 'N năm … (Y0 - Y1)' with
    Y1 - Y0 = N: the event is held on the occasion, in Y1, or in the year before when its day is more than half
    a year before the anniversary's ('Nhân kỷ niệm 48 năm Ngày giải phóng tỉnh (1/4/1975 - 1/4/2023), sáng
    30/3 …': 2023). The first year of the span is not the event's (with_stated_year would take it)."""
    if all(d.date is not None for d in dates):
        return dates
    for m in _ANNIVERSARY_SPAN.finditer(normalize(sentence)):
        year = int(m.group("y1"))
        if year - int(m.group("y0")) != int(m.group("n")):
            continue
        mark = (int(m.group("m")), int(m.group("d"))) if m.group("d") else None
        return [d if d.date is not None else EventDate(_safe(_year_near(year, mark, d), d.month, d.day), d.month,
                                                       d.day, d.part_of_day, d.text, d.start, d.end) for d in dates]
    return dates


def _year_near(year: int, mark: tuple[int, int] | None, day: EventDate) -> int:
    if mark is None:
        return year
    return year - 1 if (day.month - mark[0]) * 31 + day.day - mark[1] > 183 else year


def _turn_of_year(years: list[int], month: int) -> int:
    if len(years) == 2 and years[1] == years[0] + 1 and month <= 6:
        return years[1]
    return years[0]


def years_of_days(sentences: list[str]) -> dict[tuple[int, int], int]:
    """(month, day) -> year, for the days the article writes in full somewhere, in any sense ('… kể từ ngày
    15.11.2019'): a day written without its year elsewhere ('Chiều 15.11') is that day. A day written with two
    different years is left out; the first day of an anniversary's span is not written for its year."""
    seen: dict[tuple[int, int], set[int]] = {}
    for sentence in sentences:
        text = normalize(sentence)
        for m in _dates_in(text):
            worded = m.group("wd") is not None
            year = m.group("wy" if worded else "y")
            if year:
                day, month = int(m.group("wd" if worded else "d")), int(m.group("wm" if worded else "m"))
                if _anniversary(text, m, day, month):
                    continue  # '(18/11/1930 - 18/11/2015)': the day the anniversary counts from
                seen.setdefault((month, day), set()).add(int(year))
    return {key: next(iter(years)) for key, years in seen.items() if len(years) == 1}


def with_year_of_day(dates: list[EventDate], years: dict[tuple[int, int], int]) -> list[EventDate]:
    """Dates whose year is unknown take the year the article writes the same day with (years_of_days)."""
    return [d if d.date is not None or (d.month, d.day) not in years
            else EventDate(_safe(years[(d.month, d.day)], d.month, d.day), d.month, d.day, d.part_of_day, d.text,
                           d.start, d.end) for d in dates]


def years_of_dated_days(dated: list[list[EventDate]]) -> dict[tuple[int, int], int]:
    """(month, day) -> year, for the days whose year some sentence has read, from any clue (its own stated year,
    an anniversary's span, a date line): 'Chiều 15/10, … Đại hội … năm 2019 …' then 'Cũng trong chiều 15/10, …'
    is the same day, in the same year. A day read with two different years is left out."""
    seen: dict[tuple[int, int], set[int]] = {}
    for dates in dated:
        for d in dates:
            if d.date is not None:
                seen.setdefault((d.month, d.day), set()).add(d.date.year)
    return {key: next(iter(years)) for key, years in seen.items() if len(years) == 1}


_BORN = re.compile(r"\bsinh\s*(ngày\s*)?$", re.IGNORECASE)


def _years_of_days_in_full(text: str) -> list[int]:
    """The years of the days a sentence writes in full ('… từ ngày 1/7/2025'), not a birth day, a document's, or
    the first day of an anniversary's span ('(02/09/1945 - 02/09/2023)': the day it counts from)."""
    return [int(m.group("y") or m.group("wy")) for m in _dates_in(text) if (m.group("y") or m.group("wy"))
            and not _BORN.search(text[max(0, m.start() - 12):m.start()]) and not _dates_a_document(text, m)
            and not _anniversary(text, m, int(m.group("d") or m.group("wd")), int(m.group("m") or m.group("wm")))]


def with_year_of_account(dates: list[EventDate], account: list[str]) -> list[EventDate]:
    """Dates whose year is still unknown (no date line, none in their own sentence) take the year the
    sentences that tell the event state, alone or in a day written in full, when they all state the same one:
    'Sáng ngày 04/8, … tổ chức kỳ họp thứ 6. … phương hướng nhiệm vụ 6 tháng cuối năm 2016.', '… hoạt động từ
    ngày 1/7/2025'. Two different years leave it unknown. The years of a span ('nhiệm kỳ 2020 - 2025',
    'giai đoạn 2021 - 2025') are a term's or a period's, not the event's: 'Sáng 28/4, … hội nghị bầu Bí thư
    Huyện ủy nhiệm kỳ 2020 - 2025. … thực hiện từ ngày 20/4/2023' is held in 2023."""
    if all(d.date is not None for d in dates):
        return dates
    years = {year for sentence in account for year in _years_outside_spans(normalize(sentence))} | {
        year for sentence in account for year in _years_of_days_in_full(normalize(sentence))}
    if len(years) != 1:
        return dates
    (year,) = years
    return [d if d.date is not None else EventDate(_safe(year, d.month, d.day), d.month, d.day, d.part_of_day,
                                                   d.text, d.start, d.end) for d in dates]


def _years_outside_spans(text: str) -> list[int]:
    spans = {m.start(n) for m in _LONG_SPAN.finditer(text) for n in (1, 2)}
    return [int(m.group(0)) for m in _YEAR.finditer(text) if m.start() not in spans]


# 'hội nghị thường kỳ tháng 8/2017', 'giao ban tháng 8 năm 2017', 'tháng 08-2017'
_MONTH_YEAR = re.compile(r"\btháng\s+(\d{1,2})\s*(?:[/.\-–]\s*|\s+năm\s+)((?:19|20)\d\d)(?![\d/.\-]*\d)", re.IGNORECASE)


def years_of_months(sentences: list[str]) -> dict[int, int]:
    """month -> year, for the months the article (its title included) writes with their year ('hội nghị thường kỳ
    tháng 8/2017'). A month written with two different years is left out."""
    seen: dict[int, set[int]] = {}
    for sentence in sentences:
        for m in _MONTH_YEAR.finditer(normalize(sentence)):
            month = int(m.group(1))
            if 1 <= month <= 12:
                seen.setdefault(month, set()).add(int(m.group(2)))
    return {month: next(iter(years)) for month, years in seen.items() if len(years) == 1}


def with_year_of_month(dates: list[EventDate], years: dict[int, int]) -> list[EventDate]:
    """Dates whose year is still unknown take the year the article writes their month with (years_of_months):
    'Ngày 14/8, UBND huyện tổ chức hội nghị thường kỳ tháng 8' under 'Hội nghị thường kỳ tháng 8/2017'."""
    return [d if d.date is not None or d.month not in years
            else EventDate(_safe(years[d.month], d.month, d.day), d.month, d.day, d.part_of_day, d.text,
                           d.start, d.end) for d in dates]
