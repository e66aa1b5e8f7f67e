"""Text normalisation, sentence splitting with offsets, and Vietnamese numbers.

Normalising never changes a string's length, so an offset into the normalised
text is an offset into the original: provenance stays exact.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

# Old-style tone placement (hoà, uỷ, thuý) to the new style (hòa, ủy, thúy): the
# mark moves from the second vowel of oa/oe/uy to the first (not after q: in quý, quá the u belongs to
# the consonant qu and the mark stays where it is). Both forms are
# one precomposed character each in NFC, so the length does not change.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE = re.compile(r"(?<![qQ])([oOuU])([aeyAEY])([" + _TONE_MARKS + r"])(?![a-zA-Z\u0300-\u036f])")

SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u3000]")


@functools.lru_cache(maxsize=1 << 13)
def _new_style_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    moved = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def normalize(text: str) -> str:
    """NFC, no-break spaces as spaces, new-style tone marks and a held shift key undone ('NHung' -> 'Nhung');
    same length as the NFC input."""
    if len(text) <= _SHORT:  # names, titles, cues: asked for again and again
        return _normalize_short(text)
    return _normalize(text)


_SHORT = 200


@functools.lru_cache(maxsize=1 << 13)
def _normalize_short(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = SPACES.sub(" ", text)
    out = re.sub(r"\w+", lambda m: _fit(_new_style_word(_shift_released(m.group(0))), m.group(0)), text)
    return out


# a word whose first consonant, written with two letters, was typed in capitals and the rest in lower case
# ('NHung', 'THị', 'TRần', 'NGhệ', 'NGHiệp'): a shift key held a letter too long, no acronym; 'TPlàm' (an
# acronym glued to a word) and 'KBang' (a unit so named) open with no such consonant
_SHIFT_HELD = re.compile(r"(?:NGH|CH|GH|GI|KH|NG|NH|PH|QU|TH|TR)")


def _shift_released(word: str) -> str:
    held = _SHIFT_HELD.match(word)
    if held is None or not word[held.end():].islower():
        return word
    return word[0] + word[1:].lower()


def _fit(new: str, old: str) -> str:
    # Tone moves keep the length; anything that would not is left as it was.
    return new if len(new) == len(old) else old


@functools.lru_cache(maxsize=1 << 13)
def fold(text: str) -> str:
    """A comparison key: normalised, case-folded, spaces folded, dashes unified."""
    text = normalize(text).casefold().replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=1 << 13)
def toneless(word: str) -> str:
    """A word without its tone mark, its vowel marks kept: 'trưởng' -> 'trương', 'bí' -> 'bi'."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 13)
def slug(text: str) -> str:
    """ASCII slug for IRIs: 'Lê Thị Thúy' -> 'le-thi-thuy'."""
    ascii_text = strip_diacritics(normalize(text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


@dataclass(frozen=True)
class Span:
    """A piece of the article with its character offsets in the article text."""

    text: str
    start: int
    end: int


# a stop, closing quotes, space, then a capital or a digit; the capital is checked with str.isupper,
# since Vietnamese capitals are spread over Unicode blocks that also hold small letters
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"”’)]*)\s+(?=[\"“‘(]?(?P<next>\w))")
_ABBREVIATION_DOT = re.compile(r"(?:\b(?:TP|Tp|St|Mr|Th\.S|TS|ThS|PGS|GS|BS|đ/c|Đ/c)|\b[A-ZĐ])\.$")


def sentences(span: Span) -> list[Span]:
    """Split a paragraph into sentences, keeping offsets; abbreviations such as 'TP.' do not end one."""
    out: list[Span] = []
    begin = 0
    text = span.text
    for m in _SENTENCE_END.finditer(text):
        if not (m.group("next").isupper() or m.group("next").isdigit()):
            continue
        candidate = text[begin:m.start()].rstrip()
        if _ABBREVIATION_DOT.search(candidate):
            continue
        _append(out, span, begin, m.end(1))  # a closing quote or bracket stays with its sentence
        begin = m.end()
    _append(out, span, begin, len(text))
    return out


def _append(out: list[Span], span: Span, begin: int, end: int) -> None:
    piece = span.text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = span.start + begin + lead
    out.append(Span(stripped, start, start + len(stripped)))


_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d{1,2}$")


def parse_number(token: str) -> Decimal | None:
    """Vietnamese number format: '9.215' is 9215, '2,1' is 2.1, '1.072,5' is 1072.5."""
    token = token.strip()
    if not _NUMBER.match(token):
        return None
    if re.match(r"^\d{1,3}(?:\.\d{3})+", token):
        token = token.replace(".", "")
    elif re.match(r"^\d+\.\d{1,2}$", token):
        pass  # an English-style decimal such as 2.5 (some portals write it so)
    return Decimal(token.replace(",", "."))
