"""Meetings: their date, chair and attendees; captions and bylines take no part."""
from datetime import date

import pytest
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


CHAIR = " Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì."


def test_dates_with_a_dash_or_in_brackets_after_a_weekday():
    for lead in ("Ngày 4-12, Huyện ủy Thanh Hà tổ chức hội nghị.", "Thứ Hai (4/12), Huyện ủy Thanh Hà tổ chức hội nghị."):
        (event,) = facts_of(lead + CHAIR).events
        assert event.date == date(2020, 12, 4)


def test_hom_nay_and_vua_qua_take_the_publication_date_when_no_day_is_stated():
    for lead in ("Hôm nay, Huyện ủy Thanh Hà tổ chức hội nghị.", "Vừa qua, Huyện ủy Thanh Hà tổ chức hội nghị sơ kết."):
        (event,) = facts_of(lead + CHAIR).events
        assert event.date == date(2021, 1, 14)
        assert participants(facts_of(lead + CHAIR)) == {("Lê Văn An", "chair")}


def test_a_stated_day_wins_over_vua_qua():
    f = facts_of("Vừa qua, ngày 9/1, Huyện ủy Thanh Hà tổ chức hội nghị." + CHAIR)
    assert [e.date for e in f.events] == [date(2021, 1, 9)]


def test_a_date_only_in_the_title_dates_the_lead_event():
    f = facts_of("Huyện ủy Thanh Hà tổng kết công tác năm ngày 4/12\n\n"
                 "Huyện ủy Thanh Hà tổ chức hội nghị tổng kết công tác năm." + CHAIR)
    assert [e.date for e in f.events] == [date(2020, 12, 4)]


def test_a_ceremony_named_with_a_capital_needs_no_meeting_verb_nor_person_in_its_lead():
    f = facts_of("Sáng 4/12, Lễ kỷ niệm 70 năm ngày thành lập huyện Thanh Hà được tổ chức trọng thể. "
                 "Đồng chí Lê Văn An, Bí thư Huyện ủy phát biểu.")
    (event,) = f.events
    assert event.kind == "other" and event.date == date(2020, 12, 4)
    assert participants(f) == {("Lê Văn An", "attendee")}


def test_a_lower_case_holiday_is_no_event():
    assert facts_of("Ngày 2/9 là ngày lễ lớn. Đồng chí Lê Văn An, Bí thư Huyện ủy phát biểu.").events == []


CONFERENCE = "Sáng 14-1, Huyện ủy Thanh Hà tổ chức hội nghị tổng kết. Đồng chí Lê Văn An, Bí thư Huyện ủy chủ trì."


def test_a_list_of_attendees_runs_on_into_the_next_paragraph():
    f = facts_of(CONFERENCE + " Tham dự có các đồng chí: Trần Văn Bình, Phó Bí thư Thường trực Huyện ủy; Hà Thị Cúc, "
                              "Chủ tịch UBND huyện.\n\nĐinh Văn Dũng, Phó Chủ tịch HĐND huyện; Lý Thị Em, Trưởng Ban "
                              "Tổ chức Huyện ủy.\n\nCùng đi có ông Mai Văn Phú, Chánh Văn phòng Huyện ủy.")
    assert participants(f) == {("Lê Văn An", "chair"), ("Trần Văn Bình", "attendee"), ("Hà Thị Cúc", "attendee"),
                               ("Đinh Văn Dũng", "attendee"), ("Lý Thị Em", "attendee"), ("Mai Văn Phú", "attendee")}


def test_a_paragraph_that_opens_with_a_name_and_a_verb_does_not_continue_the_list():
    f = facts_of(CONFERENCE + " Tham dự có bà Hà Thị Cúc, Chủ tịch UBND huyện.\n\n"
                              "Ông Đinh Văn Dũng, nguyên Chủ tịch UBND huyện, cho rằng kết quả còn thấp.")
    assert ("Đinh Văn Dũng", "attendee") not in participants(f)


def test_leaders_listed_by_their_titles_only_are_their_holders():
    f = facts_of(CONFERENCE + " Tham dự có các đồng chí: Trần Văn Bình, Phó Bí thư Thường trực Huyện ủy; Hà Thị Cúc, "
                              "Chủ tịch UBND huyện.\n\nSáng 15-1, Huyện ủy Thanh Hà làm việc với xã Tân Lập. Cùng dự "
                              "có Phó Bí thư Thường trực Huyện ủy, Chủ tịch UBND huyện.")
    second = [e for e in f.events if e.date == date(2021, 1, 15)][0]
    assert {(p.person, p.role) for p in second.participants} == {("Trần Văn Bình", "attendee"),
                                                                 ("Hà Thị Cúc", "attendee")}


def test_without_a_date_line_the_year_comes_from_the_event_sentence():
    f = facts_of("Ngày 08/6, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2018. Đồng chí Lê Văn "
                 "An, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.", stamp=None)
    assert [e.date for e in f.events] == [date(2018, 6, 8)]


def test_a_lead_that_says_a_conference_is_held_needs_no_capital_nor_person():
    f = facts_of("Sáng ngày 22/8/2013, huyện ủy Tân Lạc tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt. "
                 "Tham dự có các đồng chí Trương Văn Phúc – Bí thư Huyện ủy, Lê Minh Giang – Phó Bí thư Huyện ủy.")
    (event,) = f.events
    assert event.date == date(2013, 8, 22)
    assert participants(f) == {("Trương Văn Phúc", "attendee"), ("Lê Minh Giang", "attendee")}


def test_a_lead_repeated_under_the_title_keeps_the_list_that_follows_it():
    lead = "Sáng 12-6, Đảng bộ quận Tân Lạc tổ chức khai mạc Đại hội đại biểu lần thứ XX."
    f = facts_of(lead + "\n\n" + lead + "\n\nDự Đại hội có các đồng chí: Lê Văn Thân, Bí thư Thành ủy; Hà Thị Mỹ, "
                                        "nguyên Bí thư Quận ủy.")
    (event,) = [e for e in f.events if e.date == date(2020, 6, 12)]
    assert {(p.person, p.role) for p in event.participants} == {("Lê Văn Thân", "attendee"),
                                                                ("Hà Thị Mỹ", "attendee")}


def test_an_alternate_member_is_not_said_to_attend():
    f = facts_of("Sáng ngày 01/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 11. Tham dự và chủ trì Hội nghị, "
                 "có đồng chí Dương Văn Tráng - Bí thư Tỉnh ủy; đồng chí Hồ Văn Niệm - Ủy viên dự khuyết Ban Chấp hành "
                 "Trung ương Đảng, Phó Bí thư Tỉnh ủy; đồng chí Võ Ngọc Thịnh - Phó Bí thư Tỉnh ủy.")
    assert participants(f) == {("Dương Văn Tráng", "chair"), ("Hồ Văn Niệm", "chair"), ("Võ Ngọc Thịnh", "chair")}


def test_title_first_entries_before_chu_tri_are_all_chairs():
    f = facts_of("Sáng 1-10, Phó Bí thư Thường trực Tỉnh ủy Trần Văn Lâm, Phó Chủ tịch UBND tỉnh Nguyễn Trúc Sơn, "
                 "Giám đốc Sở Thông tin và Truyền thông Trịnh Minh Châu chủ trì hội nghị thông tin báo chí.")
    assert participants(f) == {("Trần Văn Lâm", "chair"), ("Nguyễn Trúc Sơn", "chair"), ("Trịnh Minh Châu", "chair")}


def test_a_lead_that_opens_with_its_date_and_says_visit_needs_no_person():
    f = facts_of("Sáng ngày 04 tháng 02 năm 2021 Đoàn cán bộ huyện đã đến thăm các gia đình chính sách. Tham gia cùng "
                 "đoàn có đồng chí Huỳnh Văn Thái - Phó Chủ tịch UBND huyện.")
    (event,) = f.events
    assert event.kind == "visit" and event.date == date(2021, 2, 4)
    assert participants(f) == {("Huỳnh Văn Thái", "attendee")}


