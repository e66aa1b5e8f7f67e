"""The dates of the sentences that may open an event, with the year each day takes (kg/extract/event_dates.py)."""
from datetime import date

from kg.extract import _sentences
from kg.extract.event_dates import dated_sentences
from kg.reader import parse_article


def _days(body: str) -> list[list[date | None]]:
    article = parse_article(body.strip() + "\n", "test")
    return [[d.date for d in dates] for _, dates in dated_sentences(_sentences(article), article) if dates]


def test_a_day_takes_the_year_its_paragraph_states_before_it_or_its_account_after_it():
    assert _days("Thực hiện kế hoạch công tác năm 2024. Tối ngày 25/3, Đoàn xã tổ chức lễ kết nạp đoàn viên.") \
        == [[date(2024, 3, 25)]]
    assert _days("Tối ngày 25/3, Đoàn xã tổ chức lễ kết nạp đoàn viên. Đây là hoạt động của năm 2024.") \
        == [[date(2024, 3, 25)]]
    assert _days("Thực hiện kế hoạch công tác năm 2024.\n\nTối ngày 25/3, Đoàn xã tổ chức lễ kết nạp đoàn viên.") \
        == [[None]]


def test_a_date_written_alone_dates_the_event_sentence_after_it():
    assert _days("Sáng ngày 20/6/2021. Tại hội trường UBND xã. Hội Cựu chiến binh xã tổ chức Đại hội.") \
        == [[date(2021, 6, 20)], [date(2021, 6, 20)]]
