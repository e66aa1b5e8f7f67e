"""The seed article with its names, dates and figures rewritten: the extractor must find the rewritten
facts, which shows it works from patterns and vocabularies, not from the seed's own facts."""
from datetime import date
from decimal import Decimal

from kg.extract import extract
from kg.pipeline import seed_path
from kg.reader import parse_article

# seed text -> rewritten text (persons, places, dates and figures of the seed replaced by invented ones)
REWRITES = [
    ("Nguyễn Thị Nghĩa", "Trương Minh Khôi"),
    ("Đỗ Mạnh Hiến", "Lạc Thị Phượng"),
    ("Đào Khánh Hà", "Ninh Văn Quang"),
    ("Hoàng Tùng", "Bảo Ngọc"),
    ("Ngô Quyền", "Lê Chân"),
    ("Cầu Đất", "Dư Hàng"),
    ("Lương Khánh Thiện", "Hàng Kênh"),
    ("Chiều 29/7", "Sáng 3/12"),
    ("Print Thứ Ba, 30/07/2019 08:00", "Print Thứ Năm, 05/12/2019 07:30"),
    ("11.804", "9.321"),
    ("10.732", "8.650"),
    ("1.072", "671"),
    ("96 tổ chức", "88 tổ chức"),
    ("558 chi bộ", "401 chi bộ"),
]


def _rewritten_facts():
    text = seed_path().read_text(encoding="utf-8")
    for old, new in REWRITES:
        assert old in text, old
        text = text.replace(old, new)
    return extract(parse_article(text, "rewritten"))


def test_rewritten_persons_and_their_posts():
    f = _rewritten_facts()
    assert set(f.persons) == {"Trương Minh Khôi", "Lạc Thị Phượng", "Ninh Văn Quang", "Bảo Ngọc"}
    titles = {(p.person, p.title, p.body) for p in f.posts}
    assert ("Trương Minh Khôi", "Phó Bí thư Thường trực Thành ủy", "Thành ủy Hải Phòng") in titles
    assert ("Lạc Thị Phượng", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy", "Ủy ban Kiểm tra Thành ủy Hải Phòng") in titles
    assert ("Ninh Văn Quang", "Trưởng Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thành ủy Hải Phòng") in titles


def test_rewritten_meeting_date_chair_and_attendees():
    f = _rewritten_facts()
    [meeting] = [e for e in f.events if e.kind == "meeting"]
    assert meeting.date == date(2019, 12, 3) and meeting.part_of_day == "morning"
    roles = {(p.person, p.role) for p in meeting.participants}
    assert roles == {("Trương Minh Khôi", "chair"), ("Lạc Thị Phượng", "attendee"), ("Ninh Văn Quang", "attendee")}
    assert "Ban Thường vụ Quận ủy Lê Chân" in meeting.bodies


def test_rewritten_places_bodies_and_merger():
    f = _rewritten_facts()
    places = {(p.name, p.kind, p.parent) for p in f.places.values()}
    assert ("Lê Chân", "district", "Hải Phòng") in places
    assert ("Dư Hàng", "ward", "Hải Phòng/Lê Chân") in places
    assert "Quận ủy Lê Chân" in f.bodies and "Đảng bộ quận Lê Chân" in f.bodies
    [merger] = [e for e in f.events if e.kind == "merger"]
    assert {k.split("/")[-1] for k in merger.places} == {"Dư Hàng", "Hàng Kênh"}


def test_rewritten_figures():
    f = _rewritten_facts()
    figures = {(x.measure, x.value, x.period) for x in f.figures}
    assert ("đảng viên", Decimal(9321), "2019") in figures
    assert ("đảng viên", Decimal(8650), "2011 – 2015") in figures
    assert ("tổ chức cơ sở đảng", Decimal(88), "2019") in figures
    assert any(x.value == Decimal(671) and x.change == "increase" for x in f.figures)