def test_an_event_word_inside_a_compound_is_passed_over():
    f = facts_of("Chiều ngày 4/7, đồng chí Lô Văn Thao, Chủ tịch HĐND huyện đã trực tiếp đi trao tặng Huy hiệu 55 năm "
                 "tuổi Đảng.")
    assert [e.kind for e in f.events] == ["other"]


def test_a_chair_cue_after_a_long_title_in_the_same_clause_is_the_persons():
    f = facts_of("Chiều 18/3, Đoàn giám sát của Ủy ban Thường vụ Quốc hội do Đại tướng Đỗ Văn Tý - Phó Chủ tịch Quốc "
                 "hội, Trưởng Tiểu ban An ninh, Trật tự và Y tế của Hội đồng bầu cử quốc gia làm trưởng đoàn đã làm "
                 "việc tại tỉnh Hà Tĩnh.")
    assert ("Đỗ Văn Tý", "chair") in participants(f)


def test_a_person_who_attends_an_event_another_chairs_is_no_chair():
    f = facts_of("Sáng 5/3, ông Lê Văn Tâm, Phó Chủ tịch UBND huyện dự hội nghị do Huyện ủy Thanh Hà chủ trì.")
    assert participants(f) == {("Lê Văn Tâm", "attendee")}


def test_co_cac_dong_chi_lists_those_present():
    f = facts_of("Chiều 18/3, Đoàn giám sát làm việc tại tỉnh Hà Tĩnh. Tiếp và làm việc với đoàn có các đồng chí: "
                 "Hoàng Trung Dũ - Bí thư Tỉnh ủy; Trần Tú An - Phó Chủ tịch HĐND tỉnh.")
    assert participants(f) == {("Hoàng Trung Dũ", "attendee"), ("Trần Tú An", "attendee")}


def test_attendance_cues_of_commune_portals():
    f = facts_of("Sáng 9/1, HĐND phường Tân Mỹ tổ chức kỳ họp bất thường lần thứ 9. Về tham dự kỳ họp có đ/c "
                 "Trần Văn Hòa – Chủ tịch HĐND quận. Về phía địa phương có đ/c Lê Thị Mai, Bí thư Đảng ủy phường.")
    assert participants(f) == {("Trần Văn Hòa", "attendee"), ("Lê Thị Mai", "attendee")}


def test_presence_named_as_su_hien_dien():
    f = facts_of("Sáng ngày 06/01/2021, đồng chí Trần Văn Hòa – Giám đốc Sở Y tế đã tham dự Lễ ra quân đầu năm tại "
                 "xã Tân Mỹ. Buổi lễ có sự hiện diện của đồng chí Lê Thị Mai – Phó Bí thư Tỉnh ủy.")
    assert ("Lê Thị Mai", "attendee") in participants(f)


