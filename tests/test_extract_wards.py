"""A ward or commune named alone: placed by the reference data, and the bodies named by their unit alone."""
from extract_helpers import bodies_of, facts_of

POST_REFORM = "Print Thứ Hai, 18/08/2025 08:00"


def _places(f):
    return {(p.name, p.kind, p.parent) for p in f.places.values()}


def test_a_ward_only_one_unit_bears_takes_its_district_and_city():
    f = facts_of("Sáng 5/5, HĐND phường Hạ Lý tổ chức kỳ họp. Dự có đồng chí Lê Văn An, Bí thư Đảng ủy, "
                 "Chủ tịch HĐND phường; đồng chí Trần Thị Bình, Chủ tịch UBND phường.")
    assert ("Hạ Lý", "ward", "Hải Phòng/Hồng Bàng") in _places(f)
    assert ("Hồng Bàng", "district", "Hải Phòng") in _places(f)
    assert ("Hải Phòng", "city", None) in _places(f)
    assert not [w for w in f.warnings if "no enclosing" in w]
    assert bodies_of(f, "Lê Văn An") == {"Đảng ủy phường Hạ Lý", "Hội đồng nhân dân phường Hạ Lý"}
    assert bodies_of(f, "Trần Thị Bình") == {"Ủy ban nhân dân phường Hạ Lý"}


def test_a_ward_several_units_bear_is_left_out_unless_the_province_chooses():
    alone = facts_of("Sáng 5/5, HĐND phường Minh Khai tổ chức kỳ họp.")
    assert not [p for p in alone.places.values() if p.name == "Minh Khai"]
    assert [w for w in alone.warnings if "no enclosing" in w]
    chosen = facts_of("Sáng 5/5, HĐND phường Minh Khai (thành phố Hải Phòng) tổ chức kỳ họp.")
    assert ("Minh Khai", "ward", "Hải Phòng/Hồng Bàng") in _places(chosen)


def test_the_era_decides_where_a_commune_lies():
    before = facts_of("Sáng 5/5, Đảng ủy xã Kim Anh tổ chức hội nghị.")
    assert ("Kim Anh", "commune", "Hải Dương/Kim Thành") in _places(before)
    after = facts_of("Sáng 5/8, Đảng ủy xã Kim Anh tổ chức hội nghị.", stamp=POST_REFORM)
    assert ("Kim Anh", "commune", "Hà Nội") in _places(after)
    undated = facts_of("Sáng 5/8, Đảng ủy xã Kim Anh tổ chức hội nghị.", stamp=None)
    assert not [p for p in undated.places.values() if p.name == "Kim Anh"]  # the two eras disagree


def test_a_bare_city_word_in_a_province_names_the_city_around_the_ward():
    f = facts_of("Sáng 5/5, HĐND phường Nông Tiến họp. Dự có đồng chí Lý Văn Hòa, Phó Chủ tịch HĐND thành phố.",
                 stamp=None)
    assert bodies_of(f, "Lý Văn Hòa") == {"Hội đồng nhân dân thành phố Tuyên Quang"}
    assert ("Nông Tiến", "ward", "Tuyên Quang/Tuyên Quang") in _places(f)


def test_bodies_named_by_their_unit_alone_are_the_one_wards():
    f = facts_of("Sáng 5/5, Thường trực HĐND phường Hạ Lý tổ chức kỳ họp. Dự có Đảng ủy, UBND phường, "
                 "Ủy ban MTTQ Việt Nam phường, Ban KTXH HĐND phường và Ủy ban bầu cử phường.")
    assert {"Thường trực Hội đồng nhân dân phường Hạ Lý", "Đảng ủy phường Hạ Lý", "Ủy ban nhân dân phường Hạ Lý",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hạ Lý", "Ủy ban bầu cử phường Hạ Lý",
            "Ban Kinh tế - Xã hội Hội đồng nhân dân phường Hạ Lý"} <= set(f.bodies)


