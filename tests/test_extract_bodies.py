"""Official body names (kg/data/official_bodies.tsv): a title is never cut inside one."""
from extract_helpers import bodies_of, facts_of, titles_of

from kg.vocab import spellings, vocabulary, words

LEAD = "Sáng 14-1, Ban Thường vụ Tỉnh ủy Hải Dương làm việc với Huyện ủy Thanh Hà."


def test_names_with_va_or_a_dash_are_kept_whole_in_titles():
    f = facts_of(LEAD + " Dự có các đồng chí: Lê Văn Sơn, Giám đốc Sở Thông tin và Truyền thông; Đặng Thị Mai, "
                        "Phó Giám đốc Sở Khoa học - Công nghệ; Vũ Hữu Tài, Trưởng phòng Lao động - Thương binh và "
                        "Xã hội huyện; Hà Văn Lộc, Trưởng Ban Thi đua - Khen thưởng tỉnh.")
    assert titles_of(f, "Lê Văn Sơn") == {"Giám đốc Sở Thông tin và Truyền thông"}
    assert titles_of(f, "Đặng Thị Mai") == {"Phó Giám đốc Sở Khoa học - Công nghệ"}
    assert titles_of(f, "Vũ Hữu Tài") == {"Trưởng phòng Lao động - Thương binh và Xã hội huyện"}
    assert titles_of(f, "Hà Văn Lộc") == {"Trưởng Ban Thi đua - Khen thưởng tỉnh"}


def test_a_variant_spelling_names_the_official_body_and_the_place_follows_it():
    f = facts_of(LEAD + " Dự có đồng chí Đặng Thị Mai, Phó Giám đốc Sở Khoa học - Công nghệ; đồng chí Vũ Hữu Tài, "
                        "Trưởng phòng Lao động - Thương binh và Xã hội huyện.")
    assert bodies_of(f, "Đặng Thị Mai") == {"Sở Khoa học và Công nghệ tỉnh Hải Dương"}
    assert bodies_of(f, "Vũ Hữu Tài") == {"Phòng Lao động - Thương binh và Xã hội huyện Thanh Hà"}
    assert f.bodies["Sở Khoa học và Công nghệ tỉnh Hải Dương"].english.endswith("Department of Science and Technology")


def test_an_abbreviated_joint_delegation_is_one_body():
    f = facts_of(LEAD + " Dự có bà Kiều Thị Nga, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH và HĐND tỉnh.")
    assert titles_of(f, "Kiều Thị Nga") == {"Phó Trưởng đoàn chuyên trách Đoàn ĐBQH và HĐND tỉnh"}
    assert bodies_of(f, "Kiều Thị Nga") == {"Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hải Dương"}


def test_capitalised_words_after_sở_that_are_no_official_name_are_not_taken_for_one():
    f = facts_of(LEAD + " Dự có ông Lê Văn Sơn, Giám đốc Sở Nội vụ và Đào Văn Khánh, Chánh Văn phòng Tỉnh ủy.")
    assert titles_of(f, "Lê Văn Sơn") == {"Giám đốc Sở Nội vụ"}
    assert "Đào Văn Khánh" in f.persons


def test_spellings_combine_abbreviations_and_dashes():
    forms = spellings(words("Đoàn đại biểu Quốc hội và Hội đồng nhân dân"), vocabulary().abbreviations)
    assert words("Đoàn ĐBQH và HĐND") in forms
    assert words("Sở LĐ-TB&XH") == ("sở", "lđ", "-", "tb", "&", "xh")
    dashed = spellings(words("Ban Thi đua - Khen thưởng"), {})
    assert words("Ban Thi đua – Khen thưởng") in dashed


def test_the_central_committee_is_one_body_by_its_official_name_however_written():
    f = facts_of("Sáng 5/5, đồng chí Lê Văn An, Ủy viên Trung ương Đảng, làm việc. Đồng chí Trần Văn Bình, "
                 "Ủy viên Ban Chấp hành Trung ương, dự.")
    assert bodies_of(f, "Lê Văn An") == bodies_of(f, "Trần Văn Bình") == {"Ban Chấp hành Trung ương Đảng"}
    assert [b for b in f.bodies if "Trung ương" in b] == ["Ban Chấp hành Trung ương Đảng"]


def test_a_type_word_typed_twice_names_the_place_once():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư làm việc với Đảng ủy xã xã Song Lãng.")
    assert "Đảng ủy xã Song Lãng" in f.bodies
    assert {p.name for p in f.places.values()} >= {"Song Lãng"}


