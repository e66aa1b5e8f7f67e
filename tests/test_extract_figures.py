"""Figures: Vietnamese number format, measures as written, periods, changes and subjects."""
from decimal import Decimal

from extract_helpers import facts_of

TEXT = ("Sáng 14-1, Ban Thường vụ Tỉnh ủy Nam Định làm việc với Huyện ủy Hải Hậu.\n\n"
        "Hiện đảng bộ huyện có 64 tổ chức cơ sở đảng, 9.215 đảng viên và 402 chi bộ trực thuộc. "
        "So với giai đoạn 2015 – 2020 là 80 tổ chức cơ sở đảng với 8.940 đảng viên. "
        "Số tổ chức cơ sở đảng giảm 20%, số đảng viên tăng 275 đồng chí, kết nạp mới được 310 đồng chí. "
        "Tỉ lệ hộ nghèo còn 1,5%.")


def _figures():
    return {(f.measure, f.value, f.unit, f.period, f.change) for f in facts_of(TEXT).figures}


def test_counts_with_thousands_dots_and_their_period():
    figures = _figures()
    assert ("đảng viên", Decimal(9215), None, "2021", None) in figures
    assert ("tổ chức cơ sở đảng", Decimal(64), None, "2021", None) in figures
    assert ("đảng viên", Decimal(8940), None, "2015 – 2020", None) in figures


def test_changes_take_their_measure_from_the_subject_before_the_verb():
    figures = _figures()
    assert ("tổ chức cơ sở đảng", Decimal(20), "percent", None, "decrease") in figures
    assert ("đảng viên", Decimal(275), None, None, "increase") in figures
    assert ("kết nạp", Decimal(310), None, None, None) in figures


def test_a_decimal_comma_is_a_decimal_point():
    assert any(f[1] == Decimal("1.5") and f[2] == "percent" for f in _figures())


def test_years_terms_and_ordinals_are_not_figures():
    values = {f[1] for f in _figures()}
    assert Decimal(2015) not in values and Decimal(2020) not in values and Decimal(14) not in values


def test_the_subject_is_the_party_organisation_named_in_the_sentence():
    subjects = {f.subject for f in facts_of(TEXT).figures if f.measure == "đảng viên"}
    assert subjects == {"Đảng bộ huyện Hải Hậu"}


def test_a_figure_with_a_unit_of_measure_takes_its_measure_from_the_clause_before():
    f = facts_of("Sáng 9/9, phường Tân An chính thức đi vào hoạt động. Phường mới có diện tích tự nhiên 5,31 km², "
                 "dân số 10.887 người.")
    figures = {(x.measure, x.value, x.unit) for x in f.figures}
    assert ("diện tích tự nhiên", Decimal("5.31"), "km²") in figures
    assert ("dân số", Decimal(10887), None) in figures
