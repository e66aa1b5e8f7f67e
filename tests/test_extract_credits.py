"""kg.extract.credits: bylines and photo credits name persons; outlet names do not."""
from kg.extract.credits import names_a_site, photo_credits
from kg.reader import parse_article

LEAD = "Sáng ngày 12/3/2024, HĐND xã Tân Lập tổ chức kỳ họp thứ 9. Đồng chí Trần Văn Nam, Chủ tịch HĐND xã chủ trì kỳ họp."


def test_an_outlet_s_name_is_a_site_and_a_person_s_name_is_not():
    assert names_a_site("Hanoimoi Online")
    assert names_a_site("VnExpress")
    assert not names_a_site("Lò Thị Mai")


def test_a_given_name_that_is_also_a_site_word_ends_a_person_s_name():
    assert not names_a_site("Thu Trang")


def test_a_photo_credit_names_its_photographer_in_name_case():
    article = parse_article(LEAD + "\nToàn cảnh kỳ họp (Ảnh: CHÍ BẢO)\n", "t")
    names = [name for name, _ in photo_credits(article)]
    assert names == ["Chí Bảo"]


def test_initials_and_generic_credits_are_no_names():
    article = parse_article(LEAD + "\nToàn cảnh kỳ họp (Ảnh: ĐT)\nẢnh: tư liệu\n", "t")
    assert photo_credits(article) == []
