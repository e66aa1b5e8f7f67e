"""A district's or ward's name as the reference data spells it, where the article spells it another way.

'huyện Lăk' and 'huyện Lắk', 'Đăk Hà' and 'Đắk Hà': a place's IRI is made from its name without diacritics, so
two spellings of one unit would give one IRI two names, and a corpus of articles would not validate as a whole.
The reference data (the gazetteer's names, corrected by kg/data/unit_spellings.tsv) gives the one spelling, when
exactly one of the province's units (or, with no province, of the nation's districts) has a name that differs
from the written one in its diacritics alone.
"""
from __future__ import annotations

import functools

from ..model import Place
from ..text import slug
from ..vocab import data_rows


@functools.cache
def _by_slug(province: str | None) -> dict[str, frozenset[str]]:
    from ..gazetteer.names import district_names, names_in_province

    names = names_in_province(province) if province else district_names()
    official = {reference: spelt for prov, reference, spelt in data_rows("unit_spellings.tsv")
                if province is None or prov == province}
    out: dict[str, set[str]] = {}
    for name in names:
        out.setdefault(slug(name), set()).add(official.get(name, name))
    return {key: frozenset(v) for key, v in out.items()}


def reference_spelling(name: str, province: Place | None) -> str:
    """The reference data's spelling of a unit's name in `province`, if it has one name that differs from
    `name` only in its diacritics; else `name` as written."""
    spellings = _by_slug(province.name if province else None).get(slug(name), frozenset())
    if name in spellings or len(spellings) != 1:
        return name
    return next(iter(spellings))
