"""Round twelve of persons: the kinds of misread names that are facts of the genre, each on sentences written
for it (invented names): family names the list lacked, a name never begun at its middle name, the years of the
lunar cycle, the President named in history, sentences in capitals, and bylines with a second name or a unit."""
from extract_helpers import facts_of, titles_of

LEAD = "Sáng 14-1, HĐND xã Tân Lập tổ chức kỳ họp thứ 5. Dự kỳ họp có ông Trần Văn Nam, Chủ tịch UBND huyện."


def test_family_names_of_the_documented_tables_open_a_name():
    f = facts_of(LEAD + " Dự có đồng chí Quản Văn Tình, Phó Chủ tịch UBND xã; bà Liên Thị Hoa, Chủ tịch Hội LHPN "
                        "xã; ông Liên Minh Tú - Bí thư Đảng ủy phường; ông Chẩu Văn Páo, Trưởng bản.")
    assert titles_of(f, "Quản Văn Tình") == {"Phó Chủ tịch UBND xã"}
    assert titles_of(f, "Liên Thị Hoa") == {"Chủ tịch Hội LHPN xã"}
    assert titles_of(f, "Liên Minh Tú") == {"Bí thư Đảng ủy phường"}
    assert "Chẩu Văn Páo" in f.persons


def test_a_name_is_never_begun_at_its_middle_name():
    # 'Tuyên' and 'Hiệp' are words inside bodies' names ('Ban Tuyên giáo', 'Hội Liên hiệp'), no family names
    # of the list: after a person marker they are the family name, and 'Văn' / 'Thị' the middle name
    f = facts_of(LEAD + " Dự có đồng chí Tuyên Văn Tình, Phó Chủ tịch UBND xã; bà Hiệp Thị Hoa, Chủ tịch Hội "
                        "LHPN xã.")
    assert titles_of(f, "Tuyên Văn Tình") == {"Phó Chủ tịch UBND xã"}
    assert titles_of(f, "Hiệp Thị Hoa") == {"Chủ tịch Hội LHPN xã"}
    assert "Văn Tình" not in f.persons and "Thị Hoa" not in f.persons


def test_a_body_word_before_a_middle_name_is_still_no_name():
    f = facts_of(LEAD + " Ông Trưởng Văn phòng Huyện ủy phát biểu.")
    assert not [p for p in f.persons if "Văn" in p and p != "Trần Văn Nam"]


def test_a_year_of_the_lunar_cycle_is_no_person():
    f = facts_of(LEAD + " Mừng xuân Đinh Dậu, Tết Giáp Thìn và Canh Tý, đồng chí Nhâm Văn Lực thăm các gia đình.")
    assert "Nhâm Văn Lực" in f.persons
    assert not {"Đinh Dậu", "Giáp Thìn", "Canh Tý"} & set(f.persons)


def test_the_president_named_in_history_is_a_person_without_a_post_or_a_part():
    f = facts_of("Sáng 3-2-2021, Đảng ủy xã Tân Lập tổ chức lễ kỷ niệm ngày thành lập Đảng do Chủ tịch Hồ Chí "
                 "Minh sáng lập. Dự có ông Trần Văn Nam, Chủ tịch UBND huyện.")
    assert "Hồ Chí Minh" in f.persons
    assert not titles_of(f, "Hồ Chí Minh")
    assert all(p.person != "Hồ Chí Minh" for e in f.events for p in e.participants)


def test_the_name_of_the_city_a_youth_union_or_a_memorial_is_no_person():
    f = facts_of(LEAD + " Đoàn viên học tập tư tưởng Hồ Chí Minh, viếng Lăng Chủ tịch Hồ Chí Minh và thăm Bảo "
                        "tàng Hồ Chí Minh tại TP Hồ Chí Minh cùng Đoàn TNCS Hồ Chí Minh huyện.")
    assert "Hồ Chí Minh" not in f.persons


def test_a_name_in_a_sentence_in_capitals_is_read():
    f = facts_of(LEAD + "\nĐỒNG CHÍ NGUYỄN VĂN BÌNH, BÍ THƯ HUYỆN ỦY PHÁT BIỂU TẠI KỲ HỌP.\n"
                        "CHỦ TỊCH UBND XÃ LÊ VĂN HÙNG TRAO QUÀ CHO CÁC HỘ NGHÈO.\nKỳ họp kết thúc lúc 11 giờ.")
    assert "Nguyễn Văn Bình" in f.persons
    assert {t.casefold() for t in titles_of(f, "Nguyễn Văn Bình")} == {"bí thư huyện ủy"}
    assert "Lê Văn Hùng" in f.persons


def test_a_heading_in_capitals_names_nobody():
    f = facts_of(LEAD + "\nXÂY DỰNG TUYẾN PHỐ VĂN MINH ĐÔ THỊ ĐƯỜNG LÊ VĂN TÁM PHƯỜNG TÂN LẬP.\nKỳ họp kết thúc.")
    assert set(f.persons) == {"Trần Văn Nam"}


def test_a_byline_of_two_names_joined_by_a_dash_gives_two_persons():
    f = facts_of(LEAD + "\nNgọc Mai - Thanh Bình")
    assert {"Ngọc Mai", "Thanh Bình"} <= set(f.persons)


def test_a_byline_with_the_author_s_unit_after_a_dash_gives_the_author():
    f = facts_of(LEAD + "\nTin, ảnh: Hoàng Anh - Trung tâm VH-TT huyện")
    assert "Hoàng Anh" in f.persons
    assert not [p for p in f.persons if "Trung" in p]


def test_a_caption_in_capitals_with_a_person_marker_is_no_byline():
    f = facts_of(LEAD + "\nÔNG PHẠM QUANG HÒA - BÍ THƯ ĐẢNG ỦY XÃ PHÁT BIỂU CHỈ ĐẠO.")
    assert "Phạm Quang Hòa" in f.persons
    assert not [p for p in f.persons if p.casefold().startswith("ông")]


def test_a_site_header_naming_a_place_is_no_byline():
    f = facts_of(LEAD + "\nXã Tân Lập - Đồng Phú - Bình Phước")
    assert set(f.persons) == {"Trần Văn Nam"}
