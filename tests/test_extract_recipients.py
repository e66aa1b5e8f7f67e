"""Who took part in a ceremony: those handed an award or a decision there, not those given one posthumously."""
from extract_helpers import facts_of, participants

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


def test_those_listed_after_duoc_trao_quyet_dinh_gom_received_it():
    f = facts_of("Chiều 8/9, Ban Thường vụ Huyện ủy tổ chức hội nghị công bố và trao quyết định về công tác cán bộ.\n\n"
                 "Tại hội nghị, có 2 đồng chí được trao quyết định nhận nhiệm vụ mới, gồm: Điều động đồng chí Kha Minh "
                 "Tùng - Bí thư Đảng ủy thị trấn đến nhận công tác tại Phòng Văn hóa và Thông tin huyện; điều động, chỉ "
                 "định đồng chí Lục Thanh Tuấn - Chủ tịch Ủy ban MTTQ huyện giữ chức Bí thư Đảng ủy thị trấn.")
    assert participants(f) == {("Kha Minh Tùng", "attendee"), ("Lục Thanh Tuấn", "attendee")}
