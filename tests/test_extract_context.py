"""Bodies and places resolved against the article's setting; hierarchy from phrasing."""
from extract_helpers import bodies_of, facts_of


def test_bare_committees_resolve_to_the_articles_province_and_district():
    f = facts_of("Sáng 5/5, Ban Thường vụ Tỉnh ủy Thái Bình làm việc với Huyện ủy Vũ Thư. Dự có đồng chí "
                 "Tô Văn Hải, Bí thư Tỉnh ủy; đồng chí Lê Thị Tâm, Bí thư Huyện ủy, Chủ tịch UBND huyện.")
    assert bodies_of(f, "Tô Văn Hải") == {"Tỉnh ủy Thái Bình"}
    assert bodies_of(f, "Lê Thị Tâm") == {"Huyện ủy Vũ Thư", "Ủy ban nhân dân huyện Vũ Thư"}


def test_boards_lie_within_their_committee():
    f = facts_of("Sáng 5/5, Ban Thường vụ Quận ủy Hồng Bàng họp với đồng chí Lê Văn Tư.")
    assert f.bodies["Ban Thường vụ Quận ủy Hồng Bàng"].parent == "Quận ủy Hồng Bàng"


def test_cua_and_a_dash_link_a_group_to_its_parents():
    f = facts_of("Chiều 29/7, Nhóm khảo sát số 2 của Tổ kinh tế, xã hội – Tiểu ban Văn kiện Đại hội Đảng bộ "
                 "tỉnh do đồng chí Hà Văn Lâm làm Trưởng đoàn làm việc với Huyện ủy Vũ Thư.", stamp=None)
    assert f.bodies["Nhóm khảo sát số 2"].parent == "Tổ kinh tế, xã hội"
    assert f.bodies["Tổ kinh tế, xã hội"].parent.startswith("Tiểu ban Văn kiện Đại hội")


def test_old_and_new_tone_marks_name_one_body():
    f = facts_of("Sáng 5/5, Thành uỷ Hải Phòng họp. Dự có đồng chí Lê An, Bí thư Thành ủy.")
    assert [b for b in f.bodies if b.startswith("Thành")] == ["Thành ủy Hải Phòng"]


def test_a_city_within_a_province_gives_the_province_and_its_own_city_committee():
    f = facts_of("Sáng 12/3, tại Hội trường Thành ủy Vũng Tàu, Đại hội đại biểu Đảng bộ phường 7, TP. Vũng Tàu khai mạc. "
                 "Đây là Đảng bộ được Ban Thường vụ Tỉnh ủy và Ban Thường vụ Thành ủy chọn làm Đại hội điểm.")
    assert "Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu" in f.bodies
    assert "Ban Thường vụ Thành ủy Vũng Tàu" in f.bodies
    assert "Thành ủy Bà Rịa - Vũng Tàu" not in f.bodies


def test_a_level_the_article_never_names_gives_the_bare_body_of_its_own():
    f = facts_of("Sáng 5/5, Ban Thường vụ Tỉnh ủy họp. Dự có đồng chí Tô Văn Hải, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
                 "đồng chí Lê Thị Tâm, Tỉnh ủy viên, Chủ tịch UBND thành phố.")
    assert bodies_of(f, "Tô Văn Hải") == {"Tỉnh ủy", "Hội đồng nhân dân tỉnh"}
    assert bodies_of(f, "Lê Thị Tâm") == {"Tỉnh ủy", "Ủy ban nhân dân thành phố"}
    assert f.bodies["Ban Thường vụ Tỉnh ủy"].parent == "Tỉnh ủy"
    assert {"Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân tỉnh"} <= f.local_bodies
    assert f.bodies["Hội đồng nhân dân tỉnh"].english == "Provincial People's Council"


def test_a_bare_ward_is_the_articles_own_only_when_it_names_no_ward():
    alone = facts_of("Sáng 5/5, Đảng ủy phường họp. Dự có đồng chí Vũ Thị Lan, Chủ tịch UBND phường.")
    assert bodies_of(alone, "Vũ Thị Lan") == {"Ủy ban nhân dân phường"}
    assert "Ủy ban nhân dân phường" in alone.local_bodies
    several = facts_of("Sáng 5/5, quận Lê Chân họp với phường An Biên và phường Cát Dài. Dự có đồng chí "
                       "Vũ Thị Lan, Chủ tịch UBND phường.")
    assert bodies_of(several, "Vũ Thị Lan") == {None}
    assert not several.local_bodies


