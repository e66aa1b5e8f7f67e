"""The day an undated article is read against, for the units it names: the latest full date it writes.

An article with no publication line still says when it happened ('ngày 11/01/2022'); the wards and
communes it names are looked up in the arrangement in force then (before or after the 2025 reform).
"""
from __future__ import annotations

import datetime as _dt
import re

_NUMERIC = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d)(?![\d/.\-]*\d)")
_WORDS = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def latest_stated_day(text: str) -> _dt.date | None:
    """The latest valid day written in full (day, month and year) in the text, or None."""
    days = []
    for pattern in (_NUMERIC, _WORDS):
        for m in pattern.finditer(text):
            try:
                days.append(_dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
            except ValueError:
                continue  # '31/02/2020' or a figure like '12.5.2020' that is no day
    return max(days) if days else None
