"""Article text -> Article: metadata, body paragraphs, captions, with offsets.

Reads the plain-text form of a portal page (the seed's format: a `Print` line,
the body, the byline, `Nguồn.` and the page furniture), and degrades gracefully
on text from other portals (a `date` line, a dateline, navigation lines).
"""
from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .characters import clean_characters
from .encodings import ICONV, guess_legacy, looks_like_text, utf16_without_bom
from .errors import InputError
from .files import DEFAULT_MAX_SIZE, check_size, regular_file
from .line_kinds import line_kind
from .reader_lines import paragraph_lines
from .reader_stamp import publication_stamp, publication_stamp_like
from .reader_title import title_fallback, title_like
from .text import Span, normalize, sentences, slug
from .vocab import data_rows

_STAMP_WITHIN = 2  # a date-time alone on its line after at most this many paragraphs is the publication stamp
_QR_TITLE = re.compile(r"^\s*QR CODE\s*:\s*(.+?)\s*$")
_SOURCE = re.compile(r"^\s*Nguồn\s*[.:]\s*(.+?)\s*$")
_CREDIT = re.compile(r"^\s*\(?\s*(?:Ảnh|Ảnh minh họa|Video|Clip)\s*:\s*(.+?)\)?\s*$", re.IGNORECASE)
_FURNITURE_START = re.compile(r"^\s*(Tiện ích thông tin|Tin khác|Tin liên quan|Các tin khác|Bình luận|Chia sẻ bài viết|"
                              r"Đừng bỏ lỡ|Đọc thêm|Xem thêm|Video đang xem nhiều|Tin cùng chuyên mục|"
                              r"Bài viết liên quan|Tin mới nhất|Tin đọc nhiều|Tin mới|Tin nổi bật|Tin xem nhiều|Tin đã đưa)\s*:?\s*$",
                              re.IGNORECASE)
_NAVIGATION = re.compile(
    r"^\s*(Skip to main content|Bỏ qua nội dung|Trang chủ|Home|Menu|Đăng nhập|Tìm kiếm|In bài viết|Print|"
    r"QR Code|Nguồn tin|Chúng tôi trên Mạng Xã hội|QR Code Fanpage)\s*$|^.{0,80}(\s[>»/|]\s.{0,40}){2,}$",
    re.IGNORECASE)
_NAME_WORD = r"[^\W\d_][^\W\d_]+"  # a word; its capital is checked in _byline
_BYLINE = re.compile(rf"^\s*(?:(?:Bài|Tin)(?:\s*(?:,|và)\s*ảnh)?\s*:\s*|Theo\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
                     rf"(?:\s*[-–]\s*(\S.*?))?\s*(?:\(.*\))?\s*\.?\s*$")
# after the name, a dash and either a second author ('Ngọc Mai - Thanh Bình') or the author's unit or job
# ('Hoàng Anh - Trung tâm VH-TT huyện', 'Thu Hà – Công chức VHXH xã')
# a line broken inside a sentence ('Bí thư Tỉnh\nủy'): the next line goes on in lower case
_HTML = re.compile(r"^\s*(<!DOCTYPE\s+html|<html|<head|<body)", re.IGNORECASE)
# a few tags or entities left over from a copy ('<br>', '&nbsp;'): still text, stripped with a warning
_STRAY_MARKUP = re.compile(r"</?(p|div|span|br|a|b|i|u|em|strong|font)\b[^>]*>|&(nbsp|amp|quot|apos|lt|gt|#\d+|#x[0-9a-f]+);",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """One line of the article: a body paragraph, an image caption, or a metadata line."""

    kind: str  # paragraph | caption
    span: Span

    def sentences(self) -> list[Span]:
        return sentences(self.span) if self.kind == "paragraph" else [self.span]


@dataclass
class Article:
    id: str
    text: str  # the article as read (NFC); provenance offsets point into it
    title: str | None
    published: datetime | None
    author: str | None
    source: str | None
    author_span: Span | None = None
    blocks: list[Block] = field(default_factory=list)
    path: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def norm(self) -> str:
        """The text with uniform spelling for matching; same length as `text`."""
        return normalize(self.text)

    published_month: tuple[int, int] | None = None  # (year, month) when only those are stated
    url: str | None = None  # where the article was published, when the input says (a web page, a JSON Lines record)
    co_authors: list[Span] = field(default_factory=list)  # 'Ngọc Mai - Thanh Bình': the byline's second name

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None

    @property
    def reference_date(self) -> date | None:
        """What dates without a year are read against: the publication date, or the last day of
        its month when only the month is known."""
        if self.published:
            return self.published.date()
        if self.published_month:
            year, month = self.published_month
            return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return None

    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]