def test_a_named_province_leaves_no_body_of_the_article_own():
    f = facts_of("Sáng 5/5, Ban Thường vụ Tỉnh ủy Thái Bình họp. Dự có đồng chí Tô Văn Hải, Bí thư Tỉnh ủy.")
    assert bodies_of(f, "Tô Văn Hải") == {"Tỉnh ủy Thái Bình"}
    assert not f.local_bodies


def test_a_bare_party_committee_on_a_page_that_names_no_unit_is_the_articles_own():
    f = facts_of("Sáng 5/5, Đảng ủy họp phiên thường kỳ. Dự có đồng chí Hà Văn Phú, Bí thư Đảng ủy, Chủ tịch HĐND xã.")
    assert bodies_of(f, "Hà Văn Phú") == {"Đảng ủy", "Hội đồng nhân dân xã"}
    assert "Đảng ủy" in f.local_bodies


def test_a_bare_party_committee_is_the_one_the_article_names_in_full():
    f = facts_of("Sáng 5/5, Đảng ủy Khối các cơ quan họp. Dự có đồng chí Hà Văn Phú, Bí thư Đảng ủy.")
    assert bodies_of(f, "Hà Văn Phú") == {"Đảng ủy Khối các cơ quan"}
    assert "Đảng ủy" not in f.bodies and not f.local_bodies


def test_a_bare_party_committee_where_the_article_names_its_province_is_no_body():
    f = facts_of("Sáng 5/5, Tỉnh ủy Thái Bình họp. Dự có đồng chí Hà Văn Phú, Bí thư Đảng ủy.")
    assert bodies_of(f, "Hà Văn Phú") == {None}


def test_a_count_of_months_after_a_type_word_names_no_unit():
    from extract_helpers import facts_of

    f = facts_of("Sáng 5/5, HĐND thành phố Hải Phòng họp. Kết quả thực hiện nghị quyết của thành phố 6 tháng đầu "
                 "năm và của huyện 9 tháng qua được thông qua. UBND phường 6 báo cáo.")
    names = {p.name for p in f.places.values()}
    assert "9" not in names
    assert "Hội đồng nhân dân thành phố Hải Phòng" in f.bodies
    assert "Ủy ban nhân dân phường 6" in f.bodies


def test_units_listed_after_one_plural_type_word_each_take_its_type():
    from extract_helpers import facts_of

    f = facts_of("Sáng 5/5, Đoàn kiểm tra làm việc tại các xã Tân Lập, Song Lãng và Hòa Bình thuộc huyện Vũ Thư, "
                 "tỉnh Thái Bình.")
    communes = {p.name for p in f.places.values() if p.kind == "commune"}
    assert {"Tân Lập", "Song Lãng", "Hòa Bình"} <= communes


def test_a_name_after_a_singular_type_word_and_a_comma_is_a_person_not_a_unit():
    from extract_helpers import facts_of

    f = facts_of("Sáng 5/5, Chủ tịch UBND xã Tân Lập, Trần Văn Bình chủ trì hội nghị tại huyện Vũ Thư, tỉnh Thái Bình.")
    assert not [p for p in f.places.values() if "Bình" in p.name and p.name != "Thái Bình"]


def test_hamlets_and_quarters_are_residential_groups_and_a_number_alone_names_none():
    from extract_helpers import facts_of

    f = facts_of("Sáng 5/5, Chi bộ ấp Tân Hòa, xã Tân Lập, huyện Vũ Thư, tỉnh Thái Bình họp. Khu phố 2 và thôn Đông "
                 "ra quân xây dựng nông thôn mới. Trung tâm Phát triển nông thôn Trung ương dự.")
    groups = {p.name for p in f.places.values() if p.kind == "residential-group"}
    assert {"Tân Hòa", "Khu phố 2", "Đông"} <= groups
    assert "Trung" not in groups and "2" not in groups
    assert "Chi bộ ấp Tân Hòa" in f.bodies


def test_the_executive_committee_of_a_party_committee_is_named_after_its_organisation():
    f = facts_of("Sáng 5/5, Đảng ủy xã Tân Lập tổ chức hội nghị. Dự có đồng chí Hà Văn Khánh, Ủy viên BCH Đảng ủy "
                 "xã Tân Lập; các đồng chí trong Ban Chấp hành Đảng ủy xã Tân Lập.")
    assert "Ban Chấp hành Đảng bộ xã Tân Lập" in f.bodies
    assert not any(name.startswith("Ban Chấp hành Đảng ủy") for name in f.bodies)
    assert bodies_of(f, "Hà Văn Khánh") == {"Ban Chấp hành Đảng bộ xã Tân Lập"}
    f = facts_of("Sáng 5/5, Đảng ủy Quân sự tỉnh họp với Ban Chấp hành Hội Nông dân xã Tân Lập.")
    assert "Ban Chấp hành Hội Nông dân xã Tân Lập" in f.bodies


