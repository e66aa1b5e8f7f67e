"""Event dates in the genre's forms, with the year from the publication date and rollover."""
from datetime import date

import pytest

from kg.extract.dates import find_dates, resolve_year, with_anniversary_year

PUBLISHED = date(2021, 1, 14)


@pytest.mark.parametrize("sentence, expected, part", [
    ("Sáng 14-1, Huyện ủy họp phiên thường kỳ.", date(2021, 1, 14), "morning"),
    ("Ngày 28/7/2020, Thành ủy tổ chức hội nghị.", date(2020, 7, 28), None),
    ("Chiều 29/7, Đoàn khảo sát làm việc với quận.", date(2020, 7, 29), "afternoon"),
    ("Sáng nay (13-1), Tỉnh ủy tổ chức hội nghị.", date(2021, 1, 13), "morning"),
    ("Hôm nay 29.11, Đảng ủy phường họp.", date(2020, 11, 29), None),
    ("Đại hội khai mạc ngày 13/11/2023 tại thành phố.", date(2023, 11, 13), None),
    ("Tối 2/1, lãnh đạo tỉnh thăm các gia đình chính sách.", date(2021, 1, 2), "evening"),
])
def test_date_forms(sentence, expected, part):
    found = find_dates(sentence, PUBLISHED)
    assert found and found[0].date == expected and found[0].part_of_day == part


def test_a_december_meeting_in_a_january_article_is_last_year():
    assert resolve_year(28, 12, None, date(2021, 1, 3)) == date(2020, 12, 28)


def test_a_date_a_few_days_after_publication_stays_in_the_same_year():
    assert resolve_year(18, 1, None, date(2021, 1, 14)) == date(2021, 1, 18)


def test_without_a_publication_date_the_year_stays_unknown():
    found = find_dates("Chiều 29/7, Đoàn khảo sát làm việc với quận.", None)
    assert found[0].date is None and (found[0].month, found[0].day) == (7, 29)


def test_dates_of_documents_and_births_are_not_event_dates():
    assert find_dates("Theo Quyết định số 12-QĐ/TU ngày 4/8/2022 của Ban Thường vụ.", PUBLISHED) == []
    assert find_dates("Đồng chí Lê Văn A, sinh ngày 12/5/1970, quê Thái Bình.", PUBLISHED) == []


def test_an_impossible_date_is_no_date():
    assert find_dates("Ngày 31/2/2021, hội nghị diễn ra.", PUBLISHED) == []


def test_a_date_written_in_words():
    (found,) = find_dates("Sáng ngày 04 tháng 02 năm 2021, Đoàn cán bộ huyện đến thăm các gia đình.", date(2021, 3, 1))
    assert found.date == date(2021, 2, 4) and found.part_of_day == "morning"
    (found,) = find_dates("Ngày 8 tháng 6, Huyện ủy họp.", date(2021, 3, 1))
    assert found.date == date(2020, 6, 8)


def test_a_span_of_days_is_dated_by_its_first_day():
    published = date(2021, 1, 14)
    assert [d.date for d in find_dates("Trong 2 ngày 11 và 12/1, Đảng bộ huyện tổ chức Đại hội.", published)] == \
        [date(2021, 1, 11)]
    assert [d.date for d in find_dates("Các đoàn làm việc từ ngày 5/1 đến ngày 20/1/2021.", published)] == \
        [date(2021, 1, 5)]
    assert find_dates("Quyết định có hiệu lực kể từ ngày 5/1 đến hết năm.", published) == []
    assert find_dates("Quyết định có hiệu lực từ ngày 5/1.", published) == []


def test_days_listed_before_a_month_in_words_are_dated_by_the_first():
    published = date(2021, 3, 1)
    (found,) = find_dates("Ngày 26 và 27 tháng 02 năm 2019 đã diễn ra Đại hội Hội Nông dân xã Tân An.", published)
    assert found.date == date(2019, 2, 26)
    (found,) = find_dates("Trong 3 ngày 5-7 tháng 4 năm 2020, Đảng bộ huyện tổ chức Đại hội.", published)
    assert found.date == date(2020, 4, 5)
    (found,) = find_dates("Trong 2 ngày 10, 11 tháng 3, Huyện đoàn tổ chức hội trại.", published)
    assert found.date == date(2020, 3, 10)


