"""A bare level word names the article's province-level unit only where the word fits its kind
(kg/extract/province_kind.py)."""
from extract_helpers import bodies_of, facts_of


def test_a_bare_tinh_uy_in_a_city_s_article_is_never_that_city_s():
    f = facts_of("Sáng 5/5, Đoàn công tác Thành ủy Hà Nội làm việc tại tỉnh Lào Cai và thành phố Hà Nội. Dự có "
                 "ông Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh.")
    assert not any(name.endswith("tỉnh Hà Nội") or name == "Tỉnh ủy Hà Nội" for name in f.bodies)
    assert "Thành ủy Hà Nội" in f.bodies
    assert bodies_of(f, "Lê Văn An") <= {"Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân tỉnh"}


def test_a_bare_thanh_uy_in_a_province_without_a_city_of_its_name_stays_bare():
    f = facts_of("Sáng 5/5, tại tỉnh Gia Lai, đồng chí Lê Văn An, Thành ủy viên, Chủ tịch UBND tỉnh Gia Lai dự họp.")
    assert "Thành ủy Gia Lai" not in f.bodies
    assert "Ủy ban nhân dân tỉnh Gia Lai" in f.bodies


def test_a_bare_thanh_uy_names_the_city_that_bears_the_province_s_name():
    f = facts_of("Sáng 5/5, tại tỉnh Lạng Sơn, đồng chí Lê Văn An, Thành ủy viên, Chủ tịch UBND tỉnh Lạng Sơn dự.")
    assert "Thành ủy Lạng Sơn" in f.bodies
