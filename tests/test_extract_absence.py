"""Persons shown as not taking part: who sends flowers, whose words are recalled, whom the event honours."""
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
