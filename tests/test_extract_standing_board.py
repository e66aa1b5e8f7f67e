"""A standing-board member named without the committee ('UVBTV, Trưởng Ban Dân vận Huyện ủy') sits on the board
of the committee the next title names, or of the committee leading the unit it serves."""
from extract_helpers import bodies_of, facts_of, titles_of


def test_the_board_is_the_committee_of_the_next_title():
    f = facts_of("Sáng 14-1, Huyện ủy Tân Lạc tổ chức hội nghị. Dự có đồng chí Nguyễn Văn Bình - UVBTV, Trưởng Ban "
                 "Dân vận Huyện ủy; ông Lê Văn Nam, Ủy viên BTV, Phó Chủ tịch UBND huyện.")
    assert bodies_of(f, "Nguyễn Văn Bình") == {"Ban Thường vụ Huyện ủy Tân Lạc", "Ban Dân vận Huyện ủy Tân Lạc"}
    assert "Ban Thường vụ Huyện ủy Tân Lạc" in bodies_of(f, "Lê Văn Nam")


def test_the_board_follows_the_unit_the_next_title_serves():
    f = facts_of("Sáng 14-1, Thường trực HĐND thị xã Hương Sơn giám sát tại phường Đông Hà. Dự có đồng chí Nguyễn Văn "
                 "Bình - UVBTV, Phó Chủ tịch HĐND thị xã; đồng chí Lê Văn Nam - UVTV, Chủ tịch UBND phường.")
    assert "Ban Thường vụ Thị ủy Hương Sơn" in bodies_of(f, "Nguyễn Văn Bình")
    assert "Ban Thường vụ Đảng ủy phường Đông Hà" in bodies_of(f, "Lê Văn Nam")


def test_an_abbreviation_that_names_the_committee_gives_its_board():
    f = facts_of("Sáng 14-1, Quận ủy quận 5 tổ chức hội nghị. Dự có bà Trần Thị Lan, UVBTVQU, Trưởng Công an "
                 "phường 2.")
    assert "Ban Thường vụ Quận ủy quận 5" in bodies_of(f, "Trần Thị Lan")


def test_a_province_article_leaves_a_bare_board_member_without_a_board():
    f = facts_of("Sáng 14-1, Tỉnh ủy Hòa Bình tổ chức hội nghị. Dự có ông Hà Văn Sơn, UVBTV, Phó Chủ tịch Hội "
                 "Nông dân Việt Nam.")
    assert not any(b and b.startswith("Ban Thường vụ") for b in bodies_of(f, "Hà Văn Sơn"))


def test_two_holders_with_abbreviated_board_titles_each_take_the_district_board():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư tổ chức hội nghị giao ban. Dự có ông Lê Văn An, UVBTV, Phó Chủ tịch "
                 "UBND huyện Vũ Thư; bà Trần Thị Bình, UVTV, Trưởng Ban Tuyên giáo Huyện ủy.")
    board = "Ban Thường vụ Huyện ủy Vũ Thư"
    assert bodies_of(f, "Lê Văn An") == {board, "Ủy ban nhân dân huyện Vũ Thư"}
    assert board in bodies_of(f, "Trần Thị Bình")
    assert f.bodies[board].parent == "Huyện ủy Vũ Thư"
    assert f.bodies[board].english == "Standing Board of the Vũ Thư District Party Committee"


def test_a_board_title_written_in_full_without_its_committee_is_read_alike():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư tổ chức hội nghị giao ban. Dự có ông Lê Văn An, Ủy viên Ban thường vụ, "
                 "Phó Chủ tịch HĐND huyện Vũ Thư.")
    assert "Ban Thường vụ Huyện ủy Vũ Thư" in bodies_of(f, "Lê Văn An")


def test_an_abbreviation_without_the_b_of_ban_names_the_same_board():
    f = facts_of("Sáng 14-1, Tỉnh ủy Hòa Bình tổ chức hội nghị. Dự có ông Hà Văn Sơn, UVTVTU, Chủ tịch Ủy ban Mặt "
                 "trận Tổ quốc tỉnh; bà Đinh Thị Hạnh, UVTVHU, Trưởng Ban Tổ chức Huyện ủy Lạc Sơn.")
    assert titles_of(f, "Hà Văn Sơn") == {"UVTVTU", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"}
    assert "Ban Thường vụ Tỉnh ủy Hòa Bình" in bodies_of(f, "Hà Văn Sơn")
    assert "UVTVHU" in titles_of(f, "Đinh Thị Hạnh")
    assert "Ban Thường vụ Huyện ủy Lạc Sơn" in bodies_of(f, "Đinh Thị Hạnh")
