"""A deputy secretary named with no body: the party committee of the article's own unit (kg/extract/own_committee.py)."""
from extract_helpers import bodies_of, facts_of


def test_a_bare_deputy_secretary_in_a_ward_s_article_is_of_the_ward_s_committee():
    f = facts_of("Sáng 5/5, HĐND phường Hạ Lý tổ chức kỳ họp. Dự có đồng chí Lê Văn An – Phó Bí thư, Chủ tịch UBND "
                 "phường; đồng chí Trần Thị Bình – PBT Thường trực.")
    assert bodies_of(f, "Lê Văn An") == {"Đảng ủy phường Hạ Lý", "Ủy ban nhân dân phường Hạ Lý"}
    assert bodies_of(f, "Trần Thị Bình") == {"Đảng ủy phường Hạ Lý"}


def test_in_a_district_s_article_it_is_the_district_s_committee_and_a_bare_secretary_is_left_alone():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư tỉnh Thái Bình tổ chức hội nghị. Dự có Lê Văn An – Phó Bí thư thường "
                 "trực; Trần Văn Bình – Bí thư.")
    assert bodies_of(f, "Lê Văn An") == {"Huyện ủy Vũ Thư"}
    assert bodies_of(f, "Trần Văn Bình") == {None}


def test_with_no_unit_known_nothing_is_guessed():
    f = facts_of("Sáng 5/5, hội nghị được tổ chức. Dự có Lê Văn An – Phó Bí thư.")
    assert bodies_of(f, "Lê Văn An") == {None}


def test_tt_before_a_district_committee_names_no_township():
    f = facts_of("Sáng 5/5, huyện Vũ Thư tổ chức hội nghị. Dự có đồng chí Lê Văn An - Phó Bí thư TT Huyện ủy.")
    assert not [p for p in f.places.values() if p.name == "Huyện"]


def test_a_committee_the_sentence_names_before_the_role_is_the_one():
    f = facts_of("Sáng 5/5, huyện Vũ Thư tổ chức hội nghị. Các Phó Bí thư Tỉnh ủy Thái Bình gồm: bà Lê Thị An, "
                 "Phó Bí thư Thường trực; ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert bodies_of(f, "Lê Thị An") == {"Tỉnh ủy Thái Bình"}


def test_in_a_province_s_article_a_bare_deputy_secretary_is_left_alone():
    f = facts_of("Sáng 5/5, Tỉnh ủy Thái Bình tổ chức hội nghị. Dự có ông Lê Văn An, Phó Bí thư; ông Trần Văn Bình, "
                 "Phó Bí thư Tỉnh ủy Nam Định.")
    assert bodies_of(f, "Lê Văn An") == {None}
