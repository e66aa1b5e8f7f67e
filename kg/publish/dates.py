"""Dates as a Vietnamese reader writes them (30/7/2019, 8:00 ngày 30/7/2019, 29/7), inside a
<time datetime> that keeps the ISO form for machines."""
from __future__ import annotations

import re
from html import escape

_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def vietnamese(value: str) -> str | None:
    """'2019-07-30' -> '30/7/2019'; '2019-07-30T08:00:00+07:00' -> '8:00 ngày 30/7/2019'; '--07-29' -> '29/7';
    '2019-07' -> '7/2019'; a year stays as it is; None for what is no date."""
    text = str(value).strip()
    found = _DATE_TIME.match(text)
    if found:
        year, month, day, hour, minute = found.groups()
        date = f"{int(day)}/{int(month)}/{year}"
        if hour is None or (hour, minute) == ("00", "00"):
            return date
        return f"{int(hour)}:{minute} ngày {date}"
    found = _MONTH_DAY.match(text)
    if found:
        return f"{int(found[2])}/{int(found[1])}"
    found = _YEAR_MONTH.match(text)
    if found:
        return f"{int(found[2])}/{found[1]}"
    return text if re.fullmatch(r"\d{4}", text) else None


def time_element(value) -> str:
    """The date for a reader, its ISO form in datetime=; text that is no date, escaped as it is."""
    shown = vietnamese(str(value))
    if shown is None:
        return escape(str(value))
    return f'<time datetime="{escape(str(value).strip(), quote=True)}">{escape(shown)}</time>'
