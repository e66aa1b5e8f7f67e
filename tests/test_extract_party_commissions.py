"""A party commission named without its committee ('UVBTV Huyện ủy, Trưởng Ban Dân vận') is the commission of the
committee the holder's other titles name."""
from extract_helpers import bodies_of, facts_of


def test_a_commission_after_a_seat_on_the_standing_board_is_that_committee_s():
    f = facts_of("Sáng 14-1, phường 3 tổ chức đại hội. Dự có đồng chí Nguyễn Văn Bình - Ủy viên Ban Thường vụ Thành "
                 "ủy Bảo Lộc, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bảo Lộc.")
    commission = "Ban Dân vận Thành ủy Bảo Lộc"
    assert commission in bodies_of(f, "Nguyễn Văn Bình")
    assert f.bodies[commission].parent == "Thành ủy Bảo Lộc"
    assert f.bodies[commission].english == "Mass Mobilisation Commission of the Bảo Lộc City Party Committee"


def test_a_bare_board_seat_and_commission_take_the_committee_of_the_unit_served_after_them():
    f = facts_of("Sáng 7/8, Huyện ủy - HĐND - UBND huyện Tiên Phước và lãnh đạo xã Tiên Lập dâng hương. Dự có "
                 "đồng chí Lò Thị Mai - Bí thư Huyện ủy; đồng chí Trần Văn Hòa - UVBTV, Trưởng Ban Tuyên giáo, "
                 "Chủ tịch UBMTTQVN huyện.")
    assert bodies_of(f, "Trần Văn Hòa") >= {"Ban Thường vụ Huyện ủy Tiên Phước", "Ban Tuyên giáo Huyện ủy Tiên Phước"}
    assert "Ban Thường vụ Đảng ủy xã Tiên Lập" not in f.bodies


def test_a_commission_named_alone_is_left_without_a_body():
    f = facts_of("Sáng 14-1, Huyện ủy Tân Lạc tổ chức hội nghị. Dự có ông Nguyễn Văn Bình, Trưởng Ban Tổ chức.")
    assert bodies_of(f, "Nguyễn Văn Bình") == {None}
    assert not any(name.startswith("Ban Tổ chức") for name in f.bodies)


def test_a_commission_written_with_its_committee_keeps_it():
    f = facts_of("Sáng 14-1, Huyện ủy Tân Lạc tổ chức hội nghị. Dự có ông Nguyễn Văn Bình, Ủy viên Ban Thường vụ "
                 "Huyện ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hòa Bình.")
    assert "Ủy ban Kiểm tra Tỉnh ủy Hòa Bình" in bodies_of(f, "Nguyễn Văn Bình")
    assert "Ủy ban Kiểm tra Huyện ủy Tân Lạc" not in f.bodies
