"""Persons a sentence shows as absent from the event: 'Đồng chí X, Thứ trưởng … gửi lẵng hoa chúc mừng Đại
hội' (who sends flowers or a letter was not there), '… đồng chí Y vắng mặt'. Their greeting is no speech at it."""
from __future__ import annotations

from .events import cue_positions
from .parsed import Parsed
from ..text import fold
from ..vocab import data_rows

ABSENT_CUES = [tuple(fold(row[0]).split()) for row in data_rows("participation_cues.tsv") if row[1].strip() == "absent"]
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
