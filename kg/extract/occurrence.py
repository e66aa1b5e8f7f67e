"""A person named in a sentence, with the titles the sentence gives them (the record the title rules fill)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .phrases import TitlePhrase
from .tokens import Sentence


@dataclass
class TitleUse:
    title: TitlePhrase
    status: str  # current | former | new
    implied_body: str | None = None  # 'làm Trưởng đoàn': the group the sentence is about


@dataclass
class Occurrence:
    """A person named in a sentence, with the tokens of the name and of its apposition."""

    name: str
    sentence: Sentence
    start: int
    end: int
    entry_end: int
    titles: list[TitleUse] = field(default_factory=list)
    historical: bool = False  # a historical person the article names ('Chủ tịch Hồ Chí Minh'): no post, no role


def entry_starts(occ: Occurrence) -> tuple[int, ...]:
    """Where a person's entry may open: at its first title, and also at the name when a title read as the
    person's stands before a cue ('miễn nhiệm chức danh T đối với bà X', 'Phó Bí thư là hai đồng chí Y và Z')."""
    first = min([occ.start, *(t.title.start for t in occ.titles)])
    return (first,) if first == occ.start else (first, occ.start)


def word_before(keys: list[str], start: int, skip: set[str], numbers: bool = False) -> int:
    """The index of the last word before `start` that is not one of `skip` (nor a number, with `numbers`);
    -1 when there is none: the cue an entry follows ('cho đồng chí X', 'là hai đồng chí Y')."""
    k = start - 1
    while k >= 0 and (keys[k] in skip or (numbers and keys[k].isdigit())):
        k -= 1
    return k
