"""A bare council or committee in one person's chain of titles takes the unit another title of the chain names.

'đồng chí A, Bí thư Đảng ủy, Chủ tịch HĐND xã X', 'bà B – Chủ tịch UBND, Chủ tịch Ủy ban Bầu cử quận', 'ông C,
Bí thư Đảng ủy xã kiêm Chủ tịch HĐND': a holder's posts are written as one apposition, and the unit is written
once, mostly after the last title. A title whose body is a bare word ('HĐND', 'Đảng ủy') that the article's
setting cannot place (it names a district as well as the commune) is read with the unit of the nearest title
after it in the chain that names one, else of the nearest before it. Only bodies named by their word and a unit
take it: a party commission ('Ban Dân vận') is its committee's, not the unit's.
"""
from __future__ import annotations

from dataclasses import replace

from .context import resolve_body
from .occurrence import TitleUse
from .phrases import BodyPhrase, TitlePhrase
from .place_phrases import PlacePhrase
from .setting import Setting
from .shared_units import bare_phrase

_UNIT_NAMED_KINDS = ("party-committee", "state", "front", "association")  # bodies.tsv kinds: 'HĐND xã X', 'Đảng ủy xã X'


def with_chain_unit(use: TitleUse, chain: list[TitleUse], setting: Setting) -> TitlePhrase:
    """The use's title, its bare body given the unit of the chain when the setting alone cannot place it."""
    title = use.title
    seg = bare_phrase(title.body) if title.body is not None else None
    if seg is None or seg.head.kind not in _UNIT_NAMED_KINDS or resolve_body(title.body, setting) is not None:
        return title
    at = chain.index(use)
    after = [other for other in chain[at + 1:] if other.status == use.status]
    before = [other for other in reversed(chain[:at]) if other.status == use.status]
    unit = next((u for u in map(_unit_named, after + before) if u is not None), None)
    if unit is None:
        return title
    return replace(title, body=BodyPhrase(title.body.start, title.body.end, [replace(seg, place=unit)]))


def _unit_named(use: TitleUse) -> PlacePhrase | None:
    """The unit the last body of a title names with its type word ('HĐND xã X', 'Ủy ban Bầu cử quận'), when that
    body is named by its word and unit alone: a department's unit ('Giám đốc Công an thành phố, Bí thư Đảng ủy')
    is not its party committee's."""
    body = use.title.body
    if body is None:
        return None
    last = body.segments[-1]
    place = last.place
    return place if place is not None and place.type_word and last.head.modifiers == "place" else None
