"""Bodies linked to the bodies they belong to, when the article names both (kg/data/body_parents.tsv)."""
from extract_helpers import facts_of


def test_a_standing_committee_lies_within_its_council():
    f = facts_of("Sáng 5/5, Thường trực HĐND huyện Vũ Thư họp. HĐND huyện Vũ Thư sẽ họp kỳ thứ 9.")
    assert f.bodies["Thường trực Hội đồng nhân dân huyện Vũ Thư"].parent == "Hội đồng nhân dân huyện Vũ Thư"


def test_a_committee_and_its_executive_lie_within_the_party_organisation():
    f = facts_of("Sáng 5/5, Đại hội Đảng bộ huyện Vũ Thư bầu Ban Chấp hành Đảng bộ huyện Vũ Thư. "
                 "Huyện ủy Vũ Thư ra mắt.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent == "Đảng bộ huyện Vũ Thư"
    assert f.bodies["Ban Chấp hành Đảng bộ huyện Vũ Thư"].parent == "Đảng bộ huyện Vũ Thư"


def test_no_parent_is_invented_nor_taken_from_another_unit():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư họp với Đảng bộ huyện Kiến Xương.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent is None
    assert "Đảng bộ huyện Vũ Thư" not in f.bodies


def test_an_office_lies_within_its_committee():
    f = facts_of("Sáng 5/5, đại diện Văn phòng Huyện ủy Vũ Thư dự họp.")
    assert f.bodies["Văn phòng Huyện ủy Vũ Thư"].parent == "Huyện ủy Vũ Thư"
