"""Bodies linked to the bodies they belong to, when the article names both (kg/data/body_parents.tsv)."""
from extract_helpers import facts_of


def test_a_standing_committee_lies_within_its_council():
    f = facts_of("Sáng 5/5, Thường trực HĐND huyện Vũ Thư họp. HĐND huyện Vũ Thư sẽ họp kỳ thứ 9.")
    assert f.bodies["Thường trực Hội đồng nhân dân huyện Vũ Thư"].parent == "Hội đồng nhân dân huyện Vũ Thư"


def test_an_executive_lies_within_the_party_organisation_but_a_district_committee_not():
    # a district's committee belongs to its province's committee (party_levels.py), never to its Đảng bộ
    f = facts_of("Sáng 5/5, Đại hội Đảng bộ huyện Vũ Thư bầu Ban Chấp hành Đảng bộ huyện Vũ Thư. "
                 "Huyện ủy Vũ Thư ra mắt.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent is None
    assert f.bodies["Ban Chấp hành Đảng bộ huyện Vũ Thư"].parent == "Đảng bộ huyện Vũ Thư"


def test_a_commune_committee_lies_within_its_party_organisation():
    f = facts_of("Sáng 5/5, Đại hội Đảng bộ xã Tân Hòa bầu Đảng ủy xã Tân Hòa khóa mới.")
    assert f.bodies["Đảng ủy xã Tân Hòa"].parent == "Đảng bộ xã Tân Hòa"


def test_a_province_s_committee_is_not_the_committee_of_its_capital_s_party_organisation():
    f = facts_of("Sáng 5/5, Đại hội Đảng bộ thành phố Hà Tĩnh khai mạc. Tỉnh ủy Hà Tĩnh chúc mừng Đại hội.")
    assert f.bodies["Tỉnh ủy Hà Tĩnh"].parent is None


def test_no_parent_is_invented_nor_taken_from_another_unit():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư họp với Đảng bộ huyện Kiến Xương.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent is None
    assert "Đảng bộ huyện Vũ Thư" not in f.bodies


def test_an_office_lies_within_its_committee():
    f = facts_of("Sáng 5/5, đại diện Văn phòng Huyện ủy Vũ Thư dự họp.")
    assert f.bodies["Văn phòng Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"


def test_the_party_committee_of_the_armed_forces_takes_no_parent_its_article_does_not_name():
    # its parent is its own party organisation; another article's choice must never contradict it
    f = facts_of("Sáng 5/5, Tỉnh ủy Thái Bình họp với Đảng ủy Quân sự tỉnh và Đảng ủy Khối các cơ quan tỉnh. Dự có "
                 "Đại tá Lê Văn Bình - Đảng ủy viên Đảng ủy Công an tỉnh, Phó Giám đốc Công an tỉnh.")
    assert f.bodies["Đảng ủy Quân sự tỉnh Thái Bình"].parent is None
    assert f.bodies["Đảng ủy Khối các cơ quan tỉnh Thái Bình"].parent is None
    assert {p.title for p in f.posts if p.person == "Lê Văn Bình"} >= {"Đảng ủy viên Đảng ủy Công an tỉnh"}


def test_a_bloc_committee_lies_within_its_party_organisation_when_the_article_names_it():
    f = facts_of("Sáng 5/5, Đại hội Đảng bộ khối các cơ quan thành phố Đà Nẵng bầu Đảng ủy khối các cơ quan thành "
                 "phố Đà Nẵng. Thành ủy Đà Nẵng chúc mừng.")
    assert f.bodies["Đảng ủy Khối các cơ quan thành phố Đà Nẵng"].parent == \
        "Đảng bộ Khối các cơ quan thành phố Đà Nẵng"


def test_the_standing_members_of_a_committee_lie_within_it():
    f = facts_of("Sáng 5/5, Thường trực Tỉnh ủy Thái Bình làm việc với Thường trực Huyện ủy Vũ Thư. Đồng chí Lê An, "
                 "Phó Bí thư Thường trực Tỉnh ủy chủ trì. Huyện ủy Vũ Thư báo cáo.")
    assert f.bodies["Thường trực Tỉnh ủy Thái Bình"].parent == "Tỉnh ủy Thái Bình"
    assert f.bodies["Thường trực Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"
    assert {p.body for p in f.posts if p.person == "Lê An"} == {"Tỉnh ủy Thái Bình"}
    assert f.bodies["Thường trực Tỉnh ủy Thái Bình"].english == \
        "Thái Bình Provincial Party Committee Standing Members"


def test_each_body_word_has_one_parent_word_so_that_articles_never_disagree_on_a_body_s_parent():
    from kg.text import fold
    from kg.vocab import data_rows

    words = [fold(row[0]) for row in data_rows("body_parents.tsv")]
    assert words and len(words) == len(set(words))


def test_a_delegation_named_by_its_word_and_its_sender_is_that_body_s_delegation():
    f = facts_of("Ngày 8/5, Đoàn giám sát của HĐND tỉnh Thái Bình do bà Lê Thị An, Trưởng Ban Pháp chế HĐND tỉnh, "
                 "trưởng đoàn làm việc tại huyện Vũ Thư.")
    delegation = "Đoàn giám sát của Hội đồng nhân dân tỉnh Thái Bình"
    assert f.bodies[delegation].parent == "Hội đồng nhân dân tỉnh Thái Bình"
    assert "Ban Thường vụ" not in f.bodies


def test_the_standing_board_of_a_front_committee_lies_within_it():
    f = facts_of("Sáng 5/5, Ban Thường trực Ủy ban MTTQ huyện Vũ Thư tổ chức hội nghị. Dự có đồng chí Lê Văn An, "
                 "Phó Trưởng ban Thường trực Ban Tổ chức Huyện ủy Vũ Thư.")
    assert f.bodies["Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện Vũ Thư"].parent == \
        "Ủy ban Mặt trận Tổ quốc huyện Vũ Thư"
    assert {p.title for p in f.posts if p.person == "Lê Văn An"} == {"Phó Trưởng ban Thường trực Ban Tổ chức Huyện ủy Vũ Thư"}


def test_the_standing_committee_of_the_national_assembly_lies_within_it_when_both_are_named():
    f = facts_of("Sáng 5/5, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật trước khi trình Quốc hội.")
    assert f.bodies["Ủy ban Thường vụ Quốc hội"].parent == "Quốc hội"
    alone = facts_of("Sáng 5/5, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật.")
    assert alone.bodies["Ủy ban Thường vụ Quốc hội"].parent is None


def test_a_party_organisation_first_named_as_a_figure_s_subject_still_takes_its_committee():
    f = facts_of("Sáng 5/5, Đảng ủy xã Tân Hòa, huyện Vũ Thư tổ chức hội nghị tổng kết công tác năm. Hiện đảng bộ "
                 "xã có 12 chi bộ với 320 đảng viên.")
    assert f.bodies["Đảng ủy xã Tân Hòa"].parent == "Đảng bộ xã Tân Hòa"


def test_a_body_written_trực_thuộc_another_belongs_to_it():
    f = facts_of("Sáng 5/5, Đảng ủy phường Tân Lập thành lập Chi bộ 7A trực thuộc Đảng bộ phường Tân Lập.")
    assert f.bodies["Chi bộ 7A"].parent == "Đảng bộ phường Tân Lập"


def test_a_department_or_office_belongs_to_its_units_peoples_committee():
    f = facts_of("Sáng 5/5, UBND huyện Tân Lập họp. Dự có ông Lê Văn Tài, Trưởng phòng Nội vụ huyện Tân Lập; bà Hà Thị "
                 "Mai, Giám đốc Sở Y tế tỉnh Thái Bình.")
    assert f.bodies["Phòng Nội vụ huyện Tân Lập"].parent == "Ủy ban nhân dân huyện Tân Lập"
    assert f.bodies["Sở Y tế tỉnh Thái Bình"].parent is None  # the article names no UBND tỉnh Thái Bình


def test_the_standing_members_of_a_front_committee_lie_within_it():
    f = facts_of("Sáng 7/7, Ủy ban MTTQ Việt Nam huyện Yên Định tổ chức hội nghị, được sự cho phép của Thường trực "
                 "UB MTTQ huyện Yên Định; Ủy ban MTTQ tỉnh Hòa Bình cử các đồng chí Thường trực UBMTTQ tỉnh Hòa Bình dự.")
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Yên Định"
    assert f.bodies[f"Thường trực {front}"].parent == front
    assert f.bodies["Thường trực Ủy ban Mặt trận Tổ quốc tỉnh Hòa Bình"].parent == "Ủy ban Mặt trận Tổ quốc tỉnh Hòa Bình"


def test_standing_members_named_with_their_body_name_that_body_too():
    # 'Thường trực HĐND xã' names the council it is a part of, though no other phrase names it
    f = facts_of("Sáng 5/5, Đảng ủy xã Tân Hòa tổ chức hội nghị. Dự có các đồng chí trong Thường trực HĐND xã Tân Hòa, "
                 "Thường trực Huyện ủy Vũ Thư, Ban Chấp hành Đảng bộ xã Tân Hòa.")
    assert f.bodies["Thường trực Hội đồng nhân dân xã Tân Hòa"].parent == "Hội đồng nhân dân xã Tân Hòa"
    assert f.bodies["Hội đồng nhân dân xã Tân Hòa"].english == "Tân Hòa People's Council"
    assert f.bodies["Thường trực Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"
    # an executive committee is a body of its own, named without its organisation's body
    assert "Đảng bộ xã Tân Hòa" not in f.bodies