def test_the_fatherland_is_no_group_and_ubmt_is_the_front_committee():
    f = facts_of("Sáng 5/5, HĐND phường Tân Lập họp cùng UBND và UBMT Tổ quốc phường Tân Lập để bàn công tác "
                 "bảo vệ an ninh Tổ quốc trên địa bàn.")
    assert "Ủy ban Mặt trận Tổ quốc phường Tân Lập" in f.bodies
    assert not [b for b in f.bodies if b.startswith("Tổ")]


def test_an_inspection_and_supervision_delegation_keeps_its_comma_and_number():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư triển khai kế hoạch. Đồng chí Lê Văn Tấn, Trưởng Đoàn kiểm tra, giám sát "
                 "số 02 báo cáo.")
    assert titles_of(f, "Lê Văn Tấn") == {"Trưởng Đoàn kiểm tra, giám sát số 02"}
    assert bodies_of(f, "Lê Văn Tấn") == {"Đoàn kiểm tra, giám sát số 02"}


def test_a_ministry_is_central_and_an_office_of_the_rural_programme_is_one_name():
    f = facts_of("Sáng 5/5, UBND phường Tân Lập họp. Dự có đồng chí Lê Văn Tám, Thứ trưởng Bộ Công an; đồng chí "
                 "Hà Văn Phú, Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh.")
    assert bodies_of(f, "Lê Văn Tám") == {"Bộ Công an"}
    assert titles_of(f, "Hà Văn Phú") == {"Chánh Văn phòng Điều phối xây dựng nông thôn mới tỉnh"}


def test_the_presidents_name_alone_is_no_city():
    f = facts_of("Sáng 5/5, Đoàn TNCS Hồ Chí Minh huyện Vũ Thư học tập tư tưởng Chủ tịch Hồ Chí Minh.")
    assert not [p for p in f.places.values() if p.name == "Hồ Chí Minh"]
    assert [p for p in facts_of("Sáng 5/5, đoàn công tác đến TP. Hồ Chí Minh.").places.values()
            if p.name == "Hồ Chí Minh"]


def test_a_unit_written_once_after_a_list_of_body_words_belongs_to_each():
    f = facts_of("Sáng 5/5, lãnh đạo Huyện ủy, HĐND và UBND huyện Vũ Thư dự lễ. Đại diện Đảng ủy, HĐND, UBND, "
                 "Ủy ban MTTQ xã Tân Lập báo cáo.")
    assert {"Hội đồng nhân dân huyện Vũ Thư", "Ủy ban nhân dân huyện Vũ Thư",
            "Hội đồng nhân dân xã Tân Lập", "Ủy ban nhân dân xã Tân Lập", "Đảng ủy xã Tân Lập"} <= set(f.bodies)


def test_a_bare_body_word_takes_no_unit_across_other_words_or_a_semicolon():
    f = facts_of("Sáng 5/5, HĐND và các đồng chí lãnh đạo UBND huyện Vũ Thư dự lễ; HĐND; UBND xã Tân Lập báo cáo.")
    assert "Hội đồng nhân dân huyện Vũ Thư" not in f.bodies
    assert "Hội đồng nhân dân xã Tân Lập" not in f.bodies


def test_a_district_youth_union_is_a_body_not_a_district_named_doan():
    f = facts_of("Sáng 5/5, Huyện đoàn Vũ Thư tổ chức ra quân. Dự có đồng chí Lê Văn An – Phó Bí thư Huyện Đoàn; "
                 "Ban Chấp hành Chi đoàn thôn Đông và Công đoàn xã Tân Lập huyện Vũ Thư.")
    assert "Huyện đoàn Vũ Thư" in f.bodies
    assert not [p for p in f.places.values() if p.name == "Đoàn"]
    assert "Công đoàn xã Tân Lập" in f.bodies
    g = facts_of("Sáng 5/5, đồng chí Lê Thị Hoa – Bí thư Đoàn xã Tân Lập phát biểu. Ông Đoàn Văn Hùng dự.")
    assert "Đoàn xã Tân Lập" in g.bodies
    assert not [n for n in g.bodies if "Hùng" in n]


def test_a_body_numbered_right_after_its_word_ends_with_its_number_or_its_unit():
    f = facts_of("Sáng 5/5, Ban chỉ đạo 502 tỉnh Thái Bình họp. Chi bộ 22 quản lý 25 đảng viên. Tổ 5 họp.")
    assert "Ban Chỉ đạo 502 tỉnh Thái Bình" in f.bodies
    assert "Chi bộ 22" in f.bodies
    assert not [n for n in f.bodies if n.startswith("Tổ")]


