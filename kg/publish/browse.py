"""The site's way in, sized for an archive of thousands of articles: the home page, lists grouped and
paged (persons A–Z by given name, bodies and places by province, articles and events by year and
month), and a static search index over persons, bodies and places that a small script reads in the
browser (static/search.js; no server).

    index.html                   counts, the search box, the newest articles, a neighbourhood of the graph
    browse/persons-<letter>[-<n>].html   persons whose given name starts with the letter
    browse/bodies-<province>[-<n>].html  bodies serving a place of the province (or no place: "khac")
    browse/places-<province>[-<n>].html  places in the province
    browse/articles-<year>[-<n>].html    articles, newest first, grouped by month
    browse/events-<year>[-<n>].html      events by date, grouped by month
    static/search-index.js       [label, folded label, kind, path, context] for persons, bodies, places
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from rdflib import URIRef

from ..terms import ORG, SCHEMA
from ..text import fold, slug, strip_diacritics
from .dates import time_element
from .documents import KINDS, kind_of, stands_for
from .html import SiteMap, bilingual, esc, page, rel

PAGE_SIZE = 150
# the letters of the Vietnamese alphabet a name can start with (Đ after D, as Vietnamese lists sort)
LETTERS = ("A", "B", "C", "D", "Đ", "E", "G", "H", "I", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V",
           "X", "Y")
OTHER = ("Khác", "Other")
SEARCH_INDEX = "static/search-index.js"
SEARCH_CODES = {"person": "p", "body": "b", "place": "d"}  # static/search.js names them


@dataclass
class Group:
    key: str  # in file names: 'a', 'hai-phong', '2019'
    title: tuple[str, str]  # (Vietnamese, English) heading
    items: list[tuple[str, URIRef]]  # (subheading, entity): a subheading starts a run, '' continues it


def given_name_letter(name: str) -> str:
    """The letter a Vietnamese list files a person under: their given name's (the last word), Đ apart from D."""
    given = name.split()[-1] if name.split() else name
    first = given[:1].upper()
    if first == "Đ":
        return "Đ"
    letter = strip_diacritics(first).upper()
    return letter if letter in LETTERS else "#"


def person_groups(site: SiteMap, persons: list[URIRef]) -> list[Group]:
    def key(p):
        name = site.label(str(p))
        return (strip_diacritics(fold(name.split()[-1] if name.split() else name)), strip_diacritics(fold(name)), str(p))

    by_letter: dict[str, list[URIRef]] = {}
    for p in sorted(persons, key=key):
        by_letter.setdefault(given_name_letter(site.label(str(p))), []).append(p)
    order = [letter for letter in (*LETTERS, "#") if letter in by_letter]
    return [Group("dd" if letter == "Đ" else "other" if letter == "#" else letter.lower(),
                  (letter, letter) if letter != "#" else OTHER, [("", p) for p in by_letter[letter]]) for letter in order]


def province_of(site: SiteMap, place) -> URIRef | None:
    """The outermost place a place lies in (itself when it lies in none)."""
    seen = set()
    while place is not None and place not in seen:
        seen.add(place)
        outer = site.graph.value(place, SCHEMA.containedInPlace)
        if outer is None:
            return place
        place = outer
    return place


def body_province(site: SiteMap, body, depth: int = 0):
    area = site.graph.value(body, SCHEMA.areaServed)
    if area is not None:
        return province_of(site, area)
    parent = site.graph.value(body, ORG.subOrganizationOf)
    return body_province(site, parent, depth + 1) if parent is not None and depth < 6 else None


def by_province(site: SiteMap, members: list[URIRef], province) -> list[Group]:
    groups: dict = {}
    for m in members:
        groups.setdefault(province(m), []).append(m)
    named = sorted((p for p in groups if p is not None), key=lambda p: (strip_diacritics(fold(site.label(str(p)))), str(p)))
    out = []
    for p in named + ([None] if None in groups else []):
        title = (site.label(str(p)), site.label(str(p), "en")) if p is not None else OTHER
        items = sorted(groups[p], key=lambda m: (strip_diacritics(fold(site.label(str(m)))), str(m)))
        out.append(Group(slug(site.label(str(p))) if p is not None else "khac", title, [("", m) for m in items]))
    return out


