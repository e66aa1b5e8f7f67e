"""A district-level party committee within its province's committee (kg/extract/party_levels.py)."""
from extract_helpers import facts_of


def test_a_district_committee_lies_within_the_province_s_committee():
    f = facts_of("Sáng 5/5, Tỉnh ủy Thái Bình làm việc với Huyện ủy Vũ Thư và Huyện ủy Kiến Xương.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent == "Tỉnh ủy Thái Bình"
    assert f.bodies["Huyện ủy Kiến Xương"].parent == "Tỉnh ủy Thái Bình"
    assert f.bodies["Tỉnh ủy Thái Bình"].parent is None


def test_a_city_committee_within_a_province_lies_within_the_province_s_committee():
    f = facts_of("Sáng 5/5, Tỉnh ủy Hậu Giang làm việc với Thành ủy Vị Thanh và Thành ủy Hậu Giang... "
                 "Đồng chí Lê Văn An, Bí thư Thành ủy Vị Thanh báo cáo.")
    assert f.bodies["Thành ủy Vị Thanh"].parent == "Tỉnh ủy Hậu Giang"


def test_the_committee_of_a_city_named_after_its_province_lies_within_the_province_s():
    f = facts_of("Sáng 5/5, Tỉnh ủy Hà Tĩnh làm việc với Thành ủy Hà Tĩnh về công tác cán bộ.")
    assert f.bodies["Thành ủy Hà Tĩnh"].parent == "Tỉnh ủy Hà Tĩnh"


def test_a_city_under_the_centre_has_no_committee_above_it_in_the_article():
    f = facts_of("Sáng 5/5, Thành ủy Hải Phòng làm việc với Quận ủy Ngô Quyền.")
    assert f.bodies["Quận ủy Ngô Quyền"].parent == "Thành ủy Hải Phòng"
    assert f.bodies["Thành ủy Hải Phòng"].parent is None


def test_no_committee_of_another_province_is_a_parent():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư tỉnh Thái Bình giao lưu với Tỉnh ủy Nam Định.")
    assert f.bodies["Huyện ủy Vũ Thư"].parent is None


def test_a_district_name_several_provinces_use_gives_its_committee_no_parent():
    # 'Huyện ủy Châu Thành' is one IRI for every province's Châu Thành: no province can be its parent
    f = facts_of("Sáng 5/5, Tỉnh ủy Tiền Giang làm việc với Huyện ủy Châu Thành về công tác cán bộ.")
    assert f.bodies["Huyện ủy Châu Thành"].parent is None
