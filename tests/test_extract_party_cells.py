"""A commune's party cells belong to its party committee (kg/extract/party_cells.py)."""
from extract_helpers import facts_of


def test_a_militia_or_police_cell_of_a_commune_belongs_to_the_communes_committee():
    f = facts_of("Sáng 5/5, Chi bộ Quân sự xã Tân Hòa và Chi bộ Công an xã Tân Hòa tổ chức Đại hội. Đồng chí "
                 "Trần Văn Bình, Bí thư Đảng ủy xã Tân Hòa, huyện Vũ Thư dự.")
    assert f.bodies["Chi bộ Quân sự xã Tân Hòa"].parent == "Đảng ủy xã Tân Hòa"
    assert f.bodies["Chi bộ Công an xã Tân Hòa"].parent == "Đảng ủy xã Tân Hòa"  # not the police itself


def test_with_no_committee_named_a_cell_belongs_to_the_communes_party_organisation():
    f = facts_of("Sáng 5/5, Chi bộ Quân sự xã Tân Hòa, huyện Vũ Thư tổ chức Đại hội. Đảng bộ xã Tân Hòa có 12 "
                 "chi bộ.")
    assert f.bodies["Chi bộ Quân sự xã Tân Hòa"].parent == "Đảng bộ xã Tân Hòa"


def test_no_parent_is_taken_from_another_unit_nor_above_a_commune():
    f = facts_of("Sáng 5/5, Chi bộ Quân sự xã Tân Hòa, huyện Vũ Thư họp; Đảng ủy xã Tân Lập dự.")
    assert f.bodies["Chi bộ Quân sự xã Tân Hòa"].parent is None
    g = facts_of("Sáng 5/5, Chi bộ Quân sự huyện Vũ Thư tổ chức Đại hội; Huyện ủy Vũ Thư chỉ đạo.")
    assert g.bodies["Chi bộ Quân sự huyện Vũ Thư"].parent is None