def by_year(site: SiteMap, members: list[URIRef], date_of, newest_first: bool) -> list[Group]:
    dated = sorted(members, key=lambda m: (date_of(m) or "", str(m)), reverse=newest_first)
    years: dict[str, list] = {}
    for m in dated:
        years.setdefault((date_of(m) or "")[:4] or "khac", []).append(m)
    out = []
    for year in sorted(years, reverse=newest_first):
        items, last = [], None
        for m in years[year]:
            month = (date_of(m) or "")[:7]
            head = f"Tháng {int(month[5:7])}/{month[:4]}" if len(month) == 7 and month != last else ""
            last = month
            items.append((head, m))
        out.append(Group(year, (year, year) if year != "khac" else ("Không rõ năm", "Year unknown"), items))
    return out


class Browse:
    """The grouped lists of one site; `files()` writes their pages, `section()` their entry on the home page."""

    def __init__(self, site: SiteMap, entities: dict[URIRef, str]):
        self.site, self.entities = site, entities
        g = site.graph
        self.by_kind: dict[str, list[URIRef]] = {}
        for iri in entities:
            # a merged IRI's page, a resolved record's, only sends the reader on: not listed (the person is)
            if stands_for(g, iri) is None:
                self.by_kind.setdefault(kind_of(g, iri), []).append(iri)

        def published(m):
            return str(g.value(m, SCHEMA.datePublished) or "")

        def started(m):
            return str(g.value(m, SCHEMA.startDate) or "")

        self.published, self.started = published, started
        self.groups = {
            "persons": person_groups(site, self.by_kind.get("person", [])),
            "bodies": by_province(site, self.by_kind.get("body", []), lambda b: body_province(site, b)),
            "places": by_province(site, self.by_kind.get("place", []), lambda p: province_of(site, p)),
            "articles": by_year(site, self.by_kind.get("article", []), published, newest_first=True),
            "events": by_year(site, self.by_kind.get("event", []), started, newest_first=False),
        }

    def page_paths(self, kind: str, group: Group) -> list[str]:
        pages = max(1, -(-len(group.items) // PAGE_SIZE))
        return [f"browse/{kind}-{group.key}" + (f"-{n}" if n > 1 else "") for n in range(1, pages + 1)]

    def files(self) -> dict[str, str]:
        out = {}
        for kind, groups in self.groups.items():
            for group in groups:
                paths = self.page_paths(kind, group)
                for n, here in enumerate(paths):
                    chunk = group.items[n * PAGE_SIZE:(n + 1) * PAGE_SIZE]
                    out[here + ".html"] = self.list_page(kind, groups, group, here, paths, n, chunk)
        out[SEARCH_INDEX] = self.search_index()
        return out

    def bar(self, kind: str, groups: list[Group], here: str, current: Group | None = None) -> str:
        """The row of groups (A–Z, provinces, years): each a link to its first page, with its size."""
        links = []
        for group in groups:
            target = rel(here, self.page_paths(kind, group)[0] + ".html")
            label = esc(group.title[0])
            if group is current:
                links.append(f'<strong aria-current="page">{label}</strong>')
            else:
                links.append(f'<a href="{esc(target)}" title="{len(group.items)}">{label}</a>')
        if kind == "persons":  # the letters with nobody under them, greyed: the bar reads as an alphabet
            present = {g.title[0] for g in groups}
            links += [f'<span class="empty">{esc(letter)}</span>' for letter in LETTERS if letter not in present]
            order = {letter: i for i, letter in enumerate((*LETTERS, OTHER[0]))}
            links.sort(key=lambda html_: order.get(_text_of(html_), 99))
        return f'<nav class="bar" aria-label="{esc(kind)}">{" ".join(links)}</nav>'

    def list_page(self, kind: str, groups: list[Group], group: Group, here: str, paths: list[str], n: int,
                  chunk: list) -> str:
        vi, en = SECTION_TITLES[kind]
        items, open_list = [], False
        for head, iri in chunk:
            if head:
                if open_list:
                    items.append("</ul>")
                items.append(f"<h3>{esc(head)}</h3>")
                open_list = False
            if not open_list:
                items.append('<ul class="links">')
                open_list = True
            items.append(f"<li>{self.entry(here, iri)}</li>")
        if open_list:
            items.append("</ul>")
        pager = ""
        if len(paths) > 1:
            pager = '<nav class="pager">' + " ".join(
                f'<strong aria-current="page">{i + 1}</strong>' if i == n else
                f'<a href="{esc(rel(here, p + ".html"))}">{i + 1}</a>' for i, p in enumerate(paths)) + "</nav>"
        body = (f'<p class="kind">{bilingual(vi, en)}</p><h1 lang="vi">{esc(group.title[0])}</h1>'
                + (f'<p class="en-name" lang="en">{esc(group.title[1])}</p>' if group.title[1] != group.title[0] else "")
                + f'<p class="stats">{len(group.items)} · {bilingual(vi.lower(), en.lower())}</p>'
                + self.bar(kind, groups, here, group) + pager + "".join(items) + pager)
        return page(here, f"{group.title[0]} — {vi} — vnkg", body)

    def entry(self, here: str, iri: URIRef) -> str:
        path = self.entities[iri]
        site = self.site
        vi, en = site.label(str(iri)), site.label(str(iri), "en")
        out = f'<a href="{esc(rel(here, path + ".html"))}" lang="vi">{esc(vi)}</a>'
        if en != vi:
            out += f' <span class="en" lang="en">· {esc(en)}</span>'
        date = self.published(iri) or self.started(iri)
        if date:
            out += f' <span class="date">{time_element(date)}</span>'
        return out

    def section(self, kind: str) -> str:
        """The home page's entry for a kind: its count and its bar (the first page of each group)."""
        groups = self.groups[kind]
        count = sum(len(g.items) for g in groups)
        if not count:
            return ""
        vi, en = SECTION_TITLES[kind]
        hint = SECTION_HINTS[kind]
        return (f'<section id="{kind}"><h2>{bilingual(vi, en)} <span class="count">{count}</span></h2>'
                f'<p class="hint">{bilingual(*hint)}</p>{self.bar(kind, groups, "index")}</section>')

    def newest_articles(self, limit: int = 10) -> list[URIRef]:
        return sorted(self.by_kind.get("article", []), key=lambda a: (self.published(a), str(a)), reverse=True)[:limit]

    def search_index(self) -> str:
        rows = []
        for kind in ("person", "body", "place"):
            for iri in self.by_kind.get(kind, []):
                label = self.site.label(str(iri))
                context = ""
                if kind == "body":
                    province = body_province(self.site, iri)
                    context = self.site.label(str(province)) if province is not None else ""
                elif kind == "place":
                    outer = self.site.graph.value(iri, SCHEMA.containedInPlace)
                    context = self.site.label(str(outer)) if outer is not None else ""
                rows.append([label, strip_diacritics(fold(label)), SEARCH_CODES[kind], self.entities[iri], context])
        rows.sort(key=lambda r: (r[1], r[3]))
        text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        return f"window.VNKG_SEARCH={text};\n"


SECTION_TITLES = {"articles": ("Bài báo", "Articles"), "persons": ("Người", "Persons"), "bodies": ("Cơ quan", "Bodies"),
                  "events": ("Sự kiện", "Events"), "places": ("Địa danh", "Places")}
SECTION_HINTS = {"articles": ("Theo năm, mới nhất trước.", "By year, newest first."),
                 "persons": ("Theo chữ cái đầu của tên.", "By the first letter of the given name."),
                 "bodies": ("Theo tỉnh, thành phố.", "By province or city."),
                 "events": ("Theo năm, theo ngày.", "By year, by date."),
                 "places": ("Theo tỉnh, thành phố.", "By province or city.")}


def _text_of(fragment: str) -> str:
    return fragment.rsplit("</", 1)[0].rsplit(">", 1)[-1]


def kinds_counted(browse: Browse) -> str:
    return " · ".join(f"{len(browse.by_kind.get(kind, []))} {esc(vi.lower())}" for kind, _, vi, _ in KINDS[:5])
