"""Publication stamps above an article, read alone (kg/reader_stamp.py)."""

from datetime import datetime

import pytest

from kg.errors import InputError
from kg.reader_stamp import VIETNAM, publication_stamp, publication_stamp_like


@pytest.mark.parametrize("line, expected, rest", [
    ("Print Thứ Hai, 30/07/2019 08:00", datetime(2019, 7, 30, 8, 0, tzinfo=VIETNAM), ""),
    ("date 2021-03-05T09:30", datetime(2021, 3, 5, 9, 30, tzinfo=VIETNAM), ""),
    ("Ngày đăng: 07/03/2018 | Lượt xem: 120", datetime(2018, 3, 7, tzinfo=VIETNAM), ""),
    ("An Phú, ngày 20 tháng 01 năm 2020", datetime(2020, 1, 20, tzinfo=VIETNAM), ""),
])
def test_a_stamp_gives_its_date_time_and_the_rest_of_its_line(line, expected, rest):
    stamp, left = publication_stamp(line)
    assert stamp.when == expected and left == rest


def test_a_stamp_of_a_month_only_knows_its_year_and_month():
    stamp, _ = publication_stamp("date 2025-07")
    assert (stamp.when, stamp.year, stamp.month) == (None, 2025, 7)


def test_a_date_inside_a_sentence_is_no_stamp():
    line = "Ngày 30/01/2019, Thường trực HĐND huyện tổ chức hội nghị giao ban với các xã trong huyện."
    assert publication_stamp(line) is None
    assert not publication_stamp_like(line)


def test_a_date_time_alone_on_its_line_is_a_stamp_that_no_line_joins():
    assert publication_stamp_like("28/03/2024 08:15")
    assert not publication_stamp_like("Ngày 22/3/2024,")


def test_a_date_that_is_not_real_is_one_clear_error():
    with pytest.raises(InputError, match="not a real date"):
        publication_stamp("Print Thứ Hai, 31/02/2019 08:00")
