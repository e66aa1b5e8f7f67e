"""Publication stamps: the date line above an article ('Print Thứ Hai, 30/07/2019 08:00', 'Ngày đăng: …',
'date 2025-07-01', 'Hải Phòng, ngày 20 tháng 01 năm 2020'), read into a checked date-time in Vietnam's time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .errors import InputError

VIETNAM = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

_PRINT_LINE = re.compile(
    r"^\s*(?:Print\s+)?(?:Thứ\s+\w+|Chủ\s+nhật|Chủ\s+Nhật|Thứ\s+\d)\s*,\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-,]?\s*(\d{1,2})[:h](\d{2}))?",
    re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*(?:date|ngày đăng|cập nhật|đăng ngày|\S+\s+gửi vào\s+(?:T\d|CN)\s*,)\s*:?\s*(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?\b",
                        re.IGNORECASE)
# '(ngày đăng bài: 21/02/2020)', 'Ngày đăng bài: 07/03/2018 | Tác giả: …', 'Bùi Ánh - 14:20 28/09/2023 GMT+7' (the
# byline's name before the time)
_DATELINE = re.compile(r"^\s*\(?\s*(?:[-–•]\s*)?(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+[-–]\s+(?=\d{1,2}[:h]\d{2}\s+\d))?"
                       r"(?:Publish(?:ed)? date|Ngày đăng(?:\s+bài)?|Ngày cập nhật|Cập nhật(?:\s+lúc)?|Đăng ngày|"
                       r"Đăng lúc|Thứ\s+\w+|Chủ\s+nhật)?\s*[:,]?\s*"
                       r"(?:(\d{1,2})[:h](\d{2})(?::\d{2})?\s*[,|-]?\s+)?(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*[,:-]\s*)?(?:ngày\s+)?"
                       r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})"
                       r"(?:\s*[-,|]?\s*(\d{1,2})[:h](\d{2})(?::\d{2})?(?:\s*[AP]M\b)?)?\s*(?:\[?\(?GMT\+7\)?\]?)?\)?",
                       re.IGNORECASE)
_LEAD_DATE = re.compile(r"^\s*(?:(?:sáng|trưa|chiều|tối)\s+)?ngày\s+\d", re.IGNORECASE)
# 'Hải Phòng, ngày 20 tháng 01 năm 2020': the place-and-date line of an official text, alone on its line
_PLACE_DATELINE = re.compile(r"^\s*[^\W\d_][\w .]{1,30},\s*ngày\s+(\d{1,2})\s*(?:tháng\s*|[/.\-])(\d{1,2})\s*"
                             r"(?:năm\s*|[/.\-])(\d{4})\s*$", re.IGNORECASE)
def publication_stamp_like(line: str) -> bool:
    """A line never joined to the next: a Print or date line, or a date-time alone on its line ('28/03/2024')
    above a hard-wrapped lead ('Ngày 22/3/2024,' is the lead's own start and goes on)."""
    if _PRINT_LINE.match(line) or _DATE_LINE.match(line):
        return True
    m = _DATELINE.match(line)
    return bool(m and not line[m.end():].strip() and not _LEAD_DATE.match(line)
                and not line.lstrip(" -–•").lower().startswith("ngày "))


def publication_stamp(line: str) -> tuple[PublicationDate, str] | None:
    """A date line above the text -> (the date, the rest of the line, which may start the body)."""
    m = _PRINT_LINE.match(line)
    if m:
        day, month, year, hh, mm = m.groups()
        return PublicationDate(checked_datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0), line)), \
            line[m.end():].strip(" -|")
    m = _DATE_LINE.match(line)
    if m:
        year, month, day, hh, mm = m.groups()
        if day is None:  # 'date 2025-07': the month is known, the day is not
            checked_datetime(int(year), int(month), 1, 0, 0, line)
            return PublicationDate(None, int(year), int(month)), _rest(line, m.end())
        return PublicationDate(checked_datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0), line)), \
            _rest(line, m.end())
    m = _PLACE_DATELINE.match(line)
    if m:
        day, month, year = m.groups()
        return PublicationDate(checked_datetime(int(year), int(month), int(day), 0, 0, line)), ""
    m = _DATELINE.match(line)
    if m:
        h1, m1, day, month, year, h2, m2 = m.groups()
        hh, mm = (h1, m1) if h1 else (h2, m2)
        rest = _rest(line, m.end())
        if len(rest) > 40 and (not rest[0].isupper() or _LEAD_DATE.match(line)):
            return None  # a date inside a sentence ('Ngày 30/01/2019, Thường trực HĐND …'), not a stamp
        return PublicationDate(checked_datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0), line)), rest
    return None


def _rest(line: str, end: int) -> str:
    rest = line[end:].strip()
    rest = re.sub(r"^(?:\|\s*)?(?:View count|Lượt xem|lượt xem)\s*:?\s*[\d.,]+\s*", "", rest)
    rest = re.sub(r"^[\d.,]+\s+lượt xem\s*", "", rest)
    rest = re.sub(r"^\[?\(?GMT\s*\+\s*7\)?\]?\s*", "", rest)
    rest = re.sub(r"^\(?[A-Z][\w ]{1,20}\)?\s*[-–]\s*", "", rest) if rest.startswith("(") else rest
    return rest.strip(" -|")


@dataclass(frozen=True)
class PublicationDate:
    """A stamp above the article: a full date-time, or only a year and month."""

    when: datetime | None
    year: int | None = None
    month: int | None = None


def checked_datetime(year: int, month: int, day: int, hour: int, minute: int, where: str) -> datetime:
    if not 1945 <= year <= 2100:
        raise InputError(f"the year {year} in {where!r} is out of range (1945-2100)")
    try:
        return datetime(year, month, day, hour, minute, tzinfo=VIETNAM)
    except ValueError as exc:
        raise InputError(f"{day:02d}/{month:02d}/{year} in {where!r} is not a real date ({exc})") from exc
