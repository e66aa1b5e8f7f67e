"""One sentence of an article as the extraction passes share it, and a body phrase as it is written."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention
from .persons import Occurrence
from .phrases import BodyPhrase
from .place_phrases import PlacePhrase
from .tokens import Sentence


@dataclass
class Parsed:
    sentence: Sentence
    paragraph: int
    places: list[PlacePhrase]
    bodies: list[BodyPhrase]
    persons: list[Occurrence]
    historical: list[Occurrence] = field(default_factory=list)  # 'Chủ tịch Hồ Chí Minh': named, never present

    @property
    def mention(self) -> Mention:
        span = self.sentence.span
        return Mention(span.text, span.start, span.end)


def written_name(phrase: BodyPhrase) -> str | None:
    segs = phrase.segments
    if not segs:
        return None
    parts = []
    for seg in segs:
        parts.append(" ".join(p for p in (seg.written_head, seg.modifiers,
                                          seg.place.written if seg.place and seg.modifiers == "" else "") if p))
        if seg.link != "within":
            break
    return " ".join(" ".join(parts).split())
