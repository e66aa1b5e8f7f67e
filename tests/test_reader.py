"""Reading an article: metadata, body blocks with exact offsets, the encodings that are accepted,
and the inputs that are refused with a one-line reason naming the file."""
from __future__ import annotations

import codecs
import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta

import pytest

from kg.errors import InputError
from kg.reader import decode, parse_article, read_article
from kg_helpers import write
from sample_articles import (CONFERENCE, CONFERENCE_TITLE, TCVN3_BYTES, TCVN3_TEXT, UNDATED, to_cp1258,
                             with_print_line)


@pytest.fixture
def conference():
    return parse_article(CONFERENCE, "tien-lang")


def test_metadata_of_a_portal_page(conference):
    a = conference
    assert a.id == "tien-lang"
    assert a.title == CONFERENCE_TITLE  # from the QR CODE line of the page furniture
    assert a.published == datetime(2018, 3, 14, 9, 30, tzinfo=a.published.tzinfo)
    assert a.published.utcoffset() == timedelta(hours=7)  # Vietnam time, stated
    assert a.published_date.isoformat() == "2018-03-14"
    assert a.author == "Phạm Quốc Bảo"
    assert a.source == "haiphong.gov.vn"
    assert a.warnings == []


def test_body_blocks_leave_out_the_page_furniture(conference):
    texts = [b.span.text for b in conference.blocks]
    assert texts[0].startswith("Sáng 13/3, Ban Thường vụ Huyện ủy Tiên Lãng")
    assert [b.kind for b in conference.blocks] == ["paragraph", "caption", "paragraph"]
    assert "Quang cảnh hội nghị" in texts  # a photo caption: kept, but not as prose
    joined = "\n".join(texts)
    for furniture in ("Print", "Phạm Quốc Bảo", "Nguồn", "Tiện ích thông tin", "QR CODE", "Tin khác"):
        assert furniture not in joined
    assert [b.span.text for b in conference.paragraphs()] == [texts[0], texts[2]]


def test_offsets_point_into_the_text(conference):
    a = conference
    for block in a.blocks:
        assert a.text[block.span.start:block.span.end] == block.span.text
        for sentence in block.sentences():
            assert a.text[sentence.start:sentence.end] == sentence.text
    assert a.text[a.author_span.start:a.author_span.end] == "Phạm Quốc Bảo"
    first = a.blocks[0].sentences()
    assert [s.text[:12] for s in first] == ["Sáng 13/3, B", "Đồng chí Lê ", "Cùng dự có đ"]


def test_norm_has_the_same_length_as_the_text():
    a = parse_article(CONFERENCE.replace("Huyện ủy", "Huyện uỷ"), "x")
    assert len(a.norm) == len(a.text)
    assert "Huyện ủy Tiên Lãng" in a.norm and "Huyện uỷ Tiên Lãng" in a.text


def test_decomposed_text_is_read_as_composed():
    nfd = unicodedata.normalize("NFD", CONFERENCE)
    assert nfd != CONFERENCE
    a = parse_article(nfd, "x")
    assert a.text == unicodedata.normalize("NFC", a.text)
    assert a.author == "Phạm Quốc Bảo" and a.title == CONFERENCE_TITLE


def test_windows_line_ends_read_like_unix_ones():
    a, b = parse_article(CONFERENCE, "x"), parse_article(CONFERENCE.replace("\n", "\r\n"), "x")
    assert [blk.span for blk in a.blocks] == [blk.span for blk in b.blocks]
    assert (a.title, a.published, a.author, a.source) == (b.title, b.published, b.author, b.source)


