"""A picture of the graph for the index page: persons, events, bodies and places in four columns.

The layout is computed, not simulated: columns by kind, bodies and places in
hierarchy order (children indented under their parent), events by date, persons
and then events placed near what they link to, so that lines cross less. Labels
wrap inside their boxes, never cut. Given `only`, the picture is that neighbourhood
of the graph. Each box links to the entity's page. Same graph, same bytes.
"""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF

from ..terms import ORG, SCHEMA, VNKG
from .html import SiteMap, esc

COLUMNS = (("person", "Người · Persons", "#e8f0fe", "#3b6fd8"), ("event", "Sự kiện · Events", "#fdf0e2", "#d9822b"),
           ("body", "Cơ quan · Bodies", "#e6f4ea", "#2e8b57"), ("place", "Địa danh · Places", "#f3e8fd", "#8e44ad"))
BOX_W, LINE_H, PAD, SPACE, GAP, TOP, LEFT, INDENT = 236, 15, 6, 8, 64, 48, 12, 12
CHARS = 32  # characters of a box's line at 12px in a box BOX_W wide


def graph_svg(site: SiteMap, here: str, only: set | None = None, stand_in=lambda node: node) -> str:
    """`stand_in` maps a node to the one drawn for it (an article's record of a person to the resolved person)."""
    g = site.graph
    keep = (lambda n: n in only) if only is not None else (lambda n: True)
    nodes = {
        "person": sorted(filter(keep, g.subjects(RDF.type, SCHEMA.Person)), key=str),
        "event": sorted(filter(keep, g.subjects(RDF.type, SCHEMA.Event)),
                        key=lambda e: (str(g.value(e, SCHEMA.startDate) or ""), str(e))),
        "body": _tree(g, sorted(filter(keep, g.subjects(RDF.type, ORG.Organization)),
                                key=lambda b: (site.label(str(b)), str(b))), ORG.subOrganizationOf),
        "place": _tree(g, sorted(filter(keep, g.subjects(RDF.type, SCHEMA.Place)),
                                 key=lambda p: (site.label(str(p)), str(p))), SCHEMA.containedInPlace),
    }
    edges: set[tuple[URIRef, URIRef, str]] = set()
    for event in nodes["event"]:
        for prop in (VNKG.chair, SCHEMA.attendee):
            edges |= {(stand_in(p), event, "chair" if prop == VNKG.chair else "attendee")
                      for p in g.objects(event, prop)}
        edges |= {(event, b, "takes part") for b in g.objects(event, VNKG.participatingBody)}
        edges |= {(event, p, "merges") for p in g.objects(event, VNKG.mergedUnit)}
    for holding in g.subjects(RDF.type, VNKG.PostHolding):
        person, body = g.value(holding, ORG.member), g.value(holding, ORG.organization)
        if person is not None and body is not None:
            edges.add((stand_in(person), body, "holds a post in"))
    for body, _ in nodes["body"]:
        edges |= {(body, p, "serves") for p in g.objects(body, SCHEMA.areaServed)}
    persons = _by_neighbours(nodes["person"], edges, nodes)
    events = _events_near(nodes["event"], persons, edges)
    columns = {"person": [(p, 0) for p in persons], "event": [(e, 0) for e in events],
               "body": nodes["body"], "place": nodes["place"]}
    lines = {node: _wrap(site.label(str(node)), CHARS - depth * 2) for members in columns.values()
             for node, depth in members}
    heights = {kind: sum(_box_h(lines[n]) + SPACE for n, _ in members) for kind, members in columns.items()}
    tallest = max(list(heights.values()) + [1])
    height = TOP + tallest + 24
    width = LEFT * 2 + len(COLUMNS) * BOX_W + (len(COLUMNS) - 1) * GAP
    where: dict[URIRef, tuple[float, float, int]] = {}
    for c, (kind, _, _, _) in enumerate(COLUMNS):
        y = TOP + (tallest - heights[kind]) / 2
        for node, depth in columns[kind]:
            where[node] = (LEFT + c * (BOX_W + GAP) + depth * INDENT, y, c, _box_h(lines[node]))
            y += _box_h(lines[node]) + SPACE
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" width="{width}" '
           f'height="{height:.0f}" role="img" aria-label="vnkg graph" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height:.0f}" fill="#ffffff"/>']
    for c, (kind, title, _, stroke) in enumerate(COLUMNS):
        out.append(f'<text x="{LEFT + c * (BOX_W + GAP)}" y="28" font-size="14" font-weight="bold" '
                   f'fill="{stroke}">{esc(title)}</text>')
    for a, b, what in sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2])):
        if a in where and b in where:
            out.append(_edge(where[a], where[b], what, site.label(str(a)), site.label(str(b))))
    for c, (kind, _, fill, stroke) in enumerate(COLUMNS):
        for node, depth in columns[kind]:
            x, y, _, h = where[node]
            text = site.label(str(node))
            href = site.href(here, site.comp.ref(str(node)))
            spans = "".join(f'<tspan x="{x + 8:.0f}" dy="{LINE_H if i else 0}">{esc(line)}</tspan>'
                            for i, line in enumerate(lines[node]))
            box = (f'<rect x="{x:.0f}" y="{y:.0f}" width="{BOX_W - depth * INDENT}" height="{h}" rx="5" '
                   f'fill="{fill}" stroke="{stroke}"/><text x="{x + 8:.0f}" y="{y + PAD + 11:.0f}" fill="#1f2933">'
                   f'{spans}</text><title>{esc(text)}</title>')
            out.append(f'<a href="{esc(href)}">{box}</a>' if href else box)
    out.append("</svg>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(out) + "\n"


def _wrap(text: str, chars: int) -> list[str]:
    """The label in lines of at most `chars` characters, broken between words (a longer word has a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _box_h(lines: list[str]) -> int:
    return len(lines) * LINE_H + 2 * PAD - 3


def _events_near(events: list, persons: list, edges: set) -> list:
    """Events in the order of the persons who chair or attend them (then by date): fewer crossing lines."""
    rank = {p: i for i, p in enumerate(persons)}
    position = {e: i for i, e in enumerate(events)}

    def centre(e):
        ranks = sorted(rank[a] for a, b, _ in edges if b == e and a in rank)
        return (sum(ranks) / len(ranks) if ranks else len(persons), position[e])

    return sorted(events, key=centre)


def _tree(g, members: list, parent_prop) -> list[tuple[URIRef, int]]:
    """Members in depth-first order, each with its depth under the members it lies in."""
    inside = set(members)
    children: dict = {}
    roots = []
    for m in members:
        parent = g.value(m, parent_prop)
        if parent in inside and parent != m:
            children.setdefault(parent, []).append(m)
        else:
            roots.append(m)
    out: list = []

    def visit(node, depth):
        if any(node == n for n, _ in out):
            return
        out.append((node, min(depth, 3)))
        for child in children.get(node, []):
            visit(child, depth + 1)

    for root in roots:
        visit(root, 0)
    for m in members:  # a cycle leaves members unvisited: list them anyway
        visit(m, 0)
    return out


def _by_neighbours(persons: list, edges: set, nodes: dict) -> list:
    order = {n: i for kind in ("event", "body") for i, n in enumerate(
        [x if not isinstance(x, tuple) else x[0] for x in nodes[kind]])}

    def centre(p):
        ranks = sorted(order[b] for a, b, _ in edges if a == p and b in order)
        return (sum(ranks) / len(ranks) if ranks else 1e9, str(p))

    return sorted(persons, key=centre)


def _edge(a: tuple, b: tuple, what: str, a_label: str, b_label: str) -> str:
    (ax, ay, ac, ah), (bx, by, bc, bh) = a, b
    if ac > bc:
        (ax, ay, ac, ah), (bx, by, bc, bh) = (bx, by, bc, bh), (ax, ay, ac, ah)
    y1, y2 = ay + ah / 2, by + bh / 2
    right = LEFT + ac * (BOX_W + GAP) + BOX_W  # boxes of a column share their right edge
    if ac == bc:  # within a column: an arc on the right
        x = right
        d = f"M{x:.0f} {y1:.0f} C{x + 40:.0f} {y1:.0f} {x + 40:.0f} {y2:.0f} {x:.0f} {y2:.0f}"
    else:
        x1, x2 = right, bx
        mid = (x1 + x2) / 2
        d = f"M{x1:.0f} {y1:.0f} C{mid:.0f} {y1:.0f} {mid:.0f} {y2:.0f} {x2:.0f} {y2:.0f}"
    return (f'<path d="{d}" fill="none" stroke="#8a94a6" stroke-opacity="0.55" stroke-width="1.2">'
            f'<title>{esc(a_label)} — {esc(what)} — {esc(b_label)}</title></path>')
