"""Persons and their titles: each test is one rule, on sentences written for it."""
from extract_helpers import bodies_of, facts_of, titles_of

HAI_DUONG = "Sáng 14-1, Ban Thường vụ Tỉnh ủy Hải Dương làm việc với Huyện ủy Thanh Hà."


def test_apposition_titles_after_the_name_split_at_commas_and_semicolons():
    f = facts_of(HAI_DUONG + " Cùng dự có các đồng chí: Phạm Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, "
                             "Trưởng Ban Dân vận Tỉnh ủy; Lê Thị Hạnh, Phó Chủ tịch UBND tỉnh.")
    assert titles_of(f, "Phạm Văn Khải") == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"}
    assert titles_of(f, "Lê Thị Hạnh") == {"Phó Chủ tịch UBND tỉnh"}


def test_titles_separated_by_dashes():
    f = facts_of(HAI_DUONG + " Dự buổi làm việc có đồng chí Trịnh Quang Huy - Tỉnh ủy viên - Bí thư Huyện ủy, "
                             "Chủ tịch HĐND huyện.")
    assert titles_of(f, "Trịnh Quang Huy") == {"Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}


def test_a_title_that_contains_a_comma_is_not_split():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Vương Thị Lan, Tổ trưởng Tổ xây dựng Đảng, hệ thống chính trị "
                             "làm Trưởng đoàn.")
    assert "Tổ trưởng Tổ xây dựng Đảng, hệ thống chính trị" in titles_of(f, "Vương Thị Lan")


def test_titles_written_before_the_name_joined_by_commas():
    f = facts_of("Chiều 20/3, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hoàng Đức Mạnh làm việc với "
                 "Huyện ủy Thanh Hà.")
    assert titles_of(f, "Hoàng Đức Mạnh") == {"Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"}


def test_a_heading_shared_by_a_list_of_name_first_entries():
    f = facts_of(HAI_DUONG + " Dự Hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Đinh Công Sơn, Chủ tịch UBND "
                             "tỉnh; Mai Thị Hoa, Chủ tịch HĐND tỉnh.")
    assert titles_of(f, "Đinh Công Sơn") == {"Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"}
    assert titles_of(f, "Mai Thị Hoa") == {"Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"}


def test_a_plural_heading_over_bare_names():
    f = facts_of("Sáng 3/2, Hội nghị có sự tham dự của các Ủy viên Bộ Chính trị: Trương Văn Đức, Lò Minh Tâm.")
    assert titles_of(f, "Trương Văn Đức") == {"Ủy viên Bộ Chính trị"}
    assert titles_of(f, "Lò Minh Tâm") == {"Ủy viên Bộ Chính trị"}


def test_a_heading_over_title_first_entries_stops_at_the_semicolon():
    f = facts_of("Sáng 3/2, dự có các đồng chí Ủy viên Bộ Chính trị: Trưởng Ban Nội chính Trung ương Tạ Văn "
                 "Hùng; Chánh Văn phòng Trung ương Đảng Ngô Thị Mai.")
    assert titles_of(f, "Tạ Văn Hùng") == {"Ủy viên Bộ Chính trị", "Trưởng Ban Nội chính Trung ương"}
    assert titles_of(f, "Ngô Thị Mai") == {"Chánh Văn phòng Trung ương Đảng"}


def test_bare_names_after_a_role_are_persons_without_titles():
    f = facts_of(HAI_DUONG + " Tham dự có các đồng chí Lý Văn Bình, Tạ Thu Trang và Kiều Minh Đạt.")
    assert {"Lý Văn Bình", "Tạ Thu Trang", "Kiều Minh Đạt"} <= set(f.persons)


def test_lower_case_role_after_lam_goes_to_the_person_and_the_group_of_the_sentence():
    f = facts_of("Sáng 5/3, Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Hải Dương do đồng chí Vũ Văn Tiến, "
                 "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm Trưởng đoàn làm việc với Huyện ủy Thanh Hà.")
    assert "Trưởng đoàn" in titles_of(f, "Vũ Văn Tiến")
    group = {p.body for p in f.posts if p.title == "Trưởng đoàn"}
    assert group == {"Đoàn kiểm tra số 2"}


def test_former_posts_are_never_current():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Cao Văn Lực, nguyên Chủ tịch UBND tỉnh; đồng chí Đàm Thị Yến, "
                             "nguyên Tỉnh ủy viên, Bí thư Huyện ủy.")
    assert titles_of(f, "Cao Văn Lực", "current") == set()
    assert titles_of(f, "Cao Văn Lực", "former") == {"Chủ tịch UBND tỉnh"}
    assert titles_of(f, "Đàm Thị Yến", "former") == {"Tỉnh ủy viên", "Bí thư Huyện ủy"}


def test_posts_from_an_election_or_appointment_are_new():
    f = facts_of("Ngày 10/1, đồng chí Phùng Văn Hải được bầu giữ chức Bí thư Huyện ủy Thanh Hà. "
                 "Đồng chí Quách Thị Nga được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.")
    assert titles_of(f, "Phùng Văn Hải", "new") == {"Bí thư Huyện ủy Thanh Hà"}
    assert titles_of(f, "Quách Thị Nga", "new") == {"Phó Giám đốc Sở Nội vụ"}


def test_collective_mentions_create_no_persons():
    f = facts_of(HAI_DUONG + " Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy và lãnh đạo huyện.")
    assert f.persons == {}