@pytest.mark.parametrize("encode", [
    pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
    pytest.param(lambda t: t.encode("utf-16"), id="utf-16-native-bom"),
    pytest.param(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
])
def test_text_in_a_known_encoding_reads_as_utf8_does(tmp_path, encode):
    plain = read_article(write(tmp_path / "a" / "tien-lang.txt", CONFERENCE.encode("utf-8")))
    other = read_article(write(tmp_path / "b" / "tien-lang.txt", encode(CONFERENCE)))
    assert other.text == plain.text  # the byte-order mark is not part of the text: offsets do not move
    assert [b.span for b in other.blocks] == [b.span for b in plain.blocks]
    assert (other.id, other.title, other.published, other.author) == \
        (plain.id, plain.title, plain.published, plain.author)


def test_article_id_is_the_file_name_slug(tmp_path):
    a = read_article(write(tmp_path / "Hội nghị Tiên Lãng.txt", CONFERENCE))
    assert a.id == "hoi-nghi-tien-lang"
    assert a.path.endswith("Hội nghị Tiên Lãng.txt")


def test_no_date_line_leaves_the_date_unknown_with_a_warning():
    a = parse_article(UNDATED, "an-lao")
    assert a.published is None and a.published_date is None
    assert any("no publication date" in w for w in a.warnings)
    assert a.author == "Đặng Minh Châu"  # the rest still reads


@pytest.mark.parametrize("line,expected", [
    ("Print Thứ Tư, 14/03/2018 09:30", "2018-03-14T09:30:00+07:00"),
    ("Print Chủ nhật, 01/04/2018 - 7h05", "2018-04-01T07:05:00+07:00"),
    ("date: 2018-03-14", "2018-03-14T00:00:00+07:00"),
    ("14/03/2018 09:30", "2018-03-14T09:30:00+07:00"),
])
def test_publication_stamps(line, expected):
    assert parse_article(with_print_line(line), "x").published.isoformat() == expected


def test_a_date_inside_the_text_is_not_the_publication_date():
    text = with_print_line("Hội nghị sơ kết công tác xây dựng Đảng quý I ở Tiên Lãng").replace(
        "Phạm Quốc Bảo", "Ngày 02/05/2018, huyện sẽ tổng kết.\n\nPhạm Quốc Bảo")
    a = parse_article(text, "x")
    assert a.published is None


# --- refused inputs: one line, naming the file and the problem ---------------------------------

def _refused(tmp_path, content: bytes | str, name: str = "bai-viet.txt") -> str:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as info:
        read_article(path)
    message = str(info.value)
    assert "\n" not in message, f"not one line: {message!r}"
    assert message.startswith(f"{path}: "), f"does not name the file: {message!r}"
    assert info.value.exit_code == 2
    return message


def test_empty_file(tmp_path):
    assert "the file is empty" in _refused(tmp_path, b"")
    assert "the file is empty" in _refused(tmp_path, b" \n\r\n\t ", "blank.txt")


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4
    assert "binary file" in _refused(tmp_path, png, "anh.txt")


def test_windows_1258_says_how_to_convert(tmp_path):
    message = _refused(tmp_path, to_cp1258(CONFERENCE))
    assert "not UTF-8" in message and "Windows-1258" in message
    assert "iconv -f WINDOWS-1258 -t UTF-8" in message


def test_tcvn3_says_how_to_convert(tmp_path):
    message = _refused(tmp_path, TCVN3_BYTES)
    assert "TCVN3" in message and "iconv -f TCVN5712-1 -t UTF-8" in message


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv on this machine")
@pytest.mark.parametrize("data,charset,expected", [
    pytest.param(to_cp1258(CONFERENCE), "WINDOWS-1258", CONFERENCE, id="windows-1258"),
    pytest.param(TCVN3_BYTES, "TCVN5712-1", TCVN3_TEXT, id="tcvn3"),
])
def test_the_advised_conversion_works(tmp_path, data, charset, expected):
    converted = subprocess.run(["iconv", "-f", charset, "-t", "UTF-8"], input=data, capture_output=True, check=True)
    a = read_article(write(tmp_path / "converted.txt", converted.stdout))
    assert a.text.rstrip("\n") == expected.rstrip("\n")


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html>\n<html><head><title>Tin tức</title></head><body><p>Sáng 13/3, hội nghị.</p></body></html>",
    "<html lang=\"vi\">\n<body>\n<div class=\"content\">Sáng 13/3, hội nghị.</div>",
])
def test_html_page(tmp_path, page):
    message = _refused(tmp_path, page, "trang.html.txt")
    assert "HTML page" in message and "plain text" in message and ".html" in message


def test_text_with_stray_tags_from_a_copy_is_stripped_and_read_with_a_warning(tmp_path):
    copied = with_print_line("Print Thứ Tư, 14/03/2018 09:30").replace(
        "Lê Văn Khoa,", "Lê&nbsp;Văn Khoa,<br>").replace("Quang cảnh hội nghị", "<p>Quang cảnh hội nghị</p>")
    article = read_article(write(tmp_path / "copied.txt", copied))
    assert "<" not in article.text and "&nbsp;" not in article.text
    assert "Lê Văn Khoa," in article.text
    assert any("stray HTML markup stripped" in w and "(4 tag(s)" in w for w in article.warnings)
    plain = read_article(write(tmp_path / "plain.txt", CONFERENCE))
    assert not any("stray" in w for w in plain.warnings)


