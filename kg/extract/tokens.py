"""Sentence tokens with offsets, and the small predicates the rules are built from."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..text import Span, fold, normalize
from ..title_initials import glued_after_word, glued_initials
from ..vocab import case_kept_initials

# words, numbers ('9.215', '2,1%', '29/7'), 'TP.' before a capital, and an acronym glued to the next
# word by a typing slip ('TPlàm' -> 'TP', 'làm')
_TOKEN = re.compile(r"\d+(?:[.,/\-]\d+)*%?|[A-ZĐ]{1,3}\.(?=[A-ZĐ])|[A-ZĐ]{2,}(?=[a-zà-ỹđ]{2,})"
                    r"|[^\W\d_]+(?:[’'][^\W\d_]+)*|[^\w\s]|_",  # 'K’Broi', 'H’Hen': one word
                    re.UNICODE)
_APOSTROPHES = str.maketrans("", "", "’'")
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass(frozen=True)
class Token:
    text: str  # normalised spelling (tone marks new-style), same length as the original
    key: str  # folded: lower case (initials kept in their case, 'ThU', stay as written)
    start: int  # offset in the sentence
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() and self.text[0].isalpha()

    @property
    def is_acronym(self) -> bool:
        letters = self.text.rstrip(".")
        return len(letters) >= 2 and letters.isupper() and letters.isalpha()

    @property
    def is_title_word(self) -> bool:
        """A word that can be part of a personal name: 'Nghĩa', not 'UBND' nor 'XVI'. Asked of every token
        many times, so kept once known (in the instance's own dict: the class is frozen)."""
        known = self.__dict__.get("_title_word")
        if known is None:
            known = self.__dict__["_title_word"] = self.is_capitalized and not self.is_acronym \
                and not _ROMAN.match(self.text) and self.text.translate(_APOSTROPHES).isalpha()
        return known

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_roman(self) -> bool:
        return bool(_ROMAN.match(self.text))


@dataclass
class Sentence:
    """A sentence of the article with its tokens; `span` offsets are in Article.text."""

    span: Span
    tokens: list[Token]
    caption: bool = False

    @property
    def text(self) -> str:
        return self.span.text

    @functools.cached_property
    def in_capitals(self) -> bool:
        return _in_capitals(self.span.text)

    @functools.cached_property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]

    def between(self, i: int, j: int) -> str:
        """The sentence text from token i to token j (exclusive), as written."""
        if i >= j:
            return ""
        return self.span.text[self.tokens[i].start:self.tokens[j - 1].end]

    def name_between(self, i: int, j: int) -> str:
        """Tokens i..j as a name: uniform spelling ('Hoà' -> 'Hòa') and single spaces, so one
        person or body written two ways gets one name."""
        written = " ".join(normalize(self.between(i, j)).split())
        return _name_cased(written) if written.isupper() else written


def _name_cased(name: str) -> str:
    """A name written in capitals ('NGUYỄN VĂN A') as names are written ('Nguyễn Văn A')."""
    return " ".join(w.capitalize() for w in name.split())


_CREDIT = re.compile(r"\(\s*(?:Ảnh|Ảnh minh họa|Video|Nguồn)\s*:[^)]*\)|(?:^|\s)(?:Ảnh|Nguồn)\s*:.*$", re.IGNORECASE)


_PAREN_ACRONYM = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)")


def _initial(word: str) -> str:
    letter = word[0].upper()
    return letter if letter == "Đ" else unicodedata.normalize("NFD", letter)[0]


def _blank_own_acronyms(text: str) -> str:
    """'Hội đồng nhân dân (HĐND) xã X', 'Hội Cựu chiến binh (CCB) tỉnh': an acronym in brackets made of the
    initials of the words just before it only repeats them, so it is blanked and the name reads on to its unit."""
    def blank(m: re.Match) -> str:
        acronym = m.group(1)
        words = text[:m.start()].split()[-len(acronym):]
        spelled = len(words) == len(acronym) and all(w[:1].isalpha() for w in words) \
            and "".join(_initial(w) for w in words) == acronym
        return " " * len(m.group(0)) if spelled else m.group(0)
    return _PAREN_ACRONYM.sub(blank, text) if "(" in text else text