def test_place_names_built_from_personal_names_are_not_persons():
    f = facts_of("Chiều 2/4, Quận ủy Ngô Quyền làm việc với đồng chí Lê Anh Tuấn. Quận đã nhập phường "
                 "Lương Khánh Thiện vào phường Cầu Đất.")
    assert set(f.persons) == {"Lê Anh Tuấn"}


def test_the_same_person_written_two_ways_is_one_person():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Nguyễn Thị Hoà, Bí thư Huyện ủy. Đồng chí Nguyễn Thị Hòa, "
                             "Chủ tịch HĐND huyện phát biểu.")
    assert list(f.persons) == ["Nguyễn Thị Hòa"]
    assert titles_of(f, "Nguyễn Thị Hòa") == {"Bí thư Huyện ủy", "Chủ tịch HĐND huyện"}


def test_a_title_alone_refers_back_to_its_holder():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Bạch Văn Tùng, Phó Bí thư Thường trực Tỉnh ủy. "
                             "Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị huyện tiếp tục cố gắng.")
    sentences = {m.sentence for m in f.persons["Bạch Văn Tùng"]}
    assert any(s.startswith("Đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị") for s in sentences)


def test_typing_slips_nbsp_double_spaces_and_a_missing_space_after_a_comma():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Lưu\u00a0Văn  Khoa, Bí thư Huyện ủy;đồng chí Hà Thị Mến, "
                             "Chủ tịch UBND huyện.")
    assert {"Lưu Văn Khoa", "Hà Thị Mến"} <= set(f.persons)
    assert titles_of(f, "Hà Thị Mến") == {"Chủ tịch UBND huyện"}


def test_honorific_ong_is_not_part_of_the_name():
    f = facts_of("Ngày 8/8, Ông Trần Quốc Bảo, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.")
    assert "Trần Quốc Bảo" in f.persons


def test_a_title_with_its_parent_after_a_comma_keeps_only_the_title():
    f = facts_of("Sáng 3/2, dự có Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương Đoàn Minh Khuê.")
    assert titles_of(f, "Đoàn Minh Khuê") == {"Phó Vụ trưởng Vụ Địa phương 3"}


def test_a_title_before_the_next_name_is_not_given_to_the_previous_person():
    f = facts_of("Chiều 4/5, tặng hoa chúc mừng đồng chí Đinh Văn Quý, Phó Bí thư Tỉnh ủy Lò Thị Hương "
                 "đánh giá cao đóng góp của đồng chí.")
    assert titles_of(f, "Đinh Văn Quý") == set()
    assert titles_of(f, "Lò Thị Hương") == {"Phó Bí thư Tỉnh ủy"}


def test_birth_date_inside_an_apposition_is_skipped():
    f = facts_of("Ngày 23/9, Ban Thường vụ chuẩn y đồng chí Kim Văn Đức, sinh ngày 28/10/1969, Phó Bí thư "
                 "Huyện ủy giữ chức vụ Bí thư Huyện ủy Thanh Hà.")
    assert "Phó Bí thư Huyện ủy" in titles_of(f, "Kim Văn Đức")
    assert titles_of(f, "Kim Văn Đức", "new") == {"Bí thư Huyện ủy Thanh Hà"}


def test_abbreviations_expand_to_the_full_body_name_and_keep_the_short_form():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Đặng Văn Tài, Chủ tịch UBND tỉnh.")
    assert bodies_of(f, "Đặng Văn Tài") == {"Ủy ban nhân dân tỉnh Hải Dương"}
    assert "UBND tỉnh" in f.bodies["Ủy ban nhân dân tỉnh Hải Dương"].aliases


def test_an_unknown_abbreviated_title_does_not_end_the_apposition():
    f = facts_of("Sáng 27/4, Ban Thường vụ Tỉnh ủy Thái Bình họp. Đồng chí Mạc Thị Thu, UVT.Ư Đảng, Bí thư Tỉnh ủy, "
                 "Trưởng đoàn Đại biểu Quốc hội tỉnh dự và chủ trì hội nghị.")
    assert titles_of(f, "Mạc Thị Thu") == {"Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"}
    assert {(p.person, p.role) for e in f.events for p in e.participants} == {("Mạc Thị Thu", "chair")}


def test_a_transfer_to_several_titles_gives_each_as_a_new_post():
    f = facts_of("Ngày 2/3, Ban Thường vụ Tỉnh ủy điều động ông Đinh Văn Lực - Bí thư Huyện ủy Lý Sơn giữ chức danh "
                 "phó bí thư Huyện ủy, chủ tịch UBND huyện Lý Sơn.")
    assert titles_of(f, "Đinh Văn Lực", "new") == {"phó bí thư Huyện ủy", "chủ tịch UBND huyện Lý Sơn"}


def test_a_role_that_names_a_kind_of_body_heads_the_body_of_that_kind_named_nearby():
    f = facts_of("Ngày 28-2, Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh Bắc Ninh triển khai nhiệm vụ. Đồng chí "
                 "Kiều Thị Lan, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Tiểu ban chủ trì.")
    (body,) = {p.body for p in f.posts if p.title == "Trưởng Tiểu ban"}
    assert body is not None and body.startswith("Tiểu ban Tổ chức phục vụ Đại hội")