@pytest.mark.parametrize("line,problem", [
    ("Print Thứ Năm, 31/02/2019 08:00", "31/02/2019"),
    ("Print Thứ Hai, 30/13/2019 08:00", "30/13/2019"),
    ("Print Thứ Hai, 12/05/1890 08:00", "1890"),
])
def test_impossible_publication_date(tmp_path, line, problem):
    message = _refused(tmp_path, with_print_line(line))
    assert problem in message
    assert "not a real date" in message or "out of range" in message


def test_no_prose(tmp_path):
    message = _refused(tmp_path, "Print Thứ Tư, 14/03/2018 09:30\n\nTrang chủ\n\nQuang cảnh hội nghị\n")
    assert "no article text" in message


PHOTO_REPORT = ("Lãnh đạo huyện thăm, tặng quà gia đình chính sách\n\nPrint Thứ Năm, 12/05/2022 08:15\n\n"
                "Chủ tịch UBND huyện Trần Văn Khải trao quà cho các hộ gia đình chính sách tại xã Đông Hòa\n\n"
                "Ảnh: Minh Đức\n\n"
                "Bí thư Đảng ủy xã Lê Thị Mai thăm hỏi gia đình thương binh tại thôn Bắc Sơn\n\n"
                "Quang cảnh buổi lễ\n")


def test_a_photo_report_is_read_from_its_long_captions():
    a = parse_article(PHOTO_REPORT, "anh")
    assert a.title == "Lãnh đạo huyện thăm, tặng quà gia đình chính sách"
    assert [b.kind for b in a.blocks] == ["paragraph", "paragraph", "caption"]
    assert a.blocks[0].span.text.startswith("Chủ tịch UBND huyện Trần Văn Khải")
    assert "Quang cảnh buổi lễ" == a.blocks[2].span.text  # a label, not a sentence: still a caption
    assert any("photo report" in w and "2 long captions" in w for w in a.warnings)
    for block in a.blocks:
        assert a.text[block.span.start:block.span.end] == block.span.text


def test_one_long_caption_is_not_a_photo_report(tmp_path):
    one = PHOTO_REPORT.replace("Bí thư Đảng ủy xã Lê Thị Mai thăm hỏi gia đình thương binh tại thôn Bắc Sơn", "Tặng quà")
    assert "no article text" in _refused(tmp_path, one)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read the file") as info:
        read_article(tmp_path / "khong-co.txt")
    assert "\n" not in str(info.value)


def test_decode_utf16_bom_with_broken_body():
    with pytest.raises(InputError, match="not UTF-16"):
        decode(codecs.BOM_UTF16_LE + "Sáng".encode("utf-16-le") + b"\x00\xd8", "x.txt")


def test_title_is_the_first_title_like_line_above_the_text_and_bylines_with_tin_anh():
    from kg.reader import parse_article

    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\n\nProvincial Radio and Television\nĐường dây nóng: 0123 456789\n\n"
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n\n"
            "Ngày 5/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 9. Đồng chí Lê Văn Tám chủ trì.\n\n"
            "Tin, ảnh: MINH KHOA\n")
    a = parse_article(text, "t")
    assert a.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9"
    assert a.author == "Minh Khoa"




@pytest.mark.parametrize("stamp", ["Cập nhật: 10:30, 15/03/2021", "Thứ Hai, ngày 15/03/2021", "15-03-2021 10:30",
                                   "Đăng lúc 10:30 15/03/2021", "Thứ 2, 15.03.2021 | 10:30:00",
                                   "Ngày cập nhật 15/03/2021", "- 15/03/2021 04:12:00 PM",
                                   "Cập nhật lúc 10:30, Thứ Hai, 15/03/2021", "bientap gửi vào T2, 2021-03-15 10:30"])
def test_date_lines_of_other_portals(stamp):
    from kg.reader import parse_article

    a = parse_article(f"{stamp}\n\nSáng 14/3, Huyện ủy họp. Đồng chí Lê Văn Tám chủ trì.\n", "t")
    assert a.published_date is not None and a.published_date.isoformat() == "2021-03-15"


# --- hostile files: special files, sizes, encodings, invisible characters ------------------------------------------
def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_article(fifo)


def test_an_article_over_the_size_limit_is_refused(tmp_path):
    path = write(tmp_path / "big.txt", CONFERENCE + "Hội nghị tiếp tục. " * 2000)
    with pytest.raises(InputError, match=r"over the limit of 10 KB.*--max-size"):
        read_article(path, max_size=10 * 1024)
    assert read_article(path, max_size=None).paragraphs()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(tmp_path, codec):
    a = read_article(write(tmp_path / "u16.txt", CONFERENCE.encode(codec)))
    assert a.text.rstrip("\n") == read_article(write(tmp_path / "u8.txt", CONFERENCE)).text.rstrip("\n")
    assert any("UTF-16" in w for w in a.warnings)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv on this machine")
