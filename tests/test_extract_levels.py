"""A mass organisation or Front committee within the same organisation one level up (kg/extract/levels.py)."""
from extract_helpers import facts_of


def test_a_district_association_lies_within_its_province_s_and_that_within_the_national_one():
    f = facts_of("Sáng 5/5, Hội Nông dân huyện Vũ Thư tổ chức Đại hội. Dự có đại diện Hội Nông dân Việt Nam và "
                 "Hội Nông dân tỉnh Thái Bình.")
    assert f.bodies["Hội Nông dân huyện Vũ Thư"].parent == "Hội Nông dân tỉnh Thái Bình"
    assert f.bodies["Hội Nông dân tỉnh Thái Bình"].parent == "Hội Nông dân Việt Nam"
    assert f.bodies["Hội Nông dân Việt Nam"].parent is None


def test_a_front_committee_lies_within_the_province_s_committee():
    f = facts_of("Sáng 5/5, Ủy ban MTTQ huyện Vũ Thư tổ chức hội nghị. Dự có đại diện Ủy ban MTTQ tỉnh Thái Bình.")
    assert f.bodies["Ủy ban Mặt trận Tổ quốc huyện Vũ Thư"].parent == "Ủy ban Mặt trận Tổ quốc tỉnh Thái Bình"


def test_no_parent_from_another_province_or_another_organisation():
    f = facts_of("Sáng 5/5, Hội Nông dân huyện Vũ Thư tỉnh Thái Bình giao lưu với Hội Nông dân tỉnh Nam Định và "
                 "Hội Cựu chiến binh tỉnh Thái Bình.")
    assert f.bodies["Hội Nông dân huyện Vũ Thư"].parent is None


def test_a_province_s_front_committee_lies_within_the_central_committee_written_short():
    f = facts_of("Sáng 5/5, Ủy ban MTTQVN tỉnh Thái Bình tổ chức hội nghị. Dự có ông Hà Văn Lộc, Phó Chủ tịch "
                 "UBTƯ MTTQ Việt Nam.")
    national = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert f.bodies["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình"].parent == national
    assert f.bodies[national].parent is None


def test_a_district_front_committee_named_with_viet_nam_lies_within_the_province_s():
    f = facts_of("Sáng 5/5, Ủy ban MTTQ Việt Nam huyện Vũ Thư tổ chức hội nghị. Dự có đại diện Ủy ban MTTQ Việt "
                 "Nam tỉnh Thái Bình.")
    assert (f.bodies["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vũ Thư"].parent
            == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình")
