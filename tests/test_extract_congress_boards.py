"""A board a congress elects, written by its word alone, is the board of the organisation whose congress the
article reports (kg/extract/congress_boards.py)."""
from extract_helpers import facts_of


def test_the_executive_committee_a_congress_elects_is_its_organisation_s():
    f = facts_of("Sáng 20/3, Hội Nông dân xã Tân Hòa long trọng tổ chức Đại hội đại biểu Hội Nông dân lần thứ X. "
                 "Đại hội đã bầu ra BCH hội khóa X gồm 15 đồng chí.")
    board = f.bodies["Ban Chấp hành Hội Nông dân xã Tân Hòa"]
    assert board.parent == "Hội Nông dân xã Tân Hòa"
    assert board.english == "Executive Committee of the Tân Hòa Farmers' Association"


def test_a_party_congress_elects_the_executive_of_its_organisation_and_the_standing_board_of_its_committee():
    f = facts_of("Sáng 5/5, Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ XV khai mạc. Đồng chí Lê Văn An, Bí thư Đảng ủy "
                 "xã Tân Hòa phát biểu. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí; Ban Chấp hành đã bầu Ban Thường "
                 "vụ gồm 5 đồng chí.")
    assert f.bodies["Ban Chấp hành Đảng bộ xã Tân Hòa"].parent == "Đảng bộ xã Tân Hòa"
    assert f.bodies["Ban Thường vụ Đảng ủy xã Tân Hòa"].parent == "Đảng ủy xã Tân Hòa"


def test_a_congress_the_delegates_attend_is_not_the_one_reported():
    f = facts_of("Sáng 23/3, Công đoàn thị trấn Tân Hòa tổ chức hội nghị. Hội nghị bầu đại biểu đi dự Đại hội Công "
                 "đoàn huyện Vũ Thư. Ban Chấp hành báo cáo kết quả.")
    assert not any(name.startswith("Ban Chấp hành") for name in f.bodies)


def test_a_board_word_before_a_name_of_its_own_is_another_body():
    # 'BCH Quân sự xã' is the commune's military command, not the executive committee of the congress's association
    f = facts_of("Sáng 20/3, Hội Cựu chiến binh xã Tân Hòa tổ chức Đại hội. Dự có đại diện BCH Quân sự xã, Công an xã.")
    assert "Ban Chấp hành Hội Cựu chiến binh xã Tân Hòa" not in f.bodies
