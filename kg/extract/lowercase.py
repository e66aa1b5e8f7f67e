"""Bodies written all in lower case on careless portals: 'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực'."""
from __future__ import annotations

from dataclasses import replace

from ..text import fold
from ..vocab import phrase_trie, vocabulary
from .names import starts_name
from .phrases import BodyPhrase, match_body
from .place_phrases import match_place
from .tokens import Sentence


def match_lower_body(sent: Sentence, i: int, known_places: set[str]) -> BodyPhrase | None:
    """'ban thường vụ huyện uỷ Tuy Đức', 'đảng ủy xã Quảng Trực': a body written all in lower case, taken only
    when it ends in a place the article names (a lower-case word alone is too often a common noun)."""
    hit = vocabulary().bodies.longest(sent.keys, i) if i < len(sent.tokens) else None
    if hit is None or sent.tokens[i].is_capitalized:
        return None
    if _named_organisation(sent, i, hit[0], hit[1], known_places):
        return _proper_name_only(sent, match_body(sent, i, known_places, allow_lower=True), hit[0])
    if not _party_word(hit[1]):
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


def _proper_name_only(sent: Sentence, phrase: BodyPhrase | None, n: int) -> BodyPhrase | None:
    """'chi bộ Mỹ An nhận Huy hiệu' -> 'chi bộ Mỹ An': the name of a cell found in lower case ends with the
    capitalised words or the number after its word; nothing follows it in lower case."""
    if phrase is None:
        return None
    seg = phrase.segments[0]
    end = seg.start + n
    while end < seg.end and (sent.tokens[end].is_capitalized or sent.tokens[end].is_number):
        end += 1
    if end == seg.end or (seg.place is not None and seg.place.start == seg.start + n and seg.place.end == seg.end):
        return phrase  # 'chi bộ ấp Thạnh An': the cell of a hamlet named right after its word
    if len(phrase.segments) > 1 or seg.place is not None:
        return None
    return BodyPhrase(phrase.start, end, [replace(seg, end=end, modifiers=sent.between(seg.start + n, end),
                                                 link="within")])


def _named_organisation(sent: Sentence, i: int, n: int, head, known_places: set[str]) -> bool:
    """'chi bộ 20 trực thuộc Đảng bộ phường …', 'chi bộ Mỹ Thạch': a party cell or organisation in lower case
    is one particular body when its number or a capitalised name follows at once (no person's name: 'chi bộ
    Nguyễn Văn A'); 'các chi bộ trực thuộc' and 'sinh hoạt chi bộ' name none."""
    j = i + n
    if head.kind != "party-organisation" or head.modifiers != "named" or j >= len(sent.tokens):
        return False
    tok = sent.tokens[j]
    hamlet = match_place(sent, j, known_places)
    if hamlet is not None and hamlet.level == "group" and hamlet.type_word and hamlet.name:
        return True  # 'chi bộ ấp Thạnh An', 'chi bộ thôn 3': a hamlet's cell (place_types.tsv, level 'group')
    if tok.is_number:
        return tok.text[:1].isdigit()
    return tok.is_capitalized and not starts_name(sent, j, known_places) \
        and not phrase_trie("not_bodies.txt").longest(sent.keys, j - 1)
