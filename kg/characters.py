"""Characters that an article must not carry into extraction: invisible ones (zero-width, bidi
controls, soft hyphens, stray byte-order marks), control characters, and decimal digits of other
scripts, which are read as the ASCII digits they stand for (so 'quận ٨' and 'quận 8' are one place)."""
from __future__ import annotations

import functools
import unicodedata

_LINE_BREAKS = {"\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_KEPT = {"\n", "\r", "\t"}


@functools.cache
def _replacement(c: str) -> str | None:
    """What a character becomes: None to keep it, '' to drop it, or its replacement."""
    if c in _LINE_BREAKS:
        return _LINE_BREAKS[c]
    category = unicodedata.category(c)
    if category == "Cf" or (category == "Cc" and c not in _KEPT):
        return ""
    if category == "Nd" and not c.isascii():
        return str(unicodedata.decimal(c))
    return None


def clean_characters(text: str) -> tuple[str, str]:
    """(the text with invisible and control characters removed and digits made ASCII, a warning naming
    what was removed, or '')."""
    if text.isascii() and text.isprintable():
        return text, ""
    out: list[str] = []
    dropped: dict[str, int] = {}
    for c in text:
        new = _replacement(c) if not c.isascii() or not c.isprintable() else None
        if new is None:
            out.append(c)
            continue
        if new == "":
            dropped[c] = dropped.get(c, 0) + 1
        out.append(new)
    if not dropped:
        return "".join(out), ""
    total = sum(dropped.values())
    kinds = ", ".join(f"U+{ord(c):04X}" for c in sorted(dropped)[:6]) + (" …" if len(dropped) > 6 else "")
    return "".join(out), (f"removed {total} invisible or control character{'s' if total != 1 else ''} "
                          f"(zero-width, bidi or control: {kinds})")
