"""Persons a sentence shows as absent from the event: 'Đồng chí X, Thứ trưởng … gửi lẵng hoa chúc mừng Đại
hội' (who sends flowers or a letter was not there), '… đồng chí Y vắng mặt'. Their greeting is no speech at it.
And the person an event honours: 'kỷ niệm 110 năm Ngày sinh Tổng Bí thư X', 'dâng hoa tại Tượng đài X'."""
from __future__ import annotations

from .events import cue_positions
from .parsed import Parsed
from ..text import fold
from ..vocab import data_rows



def _cues(kind: str) -> list[tuple[str, ...]]:
    return [tuple(fold(row[0]).split()) for row in data_rows("participation_cues.tsv") if row[1].strip() == kind]


ABSENT_CUES = _cues("absent")
HONOURED_CUES = _cues("honoured")
_BEFORE_HONOURED = {"đồng", "chí", "cố", "của", "ông", "bà"}
_CLAUSE_ENDS = {";", "."}


def absent(item: Parsed) -> set[str]:
    """The persons whose own clause (from their entry to the next person or a semicolon) holds an absent cue."""
    keys = item.sentence.keys
    cues = cue_positions(keys, ABSENT_CUES)
    if not cues:
        return set()
    out = set()
    for n, occ in enumerate(item.persons):
        stop = item.persons[n + 1].start if n + 1 < len(item.persons) else len(keys)
        stop = next((k for k in range(occ.entry_end, stop) if keys[k] in _CLAUSE_ENDS), stop)
        if any(occ.entry_end <= c < stop for c in cues):
            out.add(occ.name)
    return out


def honoured(item: Parsed) -> set[str]:
    """The persons named right after words of remembrance ('Ngày sinh', 'Tượng đài', 'tưởng niệm'), their
    titles and 'đồng chí', 'cố', 'của' between: the event honours them, they do not take part in it."""
    keys = item.sentence.keys
    ends = {k + len(cue) for k in cue_positions(keys, HONOURED_CUES) for cue in HONOURED_CUES
            if tuple(keys[k:k + len(cue)]) == cue}
    if not ends:
        return set()
    out = set()
    for occ in item.persons:
        k = min([occ.start, *(t.title.start for t in occ.titles)])
        while k > 0 and keys[k - 1] in _BEFORE_HONOURED:
            k -= 1
        if k in ends:
            out.add(occ.name)
    return out
