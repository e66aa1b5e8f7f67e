"""Build facts from a few sentences written for the tests (invented names, the genre's style)."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Facts
from kg.reader import parse_article

PRINT_LINE = "Print Thứ Hai, 14/01/2021 08:00"


def facts_of(body: str, stamp: str | None = PRINT_LINE, article_id: str = "test") -> Facts:
    text = (stamp + "\n\n" if stamp else "") + body.strip() + "\n"
    return extract(parse_article(text, article_id))


def titles_of(facts: Facts, person: str, status: str | None = None) -> set[str]:
    return {p.title for p in facts.posts if p.person == person and (status is None or p.status == status)}


def bodies_of(facts: Facts, person: str) -> set[str]:
    return {p.body for p in facts.posts if p.person == person}


def participants(facts: Facts) -> set[tuple[str, str]]:
    return {(p.person, p.role) for e in facts.events for p in e.participants}