def tokenize(span: Span, caption: bool = False) -> Sentence:
    """Tokens of a sentence; photo credits '(Ảnh: …)' and acronyms in brackets that spell the words before
    them are blanked (same length, so offsets hold)."""
    text = _blank_own_acronyms(_CREDIT.sub(lambda m: " " * len(m.group(0)), normalize(span.text)))
    capitals = _in_capitals(text)
    kept = case_kept_initials()
    parts = [u for w in _TOKEN.finditer(text) for u in _unglued(w)]
    tokens = [Token(_title_cased(m.group(0)) if capitals else m.group(0),
                    m.group(0) if m.group(0) in kept or isinstance(m, _Half) else fold(m.group(0)), m.start(), m.end())
              for n, u in enumerate(parts) for m in _initials_halves(u, parts[n - 1] if n else None)]
    return Sentence(span, tokens, caption)


class _Part:
    """A piece of a regex match, with the match's interface the tokenizer reads."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.begin = text, start

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.begin + len(self.text)


class _Half(_Part):
    """One half of glued title initials: keyed as written, so that only such a half is read as the role's or the
    body's initials ('CT' of 'CTHĐND'), never a word of the same letters standing alone."""


def _initials_halves(m, before) -> list:
    """'CTHĐND', 'BTCB', 'TBDV': a role's initials glued to a body's (title_initials.tsv) are the two words; so are
    a board's glued to its committee's ('BTVTU', 'TTHĐND'), and 'TVĐU' after 'Ban' (alone, a member's title)."""
    halves = glued_initials().get(m.group(0))
    after = glued_after_word().get(m.group(0))
    if halves is None and after is not None and before is not None and fold(before.group(0)) == after[0]:
        halves = after[1]
    if halves is None:
        return [m]
    role, _ = halves
    return [_Half(role, m.start()), _Half(m.group(0)[len(role):], m.start() + len(role))]


def _unglued(m: re.Match) -> list:
    """'Đồng chíTrần Văn A': a word in lower case glued to a capitalised one (a space lost where a page's bold
    marker was cut out) is two words. No Vietnamese word has a capital inside it; a run of two lower-case
    letters or more before it ('iPhone' has one) and a lower-case tail after it ('eKYC' has none) are asked."""
    word = m.group(0)
    if len(word) < 4 or not word[0].islower():
        return [m]
    for p in range(2, len(word) - 1):
        if word[p].isupper():
            head, tail = word[:p], word[p:]
            if head.isalpha() and head.islower() and tail.isalpha() and tail[1:].islower():
                return [_Part(head, m.start()), _Part(tail, m.start() + p)]
            break
    return [m]


_CAPITALS_WORDS = 3  # 'ĐỒNG CHÍ NGUYỄN VĂN A PHÁT BIỂU': a caption or heading in capitals, not one acronym


def _in_capitals(text: str) -> bool:
    """A sentence written wholly in capitals: its words are read in title case (below), so that a name in it
    ('ĐỒNG CHÍ NGUYỄN VĂN A, BÍ THƯ HUYỆN ỦY') is found as in any other sentence."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) \
        and sum(1 for w in text.split() if w.isalpha()) >= _CAPITALS_WORDS


@functools.cache
def _known_acronyms() -> frozenset[str]:
    from ..vocab import data_rows
    return frozenset(row[0] for row in data_rows("abbreviations.tsv"))


@functools.cache
def _type_words() -> frozenset[str]:
    """The place types of one word ('xã', 'huyện'): in lower case as the genre writes them before a name."""
    from ..vocab import data_rows
    return frozenset(row[0] for row in data_rows("place_types.tsv") if row[0].isalpha())


def _title_cased(word: str) -> str:
    """'NGUYỄN' -> 'Nguyễn', 'XÃ' -> 'xã' (same length); an acronym of abbreviations.tsv ('UBND', 'HĐND') stays."""
    if len(word) < 2 or not word.isalpha() or word in _known_acronyms():
        return word
    if word.lower() in _type_words():
        return word.lower()
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word
