"""Figures the article reports: '96 tổ chức cơ sở đảng', 'số đảng viên tăng 1.072 đồng chí',
'giảm 2,1%'. Each keeps its measure as written, its period and the direction of a change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..text import parse_number
from .tokens import Sentence

_STOP = {"và", "với", "đều", "để", "theo", "tại", "của", "trong", "ở", "so", "là", "được", "có", "đạt",
         "đối", "sau", "khi", "nhằm", "từ", "đến", "giảm", "tăng", "còn", "gồm", "trên", "dưới", "năm",
         "cho", "bằng", "hơn", "nhưng", ",", ".", ";", ":", "(", ")", "-", "–", "%", "/"}
_COUNTERS = {"đồng chí", "người", "lượt", "trường hợp", "lượt người"}
# units of measure: the figure measures what the clause before it names ('diện tích tự nhiên 5,31 km²')
# (folded as written -> the unit as the graph states it; the shapes list the same units)
_UNITS = {"km²": "km²", "km2": "km²", "km": "km", "ha": "ha", "héc-ta": "ha", "m²": "m²", "m2": "m²", "m": "m",
          "tấn": "tấn", "đồng": "đồng", "triệu đồng": "triệu đồng", "tỷ đồng": "tỷ đồng", "usd": "USD",
          "triệu usd": "triệu USD", "tỷ usd": "tỷ USD"}
_NOT_A_COUNT_BEFORE = {"số", "khóa", "khoá", "thứ", "kỳ", "đoạn", "năm", "định", "quyết", "lần", "ương", "hội",
                       "tháng", "ngày", "điều", "khoản", "chương", "mục", "phòng", "phường", "quận", "xã"}
_VERB_TAIL = {"tăng", "giảm", "được", "là", "có", "đạt", "còn", "đang", "đã", "mới", "lên", "xuống", "chỉ"}
_LEADING = {"số", "trong", "đó", "tổng", "hiện", "toàn", "nay", "với"}
_PERIOD = re.compile(r"(?:giai đoạn|nhiệm kỳ|năm)\s+(\d{4}(?:\s*[-–]\s*\d{4})?)", re.IGNORECASE)
_NOW = re.compile(r"^\s*Hiện\b|\bhiện nay\b|\bhiện có\b|\bđến nay\b|\btính đến\b", re.IGNORECASE)
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class FoundFigure:
    measure: str
    value: Decimal
    unit: str | None
    change: str | None
    period: str | None
    position: int  # token index of the number


def find_figures(sent: Sentence, publication_year: int | None) -> list[FoundFigure]:
    toks = sent.tokens
    keys = sent.keys
    out = []
    period_match = _PERIOD.search(sent.text)
    for k, tok in enumerate(toks):
        if not tok.is_number:
            continue
        raw = tok.text
        percent = raw.endswith("%") or (k + 1 < len(toks) and toks[k + 1].text == "%")
        value = parse_number(raw.rstrip("%"))
        if value is None or (k > 0 and keys[k - 1] in _NOT_A_COUNT_BEFORE and keys[k - 2:k] != ["dân", "số"]):
            continue
        if _YEAR.match(raw) or (k > 0 and toks[k - 1].text in ("-", "–", "/")):
            continue
        noun_start = k + (2 if k + 1 < len(toks) and toks[k + 1].text == "%" else 1)
        noun = _noun_after(sent, noun_start) if not percent else ""
        change = _direction(keys, k)
        cued = change or "được" in keys[max(0, k - 2):k]
        unit_word = noun.casefold() in _UNITS or (noun.casefold() == "người" and not change)
        if unit_word and not percent:
            subject = _subject_before(sent, k)
            if subject:
                unit = _UNITS.get(noun.casefold())
                period = _period(period_match, tok, sent, publication_year, change)
                out.append(FoundFigure(subject, value, unit, change, period, k))
                continue
        if percent or (noun in _COUNTERS and cued) or (change and not noun):
            subject = _subject_before(sent, k)
            measure = subject or noun
        else:
            measure = noun
        if not measure:
            continue
        period = _period(period_match, tok, sent, publication_year, change)
        out.append(FoundFigure(measure, value, "percent" if percent else None, change, period, k))
    return out


def _period(period_match, tok, sent: Sentence, publication_year: int | None, change: str | None) -> str | None:
    if period_match and period_match.start() < tok.start:
        return period_match.group(1)
    if _NOW.search(sent.text) and publication_year and not change:
        return str(publication_year)
    return None


def _noun_after(sent: Sentence, k: int) -> str:
    toks = sent.tokens
    j = k
    while j < len(toks) and j - k < 6 and toks[j].is_word and toks[j].key not in _STOP \
            and not (toks[j].is_capitalized and toks[j].key != "đảng"):
        j += 1
    return sent.between(k, j)


def _direction(keys: list[str], k: int) -> str | None:
    window = keys[max(0, k - 3):k]
    if "giảm" in window:
        return "decrease"
    if "tăng" in window:
        return "increase"
    return None


def _subject_before(sent: Sentence, k: int) -> str:
    """The clause before a number, less its leading and trailing function words: 'số Đảng viên tăng' -> 'Đảng viên'."""
    toks = sent.tokens
    start = k
    while start > 0 and toks[start - 1].text not in (",", ";", ".", ":", "(") and k - start < 10:
        start -= 1
    words = list(range(start, k))
    while words and toks[words[0]].key in _LEADING:
        words.pop(0)
    while words and toks[words[-1]].key in _VERB_TAIL:
        words.pop()
    for n in range(len(words) - 1, 0, -1):  # 'Phường 1 mới có diện tích tự nhiên' -> 'diện tích tự nhiên'
        if toks[words[n]].key in ("có", "là", "gồm", "đạt"):
            words = words[n + 1:]
            break
    return sent.between(words[0], words[-1] + 1) if words else ""
