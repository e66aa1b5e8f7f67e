"""Naming the encoding of an article that is not UTF-8, so the hint says how to convert it.

vnkg never converts a legacy encoding itself (a wrong guess would build garbage with exit 0); it names
the likeliest of Windows-1258, VISCII and TCVN3 by how many of the decoded letters are Vietnamese
letters, and says plainly when the bytes do not look like text at all.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

_MARKS = {0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B}  # tones, circumflex, breve, horn
ICONV = {"Windows-1258": "WINDOWS-1258", "VISCII": "VISCII", "TCVN3": "TCVN5712-1"}


@functools.cache
def _tables() -> dict[str, dict[int, str]]:
    tables: dict[str, dict[int, str]] = {"VISCII": {}, "TCVN3": {}}
    text = resources.files("kg.data").joinpath("legacy_encodings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        byte, viscii, tcvn3 = (line.split("\t") + ["", ""])[:3]
        for name, points in (("VISCII", viscii), ("TCVN3", tcvn3)):
            tables[name][int(byte, 16)] = "".join(chr(int(p, 16)) for p in points.split()) or "\ufffd"
    return tables


def decode_as(data: bytes, name: str) -> str:
    if name == "Windows-1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", "replace"))
    table = _tables()[name]
    return unicodedata.normalize("NFC", "".join(table.get(b, chr(b)) for b in data))


@functools.cache
def vietnamese_letter(c: str) -> bool:
    if c in "đĐ":
        return True
    d = unicodedata.normalize("NFD", c)
    return len(d) > 1 and d[0].isascii() and d[0].isalpha() and all(ord(m) in _MARKS for m in d[1:])


def looks_like_text(data: bytes) -> bool:
    """Text in any 8-bit encoding has words: ASCII letters and spaces, and almost no control bytes."""
    sample = data[:65536]
    n = len(sample) or 1
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 13))
    letters = sum(1 for b in sample if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    return controls / n < 0.02 and letters / n > 0.3 and sample.count(b" ") / n > 0.05


_TONES = {0x300, 0x301, 0x303, 0x309, 0x323}
_SYLLABLE = re.compile(r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}"
                       r"(?:ch|ng|nh|[cmnpt])?$")


def syllable(word: str) -> bool:
    """Whether a word is spelled as a Vietnamese syllable: one tone mark at most, in one case, with an
    initial consonant, a vowel group and a final consonant of the language."""
    if not (word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower()):
        return False
    d = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in d if ord(c) in _TONES) > 1:
        return False
    return bool(_SYLLABLE.match(unicodedata.normalize("NFC", "".join(c for c in d if ord(c) not in _TONES))))


def score(text: str) -> float:
    """The share of words with a non-ASCII letter that are spelled as Vietnamese syllables."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if not words:
        return 0.0
    return sum(1 for w in words if syllable(w)) / len(words)


def guess_legacy(data: bytes) -> str | None:
    """'Windows-1258', 'VISCII' or 'TCVN3' when the bytes read as Vietnamese in one of them; None when
    they do not look like text, or like Vietnamese in any of them."""
    if not looks_like_text(data):
        return None
    sample = data[:65536]
    scores = {name: score(decode_as(sample, name)) for name in ICONV}
    best = max(scores, key=lambda name: (scores[name], name == "Windows-1258"))
    return best if scores[best] >= 0.8 else None


def utf16_without_bom(data: bytes) -> str | None:
    """The text, if the bytes are UTF-16 without a byte-order mark: in a Vietnamese text most characters
    are ASCII or Latin, so one byte of each pair is mostly 0 and the other almost never."""
    if len(data) < 4 or len(data) % 2:
        return None
    for codec, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        highs, lows = data[high::2], data[1 - high::2]
        if highs.count(0) / len(highs) < 0.3 or lows.count(0) / len(lows) > 0.01:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t")
        if controls <= len(text) * 0.01:
            return text
    return None