def test_a_list_of_chairs_whose_first_title_is_not_read_still_shares_the_chair_cue():
    f = facts_of("Ngày 7-1, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị kiểm điểm. Đồng chí Trần Văn Hòa, Bí thư Trung "
                 "ương Đảng, Chánh án Tòa án nhân dân tối cao; đồng chí Lê Thị Mai, Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert participants(f) == {("Trần Văn Hòa", "chair"), ("Lê Thị Mai", "chair")}


def test_a_speaker_before_a_semicolon_does_not_share_the_next_chair_cue():
    f = facts_of("Ngày 7-1, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị kiểm điểm. Đồng chí Trần Văn Hòa, Bí thư Tỉnh ủy "
                 "phát biểu khai mạc hội nghị; đồng chí Lê Thị Mai, Phó Bí thư Tỉnh ủy chủ trì thảo luận.")
    assert ("Trần Văn Hòa", "chair") not in participants(f)
    assert ("Lê Thị Mai", "chair") in participants(f)


def test_a_council_session_is_an_event_even_naming_no_one():
    f = facts_of("Ngày 11/1/2021, tại Hội trường UBND xã, HĐND xã Tân Mỹ khóa XX tiến hành kỳ họp thứ 12.")
    (event,) = f.events
    assert event.date == date(2021, 1, 11) and event.participants == ()
    assert facts_of("Sáng 11/1, Đoàn công tác của Huyện ủy làm việc với Đảng ủy xã Tân Mỹ.").events == []


def test_chairs_listed_after_chu_toa_gom():
    f = facts_of("Ngày 11/1, HĐND xã Tân Mỹ tiến hành kỳ họp thứ 12. Chủ tọa kỳ họp gồm các đồng chí: Trần Văn Hòa - "
                 "Chủ tịch HĐND xã; Lê Thị Mai - Phó Chủ tịch HĐND xã.")
    assert participants(f) == {("Trần Văn Hòa", "chair"), ("Lê Thị Mai", "chair")}


def test_running_an_office_for_the_time_being_is_not_taking_part():
    f = facts_of("Ngày 8/1, HĐND tỉnh tổ chức kỳ họp chuyên đề. Đồng chí Trần Văn Hòa, Chủ tịch HĐND tỉnh chủ trì kỳ "
                 "họp.\n\nPhó Chủ tịch UBND tỉnh Lê Thị Mai tạm thời điều hành hoạt động của UBND tỉnh.")
    assert participants(f) == {("Trần Văn Hòa", "chair")}


def test_a_session_naming_no_one_conforms_to_the_shapes_through_its_body():
    from kg.pipeline import assemble
    from kg.reader import parse_article

    built = assemble(parse_article("Print Thứ Hai, 14/01/2021 08:00\n\nNgày 11/1/2021, HĐND xã Tân Mỹ khóa XX tiến "
                                   "hành kỳ họp thứ 12 để bầu bổ sung chức danh Phó Chủ tịch UBND xã.\n", "t"))
    (event,) = built.facts.events
    assert event.participants == () and event.bodies
    assert built.report.conforms, built.report.text()


def test_leads_of_rallies_trainings_and_reviews_open_events():
    for lead in ("Sáng 9/1, Huyện đoàn Tân Mỹ tổ chức mít tinh hưởng ứng Tháng Thanh niên.",
                 "Ngày 9/1, Ban Tuyên giáo Huyện ủy Tân Mỹ mở lớp tập huấn nghiệp vụ cho cán bộ cơ sở.",
                 "Chiều 9/1, Đảng ủy xã Tân Mỹ sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị."):
        (event,) = facts_of(lead).events
        assert event.date == date(2021, 1, 9)


def test_a_report_of_achievements_is_a_ceremony():
    f = facts_of("Sáng ngày 26/3/2021, tại Khu di tích xã Tân Mỹ, Huyện đoàn Tân Mỹ tổ chức báo công nhân kỷ niệm 90 "
                 "năm Ngày thành lập Đoàn. Các đồng chí: Lò Văn Kiên - Bí thư Huyện ủy; Đặng Thị Hoa - Chủ tịch UBND "
                 "huyện cùng 100 đoàn viên tham dự.")
    (event,) = f.events
    assert event.date == date(2021, 3, 26) and event.kind == "other"
    assert participants(f) == {("Lò Văn Kiên", "attendee"), ("Đặng Thị Hoa", "attendee")}


def test_the_subject_chairs_when_va_chu_tri_is_its_second_predicate():
    f = facts_of("Sáng 13/1, tại xã Tân Mỹ, Bí thư Tỉnh ủy Trần Văn Hòa và Đoàn công tác của tỉnh thăm, động viên cán "
                 "bộ, công nhân, người lao động và chủ trì cuộc làm việc về tiến độ dự án.")
    assert participants(f) == {("Trần Văn Hòa", "chair")}
    f = facts_of("Sáng 13/1, Bí thư Tỉnh ủy Trần Văn Hòa dự hội nghị của huyện do lãnh đạo huyện điều hành và chủ trì.")
    assert participants(f) == {("Trần Văn Hòa", "attendee")}  # 'do': someone else chairs


def test_an_undated_lead_above_a_dated_sentence_about_another_day_takes_the_publication_date():
    f = facts_of("Hôm nay, Đảng bộ xã Tân Mỹ tổ chức Đại hội đại biểu lần thứ X. Đồng chí Trần Văn Hòa, Bí thư Huyện ủy "
                 "dự và chỉ đạo Đại hội.\n\nTrước đó, ngày 5/1, Đảng ủy xã đã tổ chức hội nghị chuẩn bị Đại hội do "
                 "đồng chí Lê Thị Mai, Bí thư Đảng ủy xã chủ trì.")
    assert sorted(e.date for e in f.events) == [date(2021, 1, 5), date(2021, 1, 14)]
    congress = next(e for e in f.events if e.date == date(2021, 1, 14))
    assert {(p.person, p.role) for p in congress.participants} == {("Trần Văn Hòa", "attendee")}


def test_a_drill_is_an_event_and_its_observers_attend():
    f = facts_of("Chiều ngày 9-10, Ban Chỉ đạo diễn tập khu vực phòng thủ huyện tổ chức diễn tập thực binh.\n\n"
                 "Đến tham quan diễn tập có các đồng chí: Lò Văn Kiên - Bí thư Huyện ủy; Đặng Thị Hoa - "
                 "Chủ tịch UBND huyện.")
    (event,) = f.events
    assert event.date == date(2020, 10, 9)
    assert participants(f) == {("Lò Văn Kiên", "attendee"), ("Đặng Thị Hoa", "attendee")}


def test_an_undated_lead_takes_the_publication_day_the_article_writes_elsewhere():
    f = facts_of("Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra tại Trung tâm Hội nghị tỉnh."
                 "\n\nDự Đại hội có các đồng chí: Vi Văn Tường, Bí thư Tỉnh ủy; Ma Thị Hiền, Chủ tịch UBND tỉnh."
                 "\n\nSáng 14/1, các đại biểu dâng hoa tại Tượng đài.", stamp="Print Thứ Năm, 14/01/2021 08:00")
    (event,) = [e for e in f.events if e.kind == "congress"]
    assert event.date == date(2021, 1, 14)
    assert {p.person for p in event.participants} == {"Vi Văn Tường", "Ma Thị Hiền"}


def test_an_undated_lead_stays_undated_when_no_sentence_writes_the_publication_day():
    f = facts_of("Đại hội đại biểu Đảng bộ tỉnh lần thứ I diễn ra tại Trung tâm Hội nghị tỉnh.\n\n"
                 "Dự Đại hội có đồng chí Vi Văn Tường, Bí thư Tỉnh ủy.\n\nNgày 10/1, các đại biểu dâng hoa.")
    assert not any(e.kind == "congress" for e in f.events)


def test_a_dated_lead_that_holds_something_capitalised_is_an_event_even_with_its_noun_misspelt():
    f = facts_of("Chiều ngày 20/3/2023 Chi đoàn thôn Bắc tổ chức Đai hội Chi đoàn nhiệm kỳ 2023-2025\n\n"
                 "Về dự và chỉ đạo có đồng chí: Ngô Thị Duyên - Bí thư Đoàn xã.")
    (event,) = f.events
    assert event.date == date(2023, 3, 20)
    assert participants(f) == {("Ngô Thị Duyên", "attendee")}


def test_a_dated_sentence_that_holds_nothing_named_is_no_event():
    assert not facts_of("Ngày 20/3/2023, xã tổ chức cho người dân đăng ký tiêm chủng.").events


def test_a_list_goes_on_in_a_paragraph_of_one_entry_with_an_unknown_abbreviation():
    f = facts_of("Sáng 20/3, Hội Nông dân xã tổ chức hội nghị tổng kết.\n\n"
                 "Về dự có đồng chí: Ngô Thị Duyên - Chủ tịch Hội Nông dân huyện.\n\n"
                 "Đồng chí: Phí Văn Lực - PBT, CT UBND XTL.")
    assert participants(f) == {("Ngô Thị Duyên", "attendee"), ("Phí Văn Lực", "attendee")}


@pytest.mark.parametrize("cue", ["Chứng kiến lễ ký kết có", "Đi cùng đoàn có", "Góp mặt tại buổi lễ có"])
def test_witnesses_and_companions_take_part(cue):
    f = facts_of("Sáng 9/9, UBND huyện tổ chức Lễ ký kết quy chế phối hợp với Hội Nông dân huyện.\n\n"
                 f"{cue} đồng chí Khuất Văn Lợi, Phó Bí thư Huyện ủy.")
    assert participants(f) == {("Khuất Văn Lợi", "attendee")}


def test_hom_qua_dates_an_undated_lead_the_day_before_publication():
    f = facts_of("Chiều qua, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận. Dự hội nghị có đồng chí Hầu Văn "
                 "Khải, Bí thư Huyện ủy.")
    (event,) = f.events
    assert event.date == date(2021, 1, 13) and event.part_of_day == "afternoon"


def test_a_day_years_before_publication_yields_to_the_sentence_s_other_date():
    f = facts_of("Nhân kỷ niệm Ngày truyền thống lực lượng (ngày 19/8/1945), ngày 10/1, đoàn công tác của huyện do "
                 "ông Lạc Văn Thu, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm các gia đình chính sách.")
    (event,) = f.events
    assert event.date == date(2021, 1, 10)
    assert participants(f) == {("Lạc Văn Thu", "chair")}



# Round four's participation patterns: who chairs, who else took part (each case one pattern).
PARTICIPATION = [
    pytest.param("Ngày 21/9, dưới sự chủ trì của đồng chí Mai Văn Lực - Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy "
                 "đã tổ chức hội nghị cho ý kiến về công tác cán bộ.\n\n"
                 "Tham dự hội nghị có đồng chí Hà Thị Yến - Phó Bí thư Tỉnh ủy.",
                 {("Mai Văn Lực", "chair"), ("Hà Thị Yến", "attendee")},
                 id="duoi-su-chu-tri-cua"),
    pytest.param("Sáng 6/5, dưới sự chủ trì của các đồng chí Mai Văn Lực - Bí thư Huyện ủy; Hà Thị Yến - Chủ "
                 "tịch UBND huyện, Huyện ủy tổ chức hội nghị sơ kết công tác quý I.",
                 {("Mai Văn Lực", "chair"), ("Hà Thị Yến", "chair")},
                 id="duoi-su-chu-tri-cua-a-list"),
    pytest.param("Ngày 12/8/2020, Huyện ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.\n\n"
                 "Chủ trì hội nghị có các đồng chí: Mạc Văn Tú - Bí thư Huyện ủy; Âu Thị Nhung - Chủ tịch UBND "
                 "huyện.\n\nDự hội nghị có đồng chí Thân Văn Quý - Ủy viên Ban Thường vụ Tỉnh ủy.",
                 {("Mạc Văn Tú", "chair"), ("Âu Thị Nhung", "chair"), ("Thân Văn Quý", "attendee")},
                 id="chu-tri-hoi-nghi-co-cac-dong-chi"),
    pytest.param("Chiều 9-3, Đoàn công tác của Tỉnh ủy do đồng chí Khúc Văn Thành, Phó Bí thư Tỉnh ủy làm Trưởng "
                 "đoàn đã làm việc với Ban Thường vụ Huyện ủy.\n\n"
                 "Tiếp và làm việc với đoàn có đồng chí Tạ Văn Lợi, Bí thư Huyện ủy; đồng chí La Thị Mơ, "
                 "Chủ tịch UBND huyện.",
                 {("Khúc Văn Thành", "chair"), ("Tạ Văn Lợi", "attendee"), ("La Thị Mơ", "attendee")},
                 id="hosts-tiep-va-lam-viec"),
    pytest.param("Ngày 28/6/2021, HĐND xã khóa X tổ chức kỳ họp thứ nhất. Đến dự có Bí thư Huyện ủy - Lưu Văn Khoa."
                 "\n\nKỳ họp đã tiến hành bầu các chức danh HĐND xã, UBND xã; ông Tôn Thất Hiếu trúng cử chức vụ "
                 "Chủ tịch HĐND xã, ông Kiều Văn Lâm trúng cử chức vụ Chủ tịch UBND xã.",
                 {("Lưu Văn Khoa", "attendee"), ("Tôn Thất Hiếu", "attendee"),
                  ("Kiều Văn Lâm", "attendee")},
                 id="elected-trung-cu"),
    pytest.param("Ngày 19/4, Ban Thường vụ Thành ủy tổ chức Lễ trao quyết định phân công cán bộ.\n\n"
                 "Đồng chí Hồ Thị Vân công bố quyết định phân công ông Lạc Văn Đông giữ chức Phó Bí thư.",
                 {("Hồ Thị Vân", "attendee")},
                 id="object-of-speech-cue"),
    pytest.param("Ngày 12/4, Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu lần thứ VII.\n\n"
                 "Báo cáo chính trị do đồng chí Yên Văn Thạch, Phó Chủ tịch Hội Cựu chiến binh huyện trình bày "
                 "tại đại hội nêu rõ những kết quả trong nhiệm kỳ qua.",
                 {("Yên Văn Thạch", "attendee")},
                 id="agent-do-trinh-bay"),
    pytest.param("Ngày 12/4, Huyện ủy tổ chức Hội nghị quán triệt.\n\n"
                 "Hội nghị quán triệt Chỉ thị do đồng chí Yên Văn Thạch, Bí thư Tỉnh ủy ký ban hành.",
                 set(),
                 id="agent-of-a-signature"),
    pytest.param("Ngày 9/6, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 8. Đồng chí Ưng Văn Định, Bí thư "
                 "Huyện ủy chủ trì hội nghị. Tham dự hội nghị có các đồng chí:\n\n"
                 "Giáp Thị Nhàn, Phó Bí thư Thường trực Huyện ủy;\n\n"
                 "Lã Văn Quyết, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
                 {("Ưng Văn Định", "chair"), ("Giáp Thị Nhàn", "attendee"), ("Lã Văn Quyết", "attendee")},
                 id="list-after-colon"),
    pytest.param("Ngày 28/3/2022, UBND huyện tổ chức họp giao ban tháng 3. Chủ trì cuộc họp là đồng chí Ưng Văn "
                 "Định, Chủ tịch UBND huyện.",
                 {("Ưng Văn Định", "chair")},
                 id="chu-tri-cuoc-hop-la"),
    pytest.param("Ngày 13/5, Đoàn giám sát của Thường trực HĐND huyện do bà Ninh Thị Hảo, Phó Chủ tịch HĐND huyện "
                 "làm Trưởng đoàn đã giám sát việc giải quyết đơn thư tại xã.\n\nThành phần đoàn gồm:\n\n"
                 "- Ông Chử Văn Tân, Trưởng Ban Pháp chế HĐND huyện;\n\n"
                 "- Bà Ung Thị Lý, Phó Trưởng Ban Kinh tế - Xã hội HĐND huyện.",
                 {("Ninh Thị Hảo", "chair"), ("Chử Văn Tân", "attendee"), ("Ung Thị Lý", "attendee")},
                 id="thanh-phan-doan-gom"),
    pytest.param("Ngày 5/3, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy. Tham dự có đồng chí Đàm Thị Vy, Chủ tịch "
                 "UBND tỉnh.\n\nTrước đó, đồng chí Tống Văn Tâm, Bí thư Tỉnh ủy đã ký quyết định. Kết luận buổi "
                 "làm việc, Bí thư Tỉnh ủy yêu cầu huyện tập trung chỉ đạo.",
                 {("Đàm Thị Vy", "attendee"), ("Tống Văn Tâm", "attendee")},
                 id="title-opening-a-clause"),
    pytest.param("Ngày 5/3, Đoàn công tác số 2 của Ban Thường vụ Tỉnh ủy do đồng chí Kha Văn Lập, Phó Bí thư Tỉnh "
                 "ủy, Trưởng đoàn công tác số 2 đã làm việc với Huyện ủy. Tham dự có đồng chí Mẫn Thị Vy, Chủ tịch "
                 "UBND huyện.",
                 {("Kha Văn Lập", "chair"), ("Mẫn Thị Vy", "attendee")},
                 id="truong-doan-leads-the-team"),
    pytest.param("Ngày 5/3, đồng chí Kha Văn Lập, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh đã làm "
                 "việc với Huyện ủy.",
                 {("Kha Văn Lập", "attendee")},
                 id="truong-doan-a-standing-delegation"),
    pytest.param("Ngày 5/3, đồng chí Kha Văn Lập, Bí thư Huyện ủy chủ trì hội nghị sơ kết; đây là dịp để đồng chí "
                 "Mẫn Thị Vy, Chủ tịch UBND huyện báo cáo kết quả.",
                 {("Kha Văn Lập", "chair"), ("Mẫn Thị Vy", "attendee")},
                 id="la-far-from-chu-tri"),
    pytest.param("Hội nghị triển khai nhiệm vụ năm 2021 của UBND xã được tổ chức vào sáng ngày 4/1/2021.\n\n"
                 "Tham dự hội nghị có:\n\n+ Đ/c Thái Văn Hải - Bí thư Đảng ủy xã;\n\n"
                 "+ Đ/c Văn Thị Dậu - Chủ tịch UBND xã.",
                 {("Thái Văn Hải", "attendee"), ("Văn Thị Dậu", "attendee")},
                 id="bullets-d-c"),
]


@pytest.mark.parametrize("text, expected", PARTICIPATION)
def test_participation_patterns(text, expected):
    assert participants(facts_of(text)) == expected


def test_a_merger_is_only_ever_stated_with_the_two_units_it_joins():
    f = facts_of(" date 2025-10-20 Sáng 20/10, ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, được HĐND tỉnh bầu giữ chức Chủ tịch "
                 "UBND tỉnh.\n\nKhi Hà Giang sáp nhập với Tuyên Quang tháng 7/2025, ông Lê Văn Hòa được phân công giữ "
                 "chức Phó Bí thư Tỉnh ủy.")
    assert all(len(e.places) >= 2 for e in f.events if e.kind == "merger")


def test_without_a_date_line_the_year_comes_from_the_sentences_that_tell_the_event():
    f = facts_of("Sáng ngày 04/8, Ban Thường trực Ủy ban MTTQ huyện tổ chức kỳ họp thứ 6. Về dự kỳ họp có đồng chí "
                 "Lê Văn Mạnh, Chủ tịch Ủy ban MTTQ huyện.\n\nTại kỳ họp, đại diện Ban Thường trực báo cáo phương "
                 "hướng nhiệm vụ 6 tháng cuối năm 2016.", stamp=None)
    assert [e.date for e in f.events] == [date(2016, 8, 4)]


@pytest.mark.parametrize("second", [
    "Dẫn đầu đoàn công tác là đồng chí Lương Văn Hạ, Phó Bí thư Tỉnh ủy.",
    "Trưởng đoàn là đồng chí Lương Văn Hạ, Phó Bí thư Tỉnh ủy.",
    "Chủ trì buổi làm việc là đồng chí Lương Văn Hạ, Phó Bí thư Tỉnh ủy.",
])
def test_the_leader_introduced_by_la_a_few_words_after_the_chair_cue_chairs(second):
    f = facts_of("Sáng 5/1, Đoàn công tác của Tỉnh ủy làm việc với Huyện ủy Kim Sơn. " + second)
    assert participants(f) == {("Lương Văn Hạ", "chair")}


def test_la_far_after_the_chair_cue_introduces_no_chair():
    f = facts_of("Sáng 5/1, Huyện ủy tổ chức hội nghị. Đồng chí Lương Văn Hạ chủ trì hội nghị và cho rằng đây là dịp "
                 "để đồng chí Kha Thị Mận báo cáo.")
    assert participants(f) == {("Lương Văn Hạ", "chair"), ("Kha Thị Mận", "attendee")}


@pytest.mark.parametrize("lead, kind", [
    ("Ngày 5/1, Ủy ban MTTQ huyện và Hội Nông dân huyện ký kết chương trình phối hợp giai đoạn 2021 - 2025.", "other"),
    ("Sáng 5/1, Chi bộ thôn Yên Lạc tổ chức buổi sinh hoạt chuyên đề về học tập và làm theo tư tưởng của Bác.", "meeting"),
    ("Sáng 5/1, UBND huyện tổ chức bàn giao nhà đại đoàn kết cho hộ nghèo xã Yên Lạc.", "other"),
    ("Sáng 5/1, Trung tâm Chính trị huyện tổ chức bế giảng lớp trung cấp lý luận chính trị.", "other"),
])
def test_signings_study_sessions_handovers_and_closing_classes_are_events(lead, kind):
    f = facts_of(lead + " Tham dự có đồng chí Kha Văn Hải, Phó Bí thư Huyện ủy.")
    assert [(e.kind, e.date) for e in f.events] == [(kind, date(2021, 1, 5))]
    assert participants(f) == {("Kha Văn Hải", "attendee")}


def test_an_earlier_day_told_back_naming_no_one_does_not_take_the_speakers_that_follow():
    f = facts_of("Sáng 12/1, Huyện ủy tổ chức hội nghị. Dự có đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy. Ngày 20/11/2020, "
                 "Huyện ủy đã làm việc với 5 xã. Phát biểu tại hội nghị, đồng chí Kha Văn Cúc, Bí thư Huyện ủy đề nghị "
                 "các xã cố gắng.")
    assert [(e.date, {p.person for p in e.participants}) for e in f.events] == \
        [(date(2021, 1, 12), {"Lê Văn An", "Kha Văn Cúc"})]


def test_an_earlier_day_with_its_own_participants_is_an_event_of_its_own():
    f = facts_of("Sáng 12/1, Huyện ủy tổ chức hội nghị. Dự có đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy. Trước đó, ngày "
                 "20/11/2020, đồng chí Kha Văn Cúc, Bí thư Huyện ủy đã làm việc với Đảng ủy xã Yên Lạc.")
    assert {(e.date, p.person) for e in f.events for p in e.participants} == \
        {(date(2021, 1, 12), "Lê Văn An"), (date(2020, 11, 20), "Kha Văn Cúc")}


def test_laying_flowers_at_a_memorial_is_an_event():
    f = facts_of("Sáng 27/7, Đoàn đại biểu huyện do đồng chí Kha Văn Lộc, Bí thư Huyện ủy dẫn đầu đến dâng hoa tại "
                 "Nghĩa trang liệt sĩ huyện.")
    assert [(e.kind, e.date, {p.person for p in e.participants}) for e in f.events] == \
        [("other", date(2020, 7, 27), {"Kha Văn Lộc"})]


def test_vua_to_chuc_dates_an_undated_lead_by_the_publication_day():
    f = facts_of("HĐND huyện Yên Lạc vừa tổ chức kỳ họp thứ 17 (chuyên đề) để bầu bổ sung Phó Chủ tịch HĐND huyện. "
                 "Dự kỳ họp có đồng chí Kha Văn Tú, Bí thư Huyện ủy.")
    assert [(e.date, {p.person for p in e.participants}) for e in f.events] == [(date(2021, 1, 14), {"Kha Văn Tú"})]


def test_a_first_event_naming_no_one_is_led_by_the_leaders_named_before_its_date():
    f = facts_of("Ban Thường vụ Tỉnh ủy thành lập 2 đoàn công tác, đoàn 1 do đồng chí Kha Văn Phương - Bí thư Tỉnh ủy làm "
                 "trưởng đoàn làm việc với Ban Thường vụ Huyện ủy Yên Lạc. Đoàn 2 do đồng chí Lục Minh Tân - Phó Bí thư "
                 "Tỉnh ủy làm trưởng đoàn.\n\nThời gian các đoàn công tác làm việc với ban thường vụ các huyện ủy trực "
                 "thuộc Tỉnh ủy bắt đầu từ ngày 17/4 đến ngày 03/6/2016.", stamp=None)
    assert [(e.date, participants(f)) for e in f.events] == \
        [(date(2016, 4, 17), {("Kha Văn Phương", "chair"), ("Lục Minh Tân", "chair")})]


def test_a_chair_clause_after_a_semicolon_names_the_person_after_it_not_before():
    f = facts_of("Ngày 14/3/2024, HĐND xã Tân Mỹ tổ chức kỳ họp thứ 12. Dự kỳ họp có đồng chí Lý Văn Hòa - Bí thư "
                 "Đảng ủy xã; đồng chí Tạ Thị Nga - Phó Chủ tịch UBND xã; Chủ tọa kỳ họp là đồng chí Mạc Văn Bình - "
                 "Phó Chủ tịch HĐND xã.")
    assert participants(f) == {("Lý Văn Hòa", "attendee"), ("Tạ Thị Nga", "attendee"), ("Mạc Văn Bình", "chair")}


def test_a_team_named_by_its_leader_after_la_and_then_its_members():
    f = facts_of("Từ ngày 10/1 đến ngày 12/1, Hội đồng nhân dân xã phối hợp Ủy ban MTTQ xã tổ chức tiếp xúc cử tri.\n\n"
                 "Tại Tổ đại biểu số 1: tiếp xúc cử tri tại 5 thôn vào 19 giờ ngày 11/1 tại Trường Tiểu học Lê Văn "
                 "Tám. Tổ trưởng là bà Đỗ Thị Lan, Phó Chủ tịch HĐND xã và các đại biểu Hà Văn Minh; đại biểu Lý "
                 "Thị Hoa.")
    (event,) = [e for e in f.events if e.date == date(2021, 1, 11)]
    assert {(p.person, p.role) for p in event.participants} == {
        ("Đỗ Thị Lan", "chair"), ("Hà Văn Minh", "attendee"), ("Lý Thị Hoa", "attendee")}


def test_members_are_no_attendees_after_a_chair_not_named_by_la():
    f = facts_of("Sáng 15/3, Đảng ủy xã tổ chức hội nghị. Đồng chí Đỗ Thị Lan, Bí thư Đảng ủy xã chủ trì hội "
                 "nghị; các đại biểu đã nghe quyết định nghỉ hưu đối với ông Hà Văn Minh.")
    assert participants(f) == {("Đỗ Thị Lan", "chair")}


def test_a_festival_day_of_a_residential_area_is_an_event():
    f = facts_of("Chiều 12/11, đồng chí Hà Văn Sáu, Phó Chủ tịch UBND tỉnh đến dự Ngày hội Đại đoàn kết toàn dân tộc tại "
                 "thôn Đông Hòa, xã Tân Mỹ. Cùng dự có ông Lò Văn Tám, Chủ tịch UBND xã.")
    assert [(e.kind, e.date, {p.person for p in e.participants}) for e in f.events] == \
        [("other", date(2020, 11, 12), {"Hà Văn Sáu", "Lò Văn Tám"})]


def test_the_events_noun_and_co_near_the_opening_list_those_present():
    f = facts_of("Ngày 2/6/2021, Hội Nông dân huyện Tân An tổ chức Đại hội đại biểu lần thứ IX. Chúc mừng và chỉ "
                 "đạo Đại hội có Bí thư Huyện ủy Lê Văn Sáu; Phó Bí thư Huyện ủy Trần Thị Hạnh; Chủ tịch UBND "
                 "huyện Đỗ Minh Khoa.")
    assert participants(f) == {("Lê Văn Sáu", "attendee"), ("Trần Thị Hạnh", "attendee"),
                               ("Đỗ Minh Khoa", "attendee")}
    g = facts_of("Ngày 2/6/2021, Huyện ủy Tân An tổ chức hội nghị. Chủ trì hội nghị có đồng chí Lê Văn Sáu, "
                 "Bí thư Huyện ủy.")
    assert participants(g) == {("Lê Văn Sáu", "chair")}


def test_an_entry_going_on_with_cung_after_a_list_continues_it():
    f = facts_of("Ngày 11/3/2022, Hội Cựu chiến binh xã Tân An tổ chức Đại hội. Dự Đại hội có đồng chí Lê Văn "
                 "Sáu - Chủ tịch Hội Cựu chiến binh huyện. Đồng chí Trần Đức Hạnh - Bí thư Đảng ủy xã cùng các "
                 "đồng chí trong Ban Chấp hành Đảng bộ xã.")
    assert participants(f) == {("Lê Văn Sáu", "attendee"), ("Trần Đức Hạnh", "attendee")}
    g = facts_of("Ngày 11/3/2022, Hội Cựu chiến binh xã Tân An tổ chức Đại hội. Dự Đại hội có đồng chí Lê Văn "
                 "Sáu - Chủ tịch Hội Cựu chiến binh huyện. Đồng chí Trần Đức Hạnh - Bí thư Đảng ủy xã cùng gia "
                 "đình chuyển về quê.")
    assert ("Trần Đức Hạnh", "attendee") not in participants(g)


def test_a_veteran_who_took_part_in_the_revolution_is_no_attendee():
    f = facts_of("Sáng 30/3/2023, Đoàn công tác của Tỉnh ủy do đồng chí Lê Văn Sáu, Phó Bí thư Tỉnh ủy làm Trưởng "
                 "đoàn đến thăm các gia đình chính sách. Đoàn đã đến thăm Đại tá Trần Văn Mừng và thương binh "
                 "Đỗ Ngọc Sơn, (xã Tân An), tham gia cách mạng cả hai thời kỳ kháng chiến.")
    assert participants(f) == {("Lê Văn Sáu", "chair")}


def test_a_lead_opening_with_trong_ngay_and_naming_no_one_is_an_event():
    f = facts_of("Sáng 7/5/2020, Đảng bộ phường Tân An khai mạc phiên trù bị Đại hội đại biểu lần thứ X. Đồng chí "
                 "Lê Văn Sáu, Bí thư Đảng ủy phường chủ trì. Trong ngày 8-5, đại hội diễn ra phiên chính thức.")
    assert {e.date for e in f.events} == {date(2020, 5, 7), date(2020, 5, 8)}


def test_one_elected_head_of_a_delegation_attends_and_does_not_chair():
    f = facts_of("Chiều ngày 20/7/2021, Đoàn ĐBQH tỉnh Tân An tổ chức họp Đoàn để bầu Trưởng Đoàn ĐBQH tỉnh. "
                 "Kết quả: Ông Lê Văn Sáu – Bí thư Tỉnh ủy đã được 100% ĐBQH tỉnh thống nhất bầu làm Trưởng Đoàn "
                 "ĐBQH tỉnh Tân An khóa XV.")
    assert participants(f) == {("Lê Văn Sáu", "attendee")}


def test_an_undated_article_takes_the_year_its_heading_gives_the_month():
    f = facts_of("UBND xã Tân Hòa tổ chức phiên họp thường kỳ tháng 5/2016\n\n"
                 "Ngày 9/5, UBND xã Tân Hòa tổ chức phiên họp thường kỳ tháng 5 dưới sự chủ trì của đồng chí Lò "
                 "Văn Khuê, Chủ tịch UBND xã.", stamp=None)
    (event,) = f.events
    assert event.date == date(2016, 5, 9)


def test_an_anniversary_told_in_the_sentence_before_gives_the_year_of_its_day():
    f = facts_of("Nhân dịp kỷ niệm 70 năm Ngày thành lập Hội Cựu chiến binh (6/12/1949 - 6/12/2019). Sáng 6/12, Hội "
                 "Cựu chiến binh huyện tổ chức lễ kỷ niệm và tổng kết phong trào giai đoạn 1999 - 2019. Đến dự có "
                 "đồng chí Vi Văn Sang, Phó Bí thư Huyện ủy.", stamp=None)
    (event,) = f.events
    assert event.date == date(2019, 12, 6)


@pytest.mark.parametrize("lead", [
    "Sáng 9/1, xã Tân Hòa tổ chức kỷ niệm 55 năm ngày thành lập xã (1966 – 2021).",
    "Sáng 9/1, Đảng bộ xã Tân Hòa tổ chức trọng thể kỷ niệm 55 năm ngày thành lập.",
    "Vào ngày 9/1/2021 Khối Dân vận xã Tân Hòa tổ chức chương trình kỉ niệm ngày truyền thống.",
    "Sáng 9/1, Đoàn xã Tân Hòa tổ chức giải bóng chuyền thanh niên.",
])
def test_a_dated_lead_that_holds_a_commemoration_or_programme_is_an_event(lead):
    f = facts_of(lead + " Đến dự có đồng chí Hà Văn Thuận, Phó Bí thư Huyện ủy.")
    (event,) = f.events
    assert event.date == date(2021, 1, 9)
    assert participants(f) == {("Hà Văn Thuận", "attendee")}


def test_a_commemoration_named_only_in_passing_is_no_event():
    f = facts_of("Hướng tới kỷ niệm 55 năm ngày thành lập xã, Đảng ủy xã Tân Hòa đề nghị các chi bộ tổ chức thực "
                 "hiện tốt phong trào thi đua từ ngày 9/1.")
    assert f.events == []


def test_a_list_goes_on_under_the_heading_of_each_group():
    f = facts_of("Sáng 9/1, Hội Nông dân huyện tổ chức hội nghị điểm tại xã Tân Hòa. Đến dự hội nghị, về cấp huyện có "
                 "đồng chí Nông Văn Quý, Chủ tịch Hội Nông dân huyện. Về cấp xã: đồng chí Lục Thị Hằng - Bí thư Đảng "
                 "ủy xã, Thường trực UBND xã và các đồng chí đại diện các đoàn thể xã.")
    assert participants(f) == {("Nông Văn Quý", "attendee"), ("Lục Thị Hằng", "attendee")}
    f = facts_of("Tối 9/1, Đoàn xã Tân Hòa tổ chức lễ kết nạp đoàn viên mới.\n\nTham dự buổi lễ có các đồng chí:\n\n"
                 "Về phía lãnh đạo xã có đ/c Nông Văn Quý - Phó Bí thư Đảng ủy xã.\n\n"
                 "Về tổ chức Đoàn có đ/c Lục Thị Hằng - Bí thư Đoàn xã.")
    assert participants(f) == {("Nông Văn Quý", "attendee"), ("Lục Thị Hằng", "attendee")}


def test_the_items_of_a_list_with_no_full_stop_are_entries_not_captions():
    f = facts_of("Sáng 9/1, Chi bộ trường Mầm non Tân Hòa tổ chức Lễ kết nạp đảng viên mới.\n\nTới dự buổi lễ có:\n\n"
                 "– Về phía Đảng ủy xã:\n\n+ Bà Lục Thị Hằng, Phó Bí thư Đảng ủy xã.\n\n– Về phía Chi bộ trường:\n\n"
                 "+ Bà Đàm Thị Yên – Bí thư chi bộ\n\n+ Bà Mã Thị Lệ – Phó Bí thư chi bộ")
    assert participants(f) == {("Lục Thị Hằng", "attendee"), ("Đàm Thị Yên", "attendee"), ("Mã Thị Lệ", "attendee")}


def test_a_photo_caption_after_a_list_is_no_entry_of_it():
    f = facts_of("Sáng 9/1, Huyện ủy tổ chức hội nghị sơ kết. Tham dự có đồng chí Nông Văn Quý, Phó Bí thư Huyện ủy.\n\n"
                 "Đồng chí Lục Thị Hằng phát biểu tại hội nghị\n\n- Toàn cảnh hội nghị")
    assert ("Lục Thị Hằng", "attendee") not in participants(f)


def test_a_person_who_puts_a_draft_before_the_meeting_took_part():
    # 'X thông qua dự thảo …': X presented it ('Hội nghị đã thông qua' names no person)
    f = facts_of("Chiều ngày 4/11/2019, Thường trực HĐND xã tổ chức cuộc họp liên tịch. Chủ trì cuộc họp có "
                 "đồng chí Hà Văn Lộc, Chủ tịch HĐND xã.\n\n"
                 "Tại cuộc họp, bà Vi Thị Hằng – Phó Chủ tịch HĐND xã đã lần lượt thông qua dự kiến nội dung "
                 "kỳ họp. Cuộc họp đã thông qua các nội dung trên.")
    assert participants(f) == {("Hà Văn Lộc", "chair"), ("Vi Thị Hằng", "attendee")}


def test_on_lai_tells_a_speech_at_a_ceremony():
    f = facts_of("Sáng ngày 2/2/2020, Huyện ủy Phước Lâm tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đảng.\n\n"
                 "Tại buổi lễ, đồng chí Mạc Văn Tín – Trưởng Ban Tuyên giáo Huyện ủy đã ôn lại chặng đường "
                 "lịch sử vẻ vang của Đảng.")
    assert participants(f) == {("Mạc Văn Tín", "attendee")}


def test_a_speech_word_inside_a_title_is_no_speech():
    # 'Trưởng Ban Chỉ đạo', 'Phòng Văn hóa và Thông tin': the title holds the word, the person does nothing
    f = facts_of("Sáng ngày 2/2/2020, Huyện ủy Phước Lâm tổ chức hội nghị sơ kết công tác quý IV.\n\n"
                 "Ông Hà Minh Tâm, Phó Trưởng Ban Chỉ đạo phong trào toàn dân đoàn kết của xã, năm nay đã 70 tuổi.")
    assert participants(f) == set()


@pytest.mark.parametrize("sentence", [
    "Kỳ họp thứ mười HĐND xã Phước An dự kiến được tổ chức vào ngày 01/7/2023, do đồng chí Lê Văn Tịnh, Chủ tịch "
    "HĐND xã chủ trì.",
    "Đại hội Hội Nông dân xã sẽ khai mạc vào sáng 05/8/2023; đồng chí Lê Văn Tịnh, Bí thư Đảng ủy xã dự.",
    "Ngày 12/9/2023 tới, HĐND xã Phước An tổ chức kỳ họp thứ mười; đồng chí Lê Văn Tịnh, Chủ tịch HĐND xã chủ trì.",
])
def test_a_planned_day_is_no_event(sentence):
    assert not facts_of(sentence).events


def test_a_day_after_a_plan_word_and_a_comma_is_an_event():
    f = facts_of("Theo kế hoạch dự kiến, sáng 12/9/2023, HĐND xã Phước An tổ chức kỳ họp thứ mười. Đồng chí Lê Văn "
                 "Tịnh, Chủ tịch HĐND xã chủ trì kỳ họp.")
    (event,) = f.events
    assert event.date == date(2023, 9, 12)



def test_a_day_told_again_without_its_year_is_the_day_read_with_one():
    f = facts_of("Chiều 15/10, Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ III, năm 2019 tổ chức "
                 "Lễ viếng các Anh hùng liệt sĩ. Tham dự có đồng chí Lò Văn Thành, Phó Chủ tịch UBND tỉnh.\n\n"
                 "Chiều 15/10, tại Nghĩa trang Liệt sĩ tỉnh, đồng chí Hà Thị Lan, Phó Chủ tịch HĐND tỉnh dự Lễ "
                 "viếng.", stamp=None)
    assert [e.date for e in f.events] == [date(2019, 10, 15)]
    assert participants(f) == {("Lò Văn Thành", "attendee"), ("Hà Thị Lan", "attendee")}


def test_a_list_of_titles_then_names_after_dashes_chairs_together():
    f = facts_of("Chiều ngày 14/4/2022, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 7.\n\n"
                 "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn "
                 "ĐBQH tỉnh - Trần Văn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh – Lò Văn Tâm chủ trì hội nghị.")
    assert participants(f) == {("Nguyễn Văn Bình", "chair"), ("Trần Văn Lộc", "chair"), ("Lò Văn Tâm", "chair")}


def test_a_date_written_as_a_sentence_of_its_own_dates_the_event_told_next():
    f = facts_of("Sáng ngày 20/6/2021. Tại hội trường UBND xã. Hội Cựu chiến binh xã Yên Phú tổ chức Đại hội lần "
                 "thứ IV, nhiệm kỳ 2021 - 2026.\n\nVề dự Đại hội có ông Nguyễn Văn Bình, Chủ tịch Hội Cựu chiến binh "
                 "huyện.", stamp=None)
    (event,) = f.events
    assert event.date == date(2021, 6, 20) and event.part_of_day == "morning"
    assert participants(f) == {("Nguyễn Văn Bình", "attendee")}


def test_a_date_alone_does_not_reach_past_a_sentence_with_its_own_date():
    f = facts_of("Sáng ngày 20/6/2021. Ngày 21/6/2021, Hội Cựu chiến binh xã Yên Phú tổ chức Đại hội lần thứ IV. "
                 "Về dự có ông Nguyễn Văn Bình, Chủ tịch Hội Cựu chiến binh huyện.", stamp=None)
    assert [e.date for e in f.events] == [date(2021, 6, 21)]


def test_a_person_named_with_the_span_of_a_life_is_honoured_not_present():
    f = facts_of("Nhân kỷ niệm 110 năm ngày sinh đồng chí Nguyên Chủ tịch hội đồng Nhà nước Lê Văn Thành "
                 "(07/8/1912 - 07/8/2022); sáng ngày 07/8, Huyện ủy Tân Phú tổ chức lễ dâng hoa, dâng hương. "
                 "Tham dự có đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy.", stamp=None)
    assert participants(f) == {("Nguyễn Văn Bình", "attendee")}


def test_the_person_the_lead_honours_takes_no_part_when_named_again():
    f = facts_of("Nhân kỷ niệm 110 năm ngày sinh đồng chí Lê Văn Thành (1912 - 2022), sáng ngày 07/8/2022, Huyện ủy "
                 "Tân Phú tổ chức lễ dâng hương.\n\nTham dự lễ viếng hương tại nhà thờ đồng chí Chủ tịch hội đồng Nhà nước "
                 "Lê Văn Thành có đồng chí Nguyễn Văn Bình - Bí thư Huyện ủy; đồng chí Lò Thị Mai - Chủ tịch UBND "
                 "huyện.")
    assert {name for name, _ in participants(f)} == {"Nguyễn Văn Bình", "Lò Thị Mai"}


@pytest.mark.parametrize("said", [
    "Tại hội nghị, bà Lò Thị Mai, Chủ tịch Ủy ban MTTQ xã cho biết năm qua xã vận động được 120 triệu đồng.",
    "Bà Lò Thị Mai, Chủ tịch UBND xã đã tiếp thu, giải đáp các ý kiến của cử tri.",
    "Trả lời ý kiến cử tri, bà Lò Thị Mai, Chủ tịch UBND xã cho rằng việc sửa đường sẽ làm trong quý tới.",
    "Bà Lò Thị Mai, Bí thư Đảng ủy xã khẳng định sẽ tiếp tục chăm lo đời sống nhân dân.",
    "Bà Lò Thị Mai, Bí thư Đảng ủy xã bày tỏ vui mừng trước kết quả đạt được.",
])
def test_who_answers_reports_or_affirms_at_the_event_took_part(said):
    f = facts_of("Sáng 5/1, UBND xã Tân Phú tổ chức hội nghị tiếp xúc cử tri.\n\n" + said)
    assert participants(f) == {("Lò Thị Mai", "attendee")}


def test_a_date_told_at_the_event_opens_no_event_of_its_own():
    f = facts_of("Sáng 6/1, Ủy ban MTTQ xã Tân Phú tổ chức hội nghị lấy ý kiến cử tri nơi cư trú.\n\n"
                 "Tại hội nghị, bà Lò Thị Mai, Chủ tịch Ủy ban MTTQ xã cho biết thời gian lấy ý kiến cử tri là từ "
                 "04/1 đến 08/1.\n\nĐến dự hội nghị có ông Nguyễn Văn Bình, Bí thư Đảng ủy xã.")
    (event,) = f.events
    assert event.date == date(2021, 1, 6)
    assert participants(f) == {("Lò Thị Mai", "attendee"), ("Nguyễn Văn Bình", "attendee")}


def test_a_dated_sentence_that_opens_at_an_event_is_a_lead_when_no_event_came_before():
    f = facts_of("Trong buổi làm việc, ngày 6/1, đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy yêu cầu xã đẩy nhanh "
                 "tiến độ.")
    assert [e.date for e in f.events] == [date(2021, 1, 6)]


def test_an_undated_day_takes_the_year_its_paragraph_states_before_it():
    opening = ("Thực hiện chương trình công tác Đoàn năm 2024. Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn "
               "(26/3/1931 - 26/3/2024). ")
    lead = "Tối ngày 25/3, Đoàn xã Tân Phú tổ chức lễ kết nạp đoàn viên mới. Dự lễ có đồng chí Nguyễn Văn Bình."
    (event,) = facts_of(opening + lead, stamp=None).events
    assert event.date == date(2024, 3, 25)
    (event,) = facts_of(opening + "\n\n" + lead, stamp=None).events  # another paragraph says nothing of its year
    assert event.date is None
    (event,) = facts_of("Năm 2023, Đoàn xã kết nạp 20 đoàn viên. " + opening + lead, stamp=None).events
    assert event.date is None  # two years stated: none is taken


def test_also_on_the_same_day_opens_another_event():
    f = facts_of("Chiều 15/10, Ban Chỉ đạo Đại hội tổ chức Lễ viếng các Anh hùng liệt sĩ tại Nghĩa trang Liệt sĩ "
                 "huyện. Tham dự có đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND huyện.\n\n"
                 "Cũng trong chiều 15/10, tại Trung tâm Hội nghị huyện đã diễn ra phiên trù bị Đại hội đại biểu các "
                 "dân tộc thiểu số huyện. Phát biểu tại phiên trù bị, bà Lò Thị Mai, Trưởng Ban Dân tộc huyện nêu rõ "
                 "yêu cầu của Đại hội.")
    by_kind = {e.kind: {(p.person, p.role) for p in e.participants} for e in f.events}
    assert by_kind == {"other": {("Nguyễn Văn Bình", "attendee")}, "congress": {("Lò Thị Mai", "attendee")}}


def test_a_lead_told_again_on_its_day_is_the_same_event():
    lead = "Sáng 12/6, Đảng bộ xã Tân Phú long trọng tổ chức Đại hội đại biểu lần thứ XX."
    f = facts_of(lead + "\n\n" + lead + " Dự Đại hội có đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy.")
    (event,) = f.events
    assert participants(f) == {("Nguyễn Văn Bình", "attendee")}


def test_a_digest_tells_two_events_on_one_day():
    f = facts_of("Chiều 16/7, đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy đã làm việc với lãnh đạo huyện Tân Phú về "
                 "công tác xây dựng Đảng.\n\n"
                 "Chiều 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị Ủy ban MTTQ Việt Nam huyện "
                 "lần thứ 5. Tham dự hội nghị có đồng chí Lò Thị Mai, Phó Chủ tịch UBND huyện.")
    by_kind = {e.kind: {p.person for p in e.participants} for e in f.events}
    assert by_kind == {"meeting": {"Nguyễn Văn Bình"}, "conference": {"Lò Thị Mai"}}


def test_a_lead_told_again_that_names_the_same_person_is_the_same_event():
    f = facts_of("Sáng 12/6, đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy dự Đại hội đại biểu Đảng bộ xã Tân Phú.\n\n"
                 "Sáng 12/6, Đảng bộ xã Tân Phú long trọng tổ chức Đại hội đại biểu lần thứ XX. Phát biểu chỉ đạo "
                 "Đại hội, đồng chí Nguyễn Văn Bình đề nghị xã phát huy truyền thống. Dự Đại hội có bà Lò Thị Mai, "
                 "Phó Chủ tịch UBND huyện.")
    (event,) = f.events
    assert {p.person for p in event.participants} == {"Nguyễn Văn Bình", "Lò Thị Mai"}


def test_the_subject_of_a_sentence_that_opens_at_the_event_was_there():
    lead = "Sáng 5/1, UBND xã Tân Phú tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
    f = facts_of(lead + "Tại hội nghị, đồng chí Lò Thị Mai, Phó Chủ tịch UBND xã thông tin về tình hình kinh tế.")
    assert participants(f) == {("Lò Thị Mai", "attendee")}
    f = facts_of(lead + "Tại hội nghị, các đại biểu thống nhất giới thiệu ông Lò Văn Nam làm tổ trưởng.")
    assert participants(f) == set()  # named after the verb: not the subject


def test_an_earlier_day_that_names_only_whom_a_decision_was_about_is_told_back():
    f = facts_of("Chiều 15/11, Thường trực HĐND tỉnh tổ chức lễ công bố quyết định điều động cán bộ.\n\n"
                 "Ngày 2/10/2020, kỳ họp HĐND tỉnh đã ban hành Nghị quyết xác nhận kết quả bầu bổ sung đối với "
                 "đồng chí Lò Văn Nam, Bí thư Thị ủy.\n\n"
                 "Tại lễ công bố, Bí thư Tỉnh ủy Nguyễn Văn Bình đã trao quyết định cho đồng chí Lò Văn Nam.",
                 stamp="Print Thứ Hai, 16/11/2020 08:00")
    lead = next(e for e in f.events if e.date == date(2020, 11, 15))
    assert {(p.person, p.role) for p in lead.participants} == {("Nguyễn Văn Bình", "attendee"),
                                                               ("Lò Văn Nam", "attendee")}


def test_lines_with_no_full_stop_under_a_list_of_those_present_are_its_entries():
    lead = "Sáng 5/1, UBND xã Tân Phú tổ chức hội nghị tổng kết công tác năm 2020.\n\nTham dự hội nghị có:\n\n"
    f = facts_of(lead + "Đồng chí Nguyễn Văn Bình – Phó Bí thư Huyện ủy\n\nĐồng chí Lò Thị Mai – Chủ tịch UBND xã")
    assert participants(f) == {("Nguyễn Văn Bình", "attendee"), ("Lò Thị Mai", "attendee")}
    f = facts_of(lead + "Đồng chí Nguyễn Văn Bình – Phó Bí thư Huyện ủy\n\n"
                        "Đồng chí Lò Thị Mai phát biểu tại hội nghị")  # a photo's caption, not an entry
    assert participants(f) == {("Nguyễn Văn Bình", "attendee")}


def test_a_sentence_above_the_lead_that_says_who_attended_the_same_event_tells_of_it():
    lead = "Sáng 5/1, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ XX. Dự Đại hội có bà Lò Thị Mai."
    f = facts_of("Bí thư Huyện ủy Nguyễn Văn Bình dự và chỉ đạo Đại hội.\n\n" + lead)
    assert participants(f) == {("Nguyễn Văn Bình", "attendee"), ("Lò Thị Mai", "attendee")}
    f = facts_of("Bí thư Huyện ủy Nguyễn Văn Bình dự hội nghị tổng kết của tỉnh.\n\n" + lead)  # another event
    assert participants(f) == {("Lò Thị Mai", "attendee")}


def test_an_earlier_day_opening_its_own_paragraph_with_its_chair_after_it_is_an_event_of_its_own():
    digest = ("Sáng ngày 10/5, Thường trực HĐND huyện Mường Lát tổ chức phiên họp thường lệ tháng 5. Đồng chí "
              "Hà Văn Sáu - Chủ tịch HĐND huyện chủ trì phiên họp.\n\n"
              "Ngày 7/5, Ban Chỉ đạo Ngày hội văn hóa huyện Mường Lát họp triển khai kế hoạch. Đồng chí "
              "Lò Văn Kiên - Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì cuộc họp.")
    f = facts_of(digest)
    assert {(e.date, p.person, p.role) for e in f.events for p in e.participants} == \
        {(date(2020, 5, 10), "Hà Văn Sáu", "chair"), (date(2020, 5, 7), "Lò Văn Kiên", "chair")}
    # inside the lead's paragraph the earlier day is read as recalled in its account, as before
    f = facts_of(digest.replace(".\n\nNgày 7/5", ". Ngày 7/5"))
    assert {(e.date, p.person) for e in f.events for p in e.participants} == \
        {(date(2020, 5, 10), "Hà Văn Sáu"), (date(2020, 5, 10), "Lò Văn Kiên")}