def test_associations_of_special_character_are_bodies_at_every_level():
    f = facts_of("Sáng 5/5, Hội Người khuyết tật huyện Vũ Thư tổ chức Đại hội lần thứ II. Dự có ông Lê Văn An, Chủ "
                 "tịch Hội Luật gia tỉnh Thái Bình; bà Trần Thị Bình, Phó Chủ tịch Hội người khuyết tật tỉnh "
                 "Thái Bình.")
    assert {"Hội Người khuyết tật huyện Vũ Thư", "Hội Luật gia tỉnh Thái Bình",
            "Hội Người khuyết tật tỉnh Thái Bình"} <= set(f.bodies)
    assert f.bodies["Hội Người khuyết tật huyện Vũ Thư"].parent == "Hội Người khuyết tật tỉnh Thái Bình"
    assert {p.body for p in f.posts if p.person == "Lê Văn An"} == {"Hội Luật gia tỉnh Thái Bình"}


def test_a_conference_or_a_festival_is_no_association():
    f = facts_of("Sáng 5/5, tại Hội trường UBND huyện Vũ Thư, Hội Nông dân huyện tổ chức Hội nghị tổng kết và "
                 "Hội thi nhà nông đua tài.")
    assert not any(name.startswith(("Hội nghị", "Hội trường", "Hội thi")) for name in f.bodies)


def test_a_list_of_boards_shares_the_organisation_the_last_one_belongs_to():
    f = facts_of("Sáng 5/5, tại phường Tân Hòa, quận Ngô Quyền, các đồng chí trong Ban Thường vụ, Ban Chấp hành "
                 "Đảng ủy phường Tân Hòa và Ban Thường vụ, Ban Chấp hành Hội Cựu chiến binh phường Tân Hòa dự họp.")
    assert f.bodies["Ban Thường vụ Đảng ủy phường Tân Hòa"].parent == "Đảng ủy phường Tân Hòa"
    assert f.bodies["Ban Thường vụ Hội Cựu chiến binh phường Tân Hòa"].parent == "Hội Cựu chiến binh phường Tân Hòa"
    assert "Ban Thường vụ" not in f.bodies


def test_a_military_service_council_is_a_body_of_its_district_or_commune():
    f = facts_of("Sáng 10-1, UBND huyện Thanh Hà tổ chức lễ giao nhận quân. Dự có ông Lê Văn Sơn, Chủ tịch Hội đồng "
                 "Nghĩa vụ quân sự huyện; ông Trần Văn Hòa, Phó Chủ tịch Hội đồng NVQS xã Thanh Sơn.")
    assert titles_of(f, "Lê Văn Sơn") == {"Chủ tịch Hội đồng Nghĩa vụ quân sự huyện"}
    assert bodies_of(f, "Lê Văn Sơn") == {"Hội đồng Nghĩa vụ quân sự huyện Thanh Hà"}
    assert f.bodies["Hội đồng Nghĩa vụ quân sự huyện Thanh Hà"].english.endswith("Military Service Council")
    assert bodies_of(f, "Trần Văn Hòa") == {"Hội đồng Nghĩa vụ quân sự xã Thanh Sơn"}


def test_ub_with_a_dot_is_a_committee_before_a_capital_or_a_space():
    f = facts_of(LEAD + " Dự có ông Hà Văn Lộc, Chủ tịch UB.MTTQ huyện; bà Lê Thị Hoa, Phó Chủ tịch UB. nhân dân "
                        "huyện.")
    assert titles_of(f, "Hà Văn Lộc") == {"Chủ tịch UB.MTTQ huyện"}
    assert bodies_of(f, "Hà Văn Lộc") == {"Ủy ban Mặt trận Tổ quốc huyện Thanh Hà"}
    assert titles_of(f, "Lê Thị Hoa") == {"Phó Chủ tịch UB. nhân dân huyện"}
    assert bodies_of(f, "Lê Thị Hoa") == {"Ủy ban nhân dân huyện Thanh Hà"}


def test_ub_without_its_dot_before_the_fronts_short_name_is_the_front_committee():
    f = facts_of(LEAD + " Phát biểu có đồng chí Quách Văn Tư – UV BTV Đảng ủy, CT UB MTTQ xã Thanh Sơn.")
    assert "CT UB MTTQ xã Thanh Sơn" in titles_of(f, "Quách Văn Tư")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thanh Sơn" in bodies_of(f, "Quách Văn Tư")