def read_article(path: str | Path, article_id: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Read an article file; raise InputError with a one-line reason if it cannot be read. Only regular
    files are opened, and only up to `max_size` bytes (None: no limit)."""
    path = regular_file(path)
    check_size(path, max_size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    text, notes = decode_noting(data, str(path))
    text, stripped = strip_stray_markup(text)
    if stripped:
        notes.append(f"stray HTML markup stripped from the text ({stripped} tag(s) or entities)")
    try:
        article = parse_article(text, article_id or slug(path.stem), path=str(path))
    except InputError as exc:  # name the file, as the decoding errors do (an impossible date, say)
        if str(exc).startswith(f"{path}:"):
            raise
        raise InputError(f"{path}: {exc}") from exc
    article.warnings[:0] = notes
    return article


def decode(data: bytes, name: str = "input") -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or detected without one);
    anything else is refused, with the legacy encoding it looks like named (kg.encodings)."""
    return decode_noting(data, name)[0]


def decode_noting(data: bytes, name: str = "input") -> tuple[str, list[str]]:
    """decode(), and the notes for the user about how the bytes were read."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: UTF-16 byte-order mark, but the text is not UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        text = utf16_without_bom(data)
        if text is not None:
            return text, ["read as UTF-16 (the file has no byte-order mark)"]
        raise InputError(f"{name}: this is a binary file, not an article in plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: {_not_utf8(data, name, exc.start)}") from exc
    if _HTML.search(text[:2000]):
        raise InputError(f"{name}: this is an HTML page; save the article as plain text (the page's text, "
                         "e.g. from the browser's 'Save as text' or `lynx -dump`), or name it .html so that "
                         "`kg build` reads the page, and run again")
    return text, []


def _not_utf8(data: bytes, name: str, at: int) -> str:
    legacy = guess_legacy(data)
    if legacy is None and not looks_like_text(data):
        return (f"not UTF-8 (byte {at}), and its bytes do not look like text in any encoding: is it the article's "
                f"text file?")
    convert = "`iconv -f {code} -t UTF-8 " + name + " > article.txt`"
    if legacy is None:
        return (f"not UTF-8 (byte {at}); it may be in a legacy Vietnamese encoding (Windows-1258, VISCII or "
                f"TCVN3/ABC). Convert it first, e.g. {convert.format(code='WINDOWS-1258')} (for VISCII: "
                f"{convert.format(code='VISCII')}; for TCVN3: {convert.format(code='TCVN5712-1')}), then run again")
    others = ", ".join(f"{n}: -f {c}" for n, c in ICONV.items() if n != legacy)
    return (f"not UTF-8 (byte {at}); it looks like the legacy Vietnamese encoding {legacy}"
            f"{'/ABC' if legacy == 'TCVN3' else ''}. Convert it first: {convert.format(code=ICONV[legacy])}, "
            f"then run again (if the result reads wrong, try {others})")


def strip_stray_markup(text: str) -> tuple[str, int]:
    """Text with a few tags or entities from a copy -> the text without them, and how many there were."""
    import html

    found = 0

    def replace(m: re.Match) -> str:
        nonlocal found
        found += 1
        if m.group(1):
            return "\n" if m.group(1).lower() in ("br", "p", "div") else ""
        return " " if m.group(2).lower() == "nbsp" else html.unescape(m.group(0))

    return _STRAY_MARKUP.sub(replace, text), found


def parse_article(text: str, article_id: str, path: str | None = None) -> Article:
    import unicodedata

    text, removed = clean_characters(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = paragraph_lines(text, publication_stamp_like)
    title = None
    published = None
    source = None
    warnings: list[str] = [removed] if removed else []
    body: list[Span] = []
    prose_lines = 0  # paragraphs in `body` so far, counted as they come (a text may have many lines)
    has_prose = False
    in_furniture = False
    stamp_author: Span | None = None  # a name the date line gives ('Bùi Ánh - 14:20 28/09/2023', '… | Tác giả: X')
    for line in lines:
        stripped = line.text.strip()
        qr = _QR_TITLE.match(stripped)
        if qr:
            title = qr.group(1)
            continue
        if _FURNITURE_START.match(stripped):
            in_furniture = True
        if in_furniture or not any(c.isalnum() for c in stripped):
            continue
        stamp = publication_stamp(stripped) if not has_prose else None
        if stamp is None and published is None and prose_lines <= _STAMP_WITHIN:
            late = publication_stamp(stripped)  # a stamp alone on its line under a teaser, or under the title
            if late is not None and not late[1]:
                published = late[0]
                stamp_author = _stamp_byline(line, "") or stamp_author
                if title is None and body and title_like(body[-1].text, 220):
                    title = body.pop().text  # 'Khai mạc Kỳ họp thứ 12\n08:57, 28/04/2021'
                    # short lines above the title are the page's header, a banner or an advertisement
                    body = [b for b in body if _kind(b) == "paragraph"]
                continue
        if stamp is not None:
            # several stamps above the text: a page header (today's date) comes first, the article's last
            published, rest = stamp
            stamp_author = _stamp_byline(line, rest) or stamp_author
            if not rest or _AUTHOR_AFTER_STAMP.match(rest):
                continue
            offset = line.text.find(rest)
            line = Span(rest, line.start + offset, line.start + offset + len(rest))
            stripped = rest
        src = _SOURCE.match(stripped)
        if src:
            source = src.group(1).strip().rstrip(".")
            continue
        if _NAVIGATION.match(stripped):
            continue
        body.append(line)
        if not has_prose or (published is None and prose_lines <= _STAMP_WITHIN):
            is_prose = _kind(line) == "paragraph"
            has_prose = has_prose or is_prose
            prose_lines += is_prose
    author_span, co_authors, body = _byline(body)
    author_span = author_span or stamp_author
    if title is None:
        title, body = title_fallback(body)
    blocks = [Block(_kind(span), span) for span in body if not _CREDIT.match(span.text)]
    if not any(b.kind == "paragraph" for b in blocks):
        blocks = _photo_report(blocks)
        if blocks is None:
            raise InputError(f"{path or article_id}: no article text found (no paragraph of prose)")
        warnings.append(f"no paragraph of prose: read as a photo report, from its "
                        f"{sum(b.kind == 'paragraph' for b in blocks)} long captions")
    author = name_case(author_span.text) if author_span else None
    when = published.when if published else None
    month = (published.year, published.month) if published and published.year else None
    if when is None:
        warnings.insert(0, "no publication date found (no Print/date line): the date is left unknown"
                        if month is None else "only the publication month is known: the day is left unknown")
    return Article(article_id, text, title, when, author, source, author_span, blocks, path, warnings,
                   published_month=month, co_authors=co_authors)


_PHOTO_REPORT_CAPTIONS = 2  # a page of photos whose captions tell the story (a press agency's photo report)
_CAPTION_SENTENCE_WORDS = 8  # shorter captions ('Quang cảnh hội nghị') are labels, not sentences


def _photo_report(blocks: list[Block]) -> list[Block] | None:
    """A page with no prose but several captions that are whole sentences: those captions are its text."""
    long = [b for b in blocks if len(b.span.text.split()) >= _CAPTION_SENTENCE_WORDS]
    if len(long) < _PHOTO_REPORT_CAPTIONS:
        return None
    return [Block("paragraph", b.span) if b in long else b for b in blocks]


def _kind(span: Span) -> str:
    return line_kind(span.text)


_NAME_BEFORE_TIME = re.compile(r"^\s*\(?\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s+[-–]\s+\d{1,2}[:h]\d{2}\s+\d")
_AUTHOR_AFTER_STAMP = re.compile(r"^Tác giả\s*:\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*$")


def _stamp_byline(line: Span, rest: str) -> Span | None:
    """The author a date line names: before its time ('Bùi Ánh - 14:20 28/09/2023 GMT+7') or after it ('Ngày đăng
    bài: 07/03/2018 | Tác giả: Long Hà'), a name in title case."""
    m = _NAME_BEFORE_TIME.match(line.text)
    start = end = None
    if m:
        start, end = m.start(1), m.end(1)
    else:
        a = _AUTHOR_AFTER_STAMP.match(rest)
        if a:
            offset = line.text.find(rest)
            start, end = offset + a.start(1), offset + a.end(1)
    if start is None:
        return None
    name = line.text[start:end]
    if not all(w[0].isupper() and w[1:].islower() for w in name.split()):
        return None
    return Span(name, line.start + start, line.start + end)


def _byline(body: list[Span]) -> tuple[Span | None, list[Span], list[Span]]:
    """The author's line: the last short line that is only a name (optionally 'Bài: ', 'Theo '), then perhaps a
    dash and a second name or the author's unit; returns the author, the second author and the other lines."""
    for i in range(len(body) - 1, max(-1, len(body) - 4), -1):
        m = _BYLINE.match(normalize(body[i].text))
        if m and not _CREDIT.match(body[i].text) and _name_like(m.group(1)) and not _opens_with_marker(m.group(1)) \
                and (m.group(2) is None or not _opens_with_place_type(m.group(1))) \
                and (m.group(2) is None or _unit_like(m.group(2)) or _name_like(m.group(2))):
            line = body[i]
            unit = m.group(2) is not None and _unit_like(m.group(2))
            second = [Span(line.text[m.start(2):m.end(2)], line.start + m.start(2), line.start + m.end(2))] \
                if m.group(2) and not unit else []
            # a line that names the author's unit or job stays in the text, which reads the job as a post
            return Span(line.text[m.start(1):m.end(1)], line.start + m.start(1), line.start + m.end(1)), second, \
                body if unit else body[:i] + body[i + 1:]
    return None, [], body


_PERSON_MARKERS = ("ông", "bà", "đồng chí", "anh", "chị", "đ/c")


def _opens_with_marker(text: str) -> bool:
    """'ÔNG PHẠM VĂN A - BÍ THƯ …': a person marker opens a caption about someone, not the author's line."""
    lowered = text.lower()
    return any(lowered == m or lowered.startswith(m + " ") for m in _PERSON_MARKERS)


@functools.cache
def _place_types() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in data_rows("place_types.tsv"))


def _opens_with_place_type(text: str) -> bool:
    """'Xã Minh Đức - Hớn Quản - Bình Phước': a site's header names a place, not an author and a unit."""
    lowered = text.casefold().split()
    return any(" ".join(lowered[:n]) in _place_types() for n in (1, 2, 3))


def _name_like(text: str) -> bool:
    """Two to four words, each in title case or each in capitals ('PHẠM MỊNH'): a name as a byline writes it."""
    words = text.split()
    title_case = all(w[0].isupper() and w[1:].islower() and w.isalpha() for w in words)
    capitals = all(w.isupper() and len(w) > 1 and w.isalpha() for w in words)
    return 2 <= len(words) <= 4 and (title_case or capitals)


def _unit_like(text: str) -> bool:
    """The author's unit or job after the name: a word in lower case or an acronym ('Trung tâm VH-TT huyện',
    'VPHU Quảng Điền', 'Công chức VHXH xã'), not a second name."""
    words = text.split()
    return bool(words) and len(words) <= 12 and words[0][0].isupper() and "://" not in text \
        and any(w.islower() or (len(w) > 1 and w.isupper() and not _name_like(text)) or not w.isalpha()
                for w in words)


def name_case(name: str) -> str:
    """A byline in capitals ('PHẠM MỊNH') as a name ('Phạm Mịnh')."""
    return " ".join(w.capitalize() for w in name.split()) if name.isupper() else name