def test_a_title_keeps_the_unit_it_names_even_without_a_name():
    f = facts_of(HAI_DUONG + " Dự có các đồng chí: Lê Văn Sơn, Chủ tịch UBND phường; Đặng Thị Mai, Trưởng Công an "
                             "thị xã; Vũ Hữu Tài, Phó Chủ tịch HĐND huyện Tân Phú.")
    assert titles_of(f, "Lê Văn Sơn") == {"Chủ tịch UBND phường"}
    assert titles_of(f, "Đặng Thị Mai") == {"Trưởng Công an thị xã"}
    assert titles_of(f, "Vũ Hữu Tài") == {"Phó Chủ tịch HĐND huyện Tân Phú"}


def test_abbreviated_unit_words_with_or_without_a_space_or_dot():
    f = facts_of("Sáng 14-1, Thành ủy làm việc với các quận. Dự có các đồng chí: Kiều Văn Nam, Bí thư Đảng ủy "
                 "P.Tân Định; Hồ Văn Tư, Chủ tịch UBND Q. 3; Lò Văn Kha, Chủ tịch UBND TP.Vinh; Mai Văn Bảy, "
                 "Bí thư Thị ủy TX Sơn Tây; Tạ Văn Tám, Chủ tịch UBND H. Đông Anh.")
    assert titles_of(f, "Kiều Văn Nam") == {"Bí thư Đảng ủy P.Tân Định"}
    assert bodies_of(f, "Kiều Văn Nam") == {"Đảng ủy phường Tân Định"}
    assert bodies_of(f, "Hồ Văn Tư") == {"Ủy ban nhân dân quận 3"}
    assert f.bodies["Ủy ban nhân dân quận 3"].english == "District 3 People's Committee"
    assert titles_of(f, "Lò Văn Kha") == {"Chủ tịch UBND TP.Vinh"}
    assert titles_of(f, "Mai Văn Bảy") == {"Bí thư Thị ủy TX Sơn Tây"}
    assert bodies_of(f, "Tạ Văn Tám") == {"Ủy ban nhân dân huyện Đông Anh"}


def test_a_capital_initial_with_a_dot_is_no_unit_word():
    from kg.extract.place_phrases import match_place
    from kg.extract.tokens import tokenize
    from kg.text import Span

    text = "xét xử ông Nguyễn Văn H. (SN 1980), trú tại H. Đông Anh"
    sent = tokenize(Span(text, 0, len(text)))
    initial, unit = [k for k, t in enumerate(sent.tokens) if t.text == "H"]
    assert match_place(sent, initial) is None
    assert match_place(sent, unit).name == "Đông Anh"


def test_a_site_named_in_the_byline_is_no_person():
    f = facts_of(HAI_DUONG + "\n\nHanoimoi Online")
    assert f.persons.keys().isdisjoint({"Hanoimoi Online"})
    f = facts_of(HAI_DUONG + "\n\nBáo Tân Lập")
    assert "Báo Tân Lập" not in f.persons
    f = facts_of(HAI_DUONG + "\n\nMinh Khôi")
    assert "Minh Khôi" in f.persons  # a pen name is still the author


def test_a_site_word_that_is_also_a_given_name_ends_a_person_s_byline():
    f = facts_of(HAI_DUONG + "\n\nĐào Trang")
    assert "Đào Trang" in f.persons  # 'Trang' is her given name here
    f = facts_of(HAI_DUONG + "\n\nĐồng chí Vũ Văn Lực phát biểu tại hội nghị. (Ảnh: Lý Thu Trang)")
    assert "Lý Thu Trang" in f.persons
    f = facts_of(HAI_DUONG + "\n\nTrang TTĐT huyện Thanh Hà")
    assert not any("Trang" in name for name in f.persons)  # 'Trang' opening the byline names the portal


def test_a_family_name_with_only_a_courtesy_word_is_no_person():
    f = facts_of(HAI_DUONG + " Ông Nguyễn cho biết huyện đã hoàn thành kế hoạch.")
    assert not any(name.startswith(("Ông", "Nguyễn")) for name in f.persons)


def test_a_name_joined_to_the_next_title_without_a_comma_is_cut_before_it():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Lê Văn An Tỉnh ủy viên, Bí thư Huyện ủy.")
    assert "Lê Văn An" in f.persons
    assert titles_of(f, "Lê Văn An") == {"Tỉnh ủy viên", "Bí thư Huyện ủy"}


def test_a_heading_in_capitalised_words_is_no_name():
    words = " ".join(["Lạc", "Hồng", "Sơn", "Minh", "Phúc"] * 4)
    f = facts_of(HAI_DUONG + " Ông " + words + " dự.")
    assert not f.persons


def test_a_district_of_the_province_standing_alone_is_no_person():
    f = facts_of("Sáng 4/3, Đoàn công tác của Tỉnh ủy Tây Ninh làm việc với Ban Thường vụ các huyện ủy: Tân Châu, "
                 "Tân Biên, Gò Dầu, Dương Minh Châu.")
    assert "Dương Minh Châu" not in f.persons


def test_a_title_in_lower_case_right_after_the_name_is_a_post():
    f = facts_of("Ngày 5/4, Ban Thường vụ Huyện ủy Tuy Lâm làm việc với xã Quảng Tân. Tham dự có đồng chí Phạm Thị "
                 "Huệ ủy viên ban thường vụ huyện ủy, phó chủ tịch UBND huyện. Ông Lê Văn Thảo bí thư đảng ủy được "
                 "bầu làm Chủ tịch HĐND xã.")
    assert titles_of(f, "Phạm Thị Huệ") == {"ủy viên ban thường vụ huyện ủy", "phó chủ tịch UBND huyện"}
    assert titles_of(f, "Lê Văn Thảo", "current") == {"bí thư đảng ủy"}