def test_viscii_is_named_with_its_conversion(tmp_path):
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "VISCII"], input=CONFERENCE.encode(), capture_output=True,
                          check=True).stdout
    message = _refused(tmp_path, data)
    assert "VISCII" in message and "iconv -f VISCII -t UTF-8" in message
    assert "WINDOWS-1258 -t" not in message  # the conversion that would build garbage is not the advice


def test_random_bytes_are_not_called_a_vietnamese_encoding(tmp_path):
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(1, 256) for _ in range(3000))
    message = _refused(tmp_path, noise)
    assert "Vietnamese" not in message and "do not look like text" in message


def test_invisible_and_control_characters_are_removed_with_a_warning(tmp_path):
    dirty = CONFERENCE.replace("Sáng", "S\u200báng\u202e", 1).replace("Print", "\ufeffPrint\x07", 1)  # (a BOM first
    # is the decoder's)
    a = read_article(write(tmp_path / "dirty.txt", dirty))
    clean = read_article(write(tmp_path / "clean.txt", CONFERENCE))
    assert a.text == clean.text and a.published == clean.published
    assert any("removed 3 invisible or control characters" in w for w in a.warnings)


def test_digits_of_other_scripts_are_read_as_ascii():
    from kg.reader import parse_article

    a = parse_article(CONFERENCE.replace("13/3", "١٣/３", 1), "x")
    assert "13/3" in a.text and "١" not in a.text


# --- the lines above the text: title, breadcrumb, stamps; captions and prose (kg/line_kinds.py) ---------------

def test_a_breadcrumb_in_lower_case_is_not_the_title_and_a_dated_lead_without_a_stop_is_prose():
    from kg.reader import parse_article

    text = ("hoạt động khối chính quyền\n\n"
            "HĐND phường Tân Mỹ họp thống nhất nội dung kỳ họp thứ 9 HĐND phường khóa III\n"
            "Ngày đăng 20/11/2019 | 10:15  | Lượt xem: 25\n\n"
            "Sáng ngày 19/11/2019, tại Phòng họp số 2, HĐND phường Tân Mỹ tổ chức họp thống nhất nội dung kỳ họp\n\n"
            "Dự họp có đồng chí Lê Văn Tám - Bí thư Đảng ủy phường.\n")
    a = parse_article(text, "t")
    assert a.title == "HĐND phường Tân Mỹ họp thống nhất nội dung kỳ họp thứ 9 HĐND phường khóa III"
    assert a.published_date.isoformat() == "2019-11-20"
    lead = next(b for b in a.blocks if b.span.text.startswith("Sáng ngày 19/11/2019"))
    assert lead.kind == "paragraph"


def test_a_lead_opening_with_its_date_is_not_a_publication_stamp():
    from kg.reader import parse_article

    a = parse_article("Tổ chức kỳ họp HĐND phường khóa XI\n"
                      "Ngày 30/01/2019 được sự thống nhất của Thường trực HĐND quận, Thường trực HĐND phường "
                      "Tân Mỹ đã tiến hành tổ chức kỳ họp bất thường.\n", "t")
    assert a.published is None
    assert a.paragraphs()[0].span.text.startswith("Ngày 30/01/2019 được sự")


def test_a_title_with_its_stamp_under_a_teaser_gives_title_and_date():
    from kg.reader import parse_article

    lead = "Sáng 27/4, HĐND tỉnh khai mạc Kỳ họp thứ 12. Đồng chí Lê Văn Tám, Chủ tịch HĐND tỉnh chủ trì."
    a = parse_article(f"{lead}\n\nKhai mạc Kỳ họp thứ 12, HĐND tỉnh khóa IX\n08:57, 28/04/2021\n\n{lead}\n", "t")
    assert a.title == "Khai mạc Kỳ họp thứ 12, HĐND tỉnh khóa IX"
    assert a.published_date.isoformat() == "2021-04-28"


def test_place_and_date_line_of_an_official_text_is_the_publication_date():
    from kg.reader import parse_article

    a = parse_article("Tân Mỹ, ngày 20 tháng 01 năm 2020\n\nSáng 19/1, Đảng ủy phường tổ chức hội nghị.\n", "t")
    assert a.published_date.isoformat() == "2020-01-20" and a.title is None


