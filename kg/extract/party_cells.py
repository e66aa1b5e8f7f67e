"""A party cell of a commune's or ward's unit belongs to that commune's party committee.

'Chi bộ Quân sự xã Gia Phong' and 'Chi bộ Công an xã Gia Phong' are cells of the commune's party organisation,
led by its committee, 'Đảng ủy xã Gia Phong' (Điều lệ Đảng, Điều 21-22: the cell is a grassroots party
organisation's base unit, under its committee), not parts of the militia or the police that the cell's name
also names. The link is made only to a party body the article names for the same unit: its committee, or, with
none, its Đảng bộ.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Body, Facts
from ..text import fold

_CELL = fold("Chi bộ")
_PARTY_KINDS = ("party-committee", "party-organisation")  # the committee first, as the genre says 'trực thuộc Đảng ủy'
_BASE_UNITS = ("ward", "commune")  # the units whose party organisation is a grassroots one, with cells under it


def _is_cell(name: str, body: Body) -> bool:
    return body.kind == "party-organisation" and fold(name).startswith(_CELL + " ")


def _unit_of(body: Body, facts: Facts) -> str | None:
    """The commune or ward a cell's name names: its own place, or that of the non-party body its name holds."""
    outer = facts.bodies.get(body.parent) if body.parent else None
    place = body.place or (outer.place if outer is not None else None)
    known = facts.places.get(place) if place else None
    return place if known is not None and known.kind in _BASE_UNITS else None


def link_party_cells(facts: Facts) -> None:
    """Give a commune's or ward's party cell, with no party body as parent, the party committee (else the party
    organisation) the article names for the same unit, when it names exactly one."""
    for name, body in list(facts.bodies.items()):
        if not _is_cell(name, body):
            continue
        outer = facts.bodies.get(body.parent) if body.parent else None
        if outer is not None and outer.kind.startswith("party"):
            continue  # 'Chi bộ 20 trực thuộc Đảng bộ phường …': its parent is written
        unit = _unit_of(body, facts)
        if unit is None:
            continue
        for kind in _PARTY_KINDS:
            parents = [other for other, b in facts.bodies.items()
                       if b.place == unit and b.kind == kind and not _is_cell(other, b)]
            if len(parents) == 1:
                facts.bodies[name] = replace(body, parent=parents[0])
                break
