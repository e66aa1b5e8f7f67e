"""A page's text -> its lines, with the line breaks that cut a sentence joined: portals and copies wrap
text at a fixed width, break a name after 'đồng chí', or end a line at a comma. Newlines that are joined
become spaces, so every offset into the text stays where it was."""
from __future__ import annotations

import re
from collections.abc import Callable

from .text import Span

_JOIN_BROKEN_LINES = re.compile(r"(?<=[^\s.!?:;\n])\n(?=[^\W\d_])|(?<=[,;])\n(?=\S)")


def paragraph_lines(text: str, is_stamp: Callable[[str], bool]) -> list[Span]:
    """The text's non-blank lines after joining; is_stamp tells a publication stamp line, which is never joined."""
    return _lines(_join_wrapped(_JOIN_BROKEN_LINES.sub(_join_if_lower, _join_hard_wrapped(text, is_stamp)), is_stamp))


_MARKED_NAME_END = re.compile(r"(?:^|\s)(?:đồng chí|ông|bà|đ/c)((?:\s+\w+){1,3})$", re.IGNORECASE)


_MID_SENTENCE_BREAK = re.compile(r"(?<=[^\s.!?:;…\"”)])[ \t]*\n(?=[ \t]*\w)")
_HARD_WRAPPED_SHARE = 0.25  # of its lines; in ordinary texts at most a tenth break before a lower-case word


def _join_hard_wrapped(text: str, is_stamp: Callable[[str], bool]) -> str:
    """A text wrapped at a fixed width throughout (many lines break mid-sentence, before a lower-case word):
    every line break that follows no stop goes on into the next line, whatever its length or case.
    Newlines become spaces, so offsets do not move."""
    lines = sum(1 for line in text.split("\n") if line.strip())
    lower = sum(1 for m in _MID_SENTENCE_BREAK.finditer(text) if text[m.end():m.end() + 1].islower())
    if lines < 8 or lower < _HARD_WRAPPED_SHARE * lines:
        return text

    def join(m: re.Match) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return m.group(0) if is_stamp(line.strip()) else m.group(0).replace("\n", " ")

    return _MID_SENTENCE_BREAK.sub(join, text)


def _join_if_lower(m: re.Match) -> str:
    after = m.string[m.end():m.end() + 1]
    return " " if m.string[m.start() - 1] in ",;" or after.islower() or _name_cut(m) else "\n"


def _name_cut(m: re.Match) -> bool:
    """'… đồng chí Lê Văn' / 'Minh, Chủ tịch …': a line that ends in a person marker and capitalised words, the
    next going on in capitals, is a name cut by a hard line break."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1:m.start()]
    name = _MARKED_NAME_END.search(line[-80:])
    return bool(name and all(w[0].isupper() for w in name.group(1).split()) and m.string[m.end()].isupper())


def _join_wrapped(text: str, is_stamp: Callable[[str], bool]) -> str:
    """Hard-wrapped paragraphs: in a run of three or more lines with no blank line between, most of
    them 50 to 110 characters long (a wrapped block, not one paragraph a line), a line that ends
    without a stop goes on in the next line. Newlines become spaces, so offsets do not move."""
    lines = text.split("\n")
    joined = [False] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or not lines[i].strip():
            wrapped_lengths = sum(50 <= len(lines[k].strip()) <= 110 for k in range(start, i))
            if i - start >= 3 and wrapped_lengths >= 0.7 * (i - start):
                for k in range(start, i - 1):
                    line = lines[k]
                    joined[k] = (len(line.strip()) >= 50 and not re.search(r"[.!?:;…\"”)]\s*$", line)
                                 and not is_stamp(line))
            start = i + 1
    return "".join(line + (" " if joined[k] else "\n") for k, line in enumerate(lines))[:len(text)]


def _lines(text: str) -> list[Span]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            out.append(Span(stripped, start, start + len(stripped)))
        pos += len(raw) + 1
    return out
