"""Kinds of title: several before one name, ranks, acting holders, steering committees, job titles."""
from extract_helpers import bodies_of, facts_of, titles_of

LEAD = "Sáng 14-1, Ban Thường vụ Tỉnh ủy Hải Dương làm việc với Huyện ủy Thanh Hà."


def test_several_titles_before_one_name_are_posts_of_their_own():
    f = facts_of(LEAD + " Ủy viên Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Văn An phát biểu.")
    assert titles_of(f, "Nguyễn Văn An") == {"Ủy viên Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"}
    assert bodies_of(f, "Nguyễn Văn An") == {"Ban Thường vụ Tỉnh ủy Hải Dương", "Ban Tổ chức Tỉnh ủy Hải Dương"}


def test_a_rank_is_a_title_and_says_that_a_person_follows():
    f = facts_of(LEAD + " Dự có Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thiếu tướng Ama Khoa Niê, "
                        "Giám đốc Công an tỉnh.")
    assert titles_of(f, "Lê Văn Bình") == {"Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}
    assert "Ama Khoa Niê" in f.persons  # no family name of the list, but a rank before it
    assert titles_of(f, "Ama Khoa Niê") == {"Thiếu tướng", "Giám đốc Công an tỉnh"}


def test_capitalised_words_without_a_rank_or_family_name_are_no_person():
    f = facts_of(LEAD + " Dự có Ama Khoa Niê, Giám đốc Công an tỉnh.")
    assert "Ama Khoa Niê" not in f.persons


def test_an_acting_holder_keeps_quyen_in_the_title():
    f = facts_of(LEAD + " Dự có bà Phạm Thị Dung, quyền Chủ tịch UBND huyện.")
    assert titles_of(f, "Phạm Thị Dung") == {"quyền Chủ tịch UBND huyện"}
    assert {p.role_english for p in f.posts if p.person == "Phạm Thị Dung"} == {"Acting Chairman"}


def test_a_steering_committee_title_runs_on_through_its_topic_to_the_unit():
    f = facts_of(LEAD + " Dự có ông Vũ Văn Em, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở về phòng, chống "
                        "tham nhũng huyện; bà Tô Thị Hoa, Phó Chủ tịch UBND huyện.")
    assert titles_of(f, "Vũ Văn Em") == {"Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở về phòng, chống "
                                         "tham nhũng huyện"}
    assert titles_of(f, "Tô Thị Hoa") == {"Phó Chủ tịch UBND huyện"}


def test_a_steering_committee_named_before_a_verb_stops_at_the_verb():
    f = facts_of("Sáng 14-1, Ban Chỉ đạo tỉnh họp về tình hình dịch bệnh. Trưởng Ban Chỉ đạo tỉnh Lê Văn Sơn "
                 "phát biểu về nhiệm vụ.")
    assert titles_of(f, "Lê Văn Sơn") == {"Trưởng Ban Chỉ đạo tỉnh"}


def test_job_titles_in_lower_case_after_the_name():
    f = facts_of(LEAD + " Dự có ông Đỗ Văn Giang, chuyên viên Văn phòng Huyện ủy; ông Lý Văn Hùng, cán bộ địa chính "
                        "xã; bà Mạc Thị Lan, kiểm sát viên Viện Kiểm sát nhân dân huyện.")
    assert titles_of(f, "Đỗ Văn Giang") == {"chuyên viên Văn phòng Huyện ủy"}
    assert titles_of(f, "Lý Văn Hùng") == {"cán bộ địa chính xã"}
    assert titles_of(f, "Mạc Thị Lan") == {"kiểm sát viên Viện Kiểm sát nhân dân huyện"}


def test_a_role_keeps_the_named_unit_after_it_but_not_a_person():
    f = facts_of("Sáng 14-1, Huyện ủy Thanh Hà làm việc với xã Tân Lập. Dự có Chủ tịch xã Tân Lập Hà Văn Nam và "
                 "ông Đỗ Văn Tư, Chủ tịch xã.")
    assert titles_of(f, "Hà Văn Nam") == {"Chủ tịch xã Tân Lập"}
    assert titles_of(f, "Đỗ Văn Tư") == {"Chủ tịch xã"}


def test_abbreviated_titles_of_commune_portals():
    f = facts_of("Sáng 4/3, Đảng ủy phường Tân Lập họp. Dự có các đồng chí: Nguyễn Văn Nhã, PBTĐU, CT UBND phường; "
                 "Hoàng Văn Tứ, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh; bà Lê Thị Thanh – UVBTVQU, Bí thư "
                 "Đảng ủy phường; Huỳnh Văn Thái - Huyện ủy viên, PCT UBND huyện.")
    assert titles_of(f, "Nguyễn Văn Nhã") == {"PBTĐU", "CT UBND phường"}
    assert titles_of(f, "Hoàng Văn Tứ") == {"UV BTV Tỉnh ủy", "Phó Chủ tịch TT HĐND tỉnh"}
    assert titles_of(f, "Lê Thị Thanh") == {"UVBTVQU", "Bí thư Đảng ủy phường"}
    assert titles_of(f, "Huỳnh Văn Thái") == {"Huyện ủy viên", "PCT UBND huyện"}


def test_titles_joined_by_a_slash():
    f = facts_of(LEAD + " Dự có ông Lê Tấn Tài – Phó Bí thư/Chủ tịch UBND xã.")
    assert titles_of(f, "Lê Tấn Tài") == {"Phó Bí thư", "Chủ tịch UBND xã"}


def test_titles_that_run_into_the_next_name_are_that_persons():
    f = facts_of("Sáng 1-10, Phó Bí thư Thường trực Tỉnh ủy Trần Văn Lâm, Phó Chủ tịch Thường trực UBND tỉnh - "
                 "Trưởng đoàn đại biểu Quốc hội tỉnh Nguyễn Trúc Sơn dự buổi gặp mặt.")
    assert titles_of(f, "Trần Văn Lâm") == {"Phó Bí thư Thường trực Tỉnh ủy"}
    assert titles_of(f, "Nguyễn Trúc Sơn") == {"Phó Chủ tịch Thường trực UBND tỉnh",
                                               "Trưởng đoàn đại biểu Quốc hội tỉnh"}


def test_a_counted_heading_with_the_new_term_covers_the_names_after_it():
    f = facts_of("Ban Chấp hành đã bầu 2 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: Phạm Văn Tấn (Chủ tịch UBND "
                 "tỉnh) và đồng chí Y Biêr Niê.", stamp=None)
    assert "Phó Bí thư Tỉnh ủy" in titles_of(f, "Phạm Văn Tấn")
    assert titles_of(f, "Y Biêr Niê") == {"Phó Bí thư Tỉnh ủy"}


def test_names_of_the_highlands_with_an_apostrophe_or_an_opening_y():
    f = facts_of(LEAD + " Dự có bà Siu H’Ler, Phó Chủ tịch HĐND huyện; ông Y Biêr Niê, Phó Bí thư Tỉnh ủy.")
    assert titles_of(f, "Siu H’Ler") == {"Phó Chủ tịch HĐND huyện"}
    assert titles_of(f, "Y Biêr Niê") == {"Phó Bí thư Tỉnh ủy"}


def test_a_name_that_opens_like_a_town_is_still_a_name():
    f = facts_of("Sáng 4/3, tại huyện Di Linh, tỉnh Lâm Đồng, có các đồng chí: Đinh Văn Tuấn - Bí thư Huyện ủy.")
    assert titles_of(f, "Đinh Văn Tuấn") == {"Bí thư Huyện ủy"}


def test_committees_of_the_national_assembly_with_commas_in_their_names():
    f = facts_of(LEAD + " Dự có ông Lê Quang Hòa, Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của "
                        "Quốc hội.")
    assert titles_of(f, "Lê Quang Hòa") == {"Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"}


def test_a_title_in_lower_case_keeps_its_committee_in_lower_case():
    f = facts_of(LEAD + " Dự có đồng chí Kha Thị Tím, ủy viên ban thường vụ huyện ủy, Trưởng ban Tổ chức, trưởng phòng "
                        "Nội vụ huyện.")
    assert titles_of(f, "Kha Thị Tím") == {"ủy viên ban thường vụ huyện ủy", "Trưởng ban Tổ chức",
                                           "trưởng phòng Nội vụ huyện"}


def test_vn_after_the_front_is_part_of_its_name():
    f = facts_of(LEAD + " Dự có ông Nguyễn Văn Điền - TVĐU - CT UBMTTQ VN phường.")
    assert titles_of(f, "Nguyễn Văn Điền") == {"TVĐU", "CT UBMTTQ VN phường"}


def test_don_vi_tinh_is_the_province_in_a_deputys_title():
    f = facts_of("Ngày 23-11, Đoàn ĐBQH tỉnh Ninh Thuận gồm các đồng chí: Nguyễn Thị Hồng Hạnh, Phó Trưởng đoàn ĐBQH "
                 "đơn vị tỉnh; Phạm Huyền Ngân, ĐBQH đơn vị tỉnh đã tiếp xúc cử tri.")
    assert titles_of(f, "Nguyễn Thị Hồng Hạnh") == {"Phó Trưởng đoàn ĐBQH đơn vị tỉnh"}
    assert bodies_of(f, "Nguyễn Thị Hồng Hạnh") == {"Đoàn đại biểu Quốc hội tỉnh Ninh Thuận"}
    assert titles_of(f, "Phạm Huyền Ngân") == {"ĐBQH đơn vị tỉnh"}


def test_an_election_steering_committee_runs_on_through_bau_cu():
    f = facts_of("Chiều 18/3, Đoàn giám sát làm việc tại tỉnh Hà Tĩnh. Tiếp đoàn có đồng chí Hoàng Trung Dũ - Bí thư "
                 "Tỉnh ủy, Trưởng ban Chỉ đạo bầu cử tỉnh.")
    assert "Trưởng ban Chỉ đạo bầu cử tỉnh" in titles_of(f, "Hoàng Trung Dũ")


def test_a_bare_unit_before_a_lower_case_word_ends_the_title_there():
    f = facts_of("Sáng 24-4, Hội Nông dân huyện Yên Thế tổ chức đại hội. Báo cáo do đồng chí Hà Thị Mơ Phó Chủ tịch "
                 "Hội Nông dân huyện trình tại đại hội. Dự có đồng chí Lò Văn Tám, Chủ tịch UBND xã các đồng chí "
                 "trong Ban Thường vụ.")
    assert titles_of(f, "Hà Thị Mơ") == {"Phó Chủ tịch Hội Nông dân huyện"}
    assert bodies_of(f, "Hà Thị Mơ") == {"Hội Nông dân huyện Yên Thế"}
    assert titles_of(f, "Lò Văn Tám") == {"Chủ tịch UBND xã"}


def test_a_type_word_that_opens_a_common_word_names_no_unit():
    f = facts_of("Sáng 24-4, Huyện ủy Yên Thế họp. Dự có đồng chí Hà Thị Mơ, Trưởng Ban Văn hóa - Xã hội HĐND "
                 "huyện; các tổ chức chính trị - xã hội huyện và đại diện các tỉnh thành.")
    assert titles_of(f, "Hà Thị Mơ") == {"Trưởng Ban Văn hóa - Xã hội HĐND huyện"}
    assert not [p for p in f.places.values() if p.kind == "commune"]


def test_a_rank_in_lower_case_before_a_name_is_still_a_title():
    f = facts_of(LEAD + " Dự có Trưởng Công an huyện Trần Văn Quý; đại tá Lê Văn Bình - Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert titles_of(f, "Lê Văn Bình") == {"đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"}


def test_a_role_that_only_one_body_has_gives_that_body_whatever_the_article_names():
    f = facts_of("Sáng 5/5, Đảng ủy phường Tân Lập họp. Dự có đồng chí Đỗ Văn Hùng, Tổng Bí thư; đồng chí Lý Thị Hoa, "
                 "Phó Thủ tướng Chính phủ; đồng chí Mai Văn Tâm, Ủy viên Trung ương Đảng.")
    assert bodies_of(f, "Đỗ Văn Hùng") == {"Ban Chấp hành Trung ương Đảng"}
    assert bodies_of(f, "Lý Thị Hoa") == {"Chính phủ"}
    assert bodies_of(f, "Mai Văn Tâm") == {"Ban Chấp hành Trung ương Đảng"}  # never the ward's
    assert not f.local_bodies & {"Ban Chấp hành Trung ương Đảng", "Chính phủ"}


def test_a_member_of_a_town_committee_by_its_one_word():
    f = facts_of("Sáng 5/5, Thị ủy Hương Sơn họp. Dự có đồng chí Lê Văn Tám, Thị ủy viên, Chủ tịch UBND thị xã.")
    assert titles_of(f, "Lê Văn Tám") == {"Thị ủy viên", "Chủ tịch UBND thị xã"}
    assert bodies_of(f, "Lê Văn Tám") == {"Thị ủy Hương Sơn", "Ủy ban nhân dân thị xã Hương Sơn"}


def test_the_secretary_of_a_party_delegation():
    f = facts_of(LEAD + " Dự có ông Lê Văn Tám, Tỉnh ủy viên, Bí thư Đảng đoàn Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert "Bí thư Đảng đoàn" in titles_of(f, "Lê Văn Tám")


def test_a_staff_officer_of_a_military_command():
    f = facts_of(LEAD + " Dự có Đại tá Lê Văn Bình – Phó Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert titles_of(f, "Lê Văn Bình") == {"Đại tá", "Phó Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"}


def test_a_title_runs_on_through_a_named_academy():
    f = facts_of(LEAD + " Dự có ông Trịnh Văn Khoa, Giám đốc Học viện Hành chính khu vực; bà Mai Thị Lụa, Phó Giám "
                        "đốc Học viện Chính trị khu vực III.")
    assert titles_of(f, "Trịnh Văn Khoa") == {"Giám đốc Học viện Hành chính khu vực"}
    assert titles_of(f, "Mai Thị Lụa") == {"Phó Giám đốc Học viện Chính trị khu vực III"}


def test_a_title_ending_in_an_abbreviated_city_keeps_it_before_the_name():
    f = facts_of("Sáng 14-1, Thành ủy TPHCM tổ chức hội nghị. Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM Lê Văn Khoa "
                 "chủ trì; Phó Trưởng Ban Tổ chức Thành ủy TPHCM Đào Thị Mai phát biểu.")
    assert titles_of(f, "Lê Văn Khoa") == {"Ủy viên Bộ Chính trị", "Bí thư Thành ủy TPHCM"}
    assert titles_of(f, "Đào Thị Mai") == {"Phó Trưởng Ban Tổ chức Thành ủy TPHCM"}


def test_a_general_department_head_keeps_the_department_in_the_title():
    f = facts_of(LEAD + " Dự có ông Lê Văn Lâm, Phó Tổng cục trưởng Tổng cục Quản lý đất đai.")
    assert titles_of(f, "Lê Văn Lâm") == {"Phó Tổng cục trưởng Tổng cục Quản lý đất đai"}


def test_political_officers_and_deputy_heads_of_an_office():
    f = facts_of(LEAD + " Dự có ông Trần Văn Bình, Chính trị viên Ban Chỉ huy Quân sự huyện; ông Đặng Văn Hải, Chính "
                        "trị viên phó Ban CHQS huyện; bà Vũ Thị Lan, Phó phòng Nội vụ huyện.")
    assert titles_of(f, "Trần Văn Bình") == {"Chính trị viên Ban Chỉ huy Quân sự huyện"}
    assert titles_of(f, "Đặng Văn Hải") == {"Chính trị viên phó Ban CHQS huyện"}
    assert {p.role for p in f.posts if p.person == "Đặng Văn Hải"} == {"Chính trị viên phó"}
    assert titles_of(f, "Vũ Thị Lan") == {"Phó phòng Nội vụ huyện"}
    assert bodies_of(f, "Vũ Thị Lan") == {"Phòng Nội vụ huyện Thanh Hà"}


def test_thuong_vu_alone_before_a_committee_is_a_seat_on_its_standing_board():
    f = facts_of(LEAD + " Dự có ông Lê Văn Hòa – Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.")
    assert titles_of(f, "Lê Văn Hòa") == {"Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"}
    assert "Ban Thường vụ Huyện ủy Thanh Hà" in bodies_of(f, "Lê Văn Hòa")


def test_a_standing_board_keeps_its_committee_written_in_lower_case():
    f = facts_of("Sáng 30.6, HĐND xã Tân Hòa tổ chức kỳ họp lần thứ nhất. Tỉnh ủy viên, Bí thư huyện ủy, Chủ tịch HĐND "
                 "huyện Trần Công Bình; Uỷ viên Ban Thường vụ huyện ủy, Phó Chủ tịch HĐND huyện Lê Văn Nam dự kỳ họp.")
    assert titles_of(f, "Lê Văn Nam") == {"Uỷ viên Ban Thường vụ huyện ủy", "Phó Chủ tịch HĐND huyện"}
    # a family name and two capitalised words after a bare 'huyện' are a person, whatever the middle name
    assert titles_of(f, "Trần Công Bình") == {"Tỉnh ủy viên", "Bí thư huyện ủy", "Chủ tịch HĐND huyện"}


def test_a_term_after_a_title_does_not_end_the_list_of_titles():
    f = facts_of("Sáng 5/5, Huyện ủy Thạch Hà tổ chức hội nghị. Đồng chí Nguyễn Văn Hà - ủy viên BCH Đảng bộ huyện, "
                 "Đại biểu HĐND huyện khóa XIX – Bí thư Đảng ủy thị trấn Thạch Hà cùng các đồng chí dự. Ông Lê Văn Tư, "
                 "Chủ tịch HĐND xã khoá XII, nhiệm kỳ 2021 – 2026, Bí thư Đảng ủy xã phát biểu.")
    assert "Bí thư Đảng ủy thị trấn Thạch Hà" in titles_of(f, "Nguyễn Văn Hà")
    assert titles_of(f, "Lê Văn Tư") == {"Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"}


def test_a_title_after_a_plural_address_is_every_listed_name_s():
    f = facts_of(LEAD + " Dự có các đồng chí Phó Chủ tịch UBND huyện Trần Văn Lạc, Nguyễn Thị Lan và Vũ Văn Tư; bà Lê "
                        "Thị Hoa, Trưởng phòng Nội vụ. Đồng chí Chủ tịch UBND huyện Đỗ Văn Hùng, Lý Văn Nam dự.")
    for name in ("Trần Văn Lạc", "Nguyễn Thị Lan", "Vũ Văn Tư"):
        assert titles_of(f, name) == {"Phó Chủ tịch UBND huyện"}
    assert titles_of(f, "Lê Thị Hoa") == {"Trưởng phòng Nội vụ"}
    assert titles_of(f, "Lý Văn Nam") == set()  # one 'đồng chí' is no list


def test_full_time_officers_and_a_highland_family_name():
    f = facts_of("Sáng 5/5, Hội Luật gia tỉnh Quảng Bình họp. Ông Nguyễn Văn Tuyến, Phó Chủ tịch chuyên trách Hội Luật "
                 "gia tỉnh Quảng Bình phát biểu. Dự có ông Điểu Xuân Hòa, Chủ tịch MTTQ tỉnh.")
    assert titles_of(f, "Nguyễn Văn Tuyến") == {"Phó Chủ tịch chuyên trách Hội Luật gia tỉnh Quảng Bình"}
    assert titles_of(f, "Điểu Xuân Hòa") == {"Chủ tịch MTTQ tỉnh"}


def test_a_commune_s_military_commander_keeps_quan_su_in_the_title():
    f = facts_of(LEAD + " Dự có ông Lê Văn Bình, Chỉ huy trưởng Quân sự xã Tân Hòa; ông Vũ Văn Cường, Chỉ huy trưởng "
                        "Ban Chỉ huy Quân sự huyện.")
    assert titles_of(f, "Lê Văn Bình") == {"Chỉ huy trưởng Quân sự xã Tân Hòa"}
    assert titles_of(f, "Vũ Văn Cường") == {"Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"}


def test_party_committee_member_abbreviated_and_the_front_s_joint_title():
    f = facts_of("Sáng 5/5, Đảng ủy phường Bình Thọ họp. Dự có Lâm Văn Phong – ĐUV, Phó Chủ tịch HĐND phường; ông Lê "
                 "Văn Châu, Ủy viên Trung ương Đảng, Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ Việt Nam.")
    assert titles_of(f, "Lâm Văn Phong") == {"ĐUV", "Phó Chủ tịch HĐND phường"}
    assert "Đảng ủy phường Bình Thọ" in bodies_of(f, "Lâm Văn Phong")
    assert "Phó Chủ tịch – Tổng Thư ký UBTƯ MTTQ Việt Nam" in titles_of(f, "Lê Văn Châu")


def test_the_youth_union_s_central_committee_ends_a_title():
    f = facts_of("Sáng 5/5, hội nghị khai mạc. Dự có đồng chí Dương Minh Hòa, Ủy viên Ban Thường vụ Trung ương Đoàn, Ủy "
                 "viên Đoàn Chủ tịch Trung ương Hội LHTN Việt Nam.")
    assert titles_of(f, "Dương Minh Hòa") == {"Ủy viên Ban Thường vụ Trung ương Đoàn",
                                              "Ủy viên Đoàn Chủ tịch Trung ương Hội LHTN Việt Nam"}


def test_a_lower_case_title_naming_its_body_before_a_name_after_va():
    f = facts_of("Chiều 8/11, đồng chí Đặng Văn Sơn – Phó Chủ tịch UBND tỉnh và chủ tịch UBND huyện Hương Khê Lê Văn "
                 "Huấn đến dự ngày hội. Các đại biểu và chủ tịch Lê Văn Tâm dự.")
    assert titles_of(f, "Lê Văn Huấn") == {"chủ tịch UBND huyện Hương Khê"}
    assert titles_of(f, "Lê Văn Tâm") == set()  # a bare role in lower case names no post


def test_a_role_after_a_dash_that_opens_with_a_body_word_is_the_next_title():
    f = facts_of("Sáng 5/5, HĐND huyện Tân Phước họp. Dự có đồng chí Lê Văn Tài – Bí thư Huyện ủy – Tổ trưởng tổ đại "
                 "biểu HĐND huyện; bà Đinh Thị Hạnh – Phó Chủ tịch UBND huyện – Huyện ủy viên.")
    assert titles_of(f, "Lê Văn Tài") == {"Bí thư Huyện ủy", "Tổ trưởng tổ đại biểu HĐND huyện"}
    assert bodies_of(f, "Lê Văn Tài") == {"Huyện ủy Tân Phước", "Tổ đại biểu Hội đồng nhân dân huyện Tân Phước"}
    assert not any(name.startswith("Tổ trưởng") for name in f.bodies)
    assert titles_of(f, "Đinh Thị Hạnh") == {"Phó Chủ tịch UBND huyện", "Huyện ủy viên"}


def test_a_title_word_with_a_slipped_tone_mark_is_still_a_title_kept_as_written():
    f = facts_of("Sáng 5/5, Đảng ủy xã Hòa Phong họp. Dự có đồng chí Lê Văn Tài, Phó bi thư Đảng ủy, Chủ tịch UBND "
                 "xã; bà Đinh Thị Hạnh, Phó Chú tịch Hội Nông dân xã.")
    assert titles_of(f, "Lê Văn Tài") == {"Phó bi thư Đảng ủy", "Chủ tịch UBND xã"}
    assert bodies_of(f, "Lê Văn Tài") == {"Đảng ủy xã Hòa Phong", "Ủy ban nhân dân xã Hòa Phong"}
    assert titles_of(f, "Đinh Thị Hạnh") == {"Phó Chú tịch Hội Nông dân xã"}


def test_a_title_word_with_one_letter_slipped_before_a_body_is_still_a_title_kept_as_written():
    f = facts_of("Sáng 5/5, Đảng ủy xã Hòa Phong họp. Dự có đồng chí Lê Văn Tài - Bí thu Đảng ủy xã; đồng chí Ngô "
                 "Văn Thạch - Phó Bí thư Thường thực Huyện ủy, Chủ tịch HĐND huyện; bà Đinh Thị Hạnh, Phó bí thư "
                 "trường trực Đảng ủy.")
    assert titles_of(f, "Lê Văn Tài") == {"Bí thu Đảng ủy xã"}
    assert bodies_of(f, "Lê Văn Tài") == {"Đảng ủy xã Hòa Phong"}
    assert titles_of(f, "Ngô Văn Thạch") == {"Phó Bí thư Thường thực Huyện ủy", "Chủ tịch HĐND huyện"}
    assert titles_of(f, "Đinh Thị Hạnh") == {"Phó bí thư trường trực Đảng ủy"}


def test_a_word_one_letter_off_a_title_word_with_no_body_after_it_is_no_title():
    f = facts_of("Sáng 5/5, HĐND xã Hòa Phong họp. Phó Chủ tịch được bầu là ông Lê Văn Tài, Phó Chủ tịch UBND xã.")
    assert titles_of(f, "Lê Văn Tài") == {"Phó Chủ tịch UBND xã"}
    from kg.vocab import vocabulary
    roles = vocabulary().roles
    assert roles.letter_slipped(["chủ", "tịch", "được"], 0)[0] == 3  # looks like 'Chủ tịch nước' …
    assert roles.letter_slipped(["bu", "thư"], 0) is None  # … never a slip in the first word


def test_a_family_name_or_a_school_is_no_slipped_title():
    f = facts_of("Sáng 5/5, UBND xã Hòa Phong họp. Dự có đồng chí Trương Đoàn Hải, Chủ tịch UBND xã Hòa Phong.")
    assert titles_of(f, "Trương Đoàn Hải") == {"Chủ tịch UBND xã Hòa Phong"}
    from kg.vocab import vocabulary
    roles = vocabulary().roles
    assert roles.longest(["trương", "đoàn", "hải"], 0) is None  # 'Trưởng đoàn' slipped would be a family name
    assert roles.longest(["chi", "bộ", "trường"], 1) is None  # 'chi bộ trường THCS': no 'Bộ trưởng'
    assert roles.longest(["trường", "đoàn"], 0)[0] == 2


def test_the_head_of_a_village_or_neighbourhood_keeps_the_unit_s_name():
    f = facts_of(LEAD + " Cử tri bầu ông Hà Văn Tâm giữ chức vụ trưởng thôn Nà Phai nhiệm kỳ 2025-2027. Dự có ông Lê"
                        " Văn Tư, Trưởng khu phố Tân Hòa; ông Lò Văn Sáng, Tổ trưởng tổ dân phố 3; bà Lê Thị Hoa, Trưởng"
                        " ấp.")
    assert titles_of(f, "Hà Văn Tâm") == {"trưởng thôn Nà Phai"}
    assert titles_of(f, "Lê Văn Tư") == {"Trưởng khu phố Tân Hòa"}
    assert titles_of(f, "Lò Văn Sáng") == {"Tổ trưởng tổ dân phố 3"}
    assert titles_of(f, "Lê Thị Hoa") == {"Trưởng ấp"}


def test_a_name_after_the_head_of_a_village_is_the_holder_not_the_village():
    f = facts_of(LEAD + " Trưởng ấp Nguyễn Văn Út phát biểu. Tại buổi họp, Trưởng khu phố Lê Thị Hoa cho biết.")
    assert titles_of(f, "Nguyễn Văn Út") == {"Trưởng ấp"}
    assert titles_of(f, "Lê Thị Hoa") == {"Trưởng khu phố"}


def test_an_office_keeps_the_capitalised_words_of_its_name_in_the_title():
    f = facts_of("Ngày 11/9, UBND tỉnh làm việc với Đoàn công tác do ông Lê Văn Hòa - Vụ trưởng, Chánh Văn phòng "
                 "Điều phối Chương trình Giảm nghèo Trung ương làm Trưởng đoàn.")
    assert "Chánh Văn phòng Điều phối Chương trình Giảm nghèo Trung ương" in titles_of(f, "Lê Văn Hòa")
    assert "Văn phòng Điều phối Chương trình Giảm nghèo Trung ương" in f.bodies


def test_bch_before_quan_su_is_the_military_command_not_an_executive_committee():
    f = facts_of("Sáng 12/2, huyện Phù Cừ tổ chức lễ giao nhận quân. Dự có Thượng tá Lê Văn Bình, Chỉ huy trưởng BCH "
                 "Quân sự huyện; Đại tá Vũ Văn Cường – Phó Tham mưu trưởng BCH Quân sự tỉnh.")
    assert titles_of(f, "Lê Văn Bình") == {"Thượng tá", "Chỉ huy trưởng BCH Quân sự huyện"}
    assert bodies_of(f, "Lê Văn Bình") == {None, "Ban Chỉ huy Quân sự huyện Phù Cừ"}
    assert "Phó Tham mưu trưởng BCH Quân sự tỉnh" in titles_of(f, "Vũ Văn Cường")


def test_a_role_s_named_body_keeps_its_lower_case_name_from_its_first_word():
    f = facts_of(LEAD + " Dự có đồng chí Trần Văn Khải, Ủy viên Trung ương Đảng, Chủ tịch Hội đồng khoa học Trung "
                        "ương; ông Phạm Đức Lâm – Vụ trưởng vụ địa phương 3, Văn phòng Trung ương Đảng.")
    assert "Chủ tịch Hội đồng khoa học Trung ương" in titles_of(f, "Trần Văn Khải")
    assert "Vụ trưởng vụ địa phương 3" in titles_of(f, "Phạm Đức Lâm")


def test_a_named_body_outside_a_title_still_stops_at_a_lower_case_word():
    f = facts_of(LEAD + " Hội đồng thẩm định các đề án đã họp.")
    assert not any(name.startswith("Hội đồng thẩm định") for name in f.bodies)


def test_uvbch_before_an_association_is_a_member_of_its_executive_committee():
    f = facts_of("Ngày 12/5, Hội Cựu chiến binh xã Tân Lập tổ chức Đại hội. Dự có đồng chí Phạm Văn Đông - UVBCH Hội "
                 "Cựu chiến binh tỉnh, Chủ tịch Hội Cựu chiến binh huyện.")
    assert titles_of(f, "Phạm Văn Đông") == {"UVBCH Hội Cựu chiến binh tỉnh", "Chủ tịch Hội Cựu chiến binh huyện"}
