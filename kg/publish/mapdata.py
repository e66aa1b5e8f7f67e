"""What `kg map` shows, read from the graph: the units, their points and 2025 successors, and the list beside the map."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass
class Unit:
    iri: str
    label: str  # full name: 'Phường Cầu Đất'
    code: str
    era: str  # legacy | 2025
    level: int
    lon: float | None
    lat: float | None
    mentioned: bool = False  # the official unit of a place the article names
    absorbed: list[str] = field(default_factory=list)  # names kept only as its former names
    successors: list[tuple[str, str]] = field(default_factory=list)  # (2025 unit IRI, whole|partial)


@dataclass
class Line:
    """One place the article names, as the list beside the map states it."""

    name: str
    text: str


@dataclass
class MapData:
    title: str
    date: str
    units: dict[str, Unit]
    lines: list[Line]
    source: str


def map_data(graph: Graph) -> MapData:
    """What the map shows, read from an article graph (or several)."""
    from rdflib.namespace import RDF, RDFS

    from ..places import VP
    from ..terms import GEO, SCHEMA, VNKG

    g = graph

    def unit(node) -> Unit:
        key = str(node)
        if key not in units:
            wkt = g.value(g.value(node, GEO.hasGeometry), GEO.asWKT)
            lon = lat = None
            m = re.fullmatch(r"POINT\((\S+) (\S+)\)", str(wkt)) if wkt is not None else None
            if m:
                lon, lat = float(m.group(1)), float(m.group(2))
            level = g.value(node, VP.adminLevel)
            units[key] = Unit(key, str(g.value(node, RDFS.label) or g.value(node, SCHEMA.name) or key),
                              str(g.value(node, VP.gsoCode) or ""), str(g.value(node, VP.era) or ""),
                              int(level.toPython()) if level is not None else 3, lon, lat)
            u = units[key]
            for target in sorted(g.objects(node, VP.succeededBy), key=str):
                share = ("whole" if (node, VP.groundWentWhollyInto, target) in g else
                         "partial" if (node, VP.groundWentPartlyInto, target) in g else "")
                u.successors.append((str(target), share))
                unit(target)
        return units[key]

    units: dict[str, Unit] = {}
    lines: list[Line] = []
    places = sorted(set(g.subjects(VP.resolution, None)), key=lambda p: (_depth(g, p, SCHEMA), str(p)))
    unplotted = []
    for p in places:
        name = str(g.value(p, SCHEMA.name) or p)
        r = min(g.objects(p, VP.resolution), key=str)  # one article's reading (the first, in a file of several)
        status = str(g.value(r, VP.placeResolution))
        own = g.value(r, VP.officialUnit)
        if own is not None:
            u = unit(own)
            u.mentioned = True
            text = f"{u.label} ({u.code})" + _went(u, units)
            if u.level == 1:
                unplotted.append((len(lines), u))
        elif status == "former-name":
            hosts = [unit(h) for h in sorted(g.objects(r, VP.succeededBy), key=str)]
            for h in hosts:
                h.absorbed.append(name)
            kind = next((w for c, w in ((VNKG.Ward, "ward"), (VNKG.Commune, "commune"), (VNKG.Town, "town"),
                                        (VNKG.District, "district")) if (p, RDF.type, c) in g), "unit")
            text = (f"former {kind} whose ground went into "
                    + ", ".join(f"{h.label} ({h.code})" for h in hosts) + "; no code of its own")
        elif status == "ambiguous":
            cands = sorted(unit(c).label + f" ({unit(c).code})" for c in g.objects(r, VP.candidateUnit))
            text = "ambiguous, no code: " + ", ".join(cands[:4]) + (" …" if len(cands) > 4 else "")
        else:
            text = "not resolved, no code"
        lines.append(Line(name, text))

    if any(u.level > 1 and u.lon is not None for u in units.values()):
        for i, u in unplotted:  # provinces and cities lie far from their wards: listed, not drawn
            lines[i].text += "; not drawn"
    article = next(iter(sorted(g.subjects(RDF.type, SCHEMA.NewsArticle), key=str)), None)
    title = str(g.value(article, SCHEMA.headline) or "") if article is not None else ""
    published = g.value(article, SCHEMA.datePublished) if article is not None else None
    date = str(published)[:10] if published is not None else ""
    dataset = next(iter(sorted(g.subjects(RDF.type, SCHEMA.Dataset), key=str)), None)
    source = ""
    if dataset is not None:
        source = f"{g.value(dataset, SCHEMA.name)} {g.value(dataset, SCHEMA.version)}"
    return MapData(title, date, units, lines, source)


def _depth(g, node, schema) -> int:
    depth = 0
    while (node := g.value(node, schema.containedInPlace)) is not None and depth < 10:
        depth += 1
    return depth


def _went(u: Unit, units: dict[str, Unit]) -> str:
    if not u.successors:
        return ""
    if all(share == "whole" for _, share in u.successors) and len(u.successors) == 1:
        return f" → wholly into {units[u.successors[0][0]].label} (2025, {units[u.successors[0][0]].code})"
    names = ", ".join(units[t].label for t, _ in u.successors)
    return f" → parts into {names} (2025)"
