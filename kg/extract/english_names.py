"""English labels of bodies: the thing itself named ('Survey Group No. 1'), or no label at all."""
from __future__ import annotations

from ..model import Body, Place
from ..text import fold
from ..vocab import vocabulary


def english_of_modified(modifiers: str, head_english: str) -> str | None:
    """'khảo sát số 1' + 'Group' -> 'Survey Group No. 1'; None when a word has no English in
    english_modifiers.tsv: the thing itself is named, or nothing is."""
    glossary = vocabulary().english_modifiers
    keys = [k for k in fold(modifiers).replace(",", " , ").split()]
    before: list[str] = []
    after: list[str] = []
    k = 0
    while k < len(keys):
        if keys[k] == "số" and k + 1 < len(keys) and keys[k + 1].isdigit() or keys[k].isdigit():
            k += keys[k] == "số"
            after.append(f"No. {int(keys[k])}")
            k += 1
            continue
        hit = glossary.longest(keys, k)
        if hit is None:
            return None
        english, where = hit[1]
        (before if where == "before" else after).append(english)
        k += hit[0]
    return " ".join([*before, head_english, *after])


_ENGLISH_LEVEL = {"tỉnh": "Provincial", "thành phố": "City", "quận": "District", "huyện": "District",
                  "thị xã": "Town", "phường": "Ward", "xã": "Commune", "thị trấn": "Township"}


def english_unnamed(head_english: str, unit_word: str) -> str | None:
    """'Ủy ban nhân dân phường' -> 'Ward People's Committee'; a head that says its level ('Tỉnh ủy') as is."""
    if not unit_word:
        return head_english
    level = _ENGLISH_LEVEL.get(unit_word)
    return f"{level} {head_english}" if level else None


def english_of_place(head_english: str, place: Place | None, inner: Body | None) -> str | None:
    if inner is not None:
        return f"{head_english} of the {inner.english}" if inner.english else None
    if place is not None:
        return f"{english_place(place)} {head_english}"
    return head_english


def english_place(place: Place) -> str:
    """'Ngô Quyền', but 'District 3' for a numbered unit, which is no name by itself."""
    if place.name.isdigit():
        return f"{_ENGLISH_KIND.get(place.kind, place.kind.capitalize())} {place.name}"
    return place.name


_ENGLISH_KIND = {"district": "District", "ward": "Ward", "commune": "Commune", "town": "Town", "city": "City"}