def test_a_bare_executive_committee_of_the_party_organisation_is_the_named_wards():
    f = facts_of("Sáng 5/5, Đảng ủy phường Đông Hòa họp. Dự có đồng chí Lý Thị Mai, Bí thư Đảng ủy phường Đông Hòa "
                 "cùng các đồng chí trong Ban Chấp hành Đảng bộ, các đảng viên.")
    assert "Ban Chấp hành Đảng bộ phường Đông Hòa" in f.bodies
    f = facts_of("Sáng 5/5, Đảng ủy họp. Dự có đồng chí Lý Thị Mai, Bí thư Đảng ủy, cùng các đồng chí trong "
                 "Ban Chấp hành Đảng bộ khối các cơ quan.")
    assert "Ban Chấp hành Đảng bộ" not in f.bodies


def test_bodies_joined_by_dashes_are_a_list_of_one_units_bodies():
    f = facts_of("Sáng 5/5, huyện Tân Lập tổ chức lễ kỷ niệm. Dự có các đồng chí Thường trực Huyện ủy, "
                 "HĐND-UBND-UBMTTQVN huyện.")
    assert {"Hội đồng nhân dân huyện Tân Lập", "Ủy ban nhân dân huyện Tân Lập",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lập"} <= set(f.bodies)
    f = facts_of("Sáng 5/5, Huyện ủy - HĐND - UBND - UBMTTQVN huyện Tân Lập tổ chức lễ kỷ niệm.")
    assert {"Huyện ủy Tân Lập", "Hội đồng nhân dân huyện Tân Lập", "Ủy ban nhân dân huyện Tân Lập"} <= set(f.bodies)
    assert f.bodies["Ủy ban nhân dân huyện Tân Lập"].parent is None
    f = facts_of("Chiều 29/7, Nhóm khảo sát số 2 của Tổ kinh tế, xã hội – Tiểu ban Văn kiện Đại hội Đảng bộ "
                 "tỉnh làm việc với Huyện ủy Vũ Thư.", stamp=None)
    assert f.bodies["Tổ kinh tế, xã hội"].parent.startswith("Tiểu ban Văn kiện Đại hội")


def test_a_bare_council_is_the_named_communes_where_no_district_is_named():
    f = facts_of("Sáng 5/5, xã Tân Lộc tổ chức lễ giao nhận quân. Dự có đồng chí Lê Văn Tài, Bí thư Đảng ủy, Chủ tịch "
                 "HĐND; đồng chí Hà Thị Mai, Chủ tịch UBND xã Tân Lộc.")
    assert bodies_of(f, "Lê Văn Tài") == {"Đảng ủy xã Tân Lộc", "Hội đồng nhân dân xã Tân Lộc"}
    f = facts_of("Sáng 5/5, HĐND huyện Vũ Thư họp bãi nhiệm đại biểu xã Tân Lộc theo tiêu chuẩn của đại biểu HĐND.")
    assert "Hội đồng nhân dân xã Tân Lộc" not in f.bodies


def test_the_standing_members_of_a_bare_party_committee_are_the_named_communes():
    f = facts_of("Sáng 5/5, xã Tân Lộc tổ chức lễ giao nhận quân. Dự có các đồng chí Thường trực Đảng ủy, lãnh đạo "
                 "UBND xã Tân Lộc.")
    assert f.bodies["Thường trực Đảng ủy xã Tân Lộc"].parent == "Đảng ủy xã Tân Lộc"
    # a page that never names its commune: the standing members are its own, the committee no named body
    f = facts_of("Sáng 5/5, thôn Đồng Tâm tổ chức ngày hội. Dự có các đồng chí Thường trực Đảng ủy, lãnh đạo UBND xã.")
    assert "Thường trực Đảng ủy" in f.bodies
    assert "Đảng ủy" not in f.bodies


def test_a_qualifier_the_head_s_own_name_ends_with_is_not_written_twice():
    f = facts_of("Sáng 5/5, huyện Tân Lập tổ chức hội nghị. Dự có đồng chí Lê Văn Tài, Chủ tịch UB MTTQ Việt Nam huyện "
                 "Tân Lập.")
    assert bodies_of(f, "Lê Văn Tài") == {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Lập"}
