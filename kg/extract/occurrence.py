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
