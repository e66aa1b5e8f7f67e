"""Units listed after one type word: 'các xã Vị Trung, Vị Thắng và Vĩnh Tường', 'xã Nậm Ban, Trung Chải'.

Each name of the list is a unit of the type the first one has. A name after a comma is as often a person's
('UBND xã Tân Lập, Nguyễn Văn An'), so a listed name counts only when the type word is plural ('các xã …')
or the name is one the reference data knows in the article's province; the list ends at the first other word.
"""
from __future__ import annotations

from ..text import fold
from .names import starts_name
from .place_phrases import PlacePhrase, place_name_end
from .tokens import Sentence

_SEPARATORS = {",", "và"}
_PLURAL = {"các", "những"}


def listed_places(sent: Sentence, first: PlacePhrase, known: set[str]) -> list[PlacePhrase]:
    """The units named after `first` in one list, each with its type; empty when no list follows."""
    if first.name is None or first.type_word is None or first.level in ("city", "province") or first.name.isdigit():
        return []
    toks = sent.tokens
    plural = first.start > 0 and toks[first.start - 1].key in _PLURAL
    out: list[PlacePhrase] = []
    k = first.end
    while k + 1 < len(toks) and toks[k].key in _SEPARATORS and toks[k + 1].is_title_word:
        end = place_name_end(sent, k + 1, first.level)
        if end <= k + 1:
            break
        name = sent.name_between(k + 1, end)
        if not (fold(name) in known or (plural and not starts_name(sent, k + 1, known))):
            break
        out.append(PlacePhrase(k + 1, end, first.type, first.level, name, sent.between(k + 1, end), first.type_word))
        k = end
    return out
