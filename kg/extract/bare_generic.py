"""'Chủ tịch Hội', 'Giám đốc Trung tâm': a role followed by a generic body word alone (generic_body_words.txt)
names the association or centre the article has named in full before it ('Hội Cựu chiến binh xã X tổ chức Đại
hội …; ông A - Chủ tịch Hội'): the nearest such body before the title, in its sentence or the sentences before."""
from __future__ import annotations

from ..text import fold
from .generic_bodies import generic_words
from .parsed import Parsed
from .phrases import BodyPhrase, TitlePhrase


def body_of_bare_generic(title: TitlePhrase, parsed: list[Parsed], index: int) -> BodyPhrase | None:
    """The body a title ending in a bare generic word names, or None."""
    body = title.body
    if body is None or len(body.segments) != 1 or body.end != title.end:
        return None
    seg = body.segments[0]
    tail = fold(seg.head.text)
    if tail not in generic_words() or seg.modifiers or seg.place is not None:
        return None
    item = parsed[index]
    here = sorted((b for b in item.bodies if b.end <= title.start), key=lambda b: -b.end)
    earlier = [b for past in reversed(parsed[:index]) for b in sorted(past.bodies, key=lambda b: -b.end)]
    return next((b for b in [*here, *earlier] if _opens_with(b, tail)), None)


def _opens_with(phrase: BodyPhrase, word: str) -> bool:
    """'Hội Cựu chiến binh xã X' opens with 'Hội' and names more than the word alone."""
    head = fold(phrase.segments[0].head.text)
    named = head != word or phrase.segments[0].modifiers or phrase.segments[0].place is not None
    return (head == word or head.startswith(word + " ")) and bool(named)