def test_a_short_form_with_a_dot_is_spelled_as_one_token_and_as_two():
    forms = spellings(words("Ủy ban nhân dân"), {"UB.": "Ủy ban"})
    assert ("ub.", "nhân", "dân") in forms and ("ub", ".", "nhân", "dân") in forms


def test_a_dotted_short_form_ending_a_title_leaves_the_full_stop_to_the_sentence():
    f = facts_of("Sáng 14-1, HĐND thành phố Hải Phòng khai mạc kỳ họp. Cùng dự có các đồng chí: Vũ Văn Bình, Chủ tịch "
                 "Ủy ban MTTQ Việt Nam TP.\nChủ tịch HĐND TP Lê Văn An chủ trì kỳ họp.")
    assert titles_of(f, "Vũ Văn Bình") == {"Chủ tịch Ủy ban MTTQ Việt Nam TP"}
    assert spellings(words("Việt Nam thành phố"), {"TP.": "thành phố"}) == {words("Việt Nam thành phố"),
                                                                            words("Việt Nam TP.")}


def test_a_military_region_is_a_central_body_named_by_its_number():
    f = facts_of(LEAD + " Dự có ông Phạm Văn Tâm, Phó Tư lệnh Quân khu 4. Đoàn đã thăm Bộ Tư lệnh Quân khu 4.")
    assert bodies_of(f, "Phạm Văn Tâm") == {"Quân khu 4"}
    assert f.bodies["Quân khu 4"].place is None  # never the article's province's
    assert "Bộ Tư lệnh Quân khu 4" in f.bodies


def test_a_bare_department_or_office_is_the_article_s_province_s_or_district_s():
    f = facts_of(LEAD + " Dự có ông Lê Văn Sơn, Giám đốc Sở Y tế; bà Vũ Thị Lan, Phó phòng Nội vụ; ông Hà Văn Lộc, "
                        "Trưởng phòng Thông tin - Dân nguyện.")
    assert bodies_of(f, "Lê Văn Sơn") == {"Sở Y tế tỉnh Hải Dương"}
    assert bodies_of(f, "Vũ Thị Lan") == {"Phòng Nội vụ huyện Thanh Hà"}
    assert bodies_of(f, "Hà Văn Lộc") == {"Phòng Thông tin - Dân nguyện"}  # a division of an office, of no unit
    city = facts_of("Sáng 14-1, Thành ủy Hải Phòng làm việc. Dự có ông Lê Văn Sơn, Giám đốc Sở Y tế.")
    assert bodies_of(city, "Lê Văn Sơn") == {"Sở Y tế thành phố Hải Phòng"}
    nowhere = facts_of("Sáng 14-1, hội nghị khai mạc. Dự có ông Lê Văn Sơn, Giám đốc Sở Y tế.")
    assert bodies_of(nowhere, "Lê Văn Sơn") == {"Sở Y tế"}


def test_the_front_of_a_unit_is_its_front_committee_however_written():
    f = facts_of("Sáng 5/5, ông Trần Văn Bình, Chủ tịch MTTQ huyện Vũ Thư, dự hội nghị của Mặt trận Tổ quốc Việt Nam "
                 "xã Tân Hòa. Công tác Mặt trận Tổ quốc được đánh giá cao.")
    assert "Ủy ban Mặt trận Tổ quốc huyện Vũ Thư" in f.bodies  # 'Việt Nam' only where the article writes it
    assert f.bodies["Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hòa"].parent == "Ủy ban Mặt trận Tổ quốc huyện Vũ Thư"
    assert bodies_of(f, "Trần Văn Bình") == {"Ủy ban Mặt trận Tổ quốc huyện Vũ Thư"}
    assert not [b for b in f.bodies if b.startswith("Mặt trận")]  # nor a bare 'Mặt trận Tổ quốc' a body


def test_an_abbreviation_with_an_ampersand_is_also_written_with_a_hyphen():
    f = facts_of("Sáng 5/5, UBND tỉnh Hậu Giang trao quyết định. Ông Hồ Văn Phúc, Giám đốc Sở TN-MT tỉnh Hậu Giang nhận "
                 "nhiệm vụ; bà Lê Thị Mai, Trưởng phòng GD-ĐT huyện Phụng Hiệp.")
    assert titles_of(f, "Hồ Văn Phúc") == {"Giám đốc Sở TN-MT tỉnh Hậu Giang"}
    assert bodies_of(f, "Hồ Văn Phúc") == {"Sở Tài nguyên và Môi trường tỉnh Hậu Giang"}
    assert bodies_of(f, "Lê Thị Mai") == {"Phòng Giáo dục và Đào tạo huyện Phụng Hiệp"}