def test_with_two_wards_named_a_bare_ward_word_names_neither():
    f = facts_of("Sáng 5/5, phường Hạ Lý làm việc với phường Đông Khê. Dự có Đảng ủy, UBND phường.")
    assert not [b for b in f.bodies if b.startswith(("Đảng ủy", "Ủy ban nhân dân"))]


def test_a_capitalised_verb_after_a_bare_ward_word_is_no_ward():
    f = facts_of("Sáng 5/5, đồng chí Lê Văn An, Chủ tịch UBND phường Báo cáo kết quả công tác.")
    assert not [b for b in f.bodies if "Báo" in b]
    assert not [w for w in f.warnings if "Báo" in w]


def test_a_district_named_without_its_province_takes_the_province_of_its_ward():
    f = facts_of("Sáng 5/5, Quận ủy Quận 12 làm việc với Đảng ủy phường Tân Thới Hiệp.")
    assert ("12", "district", "Hồ Chí Minh") in _places(f)
    assert ("Tân Thới Hiệp", "ward", "Hồ Chí Minh/12") in _places(f)


def test_the_commune_an_article_names_again_and_again_is_its_own_among_the_ones_it_names_once():
    text = ("Xã Tân Lập, huyện Vũ Thư được hợp nhất từ xã An Bình và xã Hòa Lợi. Cán bộ xã Tân Lập dự lễ. "
            "Tại xã Tân Lập, đồng chí Lê Văn An giữ chức Bí thư Đảng ủy xã; đồng chí Trần Thị Bình giữ chức "
            "Chủ tịch UBND xã. Xã Tân Lập ra mắt.")
    f = facts_of(text)
    assert bodies_of(f, "Trần Thị Bình") == {"Ủy ban nhân dân xã Tân Lập"}
    assert bodies_of(f, "Lê Văn An") == {"Đảng ủy xã Tân Lập"}
    even = facts_of(text.replace("Xã Tân Lập ra mắt.", "Xã An Bình và xã Hòa Lợi chia tay, xã An Bình lưu luyến."))
    assert bodies_of(even, "Trần Thị Bình") != {"Ủy ban nhân dân xã Tân Lập"}


def test_an_undated_article_places_its_commune_as_of_the_latest_day_it_writes():
    text = "Ngày 12/3/2021, Đoàn xã Mỹ Tịnh An tổ chức ra quân. UBND xã Mỹ Tịnh An chỉ đạo."
    f = facts_of(text, stamp=None)
    assert ("Mỹ Tịnh An", "commune", "Tiền Giang/Chợ Gạo") in _places(f)
    undated = facts_of(text.replace("Ngày 12/3/2021", "Sáng nay"), stamp=None)
    assert not [p for p in undated.places.values() if p.name == "Mỹ Tịnh An"]


def test_the_latest_day_written_in_full():
    import datetime as dt

    from kg.extract.era import latest_stated_day

    assert latest_stated_day("Ngày 12/3/2021 và ngày 5 tháng 8 năm 2022, theo Quyết định số 12/QĐ-UBND.") == \
        dt.date(2022, 8, 5)
    assert latest_stated_day("Ngày 31/02/2021, nhiệm kỳ 2020 - 2025.") is None


def test_the_one_commune_of_the_dated_lead_is_the_articles_own_beside_a_guests_commune():
    text = ("Sáng 19/7, HĐND xã Tân Lập tổ chức kỳ họp thứ 9. Dự có bà Hồ Thị Lan, Bí thư Đảng ủy xã An Bình; "
            "ông Trần Văn Nam, Bí thư Đảng ủy xã; đại diện UBND, Ban Thường trực Ủy ban MTTQ Việt Nam xã.")
    f = facts_of(text)
    assert bodies_of(f, "Trần Văn Nam") == {"Đảng ủy xã Tân Lập"}
    assert "Ủy ban nhân dân xã Tân Lập" in f.bodies
    assert bodies_of(f, "Hồ Thị Lan") == {"Đảng ủy xã An Bình"}
    undated = facts_of(text.replace("Sáng 19/7, ", ""), stamp=None)
    assert bodies_of(undated, "Trần Văn Nam") != {"Đảng ủy xã Tân Lập"}
