"""Bodies written all in lower case."""
from extract_helpers import facts_of


def test_a_body_all_in_lower_case_counts_when_it_ends_in_a_place_the_article_names():
    f = facts_of("Sáng 5/5, đoàn công tác của ban thường vụ huyện uỷ Vũ Thư làm việc với đảng ủy xã Song Lãng.")
    assert f.bodies["Ban Thường vụ Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"
    assert "Đảng ủy xã Song Lãng" in f.bodies
    plain = facts_of("Sáng 5/5, các ban ngành đoàn thể và ban thường vụ dự hội nghị.")
    assert not plain.bodies
    verb = facts_of("Sáng 5/5, các đội nghiệp vụ Công an huyện Vũ Thư ra quân.")
    assert not [b for b in verb.bodies if b.startswith("Vụ")]


def test_a_delegation_in_lower_case_belongs_to_the_committee_named_after_it():
    f = facts_of("Sáng 5/5, tiếp đoàn công tác Huyện ủy Vũ Thư có đồng chí Lê Văn An.")
    assert f.bodies["Đoàn công tác Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"


def test_a_board_of_a_committee_whose_word_names_its_level_needs_no_place_after_it():
    f = facts_of("Sáng 5/5, tại huyện Vũ Thư, các đồng chí trong ban thường vụ huyện ủy triển khai nghị quyết.")
    assert f.bodies["Ban Thường vụ Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"
    g = facts_of("Sáng 5/5, tại huyện Vũ Thư, các đồng chí trong ban thường vụ triển khai nghị quyết.")
    assert not [n for n in g.bodies if n.startswith("Ban Thường vụ")]


def test_a_party_cell_in_lower_case_counts_when_its_number_or_name_follows_at_once():
    f = facts_of("Sáng 5/5, Đảng ủy xã Tân Hòa công bố quyết định đối với chi bộ 12 trực thuộc Đảng bộ xã Tân Hòa; "
                 "đồng chí Trần Văn Bình chi bộ Mỹ An nhận Huy hiệu.")
    assert f.bodies["Chi bộ 12"].parent == "Đảng bộ xã Tân Hòa"
    assert "Chi bộ Mỹ An" in f.bodies  # the name ends before 'nhận', a lower-case word
    assert not [b for b in f.bodies if "nhận" in b]


def test_a_party_cell_in_lower_case_with_no_proper_name_or_a_persons_name_after_it_is_none():
    f = facts_of("Sáng 5/5, các chi bộ trực thuộc sinh hoạt chi bộ Đảng đều đặn; đồng chí Lê Văn An chi bộ "
                 "Nguyễn Văn Hòa phát biểu.")
    assert not [b for b in f.bodies if b.startswith("Chi bộ")]


def test_a_cell_of_a_hamlet_in_lower_case_is_that_hamlet_s_cell():
    f = facts_of("Sáng 14-1, Đảng ủy xã Tân Lập trao Huy hiệu 50 năm tuổi Đảng cho đảng viên sinh hoạt tại chi bộ ấp "
                 "Thạnh An, xã Tân Lập.")
    assert "Chi bộ ấp Thạnh An" in f.bodies


def test_a_cell_of_a_bare_hamlet_word_names_no_body():
    f = facts_of("Sáng 14-1, Đảng ủy xã Tân Lập họp với chi bộ ấp và các đoàn thể.")
    assert not any(name.startswith("Chi bộ") for name in f.bodies)


def test_a_units_name_whose_later_word_is_in_lower_case_runs_on_to_the_whole_name():
    f = facts_of("Sáng 5/5, đồng chí Lò Văn Bình - Chủ tịch HĐND xã Chiềng ban, Giám đốc Trung tâm Bồi dưỡng "
                 "chính trị huyện Mai sơn dự hội nghị.")
    assert "Hội đồng nhân dân xã Chiềng Ban" in f.bodies
    assert "Trung tâm Bồi dưỡng chính trị huyện Mai Sơn" in f.bodies
    assert not [b for b in f.bodies if b.endswith(("Chiềng", "Mai"))]
    assert ("Chủ tịch HĐND xã Chiềng ban", "Hội đồng nhân dân xã Chiềng Ban") in {(p.title, p.body) for p in f.posts}


def test_a_lower_case_word_after_a_whole_units_name_or_one_making_no_unit_is_no_part_of_it():
    f = facts_of("Sáng 5/5, UBND xã Tân Hòa tổ chức hội nghị; HĐND huyện Mai đã họp.")
    assert "Ủy ban nhân dân xã Tân Hòa" in f.bodies
    assert "Hội đồng nhân dân huyện Mai" in f.bodies  # 'Mai đã' names no unit
    assert not [b for b in f.bodies if "tổ" in b or "đã" in b]
