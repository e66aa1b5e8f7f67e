"""The term a holding states, as data: `khóa XV`, `khoá 15`, `nhiệm kỳ 2020-2025`, `nhiệm kỳ 2020 – 2025`,
`(2015-2020)`, alone or together (`khóa IV, nhiệm kỳ 2016 - 2021`).

A term is read in the holding's title as written, or in its sentence right after the title (with nothing but
spaces and commas between), so a term that belongs to another title of the sentence is never taken. The
title as written is never changed: the term is a fact of its own (kg.model.StatedTerm), mapped to a
vnkg:Term per body (Popolo's legislative period, Wikidata's parliamentary term P2937).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Post, StatedTerm
from ..text import normalize
from .tokens import Sentence

_DASH = r"\s*[-–—]\s*"
_YEARS = rf"((?:19|20)\d\d){_DASH}((?:19|20)\d\d)"
_ORDINAL = r"kh(?:óa|oá)\s+([IVXLC]+|\d{1,2})\b"
_TERM = re.compile(
    rf"(?:{_ORDINAL}(?:\s*,?\s*(?:nhiệm\s+kỳ\s+{_YEARS}|\(\s*{_YEARS}\s*\)))?"
    rf"|nhiệm\s+kỳ\s+{_YEARS}|\(\s*{_YEARS}\s*\))",
    re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def with_terms(posts: list[Post]) -> list[Post]:
    """Each post with the term its title or sentence states, when it states one."""
    return [replace(p, term=p.term or stated_term(p.title, p.mention.sentence)) for p in posts]


def stated_term(title: str, sentence: str) -> StatedTerm | None:
    """The term in the title as written, else the one that follows the title in its sentence."""
    found = _TERM.search(normalize(title))  # normalising keeps offsets: the label is sliced from the text
    if found:
        return _term(found, title)
    text = normalize(sentence)
    at = text.find(normalize(title))
    if at < 0:
        return None
    after = at + len(title)
    lead = re.compile(r"[\s,]*").match(text, after).end()
    match = _TERM.match(text, lead)
    return _term(match, sentence) if match else None


def _term(match: re.Match, written: str) -> StatedTerm | None:
    ordinal_text, y1, y2, y3, y4, y5, y6, y7, y8 = match.groups()
    years = next(((int(a), int(b)) for a, b in ((y1, y2), (y3, y4), (y5, y6), (y7, y8)) if a), None)
    ordinal = _ordinal(ordinal_text) if ordinal_text else None
    if years and not 0 < years[1] - years[0] <= 10:
        years = None  # not a term: '2015-2030' is a plan's horizon
    if ordinal is None and years is None:
        return None
    label = " ".join(written[match.start():match.end()].split())  # as written: 'khoá 15' stays 'khoá 15'
    return StatedTerm(label, ordinal, years[0] if years else None, years[1] if years else None)


_TERM_DASHES = ("-", "–", "—")


def term_end(sent: Sentence, k: int) -> int:
    """The index after a term written right after a title at token k ('khóa XIX', 'khoá IV, nhiệm kỳ 2016 - 2021',
    'nhiệm kỳ 2020 – 2025'), or k when none is: the term ends its title, not the list of titles."""
    toks, keys = sent.tokens, sent.keys
    j = k
    if j + 1 < len(toks) and keys[j] == "khóa" and (toks[j + 1].is_roman or toks[j + 1].text.isdigit()):
        j += 2
        if j + 1 < len(toks) and toks[j].text == "," and keys[j + 1] == "nhiệm":
            j += 1
    if j + 2 < len(toks) and keys[j:j + 2] == ["nhiệm", "kỳ"] and toks[j + 2].is_number:
        j += 3
        if j + 1 < len(toks) and toks[j].text in _TERM_DASHES and toks[j + 1].is_number:
            j += 2
    return j


def _ordinal(text: str) -> int | None:
    if text.isdigit():
        return int(text) or None
    values = [_ROMAN[c] for c in text.upper()]
    total = sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))
    return total if 0 < total < 100 else None
