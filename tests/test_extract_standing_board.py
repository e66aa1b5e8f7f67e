"""A bare standing-board title belongs to the party committee of the unit of the holder's next title
(kg/extract/standing_board.py)."""
from extract_helpers import bodies_of, facts_of

LEAD = "Sáng 5/5, Huyện ủy Vũ Thư tổ chức hội nghị giao ban. "


def test_an_abbreviated_board_title_takes_the_committee_of_the_next_title_s_unit():
    f = facts_of(LEAD + "Dự có ông Lê Văn An, UVBTV, Phó Chủ tịch UBND huyện Vũ Thư; bà Trần Thị Bình, UVTV, "
                        "Trưởng Ban Tuyên giáo Huyện ủy.")
    board = "Ban Thường vụ Huyện ủy Vũ Thư"
    assert bodies_of(f, "Lê Văn An") == {board, "Ủy ban nhân dân huyện Vũ Thư"}
    assert board in bodies_of(f, "Trần Thị Bình")
    assert f.bodies[board].parent == "Huyện ủy Vũ Thư"
    assert f.bodies[board].english == "Standing Board of the Vũ Thư District Party Committee"


def test_a_board_title_written_in_full_without_its_committee_is_read_alike():
    f = facts_of(LEAD + "Dự có ông Lê Văn An, Ủy viên Ban thường vụ, Phó Chủ tịch HĐND huyện Vũ Thư.")
    assert "Ban Thường vụ Huyện ủy Vũ Thư" in bodies_of(f, "Lê Văn An")


def test_no_board_where_the_article_names_no_committee_of_that_unit():
    f = facts_of("Sáng 5/5, UBND huyện Vũ Thư tổ chức hội nghị. Dự có ông Lê Văn An, UVBTV, Phó Chủ tịch UBND "
                 "huyện Vũ Thư.")
    assert not any(name.startswith("Ban Thường vụ") for name in f.bodies)
