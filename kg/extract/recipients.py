"""Who received something at a ceremony: 'tặng Huân chương Lao động hạng Ba cho ông X', 'trao quyết định cho
đồng chí Y và Z', 'có 3 đồng chí được trao quyết định, gồm: … W …'. A person handed an award or a decision in
the account of the event was there to take it; a posthumous award ('truy tặng … cho ông V') names someone who
was not."""
from __future__ import annotations

from .events import cue_positions, participation_cues
from .occurrence import entry_starts, word_before
from .parsed import Parsed
from .persons import Occurrence


GIVING_CUES = participation_cues("giving")
POSTHUMOUS_CUES = participation_cues("posthumous")
NOT_GIVING_CUES = participation_cues("not-giving")
# words between 'cho' and a recipient's name, or between two recipients: 'cho 2 ông A … và B'
_BEFORE_NAME = {"đồng", "chí", "ông", "bà", "các", "đ/c", "hai", "ba"}
_BETWEEN = {",", "và"} | _BEFORE_NAME
_CLAUSE_ENDS = {";", ".", ":"}


def recipients(item: Parsed) -> list[str]:
    """The persons named right after 'cho' (or 'đối với': 'trao quyết định thăng cấp đối với ông X') in a clause
    whose verb gives something ('trao', 'tặng'), and the persons listed on from them; not in a clause that gives
    it posthumously."""
    keys = item.sentence.keys
    giving = sorted(set(cue_positions(keys, GIVING_CUES)) - set(cue_positions(keys, NOT_GIVING_CUES)))
    posthumous = cue_positions(keys, POSTHUMOUS_CUES)
    out: list[str] = _listed_after_passive(item, giving, posthumous)
    previous: Occurrence | None = None
    for occ in item.persons:
        if occ.name in out:
            previous = occ
            continue
        begins = entry_starts(occ)[0]
        k = word_before(keys, begins, _BEFORE_NAME, numbers=True)
        if k >= 0 and (keys[k] == "cho" or keys[k - 1:k + 1] == ["đối", "với"]):
            clause = _clause_start(keys, k)
            given = [g for g in giving if clause <= g < k]
            if given and not [p for p in posthumous if clause <= p < k]:
                out.append(occ.name)
                previous = occ
                continue
        if previous is not None and out and out[-1] == previous.name \
                and set(keys[previous.entry_end:begins]) <= _BETWEEN and "và" in keys[previous.entry_end:begins]:
            out.append(occ.name)  # '… cho 2 ông A - T1 và B - T2'
        previous = occ
    return out


_LIST_OPENERS = {"gồm", ":"}


def _listed_after_passive(item: Parsed, giving: list[int], posthumous: list[int]) -> list[str]:
    """'Tại hội nghị, có 3 đồng chí được trao quyết định nhận nhiệm vụ mới, gồm: … đồng chí X …; … đồng chí Y':
    the persons listed after 'gồm' or a colon that follows 'được trao' are those who received it."""
    keys = item.sentence.keys
    passive = [g for g in giving if g > 0 and keys[g - 1] == "được" and g not in posthumous]
    if not passive:
        return []
    opener = next((k for k in range(passive[0], len(keys)) if keys[k] in _LIST_OPENERS), None)
    if opener is None:
        return []
    return [occ.name for occ in item.persons if occ.start > opener]


def _clause_start(keys: list[str], at: int) -> int:
    return next((k + 1 for k in range(at - 1, -1, -1) if keys[k] in _CLAUSE_ENDS), 0)
