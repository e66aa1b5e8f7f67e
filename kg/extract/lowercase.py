"""Bodies written all in lower case on careless portals: 'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực'."""
from __future__ import annotations

from ..text import fold
from ..vocab import vocabulary
from .phrases import BodyPhrase, match_body
from .tokens import Sentence


def match_lower_body(sent: Sentence, i: int, known_places: set[str]) -> BodyPhrase | None:
    """'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực': a body written all in lower case, taken only
    when it ends in a place the article names (a lower-case word alone is too often a common noun)."""
    if i >= len(sent.tokens) or sent.tokens[i].is_capitalized or not vocabulary().bodies.longest(sent.keys, i):
        return None
    phrase = match_body(sent, i, known_places, allow_lower=True)
    if phrase is None:
        return None
    last = phrase.segments[-1].place
    return phrase if last is not None and last.name and fold(last.name) in known_places else None
