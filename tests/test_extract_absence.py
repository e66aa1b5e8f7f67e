"""Persons shown as not taking part: who sends flowers, whose words are recalled, whom the event honours or visits."""
from extract_helpers import facts_of, participants


def test_who_sends_flowers_was_not_there():
    f = facts_of("Sáng 16-10, Đảng ủy xã Nam Hưng tổ chức lễ kỷ niệm 75 năm ngày thành lập Đảng bộ xã. "
                 "Dự lễ có đồng chí Lê Văn Tâm, Bí thư Huyện ủy.\n\n"
                 "Đồng chí Thượng tướng Phan Quốc Vinh, Thứ trưởng Bộ Công an gửi lẵng hoa chúc mừng Đảng bộ xã.\n\n"
                 "Đồng chí Bí thư Tỉnh ủy Hồ Gia Lâm tặng lẵng hoa chúc mừng Đảng bộ xã.")
    names = {p for p, _ in participants(f)}
    assert "Phan Quốc Vinh" not in names
    assert {"Lê Văn Tâm", "Hồ Gia Lâm"} <= names  # handing flowers over in person is taking part


def test_the_person_an_event_honours_takes_no_part():
    f = facts_of("Nhân kỷ niệm 110 năm Ngày sinh Tổng Bí thư Lạc Văn Quý (1/7/1911 - 1/7/2021), sáng 1/7, Đoàn đại biểu "
                 "tỉnh do đồng chí Tô Minh Khang, Bí thư Tỉnh ủy dẫn đầu đã đến dâng hoa tại Tượng đài Tổng Bí thư "
                 "Lạc Văn Quý.")
    assert participants(f) == {("Tô Minh Khang", "chair")}


def test_the_person_a_decision_is_about_is_no_attendee_but_one_handed_it_is():
    f = facts_of("Ngày 1/11, HĐND phường Yên Lạc tổ chức kỳ họp thứ 18. Dự kỳ họp có ông Kha Văn Tú, Bí thư Đảng ủy "
                 "phường.\n\n100% đại biểu HĐND dự họp đã biểu quyết nhất trí miễn nhiệm chức danh Chủ tịch HĐND "
                 "phường đối với bà Lục Thị Oanh, Chủ tịch HĐND phường.")
    assert participants(f) == {("Kha Văn Tú", "attendee")}
    f = facts_of("Chiều 23/1, Bộ Công an tổ chức lễ công bố quyết định. Dự lễ có ông Kha Văn Tú, Thứ trưởng Bộ Công an. "
                 "Tại buổi lễ, ông Kha Văn Tú trao quyết định thăng cấp bậc hàm đối với ông Lục Văn Sáng, Cục trưởng.")
    assert participants(f) == {("Kha Văn Tú", "attendee"), ("Lục Văn Sáng", "attendee")}


def test_the_speaker_an_assembly_heard_took_part():
    f = facts_of("Ngày 1/11, HĐND phường Yên Lạc tổ chức kỳ họp thứ 18. Tại kỳ họp, các đại biểu đã nghe ông: Lò Văn "
                 "Khiêm – Chủ tịch Ủy ban MTTQ phường dự thảo tờ trình miễn nhiệm.")
    assert participants(f) == {("Lò Văn Khiêm", "attendee")}


def test_the_person_a_visit_calls_on_takes_no_part():
    f = facts_of("Sáng 27/7, đồng chí Hà Văn Sáu, Bí thư Huyện ủy đến thăm cụ ông Lý Văn Bảy, cán bộ lão thành cách "
                 "mạng, thăm hỏi sức khỏe Mẹ Việt Nam anh hùng Lò Thị Chín và thăm gia đình ông Đỗ Văn Mười. Cùng đi "
                 "thăm có đồng chí Lò Thị Tám, Chủ tịch UBND huyện.")
    assert participants(f) == {("Hà Văn Sáu", "attendee"), ("Lò Thị Tám", "attendee")}


def test_the_person_an_election_replaces_is_no_attendee():
    f = facts_of("Tại Hội nghị Ban Chấp hành Đảng bộ huyện Mường Lát ngày 12/3/2024, ông Hà Văn Sáu, Phó Bí thư Huyện "
                 "ủy đã được bầu giữ chức Bí thư Huyện ủy thay ông Đinh Văn Tám; ông Lục Văn Mười được bầu giữ chức "
                 "Phó Bí thư Huyện ủy thay cho bà Lò Thị Chín.")
    names = {p for p, _ in participants(f)}
    assert {"Hà Văn Sáu", "Lục Văn Mười"} <= names
    assert not names & {"Đinh Văn Tám", "Lò Thị Chín"}


def test_thay_mat_is_no_replacement():
    f = facts_of("Ngày 12/3, Huyện ủy Mường Lát tổ chức lễ kỷ niệm. Thay mặt lãnh đạo huyện, đồng chí Hà Văn Sáu, "
                 "Bí thư Huyện ủy phát biểu.")
    assert participants(f) == {("Hà Văn Sáu", "attendee")}