def test_a_day_without_its_year_takes_the_year_the_article_writes_it_with():
    from kg.extract.dates import with_year_of_day, years_of_days

    years = years_of_days(["Chiều 15.11, Thường trực HĐND tỉnh tổ chức lễ công bố quyết định.",
                           "Ông Lê Văn Tám giữ chức Phó Chủ tịch kể từ ngày 15.11.2019."])
    (when,) = with_year_of_day(find_dates("Chiều 15.11, Thường trực HĐND tỉnh tổ chức lễ.", None), years)
    assert when.date == date(2019, 11, 15)
    # written with two different years: no year is taken
    years = years_of_days(["ngày 15/11/2018", "ngày 15/11/2019"])
    (when,) = with_year_of_day(find_dates("Chiều 15/11, hội nghị.", None), years)
    assert when.date is None


def test_the_date_in_a_documents_name_is_not_an_event_date():
    published = date(2021, 3, 14)
    assert find_dates("Ông Lê Văn Tám đã vi phạm điều 7 Luật Tổ chức chính quyền địa phương ngày 19/6/2015 về "
                      "tiêu chuẩn của đại biểu.", published) == []
    assert find_dates("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh ngày 5/3/2020 về phát triển nông nghiệp.",
                      published) == []
    # a verb between the document and the date: the date says when something happened
    assert [d.date for d in find_dates("Hội nghị quán triệt Nghị quyết Trung ương 4 diễn ra ngày 5/3.", published)] \
        == [date(2021, 3, 5)]
    assert [d.date for d in find_dates("Thực hiện Kế hoạch của UBND huyện, sáng ngày 5/3 Đảng ủy xã tổ chức hội nghị.",
                                       published)] == [date(2021, 3, 5)]


@pytest.mark.parametrize("sentence, expected", [
    ("Ngày 18 – 9, Hội Cựu chiến binh xã tổ chức đại hội.", date(2020, 9, 18)),  # an en dash, spaced
    ("Trong 3 ngày, 6,7 và 8/10/2020, Đảng bộ huyện tổ chức Đại hội.", date(2020, 10, 6)),  # a list of days
    ("Vừa qua, từ ngày 02 – 06/11/2020, huyện thành lập các đoàn kiểm tra.", date(2020, 11, 2)),  # a span
    ("Từ 9 đến 11/12, Đoàn giám sát làm việc tại các xã.", date(2020, 12, 9)),
])
def test_days_written_as_a_list_or_span_date_by_the_first(sentence, expected):
    found = find_dates(sentence, PUBLISHED)
    assert found and found[0].date == expected


def test_a_span_opened_by_ke_tu_and_a_document_number_are_no_event_dates():
    assert find_dates("Kể từ ngày 02 – 06/11/2020, các xã đã triển khai.", PUBLISHED) == []
    assert find_dates("Thực hiện Quyết định số 15 – 4/QĐ-UBND, huyện đã triển khai.", PUBLISHED) == []


def test_an_anniversary_span_and_the_end_of_a_dashed_span_date_no_event():
    assert find_dates("Chào mừng 90 năm Ngày truyền thống (15/10/1930 - 15/10/2020) và phát động thi đua.",
                      PUBLISHED) == []
    found = find_dates("Từ 20/3 - 25/3, Đoàn giám sát làm việc tại các xã.", PUBLISHED)
    assert [(d.month, d.day) for d in found] == [(3, 20)]


@pytest.mark.parametrize("sentence, expected", [
    ("Trong 2 ngày 10 và mùng 11/4/2014, Ủy ban MTTQ huyện tổ chức Đại hội.", date(2014, 4, 10)),
    ("Từ ngày 10 đến ngày 12/4/2014, Đoàn giám sát làm việc tại các xã.", date(2014, 4, 10)),
    ("Sáng mồng 2/9/2019, nhân dân trong xã dự lễ chào cờ.", date(2019, 9, 2)),
])
def test_days_written_with_mung_or_a_second_ngay_date_by_the_first(sentence, expected):
    assert [d.date for d in find_dates(sentence, None)] == [expected]


def test_the_first_day_of_a_span_takes_the_year_written_with_its_last():
    assert [d.date for d in find_dates("Các đoàn làm việc bắt đầu từ ngày 17/4 đến ngày 03/6/2016.", None)] == \
        [date(2016, 4, 17)]
    assert [d.date for d in find_dates("Các đoàn làm việc từ ngày 20/12 đến ngày 10/1/2016.", None)] == \
        [date(2015, 12, 20)]


