"""Small invented corpora for the corpus layer's tests: text files, portal pages, JSON Lines records.

Every person, figure and date is made up; the pages copy only the shape of a provincial
portal (a header with menus, a breadcrumb, the article, related links, a footer).
"""
from __future__ import annotations

import json
from pathlib import Path

from kg_helpers import write

# (given names, district, day) for invented district conferences; the districts are real places
PEOPLE = [("Lê Văn Khoa", "Trần Thị Mai Lan", "Tiên Lãng", 13), ("Vũ Đình Toản", "Ngô Thị Hạnh", "An Lão", 14),
          ("Đặng Quốc Hưng", "Phan Thị Thu Hà", "Kiến Thụy", 15), ("Bùi Văn Thắng", "Lương Thị Yến", "Thủy Nguyên", 16),
          ("Hà Minh Tuấn", "Đoàn Thị Ngọc", "Vĩnh Bảo", 17), ("Cao Văn Lực", "Mạc Thị Huyền", "An Dương", 18)]


def article_text(chair: str, deputy: str, district: str, day: int, members: int = 38) -> str:
    return f"""\
Print Thứ Tư, {day + 1:02d}/03/2018 09:30

Sáng {day}/3, Ban Thường vụ Huyện ủy {district} tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2018. Đồng chí {chair}, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí {deputy}, Phó Bí thư Thường trực Huyện ủy.

Trong quý, toàn huyện kết nạp mới {members} đảng viên.

Phạm Quốc Bảo

Nguồn. haiphong.gov.vn
"""


def portal_page(title: str, paragraphs: list[str], url: str, published: str, author: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} - Cổng thông tin điện tử huyện</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published}">
</head><body>
<header><div class="logo">Cổng thông tin điện tử</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div>
<main><article>
<h1>{title}</h1>
{body}
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin-tuc/a.html">Hội nghị giao ban khối dân vận quý I năm 2018 của huyện</a></li>
<li><a href="/tin-tuc/b.html">Các xã ra quân làm thủy lợi nội đồng vụ xuân năm 2018</a></li></ul></aside>
</main>
<footer><p>Bản quyền thuộc Ủy ban nhân dân huyện. Địa chỉ: thị trấn huyện lỵ. Điện thoại: 0225 3883 000</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin điện tử này.</p></footer>
</body></html>
"""


def conference_page(chair: str, deputy: str, district: str, day: int) -> str:
    return portal_page(
        f"Huyện ủy {district} sơ kết công tác xây dựng Đảng quý I",
        [f"Sáng {day}/3, Ban Thường vụ Huyện ủy {district} tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I "
         f"năm 2018. Đồng chí {chair}, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí {deputy}, Phó Bí "
         f"thư Thường trực Huyện ủy.", "Trong quý, toàn huyện kết nạp mới 38 đảng viên."],
        f"https://{_host(district)}.example.gov.vn/tin-tuc/so-ket-quy-i-2018.html",
        f"2018-03-{day + 1:02d}T09:30:00+07:00", "Phạm Quốc Bảo")


def record(chair: str, deputy: str, district: str, day: int, **fields) -> str:
    text = article_text(chair, deputy, district, day).split("\n", 2)[2]  # without its Print line
    entry = {"url": f"https://{_host(district)}.example.gov.vn/tin-tuc/so-ket-{day}.html",
             "title": f"Huyện ủy {district} sơ kết quý I", "date": f"2018-03-{day + 1:02d}",
             "author": "Phạm Quốc Bảo", "text": text}
    entry.update(fields)
    return json.dumps({k: v for k, v in entry.items() if v is not None}, ensure_ascii=False)


def _host(district: str) -> str:
    from kg.text import slug

    return slug(district).replace("-", "")


def text_corpus(folder: Path, count: int = 4) -> list[Path]:
    """count invented articles as text files, some in a subfolder."""
    paths = []
    for i, (chair, deputy, district, day) in enumerate(PEOPLE[:count]):
        sub = folder / ("quy-1" if i % 2 else "")
        paths.append(write(sub / f"2018-03-{day:02d}-{_host(district)}.txt",
                           article_text(chair, deputy, district, day, members=30 + i)))
    return paths
