"""Small invented articles in the style of a provincial portal's news page, for the tests.

The people, bodies and figures are made up; only the genre (a `Print` line, the
body, the byline, `Nguồn.` and the page furniture) follows the real pages.
"""
from __future__ import annotations

# A district Party committee's quarterly conference: a dated Print line, a chair and an attendee,
# a caption, a byline, a source line and the portal's furniture after the text.
CONFERENCE = """\
Print Thứ Tư, 14/03/2018 09:30

Sáng 13/3, Ban Thường vụ Huyện ủy Tiên Lãng tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2018. Đồng chí Lê Văn Khoa, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí Trần Thị Mai Lan, Phó Bí thư Thường trực Huyện ủy.

Quang cảnh hội nghị

Hiện đảng bộ huyện có 52 tổ chức cơ sở đảng với 6.215 đảng viên. Trong quý, toàn huyện kết nạp mới 38 đảng viên.

Phạm Quốc Bảo

Nguồn. haiphong.gov.vn

Tiện ích thông tin
QR Code
QR CODE: Huyện ủy Tiên Lãng sơ kết công tác xây dựng Đảng quý I
Tin khác
"""

CONFERENCE_TITLE = "Huyện ủy Tiên Lãng sơ kết công tác xây dựng Đảng quý I"

# The same kind of page without any date line, and with no year written anywhere in the text:
# any full date in its graph would be invented.
UNDATED = """\
Chiều 21/9, đồng chí Vũ Đình Toản, Chủ tịch UBND huyện An Lão chủ trì buổi làm việc với các xã về công tác thu ngân sách. Cùng dự có đồng chí Ngô Thị Hạnh, Phó Chủ tịch UBND huyện.

Theo báo cáo, các xã đã thu được 85% dự toán được giao.

Đặng Minh Châu

Nguồn. haiphong.gov.vn
"""

# A second article naming one of CONFERENCE's people: both graphs must meet at one IRI.
FOLLOW_UP = """\
Print Thứ Sáu, 20/04/2018 15:00

Chiều 19/4, đồng chí Lê Văn Khoa, Bí thư Huyện ủy Tiên Lãng chủ trì hội nghị giao ban khối dân vận. Cùng dự có đồng chí Hoàng Văn Sơn, Trưởng Ban Dân vận Huyện ủy.

Hội nghị thống nhất triển khai 12 nhiệm vụ trọng tâm trong quý II.

Bùi Thanh Tâm

Nguồn. haiphong.gov.vn
"""


def with_print_line(line: str, body: str = CONFERENCE) -> str:
    """The article with its first line (the Print line) replaced."""
    return line + "\n" + body.split("\n", 1)[1]


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows systems wrote it: base letters precomposed (â, ơ, ư, đ...),
    tone marks as separate combining characters (Python's codec has no precomposed toned letters)."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        tone = "".join(c for c in parts if c in tones)
        out += (base + tone).encode("cp1258")
    return bytes(out)


# TCVN3 (ABC) puts every toned lower-case letter in one byte above 0x7F: "Thµnh ñy H¶i Phßng" is
# what a Windows-1252 reader shows of "Thành ủy Hải Phòng". These bytes are such a text (what
# `iconv -t TCVN5712-1` makes of it: glibc's TCVN5712-1 agrees with TCVN3 on lower-case letters).
TCVN3_BYTES = (b"Print Th\xf8 T\xad, 14/03/2018 09:30\n\n"
               b"S\xb8ng 13/3, Ban Th\xad\xeang v\xf4 Huy\xd6n \xf1y Ti\xaan L\xb7ng t\xe6 ch\xf8c h\xe9i ngh\xde "
               b"s\xac k\xd5t c\xabng t\xb8c x\xa9y d\xf9ng \xa7\xb6ng.\n")
TCVN3_TEXT = ("Print Thứ Tư, 14/03/2018 09:30\n\n"
              "Sáng 13/3, Ban Thường vụ Huyện ủy Tiên Lãng tổ chức hội nghị sơ kết công tác xây dựng Đảng.\n")