def test_title_in_capitals_right_above_the_text_and_a_stamp_trailing_a_title():
    from kg.reader import parse_article

    a = parse_article("ỦY BAN NHÂN DÂN HUYỆN TÂN MỸ\nTRANG THÔNG TIN ĐIỆN TỬ CỦA HUYỆN TÂN MỸ\n\n"
                      "LÃNH ĐẠO HUYỆN ĐI KIỂM TRA TẠI XÃ TÂN AN\n\n"
                      "Nhằm đảm bảo tiến độ các công trình, lãnh đạo huyện đã đi kiểm tra.\n", "t")
    assert a.title == "LÃNH ĐẠO HUYỆN ĐI KIỂM TRA TẠI XÃ TÂN AN"
    b = parse_article("date 2021-03-05 Huyện ủy Tân Mỹ sơ kết công tác quý I 05/03/2021 15:17\n\n"
                      "Sáng 4/3, Huyện ủy Tân Mỹ tổ chức hội nghị sơ kết.\n", "t")
    assert b.title == "Huyện ủy Tân Mỹ sơ kết công tác quý I"


def test_a_line_of_punctuation_is_no_text():
    from kg.reader import parse_article

    a = parse_article("Thứ Bảy, 08/09/2012, 16:03 (GMT+7)\n.\n\nHội nghị sơ kết công tác xây dựng Đảng\n\n"
                      "Ngày 7-9, Huyện ủy Tân Mỹ tổ chức hội nghị.\n", "t")
    assert a.title == "Hội nghị sơ kết công tác xây dựng Đảng"


def test_a_stamp_alone_on_its_line_under_the_teaser_is_the_publication_date():
    from kg.reader import parse_article

    a = parse_article("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9\n\n"
                      "(TTV)- Ngày 5/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 9.\n\n05/12/2019 19:39\n\n"
                      "Đồng chí Lê Văn Tám, Bí thư Tỉnh ủy chủ trì hội nghị.\n", "t")
    assert a.published.isoformat() == "2019-12-05T19:39:00+07:00"
    assert a.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9"


def test_a_section_name_above_the_title_is_not_the_title():
    from kg.reader import parse_article

    a = parse_article("Tin tức - Sự kiện\n\nHĐND xã Tân Mỹ tổ chức kỳ họp thứ 12 khóa XX\n\n"
                      "Ngày 11/1, HĐND xã Tân Mỹ tổ chức kỳ họp thứ 12.\n", "t")
    assert a.title == "HĐND xã Tân Mỹ tổ chức kỳ họp thứ 12 khóa XX"


@pytest.mark.parametrize("stamp, author", [
    ("Ngày đăng bài: 12/10/2019 | Tác giả: Hoàng Yến", "Hoàng Yến"),
    ("(ngày đăng bài: 12/10/2019)", None),
    ("Lục Văn Tư - 09:45 12/10/2019 GMT+7", "Lục Văn Tư"),
])
def test_date_lines_of_commune_portals_and_the_author_they_name(stamp, author):
    from kg.reader import parse_article

    a = parse_article("Đại hội Hội Cựu chiến binh xã Tân Hòa nhiệm kỳ 2019 - 2024\n\n" + stamp + "\n\n"
                      "Sáng 11/10, Hội Cựu chiến binh xã Tân Hòa tổ chức Đại hội đại biểu lần thứ VII.\n", "t")
    assert a.published_date.isoformat() == "2019-10-12"
    assert a.author == author
    assert all("Tác giả" not in b.span.text for b in a.blocks)


def test_a_short_line_above_a_title_found_by_its_stamp_is_the_pages_header():
    from kg.reader import parse_article

    a = parse_article("Công ty Phân bón Hòa Lâm\n\n\"Nông dân Tân Hòa chung sức xây dựng nông thôn mới...\"\n\n"
                      "Lục Văn Tư - 09:45 12/10/2019 GMT+7\n\n"
                      "Sáng 11/10, Hội Nông dân xã Tân Hòa tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2019 - 2024.\n", "t")
    assert a.title == "\"Nông dân Tân Hòa chung sức xây dựng nông thôn mới...\""
    assert a.published_date.isoformat() == "2019-10-12" and a.author == "Lục Văn Tư"
    assert all("Phân bón" not in b.span.text for b in a.blocks)


def test_a_byline_above_the_portals_lists_of_news_is_the_author():
    a = parse_article("Huyện Tân Lập thăm gia đình chính sách\n\nSáng 20/7, lãnh đạo huyện Tân Lập thăm các gia "
                      "đình chính sách.\n\nTin và ảnh: Minh Khoa\n\nTin mới\nTin nổi bật\nQR\n", "x")
    assert a.author == "Minh Khoa"
