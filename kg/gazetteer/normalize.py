"""Text normalisation for Vietnamese place names.

Two keys are used for matching:

* :func:`canon` -- case-insensitive, NFC, punctuation-insensitive and
  *tone-mark-placement* insensitive, but still diacritic-sensitive:
  ``"Thuỷ Nguyên"`` and ``"Thủy Nguyên"`` give the same key, ``"Hòa"`` and
  ``"Hoa"`` do not.  The tone mark of each word is moved to the end of the
  word, so the old (``oà``, ``uỷ``) and new (``òa``, ``ủy``) placements agree.
* :func:`ascii_key` -- all diacritics removed, ``đ`` -> ``d``, no spaces; the
  form of the ``*Key``/``*Alias`` columns of the ``vietnamadminunits`` data
  (e.g. ``"phuongcaudat"``).

:func:`split_type_word` separates a leading unit-type word ("phường",
"quận", "TP", "thị xã", ...) from the name.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Combining marks that carry the tone (thanh điệu): grave, acute, tilde,
# hook above, dot below.  Vowel-quality marks (circumflex U+0302, breve U+0306,
# horn U+031B) are part of the letter and stay in place.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_PUNCT = re.compile(r"[\s\-\u2010-\u2015.,;:/()\"'“”‘’]+")


def _nfc_lower(text: str) -> str:
    # U+00D0 (Icelandic eth) is sometimes typed for Đ.
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return unicodedata.normalize("NFC", text).lower()


@functools.lru_cache(maxsize=8192)
def _canon_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(sorted(ch for ch in decomposed if ch in _TONE_MARKS))
    base = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + tones


def canon(text: str) -> str:
    """Diacritic-sensitive, tone-placement-insensitive matching key."""
    return " ".join(_canon_word(w) for w in _PUNCT.split(_nfc_lower(text)) if w)


@functools.lru_cache(maxsize=8192)
def ascii_key(text: str) -> str:
    """Diacritic-free key without spaces, as in the package's ``*Key`` columns."""
    text = _nfc_lower(text).replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]", "", stripped)


def is_plain_ascii(text: str) -> bool:
    """True when the text carries no Vietnamese letters or diacritics at all."""
    return all(ord(ch) < 128 for ch in unicodedata.normalize("NFC", text))


# Unit-type words as they stand before a name, longest first, mapped to a
# type code.  Abbreviations need a dot ("Q. Ba Đình", "TP.HCM") except the
# two-letter ones followed by a space, and "P"/"Q" directly before a number
# ("P15", "Q1").
TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("thành phố", "TP"),
    ("thị trấn", "TT"),
    ("thị xã", "TX"),
    ("đặc khu", "DK"),
    ("phường", "P"),
    ("quận", "Q"),
    ("huyện", "H"),
    ("tỉnh", "T"),
    ("xã", "X"),
)
_ABBREVIATIONS = {"tp": "TP", "tx": "TX", "tt": "TT", "p": "P", "q": "Q", "h": "H"}

#: The type word of each code in the form used by the data (for full keys).
TYPE_LABEL = {
    "TP": "Thành phố",
    "TT": "Thị trấn",
    "TX": "Thị xã",
    "DK": "Đặc khu",
    "P": "Phường",
    "Q": "Quận",
    "H": "Huyện",
    "T": "Tỉnh",
    "X": "Xã",
}

_CANON_TYPE_WORDS = tuple((canon(w), code) for w, code in TYPE_WORDS)
_ABBR_RE = re.compile(r"^(tp|tx|tt|p|q|h)\s*\.\s*(.+)$", re.IGNORECASE)
_ABBR_SPACE_RE = re.compile(r"^(tp|tx|tt)\s+(.+)$", re.IGNORECASE)
_NUM_RE = re.compile(r"^([pq])\s*(\d+)$", re.IGNORECASE)


def split_type_word(mention: str) -> tuple[str | None, str]:
    """Split ``"phường Cầu Đất"`` into ``("P", "Cầu Đất")``.

    Returns ``(None, mention)`` when the mention has no leading type word.
    The remainder keeps its original spelling (only surrounding blanks are
    stripped).
    """
    text = unicodedata.normalize("NFC", mention).strip()
    m = _NUM_RE.match(text)
    if m:
        return _ABBREVIATIONS[m.group(1).lower()], m.group(2)
    m = _ABBR_RE.match(text) or _ABBR_SPACE_RE.match(text)
    if m:
        return _ABBREVIATIONS[m.group(1).lower()], m.group(2).strip()
    words = text.split()
    for n in (2, 1):
        if len(words) > n:
            head = canon(" ".join(words[:n]))
            for word, code in _CANON_TYPE_WORDS:
                if head == word:
                    return code, " ".join(words[n:])
    return None, text
