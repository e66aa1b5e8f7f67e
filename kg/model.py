"""The typed facts that extraction produces and mapping turns into RDF.

Nothing here knows RDF or Vietnamese grammar: these are plain records. Each
fact keeps the Mention (sentence and offsets) it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    """A sentence of the article, with its character offsets in Article.text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Place:
    name: str  # without the type word: 'Ngô Quyền'
    kind: str  # city | province | district | ward | commune | town | residential-group
    parent: str | None = None  # key of the enclosing place
    written: str | None = None  # as the article writes it: 'quận Ngô Quyền'

    @property
    def key(self) -> str:
        return f"{self.parent}/{self.name}" if self.parent else self.name


@dataclass(frozen=True)
class Body:
    name: str  # full name: 'Ban Thường vụ Thành ủy Hải Phòng'
    kind: str  # from the body vocabulary: party-committee, party-board, delegation ...
    english: str | None = None
    parent: str | None = None  # full name of the body it belongs to
    place: str | None = None  # key of the place it serves
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatedTerm:
    """A term as a title states it: 'khóa XV, nhiệm kỳ 2020–2025' -> ordinal 15, years 2020 and 2025."""

    label: str  # as written
    ordinal: int | None = None  # the khóa
    start: int | None = None  # nhiệm kỳ years
    end: int | None = None


@dataclass(frozen=True)
class Post:
    """A person stated to hold a title; status is current, former or new (elected/appointed)."""

    person: str
    title: str  # as written: 'Phó Bí thư Thường trực Thành ủy'
    role: str  # the role word: 'Phó Bí thư Thường trực'
    role_english: str
    body: str | None  # full name of the body
    stated: date | None
    status: str
    mention: Mention
    term: StatedTerm | None = None  # the term the title states (kg/extract/terms.py)


@dataclass(frozen=True)
class Participation:
    person: str
    role: str  # chair | attendee


@dataclass(frozen=True)
class Event:
    kind: str  # meeting | conference | congress | inspection | visit | merger | other
    label: str
    date: date | None
    mention: Mention
    part_of_day: str | None = None  # morning | afternoon | evening
    date_text: str | None = None
    participants: tuple[Participation, ...] = ()
    bodies: tuple[str, ...] = ()
    topic: str | None = None
    places: tuple[str, ...] = ()  # merged units, for a merger: place keys
    month_day: tuple[int, int] | None = None  # when the year is unknown: (month, day) only


@dataclass(frozen=True)
class Figure:
    measure: str  # the counted thing as written: 'đảng viên'
    value: Decimal
    mention: Mention
    unit: str | None = None  # None for counts, 'percent'
    subject: str | None = None  # body name or place key
    period: str | None = None  # '2019', '2011 – 2015'
    change: str | None = None  # increase | decrease


@dataclass
class Facts:
    """Everything extracted from one article."""

    persons: dict[str, list[Mention]] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    body_mentions: dict[str, list[Mention]] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    place_mentions: dict[str, list[Mention]] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # bodies named by a bare level ('Tỉnh ủy', 'UBND phường') in an article that never names the unit: the
    # article's own, never one body with another article's
    local_bodies: set[str] = field(default_factory=set)
    # (kind, key, mention) already recorded: a mention is added once, in constant time
    _noted: set[tuple[str, str, Mention]] = field(default_factory=set, repr=False, compare=False)

    def _note(self, kind: str, key: str, mentions: list[Mention], mention: Mention) -> None:
        if (kind, key, mention) not in self._noted:
            self._noted.add((kind, key, mention))
            mentions.append(mention)

    def add_person(self, name: str, mention: Mention) -> None:
        self._note("person", name, self.persons.setdefault(name, []), mention)

    def body_name(self, name: str | None) -> str | None:
        """The name this body is known by: names that differ only in case or spelling are one body."""
        if name is None:
            return None
        from .text import fold

        key = fold(name)
        for known in self.bodies:
            if fold(known) == key:
                return known
        return name

    def add_body(self, body: Body, mention: Mention | None) -> str:
        """Add or enrich a body; return the name it is known by."""
        name, parent = self.body_name(body.name), self.body_name(body.parent)
        if name != body.name:
            body = Body(name, body.kind, body.english, parent, body.place, tuple({*body.aliases, body.name}))
        elif parent != body.parent:
            body = Body(name, body.kind, body.english, parent, body.place, body.aliases)
        known = self.bodies.get(body.name)
        if known is None or (body.parent and not known.parent):
            aliases = tuple(sorted(set(body.aliases) | set(known.aliases if known else ())))
            self.bodies[body.name] = Body(body.name, body.kind, body.english, body.parent or (known and known.parent),
                                          body.place, aliases)
        elif body.aliases:
            merged = tuple(sorted(set(known.aliases) | set(body.aliases)))
            self.bodies[body.name] = Body(known.name, known.kind, known.english, known.parent, known.place, merged)
        if mention:
            self._note("body", body.name, self.body_mentions.setdefault(body.name, []), mention)
        return body.name

    def add_place(self, place: Place, mention: Mention | None) -> None:
        self.places.setdefault(place.key, place)
        if mention:
            self._note("place", place.key, self.place_mentions.setdefault(place.key, []), mention)
