"""Who took part in a ceremony: those handed an award or a decision there; not those given one posthumously,
not those who only sent flowers, and not persons named in a sentence that describes a photo."""
from extract_helpers import facts_of, participants

from kg.extract.photos import describes_a_photo

LEAD = "Chiều 12/1, Thường trực Tỉnh ủy tổ chức lễ trao tặng Huân chương cho các vị nguyên lãnh đạo tỉnh. "


def test_recipients_of_awards_at_the_ceremony_take_part():
    f = facts_of(LEAD + "Dự lễ có ông Lê Văn Tâm - Bí thư Tỉnh ủy.\n\n"
                 "Tại buổi lễ, ông Lê Văn Tâm đã trao tặng Huân chương cho các vị, cụ thể: Tặng Huân chương Lao động "
                 "hạng Nhất cho ông Đỗ Văn Khải - nguyên Phó Bí thư Tỉnh ủy; tặng Huân chương Lao động hạng Ba cho 2 "
                 "ông Hà Minh Lộc - nguyên Trưởng Ban Tổ chức Tỉnh ủy và Vương Đình Sơn - nguyên Chánh Văn phòng "
                 "Tỉnh ủy.")
    assert participants(f) == {("Lê Văn Tâm", "attendee"), ("Đỗ Văn Khải", "attendee"),
                               ("Hà Minh Lộc", "attendee"), ("Vương Đình Sơn", "attendee")}


def test_a_posthumous_award_names_no_participant():
    f = facts_of(LEAD + "Dự lễ có ông Lê Văn Tâm - Bí thư Tỉnh ủy.\n\n"
                 "Trong dịp này, Chủ tịch nước cũng đã truy tặng Huân chương Độc lập hạng Ba cho ông Quách Văn Nhân - "
                 "nguyên Trưởng Ban Tuyên giáo Tỉnh ủy.")
    assert participants(f) == {("Lê Văn Tâm", "attendee")}


def test_the_person_handed_a_decision_takes_part():
    f = facts_of("Sáng 5/1, Ban Thường vụ Huyện ủy tổ chức lễ công bố quyết định về công tác cán bộ.\n\n"
                 "Tại buổi lễ, đồng chí Trịnh Văn Hưng, Bí thư Huyện ủy đã trao quyết định cho đồng chí Mạc Thị Thu "
                 "và phát biểu giao nhiệm vụ.")
    assert participants(f) == {("Trịnh Văn Hưng", "attendee"), ("Mạc Thị Thu", "attendee")}


def test_trao_doi_is_no_handing_over():
    f = facts_of("Sáng 5/1, Ban Thường vụ Huyện ủy tổ chức hội nghị về công tác cán bộ.\n\n"
                 "Các đại biểu đã trao đổi nhiều ý kiến, làm rõ thêm cho ông Mạc Văn Thu.")
    assert ("Mạc Văn Thu", "attendee") not in participants(f)


def test_who_sends_flowers_was_not_there():
    f = facts_of("Sáng 16-10, Đảng ủy xã Nam Hưng tổ chức lễ kỷ niệm 75 năm ngày thành lập Đảng bộ xã. "
                 "Dự lễ có đồng chí Lê Văn Tâm, Bí thư Huyện ủy.\n\n"
                 "Đồng chí Thượng tướng Phan Quốc Vinh, Thứ trưởng Bộ Công an gửi lẵng hoa chúc mừng Đảng bộ xã.\n\n"
                 "Đồng chí Bí thư Tỉnh ủy Hồ Gia Lâm tặng lẵng hoa chúc mừng Đảng bộ xã.")
    names = {p for p, _ in participants(f)}
    assert "Phan Quốc Vinh" not in names
    assert {"Lê Văn Tâm", "Hồ Gia Lâm"} <= names  # handing flowers over in person is taking part


def test_a_sentence_that_places_persons_in_a_photo_names_no_participant():
    f = facts_of("Chiều 13/10, Thành ủy tổ chức lễ trao quyết định cán bộ. Đồng chí Lưu Văn Phước, Phó Bí thư Thành "
                 "ủy chủ trì buổi lễ.\n\n"
                 "Phó Bí thư Thành ủy Lưu Văn Phước trao quyết định cho ông Kha Minh Đạt (ngoài cùng bên phải).")
    assert participants(f) == {("Lưu Văn Phước", "chair")}


def test_photo_positions_and_credits():
    assert describes_a_photo("Đồng chí Lê Văn An (thứ hai từ trái sang) tặng hoa chúc mừng.")
    assert describes_a_photo("Lãnh đạo huyện trao quyết định cho ông Lê Văn An (bên phải).")
    assert describes_a_photo("Lãnh đạo huyện trao quyết định (Ảnh: Minh Khoa).")
    assert not describes_a_photo("Đại hội bầu 15 đồng chí (trong đó có 3 nữ) vào Ban Chấp hành.")


def test_the_person_an_event_honours_takes_no_part():
    f = facts_of("Nhân kỷ niệm 110 năm Ngày sinh Tổng Bí thư Lạc Văn Quý (1/7/1911 - 1/7/2021), sáng 1/7, Đoàn đại biểu "
                 "tỉnh do đồng chí Tô Minh Khang, Bí thư Tỉnh ủy dẫn đầu đã đến dâng hoa tại Tượng đài Tổng Bí thư "
                 "Lạc Văn Quý.")
    assert participants(f) == {("Tô Minh Khang", "chair")}


def test_a_festival_and_laying_flowers_are_events():
    f = facts_of("Ngày 16/11, ông Lê Văn Tâm, Bí thư Tỉnh ủy đã đến chung vui Ngày hội Đại đoàn kết toàn dân tộc tại "
                 "khu dân cư số 2.")
    assert [(e.kind, e.date.isoformat()) for e in f.events] == [("other", "2020-11-16")]
