"""The dates of the sentences that may open an event, each day with the year it takes: its own sentence's, the
anniversary or term it marks, the year its account or its paragraph states, the year its day or month is written
with elsewhere in the article (kg/extract/dates.py reads each of these)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..reader import Article
from .dates import (EventDate, find_dates, with_anniversary_year, with_stated_year, with_year_of_account,
                    with_year_of_day, with_year_of_month, years_of_dated_days, years_of_days, years_of_months)
from .events import event_kind
from .parsed import Parsed

Dated = list[tuple[int, list[EventDate]]]  # (index of a sentence that is no caption, its dates)


def dated_sentences(parsed: list[Parsed], article: Article) -> Dated:
    reference = article.reference_date
    years = years_of_days([item.sentence.text for item in parsed])
    dated = [(i, _recent_first(with_year_of_day(_with_years_stated(find_dates(item.sentence.text, reference),
                                                                   item.sentence.text), years), reference))
             for i, item in enumerate(parsed) if not item.sentence.caption]
    dated = _years_of_accounts(_dates_written_alone(dated, parsed), parsed)
    months = years_of_months([article.title or ""] + [item.sentence.text for item in parsed])
    dated = [(i, with_year_of_month(dates, months)) for i, dates in dated]
    days = years_of_dated_days([dates for _, dates in dated])
    return [(i, with_year_of_day(dates, days)) for i, dates in dated]


def in_bodies(item: Parsed) -> set[int]:
    return {k for phrase in item.bodies for k in range(phrase.start, phrase.end)}


_ALONE_REACH = 2  # sentences after a date written alone that may hold its event: 'Tại hội trường UBND xã.' between


def _dates_written_alone(dated: Dated,
                         parsed: list[Parsed]) -> Dated:
    """'Sáng ngày 20/6/2021. Tại hội trường UBND xã. Hội Cựu chiến binh xã tổ chức Đại hội …': a date written as a
    sentence of its own dates the next sentence with an event word, when none between has a date of its own."""
    out = list(dated)
    for n, (index, dates) in enumerate(dated):
        if not dates or parsed[index].sentence.text.strip(" .,:;") != dates[0].text:
            continue
        for m in range(n + 1, min(n + 1 + _ALONE_REACH, len(dated))):
            later, own = dated[m]
            if own:
                break
            if event_kind(parsed[later].sentence, in_bodies(parsed[later])) is not None:
                out[m] = (later, [replace(d, start=0, end=0) for d in dates])
                break
    return out


def _with_years_stated(dates: list[EventDate], sentence: str) -> list[EventDate]:
    return with_stated_year(with_anniversary_year(dates, sentence), sentence)


_ACCOUNT_LENGTH = 8  # sentences after a dated one that may still tell its event


def _years_of_accounts(dated: Dated,
                       parsed: list[Parsed]) -> Dated:
    """Each sentence's dates whose year is unknown take the one year stated by the sentences after it, up to
    the next dated sentence, and by those before it in its paragraph that date nothing ('Thực hiện chương trình
    công tác năm 2023. Chào mừng … (02/09/1945 - 02/09/2023). Tối ngày 01/09, …') (with_year_of_account)."""
    out = []
    own_dates = dict(dated)
    for n, (index, dates) in enumerate(dated):
        if dates and any(d.date is None for d in dates):
            stop = next((i for i, later in dated[n + 1:] if later), len(parsed))
            account = [item.sentence.text for item in parsed[index + 1:min(stop, index + 1 + _ACCOUNT_LENGTH)]
                       if not item.sentence.caption]
            dates = with_year_of_account(dates, _opening_of_paragraph(parsed, index, own_dates) + account)
        out.append((index, dates))
    return out


def _opening_of_paragraph(parsed: list[Parsed], index: int, own_dates: dict[int, list[EventDate]]) -> list[str]:
    """The sentences of the paragraph before sentence `index`, back to one that dates something of its own."""
    out: list[str] = []
    k = index - 1
    while k >= 0 and parsed[k].paragraph == parsed[index].paragraph and not own_dates.get(k):
        if not parsed[k].sentence.caption:
            out.insert(0, parsed[k].sentence.text)
        k -= 1
    return out


def _recent_first(dates: list[EventDate], reference: date | None) -> list[EventDate]:
    """'Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), ngày 11/7, …': a day years
    before publication is what the event remembers; another date of the sentence dates the event."""
    if reference is None:
        return dates
    recent = [d for d in dates if d.date is None or d.date.year >= reference.year - 1]
    return recent + [d for d in dates if d not in recent] if recent else dates