def test_an_acronym_in_brackets_that_spells_the_words_before_it_lets_the_name_read_on_to_its_unit():
    f = facts_of("Sáng ngày 12/7/2023, Hội đồng nhân dân (HĐND) xã Tân Lợi khóa XII đã tổ chức kỳ họp thứ 9. "
                 "Ủy ban nhân dân (UBND) huyện Hòa Vang cử đại diện dự.")
    assert {"Hội đồng nhân dân xã Tân Lợi", "Ủy ban nhân dân huyện Hòa Vang"} <= set(f.bodies)


def test_an_acronym_in_brackets_that_spells_other_words_is_kept():
    from kg.extract.tokens import tokenize
    from kg.text import Span

    text = "Hội nghị Ban Chấp hành (lần thứ 5) và Đoàn thanh niên (UBND) xã."
    assert "ubnd" in tokenize(Span(text, 0, len(text))).keys
    spelled = "Hội Cựu chiến binh (CCB) tỉnh họp."
    assert "ccb" not in tokenize(Span(spelled, 0, len(spelled))).keys


def test_the_agencies_bloc_of_party_state_and_mass_organisations_is_one_official_name():
    f = facts_of("Sáng 14-1, Thành ủy Cần Thơ tổ chức hội nghị. Dự có đồng chí Phạm Văn Lộc, Phó Bí thư Đảng ủy khối "
                 "cơ quan Dân Chính Đảng thành phố.")
    assert titles_of(f, "Phạm Văn Lộc") == {"Phó Bí thư Đảng ủy khối cơ quan Dân Chính Đảng thành phố"}
    assert bodies_of(f, "Phạm Văn Lộc") == {"Đảng ủy Khối cơ quan Dân chính Đảng thành phố Cần Thơ"}


def test_a_list_of_council_committees_shares_the_council_the_last_one_belongs_to():
    f = facts_of("Sáng 5/7, HĐND huyện Tân Phú khai mạc kỳ họp. Kỳ họp nghe báo cáo thẩm tra của Ban kinh tế - xã "
                 "hội và Ban pháp chế HĐND huyện.")
    council = "Hội đồng nhân dân huyện Tân Phú"
    for committee in ("Ban Kinh tế - Xã hội", "Ban Pháp chế"):
        assert f.bodies[f"{committee} {council}"].parent == council


def test_a_council_committee_written_with_va_or_without_its_dash_keeps_its_wording():
    f = facts_of("Sáng 5/7, HĐND tỉnh Hòa Bình khai mạc kỳ họp. Dự có ông Lê Văn Bình, Ủy viên Ban Kinh tế và Ngân "
                 "sách HĐND tỉnh; bà Lò Thị Mai, Phó Trưởng Ban Văn hóa xã hội HĐND tỉnh.")
    assert titles_of(f, "Lê Văn Bình") == {"Ủy viên Ban Kinh tế và Ngân sách HĐND tỉnh"}
    assert bodies_of(f, "Lê Văn Bình") == {"Ban Kinh tế và Ngân sách Hội đồng nhân dân tỉnh Hòa Bình"}
    assert bodies_of(f, "Lò Thị Mai") == {"Ban Văn hóa xã hội Hội đồng nhân dân tỉnh Hòa Bình"}
    assert f.bodies["Ban Văn hóa xã hội Hội đồng nhân dân tỉnh Hòa Bình"].parent == "Hội đồng nhân dân tỉnh Hòa Bình"


def test_a_residential_group_is_a_place_not_a_group_body():
    f = facts_of("Sáng 5/5, Tổ dân phố Đồng Tâm, phường Tân Lập tổ chức ngày hội đại đoàn kết. Tổ dân phố có 120 hộ.")
    assert not any(name.startswith("Tổ dân phố") or name.startswith("Tổ ") for name in f.bodies)


def test_a_verb_of_the_meeting_ends_a_body_s_name():
    f = facts_of("Sáng 5/5, Đảng ủy phường Tân Lập tổ chức hội nghị. Đồng chí Lê Văn Tài nhấn mạnh Tiểu ban Phục vụ "
                 "Đại hội cần thực hiện nghiêm túc kế hoạch.")
    assert any(name.startswith("Tiểu ban Phục vụ Đại hội") for name in f.bodies)
    assert not any(name.startswith("Tiểu ban Phục vụ Đại hội cần") for name in f.bodies)