def test_a_day_without_its_year_takes_the_one_year_its_account_states():
    from kg.extract.dates import with_year_of_account

    dates = find_dates("Sáng ngày 04/8, Ban Thường trực Ủy ban MTTQ huyện tổ chức kỳ họp thứ 6.", None)
    account = ["Tại kỳ họp, đại diện Ban Thường trực báo cáo phương hướng nhiệm vụ 6 tháng cuối năm 2016.",
               "Đại hội đề nghị, 6 tháng cuối năm 2016, các cấp phối hợp chặt chẽ."]
    assert [d.date for d in with_year_of_account(dates, account)] == [date(2016, 8, 4)]
    two_years = account + ["So với năm 2015, kết quả tăng 5%."]
    assert [d.date for d in with_year_of_account(dates, two_years)] == [None]
    written_in_full = ["Các xã mới chính thức hoạt động từ ngày 1/7/2016."]  # the year of a day written in full
    assert [d.date for d in with_year_of_account(dates, written_in_full)] == [date(2016, 8, 4)]
    assert [d.date for d in with_year_of_account(dates, written_in_full + two_years[-1:])] == [None]
    for not_the_time in ("Đồng chí Lê Văn Tám, sinh ngày 12/5/1970, quê Thái Bình.",
                         "Theo Quyết định số 12-QĐ/TU ngày 4/8/2015 của Ban Thường vụ."):
        assert [d.date for d in with_year_of_account(dates, [not_the_time])] == [None]


def test_the_years_of_a_term_or_a_period_in_the_account_are_not_the_event_s():
    from kg.extract.dates import with_year_of_account

    dates = find_dates("Sáng ngày 28/4, Ban Thường vụ Huyện ủy tổ chức hội nghị bất thường.", None)
    account = ["Hội nghị bầu chức danh Bí thư Huyện ủy khóa XI, nhiệm kỳ 2020 - 2025.",
               "Theo kế hoạch, việc kiện toàn được thực hiện từ ngày 20/4/2023."]
    assert [d.date for d in with_year_of_account(dates, account)] == [date(2023, 4, 28)]
    period = ["Hội nghị đánh giá kết quả giai đoạn 2021 - 2025."]
    assert [d.date for d in with_year_of_account(dates, period)] == [None]
    assert [d.date for d in with_year_of_account(dates, period + ["Năm 2024, huyện đạt 10 chỉ tiêu."])] == \
        [date(2024, 4, 28)]


def test_a_review_of_one_year_and_the_plan_of_the_next_is_held_at_the_turn_of_the_year():
    from kg.extract.dates import with_stated_year

    def year(sentence):
        return [d.date for d in with_stated_year(find_dates(sentence, None), sentence)]

    assert year("Sáng 01/12, Tỉnh ủy đánh giá nhiệm vụ năm 2017, dự kiến nhiệm vụ năm 2018.") == [date(2017, 12, 1)]
    assert year("Sáng 08/1, Huyện ủy tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020.") == [date(2020, 1, 8)]
    assert year("Sáng 12/6, Đại hội đại biểu nhiệm kỳ 2020 – 2025 khai mạc.") == [date(2020, 6, 12)]


@pytest.mark.parametrize("sentence, expected", [
    ("Nhân kỷ niệm 48 năm Ngày giải phóng tỉnh (2/4/1977 - 2/4/2025), sáng 30/3, lãnh đạo tỉnh thăm gia đình "
     "chính sách.", date(2025, 3, 30)),
    ("Chào mừng 80 năm Ngày thành lập Công an nhân dân (1945 - 2025), ngày 16/8, Công an huyện tổ chức gặp mặt.",
     date(2025, 8, 16)),
    ("Hướng tới kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025), chiều 20/12, Huyện ủy tổ chức hội "
     "nghị.", date(2024, 12, 20)),
    ("Nhân dịp 30 năm thành lập Hội (1990 - 2025), sáng 5/4, Hội tổ chức gặp mặt.", None),  # 35 years, not 30
])
def test_an_undated_day_takes_the_year_of_the_anniversary_its_sentence_marks(sentence, expected):
    (found,) = with_anniversary_year(find_dates(sentence, None), sentence)
    assert found.date == expected


