"""A name cut short: its words open or close exactly one longer name of the same article.

Vietnamese news never shortens a person by dropping the family name or the given name and keeping two or
more words; a name of that shape is the longer one, cut where the text was clipped ('… tặng quà cho đồng chí
Nguyễn Mạnh' at a clipped end) or where a typo broke off its first letters ('đồng chí rương Văn Đạt'). Such a
name is read as the longer one, when only one name of the article fits; bylines are not touched (they come
from the article's head, not its sentences).
"""
from __future__ import annotations

from ..text import fold
from .occurrence import Occurrence


def restore_cut_names(occurrences: list[Occurrence]) -> None:
    """Rename each occurrence whose name is a strict head or tail (two words or more) of one longer name."""
    names = {fold(o.name): o.name for o in occurrences}
    words = {key: key.split() for key in names}
    for occ in occurrences:
        short = fold(occ.name).split()
        if len(short) < 2:
            continue
        longer = {key for key, ws in words.items()
                  if len(ws) > len(short) and (ws[:len(short)] == short or ws[-len(short):] == short)}
        if len(longer) == 1:
            occ.name = names[longer.pop()]
