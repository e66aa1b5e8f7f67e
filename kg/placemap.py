"""`kg map`: the article's places on a small map, as SVG (or HTML around the SVG).

Drawn from the graph (kg/places.py wrote it): the units the article's places denote on
the article's date, at the points the reference data gives, with labels and GSO codes,
and arrows to the 2025 units that took their ground (solid: all of it, dashed: part).
A place without a unit of its own (a name kept only as another unit's former name) gets
no point: it is named under the unit it went into. There is no base map and there are no
boundaries: the reference data has points only. Same graph, same bytes.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

W, H = 1180, 760  # canvas
MAP_X, MAP_Y, MAP_W, MAP_H = 24, 92, 700, 620  # map frame
PANEL_X = MAP_X + MAP_W + 28  # legend and list
OLD, NEW, GREY, INK = "#1f5fa8", "#d9661f", "#8a8f98", "#1d2330"
FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"


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

    from .places import VP
    from .terms import GEO, SCHEMA, VNKG

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


# ---------------------------------------------------------------- drawing

class _Projection:
    """Equirectangular, scaled by cos(latitude), fitted into the map frame."""

    def __init__(self, points: list[tuple[float, float]]):
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        self.k = math.cos(math.radians(sum(lats) / len(lats)))
        cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
        span_x = max((max(lons) - min(lons)) * self.k, 0.01)
        span_y = max(max(lats) - min(lats), 0.01)
        pad = 1.6  # room for labels around the outermost points
        self.scale = min(MAP_W / (span_x * pad), MAP_H / (span_y * pad))  # px per degree of latitude
        self.cx, self.cy = cx, cy

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (MAP_X + MAP_W / 2 + (lon - self.cx) * self.k * self.scale,
                MAP_Y + MAP_H / 2 - (lat - self.cy) * self.scale)

    def lon_at(self, x: float) -> float:
        return self.cx + (x - MAP_X - MAP_W / 2) / (self.k * self.scale)

    def lat_at(self, y: float) -> float:
        return self.cy - (y - MAP_Y - MAP_H / 2) / self.scale


def _text_width(text: str, size: float) -> float:
    return 0.58 * size * len(text)


def _nice(value: float) -> float:
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * exp >= value:
            return step * exp
    return 10 * exp


def render_svg(data: MapData) -> str:
    units = data.units
    has_lower = any(u.level > 1 and u.lon is not None for u in units.values())
    shown = {k: u for k, u in units.items() if u.lon is not None and (u.level > 1 or not has_lower)}
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
        f'font-family="{FONT}" role="img" aria-labelledby="map-title">',
        f'<title id="map-title">{escape(_title(data))}</title>',
        "<defs>",
        f'<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" '
        f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="{NEW}"/></marker>',
        f'<marker id="arrow-grey" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
        f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="{GREY}"/></marker>',
        "</defs>",
        f'<rect width="{W}" height="{H}" fill="#ffffff"/>',
        f'<text x="{MAP_X}" y="34" font-size="21" font-weight="bold" fill="{INK}">'
        f"{escape(_title(data))}</text>",
        f'<text x="{MAP_X}" y="60" font-size="14" fill="#4a5160">{escape(_subtitle(data))}</text>',
        f'<rect x="{MAP_X}" y="{MAP_Y}" width="{MAP_W}" height="{MAP_H}" fill="#f6f8fb" stroke="#c9ced6"/>',
    ]
    if shown:
        proj = _Projection([(u.lon, u.lat) for u in shown.values()])
        out += _graticule(proj)
        arrows, segments = _arrows(shown, proj)
        out += arrows
        # what a label should not cover: markers (weighted), then arrows
        placed: list[tuple[float, float, float, float]] = []
        for (x1, y1, x2, y2) in segments:
            steps = max(1, int(math.hypot(x2 - x1, y2 - y1) / 8))
            placed += [(x1 + (x2 - x1) * i / steps - 3, y1 + (y2 - y1) * i / steps - 3,
                        x1 + (x2 - x1) * i / steps + 3, y1 + (y2 - y1) * i / steps + 3) for i in range(steps + 1)]
        markers = []
        for u in sorted(shown.values(), key=lambda u: (u.era != "legacy", -u.level, u.code)):
            x, y = proj(u.lon, u.lat)
            placed += [(x - 20, y - 20, x + 20, y + 20)] * 6
            markers.append((u, x, y))
        for u, x, y in markers:
            out.append(_marker(u, x, y))
        for u, x, y in sorted(markers, key=lambda m: (not m[0].mentioned, m[0].era != "legacy", m[0].code)):
            out.append(_label(u, x, y, placed))
        out += _scale_bar(proj)
    else:
        out.append(f'<text x="{MAP_X + 20}" y="{MAP_Y + 40}" font-size="15" fill="{INK}">'
                   "No place of this article has a point in the reference data.</text>")
    out += _panel(data)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _title(data: MapData) -> str:
    then = f" ({data.date[:4]})" if data.date else ""
    return f"Places named in the article{then} and the 2025 units that took their ground"


def _subtitle(data: MapData) -> str:
    title = data.title if len(data.title) <= 95 else data.title[:94] + "…"
    parts = [p for p in (f"“{title}”" if title else "", data.date) if p]
    return " · ".join(parts)


def _graticule(proj: _Projection) -> list[str]:
    out = []
    lon0, lon1 = proj.lon_at(MAP_X), proj.lon_at(MAP_X + MAP_W)
    lat0, lat1 = proj.lat_at(MAP_Y + MAP_H), proj.lat_at(MAP_Y)
    step = _nice((lon1 - lon0) / 5)
    lon = math.ceil(lon0 / step) * step
    while lon < lon1:
        x, _ = proj(lon, lat0)
        out.append(f'<line x1="{x:.1f}" y1="{MAP_Y}" x2="{x:.1f}" y2="{MAP_Y + MAP_H}" stroke="#e3e7ee"/>')
        out.append(f'<text x="{x + 3:.1f}" y="{MAP_Y + MAP_H - 6}" font-size="10" fill="{GREY}">'
                   f"{lon:.{_decimals(step)}f}°E</text>")
        lon += step
    lat = math.ceil(lat0 / step) * step
    while lat < lat1:
        _, y = proj(lon0, lat)
        out.append(f'<line x1="{MAP_X}" y1="{y:.1f}" x2="{MAP_X + MAP_W}" y2="{y:.1f}" stroke="#e3e7ee"/>')
        out.append(f'<text x="{MAP_X + 4}" y="{y - 3:.1f}" font-size="10" fill="{GREY}">'
                   f"{lat:.{_decimals(step)}f}°N</text>")
        lat += step
    return out


def _decimals(step: float) -> int:
    return max(0, -math.floor(math.log10(step)))


def _arrows(shown: dict[str, Unit], proj: _Projection) -> tuple[list[str], list[tuple]]:
    out, segments = [], []
    for u in sorted(shown.values(), key=lambda u: (-u.level, u.code)):
        for target, share in u.successors:
            t = shown.get(target)
            if t is None:
                continue
            (x1, y1), (x2, y2) = proj(u.lon, u.lat), proj(t.lon, t.lat)
            length = math.hypot(x2 - x1, y2 - y1)
            if length < 20:
                continue
            # stop short of both markers
            ux, uy = (x2 - x1) / length, (y2 - y1) / length
            x1, y1, x2, y2 = x1 + ux * 11, y1 + uy * 11, x2 - ux * 11, y2 - uy * 11
            segments.append((x1, y1, x2, y2))
            ward = u.level == 3
            colour, marker = (NEW, "arrow") if ward else (GREY, "arrow-grey")
            dash = "" if share == "whole" else ' stroke-dasharray="7 5"'
            width = 2.4 if ward else 1.3
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                       f'stroke-width="{width}"{dash} marker-end="url(#{marker})" opacity="0.9">'
                       f"<title>{escape(u.label)} ({u.code}) → {escape(t.label)} ({t.code}, 2025): "
                       f"{'all' if share == 'whole' else 'part'} of its ground</title></line>")
    return out, segments


def _marker(u: Unit, x: float, y: float) -> str:
    tip = f"<title>{escape(u.label)} · GSO code {u.code} · {_era_text(u)}\n{escape(u.iri)}</title>"
    if u.era == "legacy":
        if u.level == 3:
            return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{OLD}" stroke="#ffffff" stroke-width="1.5">'
                    f"{tip}</circle>")
        return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="#ffffff" fill-opacity="0.6" stroke="{OLD}" '
                f'stroke-width="2.5" stroke-dasharray="4 3">{tip}</circle>'
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{OLD}"/>')
    s = 7.5
    return (f'<path d="M{x:.1f},{y - s:.1f} L{x + s:.1f},{y:.1f} L{x:.1f},{y + s:.1f} L{x - s:.1f},{y:.1f} z" '
            f'fill="{NEW}" stroke="#ffffff" stroke-width="1.5">{tip}</path>')


def _era_text(u: Unit) -> str:
    return "to 30 Jun 2025" if u.era == "legacy" else "from 1 Jul 2025"


def _label(u: Unit, x: float, y: float, placed: list) -> str:
    colour = OLD if u.era == "legacy" else NEW
    lines = [(u.label, 14 if u.mentioned else 13, "bold" if u.mentioned else "normal", colour)]
    lines.append((f"code {u.code} · {_era_text(u)}", 11, "normal", "#4a5160"))
    for name in u.absorbed:
        lines.append((f"+ former {name} (merged in, no code)", 11, "normal", INK))
    width = max(_text_width(t, s) for t, s, _, _ in lines)
    height = sum(s + 3 for _, s, _, _ in lines)
    best = None
    for dx, dy in ((14, -height / 2), (-14 - width, -height / 2), (12, 8), (12, -height - 8),
                   (-12 - width, 8), (-12 - width, -height - 8), (-width / 2, 16), (-width / 2, -height - 16),
                   (24, 20), (24, -height - 20), (-24 - width, 20), (-24 - width, -height - 20)):
        box = (x + dx, y + dy, x + dx + width, y + dy + height)
        overlap = sum(_overlap(box, other) for other in placed)
        outside = max(0, MAP_X + 4 - box[0]) + max(0, box[2] - MAP_X - MAP_W + 4) + \
            max(0, MAP_Y + 4 - box[1]) + max(0, box[3] - MAP_Y - MAP_H + 4)
        score = overlap + outside * 400
        if best is None or score < best[0]:
            best = (score, box)
    box = best[1]
    placed.append(box)
    out = []
    # a leader line when the label stands off its marker
    nx, ny = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    if math.hypot(nx - x, ny - y) > 15:
        out.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{nx:.1f}" y2="{ny:.1f}" stroke="{colour}" '
                   f'stroke-width="0.8" opacity="0.7"/>')
    out += [f'<rect x="{box[0] - 3:.1f}" y="{box[1] - 2:.1f}" width="{width + 6:.1f}" height="{height + 4:.1f}" '
           f'rx="3" fill="#ffffff" fill-opacity="0.85"/>']
    ty = box[1]
    for text, size, weight, fill in lines:
        ty += size
        out.append(f'<text x="{box[0]:.1f}" y="{ty:.1f}" font-size="{size}" font-weight="{weight}" '
                   f'fill="{fill}">{escape(text)}</text>')
        ty += 3
    return "".join(out)


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _scale_bar(proj: _Projection) -> list[str]:
    km_per_px = 111.32 / proj.scale
    km = _nice(km_per_px * MAP_W / 5)
    px = km / km_per_px
    x, y = MAP_X + MAP_W - px - 24, MAP_Y + 26
    return [f'<line x1="{x:.1f}" y1="{y}" x2="{x + px:.1f}" y2="{y}" stroke="{INK}" stroke-width="3"/>',
            f'<text x="{x + px / 2:.1f}" y="{y - 7}" font-size="11" text-anchor="middle" fill="{INK}">'
            f"{km:g} km</text>",
            f'<text x="{MAP_X + 18}" y="{MAP_Y + 30}" font-size="13" font-weight="bold" fill="{INK}">N ↑</text>']


def _wrap(text: str, chars: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def _panel(data: MapData) -> list[str]:
    x, y = PANEL_X, MAP_Y + 4
    out = [f'<text x="{x}" y="{y + 10}" font-size="15" font-weight="bold" fill="{INK}">Key</text>']
    y += 32
    era = f"the article's date ({data.date})" if data.date else "the article's date"
    keys = [
        (f'<circle cx="{x + 9}" cy="{y}" r="7" fill="{OLD}"/>', f"ward or commune in force on {era}"),
        (f'<circle cx="{x + 9}" cy="{y + 26}" r="9" fill="none" stroke="{OLD}" stroke-width="2.5" '
         f'stroke-dasharray="4 3"/>', "district; districts were abolished on 1 July 2025"),
        (f'<path d="M{x + 9},{y + 52 - 7.5} L{x + 16.5},{y + 52} L{x + 9},{y + 52 + 7.5} L{x + 1.5},{y + 52} z" '
         f'fill="{NEW}"/>', "ward or commune from 1 July 2025"),
        (f'<line x1="{x}" y1="{y + 78}" x2="{x + 26}" y2="{y + 78}" stroke="{NEW}" stroke-width="2.4" '
         f'stroke-dasharray="7 5" marker-end="url(#arrow)"/>', "part of the ward's ground went into it"),
        (f'<line x1="{x}" y1="{y + 104}" x2="{x + 26}" y2="{y + 104}" stroke="{NEW}" stroke-width="2.4" '
         f'marker-end="url(#arrow)"/>', "all of the ward's ground went into it"),
        (f'<line x1="{x}" y1="{y + 130}" x2="{x + 26}" y2="{y + 130}" stroke="{GREY}" stroke-width="1.3" '
         f'stroke-dasharray="7 5" marker-end="url(#arrow-grey)"/>', "part of the district's ground went into it"),
    ]
    for i, (shape, text) in enumerate(keys):
        out.append(shape)
        out.append(f'<text x="{x + 36}" y="{y + 26 * i + 4}" font-size="12" fill="{INK}">{escape(text)}</text>')
    y += 26 * len(keys) + 22
    out.append(f'<text x="{x}" y="{y}" font-size="15" font-weight="bold" fill="{INK}">Named in the article</text>')
    y += 22
    for line in data.lines:
        out.append(f'<text x="{x}" y="{y}" font-size="13" font-weight="bold" fill="{INK}">{escape(line.name)}</text>')
        y += 17
        for part in _wrap(line.text, 52):
            out.append(f'<text x="{x + 10}" y="{y}" font-size="12" fill="#3a4150">{escape(part)}</text>')
            y += 15
        y += 7
    y += 8
    note = ("Points are the representative points of the reference data, not boundaries; there is no base map. "
            f"Codes: General Statistics Office. Data: {data.source or 'vietnamadminunits'} (PyPI, MIT).")
    for part in _wrap(note, 60):
        out.append(f'<text x="{x}" y="{y}" font-size="11" fill="{GREY}">{escape(part)}</text>')
        y += 14
    return out


def render_html(data: MapData) -> str:
    svg = render_svg(data)
    rows = "\n".join(f"<tr><th>{escape(line.name)}</th><td>{escape(line.text)}</td></tr>" for line in data.lines)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(_title(data))}</title>\n"
        "<style>body{font-family:" + FONT + ";margin:24px;color:#1d2330}"
        "svg{max-width:100%;height:auto;border:1px solid #e3e7ee}"
        "table{border-collapse:collapse;margin-top:16px}th,td{text-align:left;padding:4px 12px 4px 0;"
        "vertical-align:top}th{white-space:nowrap}</style>\n</head>\n<body>\n"
        f"{svg}<table>\n{rows}\n</table>\n"
        "<p>Hover a point or an arrow for its code and IRI.</p>\n</body>\n</html>\n"
    )


def write_map(graph: Graph, path) -> MapData:
    """Write the map of the graph's places to ``path`` (.svg or .html); return what it shows."""
    from pathlib import Path

    from .errors import InputError

    path = Path(path)
    data = map_data(graph)
    if path.suffix.lower() == ".svg":
        text = render_svg(data)
    elif path.suffix.lower() in (".html", ".htm"):
        text = render_html(data)
    else:
        raise InputError(f"{path}: the map is written as .svg or .html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return data
