"""Who a vote's result names after 'là', 'gồm' or ':': 'Đồng chí X được bầu giữ chức Bí thư; Phó Bí thư là hai
đồng chí Y và Z', 'Các Phó Bí thư khóa mới gồm: bà Y, ông Z'. The rules already count the subject of 'được bầu'
as taking part in the session; those named as the rest of its result are counted the same way."""
from __future__ import annotations

from .events import cue_positions, participation_cues
from .occurrence import entry_starts, word_before
from .parsed import Parsed

ELECTION_CUES = participation_cues("election")
NEW_TERM_CUES = participation_cues("new-term")
_BEFORE_NAME = {"đồng", "chí", "ông", "bà", "các", "hai", "ba", "bốn", "đ/c"}
_BETWEEN = {",", "và"} | _BEFORE_NAME
_INTRODUCES_LIST = {"gồm", ":"}


def named_in_result(item: Parsed) -> list[str]:
    """The persons whose entry follows 'là' after a word of voting in the same sentence, or 'gồm' or ':' after a
    word of the new term (and the persons listed on from them with 'và' or commas)."""
    keys = item.sentence.keys
    votes = cue_positions(keys, ELECTION_CUES)
    terms = cue_positions(keys, NEW_TERM_CUES)
    if not votes and not terms:
        return []

    def opens_result(k: int) -> bool:
        return (keys[k] == "là" and bool(votes) and votes[0] < k) or (
            keys[k] in _INTRODUCES_LIST and bool(terms) and terms[0] < k)

    out: list[str] = []
    previous_end = None
    for occ in item.persons:
        starts = entry_starts(occ)
        begins = starts[0]
        if any(opens_result(word_before(keys, start, _BEFORE_NAME, numbers=True)) for start in starts):
            out.append(occ.name)
        elif previous_end is not None and out and set(keys[previous_end:begins]) <= _BETWEEN:
            out.append(occ.name)  # '… là hai đồng chí Y và Z'
        else:
            previous_end = None
            continue
        previous_end = occ.entry_end
    return out

