"""The article's setting: its province, district and ward, and places resolved against it."""
from extract_helpers import bodies_of, facts_of, titles_of


def test_places_with_their_type_and_enclosing_place():
    f = facts_of("Sáng 5/5, Quận ủy Ngô Quyền họp với đồng chí Lê An. Quận đã nhập phường Máy Chai.")
    places = {(p.name, p.kind, p.parent) for p in f.places.values()}
    assert ("Ngô Quyền", "district", "Hải Phòng") in places
    assert ("Máy Chai", "ward", "Hải Phòng/Ngô Quyền") in places
    assert ("Hải Phòng", "city", None) in places


def test_the_province_is_inferred_from_a_district_that_only_one_province_has():
    f = facts_of("Sáng 5/5, Ban Thường vụ Huyện ủy Kim Thành họp. Dự có đồng chí Lê An, Bí thư Tỉnh ủy.")
    assert bodies_of(f, "Lê An") == {"Tỉnh ủy Hải Dương"}
    assert "Kim Thành" not in f.persons


def test_a_province_spelt_another_way_takes_its_reference_name():
    # 'Đăk' and 'Đắk' are both written; the place is one IRI in every article, so it has one name
    f = facts_of("Sáng 5/3, Ủy ban MTTQ tỉnh Đăk Nông tổ chức hội nghị. Đồng chí Lê Văn Tâm, Chủ tịch Ủy ban MTTQ tỉnh "
                 "chủ trì hội nghị.")
    assert {p.name for p in f.places.values() if p.kind == "province"} == {"Đắk Nông"}
    assert set(f.bodies) == {"Ủy ban Mặt trận Tổ quốc tỉnh Đắk Nông"}


def test_a_place_s_name_ends_before_a_body_that_follows_a_lost_full_stop():
    f = facts_of("Sáng 14-1, tại Nhà văn hóa xã Tân Hòa Hội cựu chiến binh xã tổ chức Đại hội. Dự có ông Hà Văn An, "
                 "Chủ tịch UBND xã Tân Hòa, huyện Vũ Thư.")
    names = {p.name for p in f.places.values()}
    assert "Tân Hòa" in names and "Tân Hòa Hội" not in names
    assert "Hội Cựu chiến binh xã Tân Hòa" in f.bodies


def test_a_term_after_a_type_word_names_no_unit():
    f = facts_of("Sáng 5/5, HĐND xã Tân Lộc khai mạc kỳ họp. Dự có đồng chí Lê Văn Tài, Chủ tịch HĐND xã, cùng các vị "
                 "đại biểu HĐND xã Khóa XI; đại biểu HĐND tỉnh Khoá 5.")
    assert bodies_of(f, "Lê Văn Tài") == {"Hội đồng nhân dân xã Tân Lộc"}
    assert not any("Khóa" in name or "Khoá" in name for name in f.bodies)


def test_a_short_form_of_a_province_after_its_type_word_names_the_province():
    f = facts_of("Sáng 15/11, Đảng ủy, HĐND, UBND xã Phong Lộc tổ chức lễ kỷ niệm. Dự lễ có đồng chí Lê Văn Bình, "
                 "Phó Chủ tịch UBND tỉnh TT Huế; đồng chí Hồ Thị Lan, Chủ tịch Liên đoàn Lao động tỉnh TT-Huế.")
    assert titles_of(f, "Lê Văn Bình") == {"Phó Chủ tịch UBND tỉnh TT Huế"}
    assert bodies_of(f, "Lê Văn Bình") == {"Ủy ban nhân dân tỉnh Thừa Thiên Huế"}
    assert bodies_of(f, "Hồ Thị Lan") == {"Liên đoàn Lao động tỉnh Thừa Thiên Huế"}


def test_a_province_written_as_one_word_is_the_province():
    f = facts_of("Sáng 15/11, UBND huyện Krông Búk tổ chức hội nghị. Dự có ông Vũ Văn Nam, Phó Chủ tịch UBND tỉnh "
                 "ĐắkLắk.")
    assert bodies_of(f, "Vũ Văn Nam") == {"Ủy ban nhân dân tỉnh Đắk Lắk"}


def test_the_ward_named_more_often_than_any_other_is_the_article_s_own():
    # a merger told at length names the merged communes too, but the new commune most often
    f = facts_of("Theo Quyết định của Huyện ủy Vũ Thư, Đảng bộ xã Tân Hòa được thành lập trên cơ sở hợp nhất Đảng bộ "
                 "xã An Bình và Đảng bộ xã Đông Phú. Đảng bộ xã Tân Hòa có 12 chi bộ. Chủ tịch UBND xã phát biểu.")
    assert "Ủy ban nhân dân xã Tân Hòa" in f.bodies
    tie = facts_of("Theo Quyết định của Huyện ủy Vũ Thư, Đảng bộ xã Tân Hòa kết nghĩa với Đảng bộ xã An Bình. Chủ tịch "
                   "UBND xã phát biểu.")
    assert not any(name.startswith("Ủy ban nhân dân xã ") for name in tie.bodies)