def test_the_years_of_a_span_longer_than_a_term_are_not_the_events():
    from kg.extract.dates import with_stated_year

    def year(sentence):
        return [d.date for d in with_stated_year(find_dates(sentence, None), sentence)]

    assert year("Sáng 20/11, Ủy ban MTTQ huyện tổng kết 20 năm thực hiện cuộc vận động giai đoạn 1999 - 2019.") == [None]
    assert year("Sáng 9/10, Hội Nông dân xã tổng kết 10 năm phong trào (2008-2018), triển khai nhiệm vụ năm 2019.") \
        == [date(2019, 10, 9)]
    assert year("Sáng 12/6, Đại hội đại biểu nhiệm kỳ 2020 – 2025 khai mạc.") == [date(2020, 6, 12)]  # a term


def test_a_term_gives_its_first_year_only_to_the_event_that_opens_it():
    from kg.extract.dates import with_stated_year

    def year(sentence):
        return [d.date for d in with_stated_year(find_dates(sentence, None), sentence)]

    assert year("Sáng 12/3, Kỳ họp thứ nhất HĐND xã khóa XII, nhiệm kỳ 2021 – 2026 khai mạc.") == [date(2021, 3, 12)]
    assert year("Sáng 20/4, Đại hội Hội Nông dân xã nhiệm kỳ 2023 - 2028 diễn ra.") == [date(2023, 4, 20)]
    # a term written without spaces is the same term
    assert year("Sáng 12/3, HĐND xã khóa XII tổ chức kỳ họp thứ nhất, nhiệm kỳ 2021-2026.") == [date(2021, 3, 12)]
    assert year("Ngày 12/3, HĐND xã nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ mười.") == [None]
    # any other session of the term may fall in any of its years
    assert year("Ngày 12/3, HĐND xã khóa XII, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ mười.") == [None]
    assert year("Ngày 12/3, HĐND xã nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ mười, bàn nhiệm vụ năm 2024.") \
        == [date(2024, 3, 12)]


def test_the_first_day_of_an_anniversarys_span_gives_no_year_to_the_day():
    from kg.extract.dates import years_of_days

    assert years_of_days(["Nhân kỷ niệm 70 năm Ngày thành lập Hội (12/9/1949 - 12/9/2019)."]) == {(9, 12): 2019}
    assert years_of_days(["Kỷ niệm 70 năm (12/9/1949 – 12/9/2019).", "Sáng 12/9, Hội tổ chức lễ."]) == {(9, 12): 2019}


def test_a_day_without_its_year_takes_the_year_its_month_is_written_with():
    from kg.extract.dates import with_year_of_month, years_of_months

    months = years_of_months(["Phiên họp thường kỳ tháng 5/2016 của UBND xã Tân Hòa",
                              "Ngày 9/5, UBND xã tổ chức phiên họp thường kỳ tháng 5."])
    assert months == {5: 2016}
    dates = find_dates("Ngày 9/5, UBND xã tổ chức phiên họp thường kỳ tháng 5.", None)
    assert [d.date for d in with_year_of_month(dates, months)] == [date(2016, 5, 9)]
    other_month = find_dates("Ngày 9/6, UBND xã họp.", None)
    assert [d.date for d in with_year_of_month(other_month, months)] == [None]
    assert years_of_months(["giao ban tháng 3 năm 2018", "so với tháng 3/2017"]) == {}  # two years: none
    assert years_of_months(["kết quả 6 tháng đầu năm 2018"]) == {}


def test_the_years_read_for_days_are_shared_unless_two_differ():
    from kg.extract.dates import EventDate, years_of_dated_days
    def day(year, month, d):
        return EventDate(date(year, month, d) if year else None, month, d, None, f"{d}/{month}", 0, 4)
    assert years_of_dated_days([[day(2019, 10, 15)], [day(None, 10, 15)]]) == {(10, 15): 2019}
    assert years_of_dated_days([[day(2019, 10, 15)], [day(2020, 10, 15), day(None, 3, 1)]]) == {}


def test_the_first_day_of_an_anniversarys_span_gives_no_year_to_an_account():
    from kg.extract.dates import with_year_of_account

    dates = find_dates("Tối ngày 25/3, Đoàn xã tổ chức lễ kết nạp đoàn viên.", None)
    account = ["Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024)."]
    assert [d.date for d in with_year_of_account(dates, account)] == [date(2024, 3, 25)]
