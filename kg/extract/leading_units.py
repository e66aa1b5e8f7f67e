"""A unit's party committee at the head of a list of bare body words lends them its unit.

'Thường trực Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân, các ban ngành đoàn thể của huyện' and 'Thường trực
Đảng ủy, HĐND, UBND, Ủy ban MTTQ' name the leading bodies of one unit, the party committee first, as the genre
lists them: each bare body word after the committee ('HĐND') is that committee's unit's, where the committee's
own word or the article's setting says which unit it is ('Huyện ủy' in a district's article) and no unit closes
the list (shared_units.py gives that one to each instead).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Place
from .context import resolve_body
from .phrases import BodyPhrase
from .place_phrases import PlacePhrase
from .setting import Setting
from .shared_units import bare_phrase, joined
from .tokens import Sentence

_COMMITTEE = "party-committee"


def share_leading_unit(sent: Sentence, phrases: list[BodyPhrase], setting: Setting) -> list[BodyPhrase]:
    """The phrases, each bare body word that follows a unit's party committee in a list given that unit."""
    out = list(phrases)
    unit: PlacePhrase | None = None
    for index, phrase in enumerate(phrases):
        if unit is not None and joined(sent, phrases[index - 1], phrase) and bare_phrase(phrase) is not None:
            seg = phrase.segments[0]
            out[index] = BodyPhrase(phrase.start, phrase.end, [replace(seg, place=replace(unit, start=seg.end,
                                                                                          end=seg.end))])
            continue
        unit = _committee_unit(phrase, setting)
    return out


def _committee_unit(phrase: BodyPhrase, setting: Setting) -> PlacePhrase | None:
    """The unit of the party committee a phrase names ('Huyện ủy', 'Thường trực Đảng ủy', 'Ban Thường vụ Huyện
    ủy X'), as a place phrase of the setting's unit that the phrase's body serves; None for any other phrase."""
    resolved = resolve_body(phrase, setting)
    if resolved is None:
        return None
    committee = next((b for b in resolved.chain if b.kind == _COMMITTEE), None)
    if committee is None or committee.place is None:
        return None
    city_level, city_word = ("province", "tỉnh") if setting.city and setting.city.kind == "province" \
        else ("city", "thành phố")
    for place, level, word in ((setting.ward, "ward", setting.ward_word),
                               (setting.district, "district", setting.district_word),
                               (setting.city, city_level, city_word)):
        if place is not None and place.key == committee.place:
            return _unit_phrase(place, level, word)
    return None


def _unit_phrase(place: Place, level: str, word: str | None) -> PlacePhrase:
    written = " ".join(w for w in (word, place.name) if w)
    return PlacePhrase(0, 0, place.kind, level, place.name, written, word)
