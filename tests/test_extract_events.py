"""Meetings: their date, chair and attendees; captions and bylines take no part."""
from datetime import date

from extract_helpers import facts_of, participants

LEAD = ("Chiều 12/1, Đoàn công tác của Ban Thường vụ Tỉnh ủy Nam Định do đồng chí Trần Minh Đức, Phó Bí thư "
        "Thường trực Tỉnh ủy làm Trưởng đoàn chủ trì làm việc với Ban Thường vụ Huyện ủy Hải Hậu về công tác "
        "xây dựng Đảng. Cùng dự buổi làm việc có các đồng chí: Vũ Thị Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, "
        "Trưởng Ban Tổ chức Tỉnh ủy; Lại Văn Phúc, Chủ tịch UBND huyện.")


def test_a_working_session_with_its_date_chair_and_attendees():
    f = facts_of(LEAD)
    (event,) = f.events
    assert event.kind == "meeting"
    assert event.date == date(2021, 1, 12) and event.part_of_day == "afternoon"
    assert participants(f) == {("Trần Minh Đức", "chair"), ("Vũ Thị Nhàn", "attendee"), ("Lại Văn Phúc", "attendee")}
    assert "Ban Thường vụ Huyện ủy Hải Hậu" in event.bodies
    assert event.topic == "công tác xây dựng Đảng"


def test_captions_and_the_byline_are_not_participants():
    f = facts_of(LEAD + "\n\nĐồng chí Đỗ Văn Chung phát biểu tại buổi làm việc\n\n"
                        "Đồng chí Trần Minh Đức đề nghị huyện tiếp tục cố gắng.\n\nMinh Khôi")
    names = {p for p, _ in participants(f)}
    assert "Đỗ Văn Chung" not in names and "Minh Khôi" not in names
    assert "Đỗ Văn Chung" in f.persons  # a caption still names a person


def test_a_list_followed_by_chu_tri_makes_every_listed_person_chair():
    f = facts_of("Sáng ngày 3/3/2020, Ban Chấp hành Đảng bộ quận tổ chức Hội nghị lần thứ 30.\n\n"
                 "Đồng chí Lê Thu Hà - Bí thư Quận ủy; đồng chí Phan Đức Long - Chủ tịch UBND quận "
                 "chủ trì Hội nghị.")
    assert participants(f) == {("Lê Thu Hà", "chair"), ("Phan Đức Long", "chair")}


def test_speakers_after_the_lead_took_part():
    f = facts_of("Ngày 19/4, Ban Thường vụ Thành ủy tổ chức Lễ trao quyết định phân công cán bộ.\n\n"
                 "Phát biểu tại buổi lễ, Trưởng ban Tổ chức Thành ủy Hồ Thị Vân nhấn mạnh yêu cầu mới.")
    assert participants(f) == {("Hồ Thị Vân", "attendee")}


def test_a_conference_with_nobody_named_still_has_its_date():
    f = facts_of("Chiều nay (12/1), Ban Thường vụ Tỉnh ủy Nam Định tổ chức Hội nghị tổng kết công tác năm.")
    (event,) = f.events
    assert event.kind == "conference" and event.date == date(2021, 1, 12) and event.participants == ()


def test_a_meeting_date_without_a_known_year_keeps_month_and_day_only():
    f = facts_of(LEAD, stamp=None)
    (event,) = f.events
    assert event.date is None and event.month_day == (1, 12)


def test_a_stated_merger_of_wards_is_an_event_of_its_own():
    f = facts_of("Chiều 2/4, Quận ủy Lê Chân họp với đồng chí Phạm Văn Tú. Quận đã thực hiện nhập 2 phường "
                 "Dư Hàng và phường Hàng Kênh.")
    (merger,) = [e for e in f.events if e.kind == "merger"]
    assert {key.split("/")[-1] for key in merger.places} == {"Dư Hàng", "Hàng Kênh"}


def test_the_object_of_a_speech_verb_is_not_a_participant():
    f = facts_of("Ngày 19/4, Ban Thường vụ Thành ủy tổ chức Lễ trao quyết định phân công cán bộ.\n\n"
                 "Tại buổi lễ, Phó trưởng ban Tổ chức Thành ủy Hà Văn Sơn đã thông báo quyết định phân công "
                 "ông Lưu Đức Minh – Phó Bí thư Quận ủy.")
    assert participants(f) == {("Hà Văn Sơn", "attendee")}


def test_attendance_after_a_chair_in_the_same_sentence_is_attendance():
    f = facts_of("Ngày 1/7/2020, Thường trực HĐND tỉnh họp. Bà Đỗ Thị Lan - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh "
                 "chủ trì cuộc họp; tham dự cuộc họp có bà Vi Thị Hồng - Phó Chủ tịch HĐND tỉnh.")
    assert participants(f) == {("Đỗ Thị Lan", "chair"), ("Vi Thị Hồng", "attendee")}


def test_du_va_chu_tri_co_makes_the_whole_list_chair():
    f = facts_of("Chiều 5/3, tại trụ sở Tỉnh ủy diễn ra Hội nghị sơ kết. Dự và chủ trì Hội nghị có đồng chí Lê Văn "
                 "Tám - Bí thư Tỉnh ủy; đồng chí Ngô Thị Chín - Chủ tịch UBND tỉnh.")
    assert participants(f) == {("Lê Văn Tám", "chair"), ("Ngô Thị Chín", "chair")}


def test_a_photo_credit_names_a_person_who_is_not_a_participant():
    f = facts_of(LEAD + "\n\nĐồng chí Trần Minh Đức phát biểu tại buổi làm việc. (Ảnh: QUANG VINH)\n\n"
                        "Toàn cảnh buổi làm việc. Ảnh: TL")
    assert "Quang Vinh" in f.persons and "Tl" not in f.persons and "TL" not in f.persons
    assert "Quang Vinh" not in {p for p, _ in participants(f)}


def test_a_dated_sentence_with_a_chair_but_no_event_word_is_a_meeting():
    f = facts_of("Sáng 9/1, đồng chí Lò Văn Sáu, Bí thư Huyện ủy chủ trì, cùng lãnh đạo huyện rà soát các dự án.")
    (event,) = f.events
    assert event.kind == "meeting" and participants(f) == {("Lò Văn Sáu", "chair")}


def test_a_get_together_is_a_meeting():
    f = facts_of("Chiều 2/7, Quận ủy Sơn Trà tổ chức buổi gặp mặt các đồng chí nguyên lãnh đạo quận. "
                 "Dự có đồng chí Hồ Kỳ Minh, Bí thư Quận ủy.")
    (event,) = f.events
    assert event.kind == "meeting" and participants(f) == {("Hồ Kỳ Minh", "attendee")}


def test_without_chu_tri_or_truong_doan_nobody_is_made_chair():
    f = facts_of("Chiều 18-12-2011, đồng chí Tống Văn Hải, Phó Chủ tịch Quốc hội và đồng chí Lâm Thị Thu, Bí thư "
                 "Thành ủy đã đến thăm các gia đình chính sách.")
    assert participants(f) == {("Tống Văn Hải", "attendee"), ("Lâm Thị Thu", "attendee")}
