"""Bodies written all in lower case on careless portals: 'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực'."""
from __future__ import annotations

from ..text import fold
from ..vocab import vocabulary
from .phrases import BodyPhrase, match_body
from .tokens import Sentence


def match_lower_body(sent: Sentence, i: int, known_places: set[str]) -> BodyPhrase | None:
    """'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực': a body written all in lower case, taken only
    when it ends in a place the article names (a lower-case word alone is too often a common noun)."""
    hit = vocabulary().bodies.longest(sent.keys, i) if i < len(sent.tokens) else None
    if hit is None or sent.tokens[i].is_capitalized or not _party_word(hit[1]):
        return None  # 'đội nghiệp vụ Công an …': 'vụ' in lower case is a word, not the body 'Vụ'
    phrase = match_body(sent, i, known_places, allow_lower=True)
    if phrase is None:
        return None
    last = phrase.segments[-1].place
    if last is None and len(phrase.segments) > 1 and phrase.segments[-1].head.level:
        return phrase  # 'ban thường vụ huyện ủy': a board of the committee whose word names its level
    return phrase if last is not None and last.name and fold(last.name) in known_places else None


def _party_word(head) -> bool:
    """The words careless portals write in lower case are the party's ('huyện ủy', 'ban thường vụ', 'đảng ủy')
    and its delegations' ('đoàn công tác Thành ủy …')."""
    return head.kind in ("party-committee", "party-board", "delegation")
