"""Sentences about another time than the reported event: 'Trước đó, đồng chí X đã đến tham quan …', 'Năm
2019, đồng chí Y về làm việc tại huyện và chỉ đạo …'. Their persons did something then, not at the event."""
from __future__ import annotations

import re

from ..text import normalize
from ..vocab import data_rows

_LEADS = sorted((row[0].strip() for row in data_rows("past_leads.txt")), key=len, reverse=True)
_OPENS_WITH_LEAD = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in _LEADS) + r")(?!\w)", re.IGNORECASE)
# 'Năm 2019, …', 'Vào năm 2019, …', 'Tháng 7/2019, …', 'Tháng 7 năm 2019, …'
_OPENS_WITH_YEAR = re.compile(r"^\W*(?:vào\s+)?(?:năm|tháng\s+\d{1,2}\s*(?:/|năm)\s*)\s*(?P<y>(?:19|20)\d\d)\s*,",
                              re.IGNORECASE)


def tells_another_time(text: str, year: int | None) -> bool:
    """Whether the sentence opens with 'Trước đó', 'Trước đây' …, or with a year before the event's `year`."""
    text = normalize(text)
    if _OPENS_WITH_LEAD.match(text):
        return True
    m = _OPENS_WITH_YEAR.match(text)
    return m is not None and year is not None and int(m.group("y")) < year
