"""Titles written in initials (kg/data/title_initials.tsv): glued role and body initials, a body's initials after a
role, a member's initials, and 'ThU' matched in its own case only."""
from extract_helpers import bodies_of, facts_of, titles_of

from kg.extract.tokens import tokenize
from kg.text import Span

LEAD = "Sáng 14-1, Huyện ủy Yên Bình tổ chức hội nghị tại xã Tân Lập."


def test_a_role_and_a_body_written_in_initials_glued_are_one_title_kept_as_written():
    f = facts_of(LEAD + " Về dự có đồng chí Lò Văn Bình - PBTTT Huyện ủy - CTHĐND huyện; đồng chí Hà Văn Nam - "
                        "UVBTV - TBDV HU.")
    assert titles_of(f, "Lò Văn Bình") == {"PBTTT Huyện ủy", "CTHĐND huyện"}
    assert titles_of(f, "Hà Văn Nam") == {"UVBTV", "TBDV HU"}
    assert "Hội đồng nhân dân huyện Yên Bình" in bodies_of(f, "Lò Văn Bình")
    assert "Ban Dân vận Huyện ủy Yên Bình" in bodies_of(f, "Hà Văn Nam")


def test_a_party_cells_officers_in_initials():
    f = facts_of(LEAD + " Đại hội bầu chi ủy gồm 3 đồng chí: Đ/c: Lò Thị Mai - BTCB; Đ/c: Lê Văn An- PBTCB; "
                        "Đ/c: Cầm Văn Tư-CUV.")
    assert titles_of(f, "Lò Thị Mai") == {"BTCB"}
    assert titles_of(f, "Lê Văn An") == {"PBTCB"}
    assert titles_of(f, "Cầm Văn Tư") == {"CUV"}


def test_a_bodys_initials_after_a_role_written_in_words():
    f = facts_of(LEAD + " Dự có đồng chí Lê Văn An, Phó trưởng BDV Huyện ủy; đồng chí Trần Văn Hòa - Trưởng BTG "
                        "huyện ủy, Giám đốc Trung tâm Chính trị huyện.")
    assert titles_of(f, "Lê Văn An") == {"Phó trưởng BDV Huyện ủy"}
    assert bodies_of(f, "Lê Văn An") == {"Ban Dân vận Huyện ủy Yên Bình"}
    assert titles_of(f, "Trần Văn Hòa") == {"Trưởng BTG huyện ủy", "Giám đốc Trung tâm Chính trị huyện"}


def test_the_city_party_committee_in_initials_and_the_titles_after_it():
    f = facts_of("Sáng 14-1, Thành ủy Gia Bình tổ chức hội nghị. Dự có đồng chí Lò Thị Mai, UVBTV ThU, Phó Chủ "
                 "tịch UBND thành phố.")
    assert titles_of(f, "Lò Thị Mai") == {"UVBTV ThU", "Phó Chủ tịch UBND thành phố"}


def test_the_front_committee_shortened_to_ubmt():
    f = facts_of(LEAD + " Dự có đồng chí Lò Văn Bình - PCT UBMT tỉnh.")
    assert titles_of(f, "Lò Văn Bình") == {"PCT UBMT tỉnh"}


def test_initials_in_another_case_are_no_initials():
    # 'Thu' is a given name, never 'ThU'; 'THU' in a heading in capitals is the word, not 'T' + 'HU'
    f = facts_of(LEAD + " Chị Lê Thị Thu, Bí thư Chi đoàn, phát biểu. Chị Thu cảm ơn các đại biểu.")
    assert "Lê Thị Thu" in f.persons
    assert not any("Thành ủy" in (p.body or "") for p in f.posts)
    keys = [t.key for t in tokenize(Span("Đồng chí Lò Thị Mai, UVBTV ThU; chị Thu; CTHĐND; BTCB thôn", 0, 57)).tokens]
    assert "ThU" in keys and "thu" in keys
    assert ["CT", "HĐND"] == keys[keys.index("CT"):keys.index("CT") + 2]
    assert ["BT", "CB"] == keys[keys.index("BT"):keys.index("BT") + 2]


def test_glued_initials_keep_their_offsets():
    sent = tokenize(Span("ông A - CTHĐND huyện", 0, 20))
    ct = next(t for t in sent.tokens if t.key == "CT")
    assert (ct.start, ct.end) == (8, 10)
    assert sent.between(sent.tokens.index(ct), len(sent.tokens)) == "CTHĐND huyện"


def test_a_standing_board_glued_to_its_committees_initials_is_the_board_of_that_committee():
    f = facts_of("Sáng 14-1, Tỉnh ủy Hà Giang tổ chức hội nghị. Dự có các đồng chí trong BTVTU, TTHĐND, UBND tỉnh.")
    assert f.bodies["Ban Thường vụ Tỉnh ủy Hà Giang"].parent == "Tỉnh ủy Hà Giang"
    assert f.bodies["Thường trực Hội đồng nhân dân tỉnh Hà Giang"].parent == "Hội đồng nhân dân tỉnh Hà Giang"


def test_a_standing_board_written_ban_and_initials_names_its_committee():
    f = facts_of("Sáng 14-1, Đảng ủy xã Tân Lập tổ chức hội nghị. Dự có các đồng chí trong Ban TVĐU, Ban Chấp hành "
                 "Đảng bộ xã; các đồng chí trong TT HĐND xã.")
    assert f.bodies["Ban Thường vụ Đảng ủy xã Tân Lập"].parent == "Đảng ủy xã Tân Lập"
    assert "Thường trực Hội đồng nhân dân xã Tân Lập" in f.bodies


def test_glued_board_initials_are_two_halves_and_a_committees_initials_alone_stay_a_word():
    sentence = tokenize(Span("Các đồng chí trong BTVHU và TU.", 0, 31))
    assert [t.key for t in sentence.tokens][4:8] == ["BTV", "HU", "và", "tu"]


def test_board_initials_after_ban_are_the_board_and_alone_a_members_title():
    f = facts_of("Sáng 14-1, Đảng ủy phường Tân Lập tổ chức hội nghị. Dự có ông Lê Văn Điền - TVĐU - Chủ tịch "
                 "UBND phường; các đồng chí trong Ban TVĐU.")
    assert "TVĐU" in titles_of(f, "Lê Văn Điền")
    assert f.bodies["Ban Thường vụ Đảng ủy phường Tân Lập"].parent == "Đảng ủy phường Tân Lập"