def test_a_title_after_a_semicolon_that_ends_the_sentence_is_the_same_persons():
    f = facts_of("Sáng 4/7, HĐND phường Tân Chính khai mạc kỳ họp. Về phía địa phương có đ/c Lê Văn Dũng, QUV – Bí "
                 "thư Đảng ủy; Chủ tịch HĐND phường.")
    assert titles_of(f, "Lê Văn Dũng") == {"QUV", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"}


def test_a_title_named_after_with_la_or_gom_goes_to_each_person_listed():
    f = facts_of("Sáng 5-8, Đại hội Đảng bộ huyện Châu Thành bế mạc. Ban Chấp hành bầu ông Trương Văn Tài tái đắc cử "
                 "Bí thư Huyện ủy, 02 Phó Bí thư Huyện uỷ và là ông Huỳnh Văn Tư và Trần Hữu Phúc; Đại hội cũng bầu "
                 "26 đại biểu. Phó Bí thư Đảng ủy là hai đồng chí Thái Duy Bình và Nguyễn Văn Ngà. Ủy viên Ban "
                 "Thường vụ gồm các ông Lê Văn Một, Lê Văn Hai và bà Lê Thị Ba.")
    assert titles_of(f, "Huỳnh Văn Tư") == titles_of(f, "Trần Hữu Phúc") == {"Phó Bí thư Huyện uỷ"}
    assert titles_of(f, "Trương Văn Tài") == {"Bí thư Huyện ủy"}
    assert titles_of(f, "Thái Duy Bình") == titles_of(f, "Nguyễn Văn Ngà") == {"Phó Bí thư Đảng ủy"}
    assert titles_of(f, "Lê Văn Một") == titles_of(f, "Lê Thị Ba") == {"Ủy viên Ban Thường vụ"}


def test_the_title_of_other_comrades_after_a_person_is_not_hers():
    f = facts_of("Sáng 3-2, Đảng ủy phường Linh Tây họp mặt. Tham dự có các đồng chí: Hoàng Xuân Lâm - UVBTV, Trưởng "
                 "Công an phường; cùng với các đồng chí là Ủy viên Ban chấp hành Đảng bộ phường.")
    assert titles_of(f, "Hoàng Xuân Lâm") == {"UVBTV", "Trưởng Công an phường"}


def test_abbreviated_titles_with_or_without_a_dot_keep_the_written_form():
    f = facts_of("Sáng 27/5, HĐND phường Hắc Dịch thị xã Phú Mỹ tổ chức kỳ họp. Đến dự có ông Võ Văn Tâm, PCT.HĐND "
                 "thị xã Phú Mỹ; ông Lê Văn Tư, CT.UBND phường; đồng chí Nguyễn Hồng Mai, PBT Thường trực Đảng ủy "
                 "phường; đồng chí Trần Văn Năm, UV.BTV Thị ủy, BT Đảng ủy phường.")
    assert titles_of(f, "Võ Văn Tâm") == {"PCT.HĐND thị xã Phú Mỹ"}
    assert titles_of(f, "Lê Văn Tư") == {"CT.UBND phường"}
    assert titles_of(f, "Nguyễn Hồng Mai") == {"PBT Thường trực Đảng ủy phường"}
    assert titles_of(f, "Trần Văn Năm") == {"UV.BTV Thị ủy", "BT Đảng ủy phường"}
    assert {p.role_english for p in f.posts if p.person == "Võ Văn Tâm"} == {"Vice Chairman"}


def test_a_family_name_that_is_also_a_body_word_opens_a_name_before_van_or_thi():
    f = facts_of("Sáng 15-11, Thường trực HĐND tỉnh công bố quyết định điều động Phó Chủ tịch HĐND tỉnh Đoàn Văn "
                 "Phúc. Dự lễ có Đoàn kiểm tra Tỉnh ủy.")
    assert titles_of(f, "Đoàn Văn Phúc") == {"Phó Chủ tịch HĐND tỉnh"}
    assert not any(name.startswith("Đoàn kiểm") for name in f.persons)


def test_a_one_word_name_with_an_apostrophe_is_a_person_where_an_entry_begins():
    f = facts_of("Sáng 20/4, Huyện ủy Di Linh kiểm tra công trình dân vận. Đồng chí K'Brơn - Phó Bí thư Huyện uỷ kiểm "
                 "tra tiến độ. Tại đầu cầu có các đồng chí: Đinh Văn Tâm - Bí thư Huyện ủy; K’Brăh - Phó Bí thư "
                 "Thường trực Huyện ủy. Huyện Đắk R’Lấp có nhiều công trình.")
    assert titles_of(f, "K'Brơn") == {"Phó Bí thư Huyện uỷ"}
    assert titles_of(f, "K’Brăh") == {"Phó Bí thư Thường trực Huyện ủy"}
    assert "R’Lấp" not in f.persons


def test_a_heading_in_lower_case_after_cac_gives_its_title_to_the_list():
    f = facts_of("Sáng 5/7, HĐND huyện Con Cuông khai mạc kỳ họp. Dự kỳ họp có các đại biểu HĐND tỉnh: ông Phạm Trọng "
                 "Hà, Ủy viên Ban Thường vụ Tỉnh ủy; bà Lục Thị Lan, Phó Trưởng Ban Pháp chế HĐND tỉnh.")
    assert titles_of(f, "Phạm Trọng Hà") == {"đại biểu HĐND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy"}
    assert titles_of(f, "Lục Thị Lan") == {"đại biểu HĐND tỉnh", "Phó Trưởng Ban Pháp chế HĐND tỉnh"}


def test_a_verb_written_with_a_capital_ends_the_unit_of_a_title():
    f = facts_of("Sáng 3-2, Đảng ủy phường Linh Tây họp mặt. Tại buổi họp mặt, đồng chí Nguyễn Thanh Hà - Phó Bí thư, "
                 "Chủ tịch UBND phường Báo cáo kết quả thực hiện.")
    assert titles_of(f, "Nguyễn Thanh Hà") == {"Phó Bí thư", "Chủ tịch UBND phường"}


def test_a_family_name_missing_from_the_list_opens_a_name_before_van_or_thi():
    f = facts_of("Về dự có đồng chí Sần Thị Mỷ, Chủ tịch Hội Nông dân tỉnh; Bí thư Huyện ủy Pờ Văn Pao.")
    assert {"Sần Thị Mỷ", "Pờ Văn Pao"} <= set(f.persons)


def test_capitalised_place_types_after_an_unlisted_word_are_no_name():
    f = facts_of("Lãnh đạo Phòng Thị Xã Hòa Bình dự họp.")
    assert not f.persons


def test_a_person_named_right_after_a_bare_unit_type_word():
    f = facts_of("Sáng 5/3, Huyện ủy tổ chức hội nghị. Dự có Chủ tịch UBND xã Đinh Văn Thoại.")
    assert "Đinh Văn Thoại" in f.persons


def test_a_ward_named_after_a_hero_stays_a_ward():
    f = facts_of("Sáng 5/3, Đảng ủy phường Võ Thị Sáu tổ chức hội nghị.")
    assert "Võ Thị Sáu" not in f.persons


def test_a_three_word_name_after_a_bare_unit_type_word_is_a_person_unless_a_unit_is_so_named():
    f = facts_of("Sáng 5/3, HĐND xã Tân An tổ chức kỳ họp. Bí thư Huyện ủy, Chủ tịch HĐND huyện Nguyễn Công Thạo; "
                 "Phó Chủ tịch HĐND huyện Lê Thanh Vũ dự kỳ họp.")
    assert {"Nguyễn Công Thạo", "Lê Thanh Vũ"} <= set(f.persons)
    g = facts_of("Sáng 5/3, Đảng ủy phường Lê Hồng Phong tổ chức hội nghị; Chủ tịch UBND phường Trần Hưng Đạo dự.")
    assert not {"Lê Hồng Phong", "Trần Hưng Đạo"} & set(g.persons)


def test_dong_opens_a_name_as_a_family_name_unless_chi_follows():
    f = facts_of("Dự hội nghị có đồng chí Đồng Xuân Khải, Bí thư Huyện ủy. Đồng chí Lưu Văn Tín phát biểu.")
    assert {"Đồng Xuân Khải", "Lưu Văn Tín"} <= set(f.persons)


def test_a_family_name_off_the_list_with_van_or_thi_opens_a_name_where_an_entry_opens_or_closes():
    f = facts_of(HAI_DUONG + " Về dự có đồng chí Lìu Thị Sính, Chủ tịch Hội Nông dân tỉnh; Bí thư Huyện ủy "
                             "Pờ Văn Tỉnh, Chủ tịch UBND huyện Lê Văn Mạnh dự lễ.")
    assert titles_of(f, "Lìu Thị Sính") == {"Chủ tịch Hội Nông dân tỉnh"}
    assert titles_of(f, "Pờ Văn Tỉnh") == {"Bí thư Huyện ủy"}
    assert titles_of(f, "Lê Văn Mạnh") == {"Chủ tịch UBND huyện"}
    assert "Lê Văn Mạnh" not in {p.name for p in f.places.values()}  # no district bears the name


def test_words_after_an_unknown_first_word_are_no_name_without_an_entry_around_them():
    f = facts_of(HAI_DUONG + " Buổi lễ tổ chức tại Nhà Văn Hóa, có nhiều hoạt động. Đoàn đến Nhà Văn Hóa Thôn Đông.")
    assert not [p for p in f.persons if "Văn" in p]


def test_dong_is_a_family_name_after_dong_chi():
    f = facts_of(HAI_DUONG + " Tham dự có đồng chí Đồng Phước Hải – Bí thư Đảng ủy xã Thanh An.")
    assert titles_of(f, "Đồng Phước Hải") == {"Bí thư Đảng ủy xã Thanh An"}


def test_titles_a_dash_then_a_name_with_no_titles_after_it_are_that_names():
    f = facts_of(HAI_DUONG + " Đến dự có Bí thư Huyện ủy Thanh Hà – Nguyễn Văn Khải. Cùng dự có Đại tá Lê Văn Bình – "
                             "Phó Chỉ huy trưởng Bộ CHQS tỉnh, Chủ tịch UBND huyện Thanh Hà - Trần Văn Hòa cùng các "
                             "đồng chí lãnh đạo huyện.")
    assert titles_of(f, "Nguyễn Văn Khải") == {"Bí thư Huyện ủy Thanh Hà"}
    assert titles_of(f, "Lê Văn Bình") == {"Đại tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"}
    assert titles_of(f, "Trần Văn Hòa") == {"Chủ tịch UBND huyện Thanh Hà"}


def test_a_name_with_titles_of_its_own_after_it_leaves_the_dashed_titles_to_the_name_before():
    f = facts_of(HAI_DUONG + " Dự có các đồng chí: Phạm Văn Tư – Bí thư Huyện ủy - Lê Thị Hạnh – Chủ tịch UBND huyện.")
    assert titles_of(f, "Lê Thị Hạnh") == {"Chủ tịch UBND huyện"}
    assert "Bí thư Huyện ủy" not in titles_of(f, "Lê Thị Hạnh")


def test_a_hamlet_word_opens_a_place_not_a_name():
    f = facts_of("Xã Ea Tân có các buôn: Buôn Kơ Đing, Buôn Ja, Buôn Tría. Chiều 3/4, đồng chí Buôn Yă Khiêm, "
                 "Chủ tịch UBND xã phát biểu.")
    assert not {"Buôn Kơ Đing", "Buôn Ja", "Buôn Tría"} & set(f.persons)
    assert "Buôn Yă Khiêm" in f.persons


def test_a_body_word_that_opens_a_place_named_in_the_article_leaves_no_name():
    f = facts_of("Sáng 11/3, tại Nhà văn hóa xã Chi Tân Đông Hội Nông dân xã Chi Tân Đông tổ chức Đại hội.")
    assert not any(name.startswith("Tân Đông") for name in f.persons)


def test_a_name_the_family_names_do_not_know_between_a_marker_and_a_title():
    f = facts_of("Sáng 5/3, Huyện ủy tổ chức hội nghị. Dự có đồng chí Bun Xay Phăn – Tỉnh ủy viên, Bí thư Huyện ủy; "
                 "ông Khăm Phôn Si, Chủ tịch UBND huyện.")
    assert {"Bun Xay Phăn", "Khăm Phôn Si"} <= set(f.persons)
    g = facts_of("Sáng 5/3, Huyện ủy tổ chức hội nghị. Dự có đồng chí Bí thư Huyện ủy, Chủ tịch UBND huyện.")
    assert not g.persons


def test_a_street_after_a_house_number_is_no_person():
    f = facts_of("Tối 9/1, Tổ đại biểu tiếp xúc cử tri tại trường Tiểu học Tân An (số 51-53 Trần Quang Diệu). "
                 "Tổ trưởng là ông Lê Văn Sáu, Phó Chủ tịch HĐND phường.")
    assert set(f.persons) == {"Lê Văn Sáu"}
    g = facts_of("Sáng 9/1, Trưởng Đoàn kiểm tra số 2 Lê Văn Sáu làm việc với Đảng ủy xã Tân An.")
    assert "Lê Văn Sáu" in g.persons


def test_a_stieng_family_name_opens_a_name():
    f = facts_of("Sáng 12/8/2022, Ủy ban MTTQ tỉnh tổ chức hội nghị; tham dự có đồng chí Điểu Minh Rơi, ủy viên Ban "
                 "Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và bà Điểu Hồng Hên.")
    assert {"Điểu Minh Rơi", "Điểu Hồng Hên"} <= set(f.persons)


def test_a_two_word_name_after_the_province_word_that_names_no_province_is_a_person():
    f = facts_of(HAI_DUONG + " Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đào Khiêm, "
                             "Lý Thị Nhàn. Phát biểu tại hội nghị, đồng chí Đào Khiêm đánh giá cao kết quả.")
    assert {"Đào Khiêm", "Lý Thị Nhàn"} <= f.persons.keys()
    assert "Đào Khiêm" not in {p.name for p in f.places.values()}
    f = facts_of(HAI_DUONG + " Đồng chí Vũ Văn Lực, Phó Bí thư Tỉnh ủy tỉnh Hà Giang dự và chỉ đạo hội nghị.")
    assert "Hà Giang" not in f.persons  # a listed province stays a place


def test_a_middle_name_after_a_family_name_opens_no_body():
    f = facts_of(HAI_DUONG + " Chi bộ trao quyết định kết nạp đảng viên cho quần chúng Hà Văn Phòng.")
    assert "Hà Văn Phòng" in f.persons  # not 'Văn phòng', the office
    f = facts_of(HAI_DUONG + " Dự có đồng chí Lê Văn Hùng, Chánh Văn phòng Huyện ủy.")
    assert "Lê Văn Hùng" in f.persons and titles_of(f, "Lê Văn Hùng") == {"Chánh Văn phòng Huyện ủy"}


def test_ung_is_a_family_name():
    f = facts_of("Chiều ngày 10/5/2023, ông Ung Chiêu Lực và ông Lê Minh Tâm, đại biểu Hội đồng nhân dân huyện, "
                 "tiếp xúc cử tri xã Phú An.")
    assert {"Ung Chiêu Lực", "Lê Minh Tâm"} <= set(f.persons)
    (event,) = f.events
    assert {p.person for p in event.participants} == {"Ung Chiêu Lực", "Lê Minh Tâm"}


def test_units_listed_after_a_type_word_and_a_colon_are_not_persons():
    f = facts_of("Sáng 9/3, Đảng ủy phường Hòa Lạc đối thoại với nhân dân các tổ dân phố: Vũ Hạ, Trí Lộc, "
                 "Sơn Bình. Dự có lãnh đạo UBND huyện: Yên Thành, Hà Tân và đồng chí Đào Văn Khiêm, Bí thư Đảng ủy "
                 "phường.")
    assert set(f.persons) == {"Đào Văn Khiêm"}


def test_persons_after_a_type_word_and_a_colon_are_still_persons():
    f = facts_of("Sáng 9/3, Đảng ủy phường Hòa Lạc tổ chức hội nghị. Về phía huyện: ông Phan Văn Lực, Chủ tịch "
                 "UBND huyện. Về phía xã: Lê Văn Tâm, Trần Thị Hoa, cán bộ xã.")
    assert {"Phan Văn Lực", "Lê Văn Tâm", "Trần Thị Hoa"} <= set(f.persons)


def test_a_name_cut_short_is_the_longer_name_of_the_article():
    f = facts_of(HAI_DUONG + " Dự có đồng chí Đoàn Mạnh Hưng, Phó Chủ tịch UBND tỉnh. Đồng chí Đoàn Mạnh Hưng "
                             "tặng quà cho đồng chí Lại Quốc Trung. Đồng chí ương Văn Toản, Bí thư Huyện ủy phát "
                             "biểu. Trước đó, đồng chí Trương Văn Toản đã đến thăm xã. Đồng chí Lại Quốc")
    assert set(f.persons) == {"Đoàn Mạnh Hưng", "Lại Quốc Trung", "Trương Văn Toản"}
    assert titles_of(f, "Trương Văn Toản") == {"Bí thư Huyện ủy"}


def test_a_name_run_on_into_a_title_written_in_capitals():
    f = facts_of("Sáng 22/2, UBND xã Sơn Hà tổ chức lễ giao nhận quân. Về dự có Đồng chí: Đinh Như Quý Bí Thư "
                 "Đảng ủy xã; Đồng chí: Hồ Thanh Tú - Chủ tịch UBND xã.")
    assert {"Đinh Như Quý", "Hồ Thanh Tú"} <= set(f.persons)
    assert titles_of(f, "Đinh Như Quý") == {"Bí Thư Đảng ủy xã"}


def test_family_names_of_the_uplands_and_the_south_open_a_name_after_a_title():
    for name in ("Điêu Chính Hoa", "Tẩn Láo Sử", "Vừ A Lềnh", "Chau Sóc Khanh", "Néang Sa Ly", "Kpuih Hrin",
                 "Khuất Văn Đông"):
        f = facts_of("Sáng 3/4, Huyện ủy Mường Tè tổ chức hội nghị. Bí thư Huyện ủy " + name + " phát biểu chỉ đạo.")
        assert set(f.persons) == {name}, name


def test_a_courtesy_word_at_a_sentence_start_is_not_part_of_the_name():
    f = facts_of("Chiều 5/9, Đảng ủy xã Tân Lập thăm các gia đình chính sách. Cụ Đặng Thị Lựu, 92 tuổi, cảm ơn "
                 "đoàn. Thầy Hứa Văn Khang, Hiệu trưởng Trường Tiểu học xã, phát biểu.")
    assert set(f.persons) == {"Đặng Thị Lựu", "Hứa Văn Khang"}


def test_units_listed_after_a_plural_type_word_are_not_persons():
    f = facts_of("Sáng 9/3, Đảng ủy phường Hòa Lạc tổ chức hội nghị với nhân dân các thôn Quảng Lợi, Trí Giả và "
                 "Vũ Hạ. Đoàn đến thăm các xã Hà Tân, Lê Lợi, Yên Thành cùng đồng chí Trần Thị Mến, Phó Chủ tịch "
                 "UBND huyện.")
    assert set(f.persons) == {"Trần Thị Mến"}


def test_a_unit_named_dong_in_a_list_after_a_plural_type_word_is_no_person():
    f = facts_of("Sáng 9/3, Hội Nông dân xã Hòa Lạc tổ chức đại hội. Dự có lãnh đạo Hội các xã Tân Lập, Đồng Tâm và "
                 "Yên Phú; đồng chí Đồng Văn Hải, Chủ tịch Hội Nông dân huyện.")
    assert set(f.persons) == {"Đồng Văn Hải"}
    f = facts_of("Sáng 9/3, UBND huyện tổ chức hội nghị. Dự có Chủ tịch UBND các xã: Đồng chí Trần Văn Bảo, Lê Văn "
                 "Bình.")
    assert set(f.persons) == {"Trần Văn Bảo", "Lê Văn Bình"}  # 'Đồng chí' opens a person's entry


def test_doan_after_a_level_word_and_before_a_place_is_the_youth_union():
    f = facts_of("Sáng 26/3, Tỉnh Đoàn Phú Yên tổ chức lễ tuyên dương. Dự có đồng chí Đoàn Văn Khải, Phó Chủ tịch UBND "
                 "tỉnh Đoàn Văn Khải và bà Lò Thị Hà, Bí thư Tỉnh Đoàn Phú Yên.")
    assert set(f.persons) == {"Đoàn Văn Khải", "Lò Thị Hà"}


def test_a_ba_na_name_opening_with_a_after_tinh_is_a_person_not_a_province():
    f = facts_of("Sáng 3/4, Ủy ban MTTQ tỉnh Kon Tum tổ chức hội nghị. Dự có Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại "
                 "biểu Quốc hội tỉnh A Rinh; Trưởng Ban Tổ chức Tỉnh ủy Huỳnh Tấn Hưng.")
    assert set(f.persons) == {"A Rinh", "Huỳnh Tấn Hưng"}
    assert titles_of(f, "A Rinh") == {"Phó Bí thư Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"}


def test_memorials_and_prizes_named_after_someone_are_not_persons():
    f = facts_of("Sáng 3/4, Đảng ủy phường Hòa Lạc dâng hương tại Đền thờ Lê Quang Định và Khu di tích Phạm Văn "
                 "Nghị. Học bổng Đặng Thái Hòa được trao cho 20 học sinh. Dự có đồng chí Vũ Thị Ngân, Bí thư Đảng ủy "
                 "phường.")
    assert set(f.persons) == {"Vũ Thị Ngân"}


def test_a_name_before_a_verb_written_with_a_capital_ends_before_it():
    f = facts_of(HAI_DUONG + " Đồng chí Phùng Văn Khởi Phát biểu chỉ đạo hội nghị.")
    assert set(f.persons) == {"Phùng Văn Khởi"}


def test_dong_chi_written_in_capitals_is_no_part_of_the_name():
    f = facts_of(HAI_DUONG + " Dự có Đồng Chí Tạ Quốc Bình, Phó Chủ tịch UBND huyện.")
    assert set(f.persons) == {"Tạ Quốc Bình"}
    assert titles_of(f, "Tạ Quốc Bình") == {"Phó Chủ tịch UBND huyện"}


def test_persons_of_three_words_listed_after_a_type_word_and_a_colon_are_persons():
    f = facts_of("Sáng 9/3, Đảng ủy phường Hòa Lạc tổ chức hội nghị. Đại biểu huyện: Trần Quốc Bảo, Lê Hoàng Nam.")
    assert set(f.persons) == {"Trần Quốc Bảo", "Lê Hoàng Nam"}


def test_a_name_whose_given_names_first_consonant_was_typed_in_capitals_is_whole():
    f = facts_of("Sáng 5/5, Đại hội bầu đồng chí Lò Thị NHung- Phó Bí thư Chi bộ.")
    assert "Lò Thị Nhung" in f.persons
    assert "Lò Thị" not in f.persons


def test_a_council_written_in_full_before_a_name_is_still_the_name_s_title():
    f = facts_of("Sáng 12/3, UBND tỉnh Hải Dương tổ chức hội nghị. Dự hội nghị có Chủ tịch Hội đồng nhân dân "
                 "tỉnh Trần Minh Khoa, Phó Chủ tịch UBND tỉnh Lê Thu Hà.")
    assert titles_of(f, "Trần Minh Khoa") == {"Chủ tịch Hội đồng nhân dân tỉnh"}
    assert titles_of(f, "Lê Thu Hà") == {"Phó Chủ tịch UBND tỉnh"}


def test_the_head_of_a_delegation_heads_the_delegation_named_before_him_not_the_first_body():
    f = facts_of("Sáng 5/3, tại trụ sở UBND huyện Tân Phú, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy do đồng chí Lê Thị "
                 "Hoa, Chủ tịch HĐND tỉnh làm Trưởng đoàn đã công bố quyết định.")
    assert bodies_of(f, "Lê Thị Hoa") >= {"Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy"}
    f = facts_of("Sáng 5/3, UBND huyện Tân Phú tỉnh Đồng Nai làm việc với Đoàn giám sát của HĐND tỉnh do bà Lê Thị "
                 "Hoa, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, trưởng đoàn.")
    assert "Đoàn giám sát của Hội đồng nhân dân tỉnh Đồng Nai" in bodies_of(f, "Lê Thị Hoa")


def test_a_cue_after_a_plural_address_gives_no_title_to_the_person_before():
    f = facts_of("Sáng 9/3, HĐND xã Tân Lập họp. Dự có ông Lê Văn Khánh - Phó Bí thư Đảng ủy, Chủ tịch UBND xã; "
                 "các ông bà là đại biểu HĐND xã khóa XX.")
    assert titles_of(f, "Lê Văn Khánh") == {"Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"}
    f = facts_of("Sáng 9/3, HĐND xã Tân Lập họp. Ông Lê Văn Khánh được bầu giữ chức Chủ tịch HĐND xã.")
    assert titles_of(f, "Lê Văn Khánh") == {"Chủ tịch HĐND xã"}


def test_a_birth_year_in_parentheses_ends_at_its_closing_parenthesis():
    f = facts_of("Ngày 23/9, Tỉnh ủy giới thiệu nhân sự. Ông Kim Văn Đức (SN 1970) từng giữ các chức vụ Phó Chủ tịch "
                 "UBND huyện, Chủ tịch UBND huyện Thanh Hà và hiện là Bí thư Huyện ủy Thanh Hà.")
    assert titles_of(f, "Kim Văn Đức", "current") == {"Bí thư Huyện ủy Thanh Hà"}
    assert titles_of(f, "Kim Văn Đức", "former") == {"Phó Chủ tịch UBND huyện", "Chủ tịch UBND huyện Thanh Hà"}
    f = facts_of("Ngày 23/9, Tỉnh ủy giới thiệu nhân sự. Ông Kim Văn Đức (SN 1970), Bí thư Huyện ủy Thanh Hà dự.")
    assert titles_of(f, "Kim Văn Đức") == {"Bí thư Huyện ủy Thanh Hà"}


def test_two_words_the_family_names_do_not_know_between_a_marker_and_a_role_are_a_name():
    f = facts_of("Ngày 15/9, Thường trực HĐND tỉnh tổ chức hội nghị. Đồng chí Krông Bơ - Ủy viên Ban Thường vụ Tỉnh "
                 "ủy, Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.")
    assert "Krông Bơ" in f.persons
    assert titles_of(f, "Krông Bơ") == {"Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"}
    g = facts_of("Ngày 15/9, Thường trực HĐND tỉnh tổ chức hội nghị. Đồng chí Krông Bơ - Tân Lập dự.")
    assert "Krông Bơ" not in g.persons
