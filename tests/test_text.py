"""Normalisation that never moves an offset, folding, slugs, sentences with offsets, and numbers
written the Vietnamese way."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from kg.text import Span, fold, normalize, parse_number, sentences, slug, strip_diacritics


@pytest.mark.parametrize("old,new", [
    ("Thành uỷ", "Thành ủy"), ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("thuý", "thúy"), ("khoẻ", "khỏe"),
    ("THUỶ", "THỦY"), ("toà án", "tòa án"),
])
def test_old_style_tone_marks_move_to_the_new_style(old, new):
    assert normalize(old) == new


@pytest.mark.parametrize("word", [
    # qu is one consonant: the mark is on the vowel after it in both styles
    "quý", "Quý", "quá", "quả", "quà", "quỹ", "quỳ", "Trần Văn Quý",
    # already new style, or no oa/oe/uy at the end of a word
    "hòa", "ủy", "thủy", "khuya", "tuyến", "hoạt", "của", "mùa", "người",
])
def test_words_that_are_already_right_are_left_alone(word):
    assert normalize(word) == word


def test_normalize_keeps_the_length_of_nfc_text():
    text = unicodedata.normalize("NFC", "Ban Thường vụ Thành uỷ\u00a0Hải Phòng, đồng chí Quý, hoà\u202fgiải, thuý.")
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "Ban Thường vụ Thành ủy Hải Phòng, đồng chí Quý, hòa giải, thúy."
    assert normalize(out) == out  # idempotent


def test_normalize_composes_decomposed_text():
    assert normalize(unicodedata.normalize("NFD", "Nguyễn Thị Hoà")) == "Nguyễn Thị Hòa"


def test_fold_ignores_case_spaces_dashes_and_tone_placement():
    assert fold("  Thành   Uỷ – HẢI PHÒNG ") == fold("thành ủy - hải phòng") == "thành ủy - hải phòng"
    assert fold("giai đoạn 2011—2015") == "giai đoạn 2011-2015"
    assert fold("Quý") != fold("Qúy")  # a real difference is kept


@pytest.mark.parametrize("name,expected", [
    ("Nguyễn Thị Nghĩa", "nguyen-thi-nghia"), ("Đỗ Mạnh Hiến", "do-manh-hien"),
    ("Lê Thị Thuý", "le-thi-thuy"), ("Lê Thị Thúy", "le-thi-thuy"),
    ("Ban Thường vụ Huyện ủy Tiên Lãng", "ban-thuong-vu-huyen-uy-tien-lang"),
    ("  Phó Bí thư (Thường trực) ", "pho-bi-thu-thuong-truc"), ("!!!", "x"), ("", "x"),
])
def test_slug(name, expected):
    assert slug(name) == expected


def test_strip_diacritics():
    assert strip_diacritics("Đảng ủy Phường Cầu Đất") == "Dang uy Phuong Cau Dat"


def _split(text: str, start: int = 40) -> list[Span]:
    spans = sentences(Span(text, start, start + len(text)))
    for s in spans:
        assert text[s.start - start:s.end - start] == s.text  # offsets into the article, exact
    return spans


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = ("Sáng 13/3, đồng chí Lê Văn Khoa làm việc tại TP. Hải Phòng. Đồng chí phát biểu! "
            "Cuộc họp có PGS. Trần Minh Đức dự? 12 đại biểu đã phát biểu.")
    assert [s.text for s in _split(text)] == [
        "Sáng 13/3, đồng chí Lê Văn Khoa làm việc tại TP. Hải Phòng.",
        "Đồng chí phát biểu!",
        "Cuộc họp có PGS. Trần Minh Đức dự?",
        "12 đại biểu đã phát biểu.",
    ]


def test_a_closing_quote_stays_with_its_sentence():
    text = "Đồng chí nhấn mạnh: “Phải làm tốt hơn nữa.” Hội nghị thống nhất cao. (Ảnh: tư liệu.) Tiếp theo."
    assert [s.text for s in _split(text)] == [
        "Đồng chí nhấn mạnh: “Phải làm tốt hơn nữa.”",
        "Hội nghị thống nhất cao.",
        "(Ảnh: tư liệu.)",
        "Tiếp theo.",
    ]


def test_a_lower_case_word_after_a_stop_does_not_start_a_sentence():
    text = "Tổng số là 1.072 đồng chí. tăng so với năm trước."
    assert len(_split(text)) == 1


@pytest.mark.parametrize("token,value", [
    ("11.804", Decimal("11804")), ("1.072", Decimal("1072")), ("2,1", Decimal("2.1")),
    ("1.072,5", Decimal("1072.5")), ("20", Decimal("20")), ("2.5", Decimal("2.5")), (" 96 ", Decimal("96")),
    ("1.000.000", Decimal("1000000")),
])
def test_vietnamese_numbers(token, value):
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["abc", "1.2.3", "1,000.5", "", "12a", "-5"])
def test_not_numbers(token):
    assert parse_number(token) is None


def test_toneless_drops_the_tone_mark_and_keeps_the_vowel_marks():
    from kg.text import toneless

    assert toneless("trưởng") == "trương"
    assert toneless("bí") == "bi"
    assert toneless("đoàn") == "đoan"


@pytest.mark.parametrize("slip,word", [("NHung", "Nhung"), ("THị", "Thị"), ("TRần", "Trần"), ("NGhệ", "Nghệ"),
                                       ("CHợ", "Chợ"), ("QUang", "Quang"), ("NGHiệp", "Nghiệp")])
def test_a_first_consonant_typed_in_capitals_is_read_as_a_capital_letter(slip, word):
    assert normalize(slip) == word
    assert normalize(f"Đồng chí Lò Thị {slip}-PBT") == f"Đồng chí Lò Thị {word}-PBT"


@pytest.mark.parametrize("word", ["TPlàm", "KBang", "THPT", "QĐ-TTg", "NGUYỄN", "UBND", "ThS", "HNol"])
def test_acronyms_and_names_with_inner_capitals_keep_their_case(word):
    assert normalize(word) == word
