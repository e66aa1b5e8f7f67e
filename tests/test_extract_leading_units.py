"""A unit's party committee at the head of a list of bare body words lends them its unit (leading_units.py)."""
from extract_helpers import facts_of


def test_bare_bodies_after_a_district_committee_are_that_district_s():
    f = facts_of("Sáng 5/5, Huyện ủy Vũ Thư tổ chức hội nghị. Dự có các đồng chí Thường trực Huyện ủy, Hội đồng nhân "
                 "dân, Ủy ban nhân dân, các ban ngành đoàn thể của huyện.")
    assert {"Hội đồng nhân dân huyện Vũ Thư", "Ủy ban nhân dân huyện Vũ Thư"} <= set(f.bodies)


def test_bare_bodies_after_a_bare_commune_committee_are_the_named_commune_s():
    f = facts_of("Sáng 5/5, xã Tân Lộc, huyện Vũ Thư tổ chức ngày hội. Dự có đại diện Thường trực Đảng ủy, HĐND, "
                 "UBND, Ủy ban MTTQ; lãnh đạo UBND huyện Vũ Thư.")
    assert {"Hội đồng nhân dân xã Tân Lộc", "Ủy ban nhân dân xã Tân Lộc",
            "Ủy ban Mặt trận Tổ quốc xã Tân Lộc"} <= set(f.bodies)


def test_a_list_after_a_semicolon_or_after_another_body_takes_no_unit_from_the_committee():
    f = facts_of("Sáng 5/5, xã Tân Lộc, huyện Vũ Thư tổ chức ngày hội. Dự có đại diện Thường trực Đảng ủy; Ủy ban MTTQ "
                 "và các đoàn thể.")
    assert "Ủy ban Mặt trận Tổ quốc xã Tân Lộc" not in f.bodies
