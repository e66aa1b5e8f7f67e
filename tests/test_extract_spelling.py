"""A district's or ward's name as the reference data spells it (kg/extract/spelling.py)."""
from extract_helpers import facts_of, titles_of

from kg.extract.spelling import reference_spelling
from kg.model import Place

DAK_LAK = Place("Đắk Lắk", "province")


def test_a_name_spelt_with_other_diacritics_takes_the_reference_spelling():
    assert reference_spelling("Lăk", DAK_LAK) == "Lắk"
    assert reference_spelling("Lắk", DAK_LAK) == "Lắk"


def test_a_name_the_reference_does_not_know_or_spells_two_ways_stays_as_written():
    assert reference_spelling("Hòa Bình Xanh", DAK_LAK) == "Hòa Bình Xanh"
    # the reference has both 'Đăk Glei' and 'Đắk Glei' in Kon Tum (before and after 2025): neither is forced
    assert reference_spelling("Đắk Glei", Place("Kon Tum", "province")) == "Đắk Glei"


def test_the_official_spelling_corrects_the_reference_data():
    assert reference_spelling("Đăk Glong", Place("Đắk Nông", "province")) == "Đắk Glong"


def test_two_spellings_of_one_district_give_one_place_and_one_body_and_keep_the_title_as_written():
    one = facts_of("Sáng 5/5, UBND huyện Lăk, tỉnh Đắk Lắk tổ chức hội nghị. Ông Lê Văn An, Bí thư Huyện ủy Lăk "
                   "chủ trì hội nghị.")
    other = facts_of("Sáng 5/5, UBND huyện Lắk, tỉnh Đắk Lắk tổ chức hội nghị. Ông Lê Văn An, Bí thư Huyện ủy "
                     "Lắk dự.")
    assert {p.name for p in one.places.values()} == {p.name for p in other.places.values()} == {"Đắk Lắk", "Lắk"}
    assert "Huyện ủy Lắk" in one.bodies and "Huyện ủy Lắk" in other.bodies
    assert titles_of(one, "Lê Văn An") == {"Bí thư Huyện ủy Lăk"}


def test_a_residential_group_is_never_respelt_after_a_ward():
    # Tiền Giang has a ward 'Bình Ân' and no unit 'Bình An' of its own: the hamlet keeps its name
    f = facts_of("Sáng 5/5, Chi bộ ấp Bình An, xã Long Bình, huyện Gò Công Tây, tỉnh Tiền Giang tổ chức đại hội.")
    assert any(p.name == "Bình An" for p in f.places.values())
    assert not any(p.name == "Bình Ân" for p in f.places.values())


def test_two_articles_spelling_one_district_two_ways_validate_together(tmp_path):
    from rdflib import Graph

    from kg.pipeline import materialize
    from kg.validate import validate

    union = Graph()
    for name, spelt in (("2021-05-05-lak", "Lăk"), ("2021-05-06-lak", "Lắk")):
        path = tmp_path / f"{name}.txt"
        path.write_text("Print Thứ Tư, 05/05/2021 08:00\n\nSáng 5/5, UBND huyện " + spelt + ", tỉnh Đắk Lắk tổ "
                        "chức hội nghị. Ông Lê Văn An, Chủ tịch UBND huyện " + spelt + " chủ trì.\n", encoding="utf-8")
        built = materialize(path)
        assert built.report.conforms, built.report.text()
        union += built.graph
    report = validate(union)
    assert report.conforms, report.text()
