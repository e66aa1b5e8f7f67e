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


# Round twelve, names12b: the kinds heldout12 showed, each on sentences written for it (invented names).

KON_TUM = "Sáng 14-1, Đảng bộ thị trấn Tân Lập tổ chức đại hội."


def test_a_highland_name_of_two_words_joined_to_its_title_after_dong_chi():
    # 'A' (Ba Na, Xơ Đăng men) and 'Ya' open a name where an entry opens; no dash or comma before the title
    f = facts_of(KON_TUM + " Dự có đồng chí A Lực Phó Bí thư Thường trực huyện ủy, Chủ tịch HĐND huyện; đồng "
                           "chí Ya Kiêm - Phó Bí thư Huyện ủy; ông Lê Hùng Chủ tịch UBND xã.")
    assert titles_of(f, "A Lực") == {"Phó Bí thư Thường trực huyện ủy", "Chủ tịch HĐND huyện"}
    assert titles_of(f, "Ya Kiêm") == {"Phó Bí thư Huyện ủy"}
    assert titles_of(f, "Lê Hùng") == {"Chủ tịch UBND xã"}


def test_a_ka_name_of_the_k_ho_is_a_person_where_an_entry_opens():
    f = facts_of(KON_TUM + " Dự có bà Ka Hiền, Chủ tịch Hội LHPN xã.")
    assert titles_of(f, "Ka Hiền") == {"Chủ tịch Hội LHPN xã"}


def test_a_body_word_after_a_marker_is_still_no_two_word_name():
    f = facts_of(KON_TUM + " Đoàn Chủ tịch điều hành đại hội; đồng chí Ban Chấp hành khóa mới ra mắt.")
    assert not f.persons


def test_a_page_s_font_size_buttons_are_no_person():
    f = facts_of("Cỡ chữ: A+ A A-\n" + KON_TUM + " Dự có đồng chí A Lực, Bí thư Huyện ủy.")
    assert "A A" not in f.persons
    assert "A Lực" in f.persons


def test_su_is_a_family_name():
    f = facts_of(KON_TUM + " Hội nghị bầu đồng chí Sử Thanh Bình - Phó Bí thư Huyện ủy giữ chức Bí thư Huyện ủy."
                           " Sử dụng nguồn vốn đúng mục đích, đồng chí nói.")
    assert "Sử Thanh Bình" in f.persons
    assert "Phó Bí thư Huyện ủy" in titles_of(f, "Sử Thanh Bình")


def test_a_marker_glued_to_the_name_by_a_lost_space():
    f = facts_of(KON_TUM + " Về dự có: Đồng chíPhan Bá Lộc – Chuyên viên Ban Dân vận Huyện ủy; đồng chí Lê Văn Tú"
                           " – Bí thư Huyện đoàn. Thương hiệu iPhone và eKYC không tách.")
    assert titles_of(f, "Phan Bá Lộc") == {"Chuyên viên Ban Dân vận Huyện ủy"}
    assert "Lê Văn Tú" in f.persons


def test_the_capitalised_words_of_an_armed_force_or_an_honour_are_no_name():
    f = facts_of(KON_TUM + " Dự có đồng chí Trần Văn Lực – Anh hùng lực lượng Vũ Trang Nhân dân; ông Vũ Trang Minh,"
                           " Chủ tịch UBND xã; các gia đình được tặng Huân chương Lao Động hạng Ba.")
    assert "Vũ Trang Nhân" not in f.persons
    assert titles_of(f, "Vũ Trang Minh") == {"Chủ tịch UBND xã"}
    assert "Trần Văn Lực" in f.persons


def test_a_former_province_is_a_place_not_a_person():
    f = facts_of(KON_TUM + " Đảng viên Lê Văn Tư, quê quán xã Yên Sơn, huyện Chương Mỹ, tỉnh Hà Tây, nhận huy hiệu;"
                           " ông Nguyễn Văn Hòa quê tỉnh Nghĩa Bình.")
    assert not {"Hà Tây", "Nghĩa Bình"} & set(f.persons)
    assert {"Lê Văn Tư", "Nguyễn Văn Hòa"} <= set(f.persons)
