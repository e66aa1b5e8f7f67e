"""A unit written once after a list of body words belongs to each of them.

'Thường trực HĐND, UBND, UBMTTQVN tỉnh' names the People's Council, the People's Committee and the Front
committee of the province; 'Huyện ủy, HĐND và UBND huyện Xuân Trường' the council of that district. A bare
body word ('HĐND') names no body by itself; in such a list it takes the unit of the last body, when only
commas or 'và' stand between them and that body's name is its word and its unit alone. A list of boards
('Ban Thường vụ, Ban Chấp hành Đảng ủy phường X') shares the organisation the last one belongs to. A list
joined by dashes ('HĐND - UBND - UBMTTQVN huyện', 'Huyện ủy - HĐND - UBND huyện X') names each body of the same
unit, not a chain of parents.
"""
from __future__ import annotations

from dataclasses import replace

from .phrases import BodyPhrase, Segment
from .tokens import Sentence

_JOINERS = {",", "và"}


def bare_phrase(phrase: BodyPhrase) -> Segment | None:
    """The one segment of a phrase that is a body word alone, of a kind that needs its unit ('HĐND')."""
    if len(phrase.segments) != 1:
        return None
    seg = phrase.segments[0]
    if seg.place is not None or seg.modifiers or seg.head.level or seg.head.official or seg.head.modifiers != "place":
        return None
    return seg


def _unit_of(phrase: BodyPhrase) -> Segment | None:
    """The segment whose unit a list shares: the phrase's only segment, its word followed by its unit alone."""
    if len(phrase.segments) != 1:
        return None
    seg = phrase.segments[0]
    return seg if seg.place is not None and not seg.modifiers else None


_BOARDS = ("party-board", "board", "council-board")


def _organisation_of(phrase: BodyPhrase) -> list[Segment] | None:
    """'Ban Chấp hành Đảng ủy phường X': a board word alone, then the organisation it is a board of; a list
    'Ban Thường vụ, Ban Chấp hành Đảng ủy …' shares that organisation."""
    first = phrase.segments[0]
    if len(phrase.segments) < 2 or first.place is not None or first.modifiers or first.head.kind not in _BOARDS:
        return None
    return phrase.segments[1:]


def joined(sent: Sentence, left: BodyPhrase, right: BodyPhrase) -> bool:
    between = sent.tokens[left.end:right.start]
    return 0 < len(between) <= 2 and all(t.key in _JOINERS or t.text in _JOINERS for t in between) \
        and between[-1].text != ";"


def _dash_list(phrase: BodyPhrase) -> list[BodyPhrase] | None:
    """'HĐND - UBND - UBMTTQVN huyện': body words of a unit joined by dashes, the last one followed by the unit
    alone or by nothing, each before it a bare body word or a committee whose word says its level ('Huyện ủy');
    each is a phrase of its own, a bare one given the last one's unit."""
    segs = phrase.segments
    if len(segs) < 2 or any(seg.link != "dash" for seg in segs[:-1]):
        return None
    last = segs[-1]
    if last.modifiers or not (last.place is not None or _bare_segment(last)):
        return None
    if not all(_bare_segment(seg) or (seg.head.level and seg.place is None and not seg.modifiers)
               for seg in segs[:-1]):
        return None
    out = []
    for seg in segs[:-1]:
        place = last.place if _bare_segment(seg) else None
        out.append(BodyPhrase(seg.start, seg.end, [replace(seg, link="within", place=place)]))
    out.append(BodyPhrase(last.start, phrase.end, [last]))
    return out


def _bare_segment(seg: Segment) -> bool:
    return seg.place is None and not seg.modifiers and not seg.head.level and not seg.head.official \
        and seg.head.modifiers == "place"


def share_units(sent: Sentence, phrases: list[BodyPhrase]) -> list[BodyPhrase]:
    """The phrases, each bare body word of a list given the unit that closes the list."""
    phrases = [part for phrase in phrases for part in (_dash_list(phrase) or [phrase])]
    out = list(phrases)
    run: list[int] = []  # indexes of the bare phrases waiting for a unit
    for index, phrase in enumerate(phrases):
        if run and not joined(sent, phrases[index - 1], phrase):
            run = []
        organisation = _organisation_of(phrase)
        if organisation is not None and run and all(phrases[w].segments[0].head.kind in _BOARDS for w in run):
            for waiting in run:
                seg = phrases[waiting].segments[0]
                out[waiting] = BodyPhrase(phrases[waiting].start, phrases[waiting].end,
                                          [replace(seg, link=phrase.segments[0].link), *organisation])
            run = []
            continue
        closing = _unit_of(phrase)
        if closing is not None and run:
            for waiting in run:
                seg = phrases[waiting].segments[0]
                out[waiting] = BodyPhrase(phrases[waiting].start, phrases[waiting].end,
                                          [replace(seg, place=closing.place)])
            run = []
        elif bare_phrase(phrase) is not None:
            run.append(index)
        else:
            run = []
    return out
