"""Sentence tokens with offsets, and the small predicates the rules are built from."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..text import Span, fold, normalize

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
    key: str  # folded: lower case
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
        return " ".join(normalize(self.between(i, j)).split())


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
    tokens = [Token(m.group(0), fold(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    return Sentence(span, tokens, caption)
