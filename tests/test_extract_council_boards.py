"""A people's council's committees ('Ban Pháp chế', 'Ban Kinh tế - Xã hội') belong to their council: named bare in a
title after the council, or joined to it by 'của'; a bare 'Ban' before a council names its committees together."""
from extract_helpers import bodies_of, facts_of


def test_a_bare_committee_in_a_title_takes_the_council_the_sentence_names():
    f = facts_of("Sáng 14-1, HĐND xã Tân Lập tổ chức kỳ họp thứ ba. Tại kỳ họp, HĐND xã Tân Lập đã bầu bổ sung ông "
                 "Nguyễn Văn Bình - Trưởng ban Pháp chế và bà Lò Thị Mai - Phó trưởng ban Kinh tế - Xã hội HĐND xã.")
    board = "Ban Pháp chế Hội đồng nhân dân xã Tân Lập"
    assert bodies_of(f, "Nguyễn Văn Bình") == {board}
    assert f.bodies[board].parent == "Hội đồng nhân dân xã Tân Lập"
    assert bodies_of(f, "Lò Thị Mai") == {"Ban Kinh tế - Xã hội Hội đồng nhân dân xã Tân Lập"}


def test_a_bare_committee_with_no_council_near_it_is_left_without_a_body():
    f = facts_of("Sáng 14-1, xã Tân Lập tổ chức hội nghị. Dự có ông Nguyễn Văn Bình - Trưởng ban Pháp chế.")
    assert bodies_of(f, "Nguyễn Văn Bình") == {None}
    assert not any(name.startswith("Ban Pháp chế") for name in f.bodies)


def test_a_committee_joined_by_cua_to_its_council_is_named_without_it():
    f = facts_of("Sáng 14-1, HĐND phường Tân An tổ chức kỳ họp thứ nhất. Kỳ họp đã bầu Trưởng, Phó ban Ban Pháp "
                 "chế của HĐND phường Tân An.")
    board = "Ban Pháp chế Hội đồng nhân dân phường Tân An"
    assert board in f.bodies
    assert f.bodies[board].parent == "Hội đồng nhân dân phường Tân An"


def test_a_bare_ban_before_a_council_names_no_body_of_its_own():
    f = facts_of("Sáng 14-1, HĐND xã Tân Lập tổ chức kỳ họp. Kỳ họp nghe báo cáo thẩm tra của các Ban HĐND xã "
                 "Tân Lập.")
    assert "Hội đồng nhân dân xã Tân Lập" in f.bodies
    assert not any(name.startswith("Ban ") for name in f.bodies)


def test_a_committee_of_the_national_assembly_keeps_cua_quoc_hoi():
    f = facts_of("Sáng 14-1, Đoàn ĐBQH tỉnh Lạng Sơn tiếp xúc cử tri. Dự có bà Lò Thị Mai, Ủy viên Ủy ban Kinh tế "
                 "của Quốc hội; ông Nguyễn Văn Bình, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội.")
    assert bodies_of(f, "Lò Thị Mai") == {"Ủy ban Kinh tế của Quốc hội"}
    assert f.bodies["Ủy ban Kinh tế của Quốc hội"].parent == "Quốc hội"
    assert bodies_of(f, "Nguyễn Văn Bình") == {"Hội đồng Dân tộc của Quốc hội"}
    assert "Ủy ban Kinh tế" not in f.bodies


def test_a_committee_named_without_its_owner_stays_short():
    f = facts_of("Sáng 14-1, Đoàn ĐBQH tỉnh Lạng Sơn tiếp xúc cử tri. Dự có bà Lò Thị Mai, Phó Chủ nhiệm Ủy ban "
                 "Kinh tế.")
    assert bodies_of(f, "Lò Thị Mai") == {"Ủy ban Kinh tế"}
