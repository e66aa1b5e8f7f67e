"""Whether an article's own figures agree with a change it states: a disagreement is a fact about the
source (recorded as stated, flagged vnkg:inconsistentInSource, a sh:Warning), not an error of vnkg."""
from __future__ import annotations

from decimal import Decimal


def change_disagrees(stated: Decimal, change: str, unit: str | None, before: Decimal, after: Decimal) -> bool:
    """Whether a stated change ('giảm 20%') disagrees with the counts before and after it, by the same
    arithmetic and tolerance as the shapes' vsh:ChangeShape (a percent of a zero count cannot disagree)."""
    if unit == "percent":
        if before == 0:
            return False
        delta, tolerance = (after - before) * 100 / before, Decimal("0.1")
    else:
        delta, tolerance = after - before, Decimal("0.5")
    return abs(delta - (-stated if change == "decrease" else stated)) > tolerance
