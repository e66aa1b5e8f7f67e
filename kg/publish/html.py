"""The page frame every HTML page shares, and the map from IRIs to relative links.

All links are relative, so the site works from any host, any folder and file://;
a page `person/x.html` mirrors the IRI `<base>person/x`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from rdflib import Graph, URIRef

from ..terms import VNKG
from .compact import Compactor
from .documents import label as graph_label

SITE_TITLE = ("vnkg — tin tức chính quyền dưới dạng dữ liệu liên kết", "Vietnamese government news as linked data")


def esc(text) -> str:
    return escape(str(text), quote=True)


@dataclass
class SiteMap:
    graph: Graph
    base: str
    comp: Compactor
    pages: set[str] = field(default_factory=set)  # page paths without extension: 'person/x'

    def expand(self, ref: str) -> str:
        if ":" in ref.split("/", 1)[0]:
            return self.comp.expand(ref)
        return self.base + ref

    def href(self, here: str, ref: str) -> str | None:
        """A link from page `here` to `ref` (a compacted IRI), or None where nothing is published."""
        iri = self.expand(ref)
        if iri.startswith(str(VNKG._NS)):
            return rel(here, "ontology.html") + "#" + iri[len(str(VNKG._NS)):]
        if iri.startswith(self.base):
            path, _, fragment = iri[len(self.base):].partition("#")
            if path in self.pages:
                return rel(here, path + ".html") + (f"#{fragment}" if fragment else "")
            return None
        return iri if iri.startswith(("http://", "https://")) else None

    def label(self, ref: str, lang: str = "vi") -> str:
        return graph_label(self.graph, URIRef(self.expand(ref)), lang) or ref.rsplit("/", 1)[-1]


def rel(here: str, target: str) -> str:
    """Relative link from the page file `here`(.html) to the site file `target` (both clean paths under the
    site's root): what posixpath.relpath answers, without its two abspath() calls per link."""
    start = here.split("/")[:-1]
    parts = target.split("/")
    common = 0
    for a, b in zip(start, parts):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + parts[common:]) or "."


def link(site: SiteMap, here: str, ref: str, text: str | None = None, lang: str = "vi") -> str:
    text = text if text is not None else site.label(ref, lang)
    href = site.href(here, ref)
    if href is None:
        return f'<span lang="{lang}">{esc(text)}</span>'
    return f'<a href="{esc(href)}" lang="{lang}">{esc(text)}</a>'


def bilingual(vi: str, en: str) -> str:
    if vi == en:
        return f'<span lang="vi">{esc(vi)}</span>'
    return f'<span lang="vi">{esc(vi)}</span> <span class="en" lang="en">· {esc(en)}</span>'


def page(here: str, title: str, body: str, *, scripts: list[str] = (), alternates: list[tuple[str, str]] = (),
         description: str = "", heads: list[str] = ()) -> str:
    """A whole HTML page. `here` is the page path without extension; `scripts` are JSON-LD texts."""
    css = rel(here, "static/style.css")
    home = rel(here, "index.html")
    root = home[:-len("index.html")]
    extra_heads, heads = heads, [f'<link rel="stylesheet" href="{esc(css)}">',
             f'<link rel="icon" type="image/svg+xml" href="{esc(rel(here, "static/favicon.svg"))}">',
             f'<script src="{esc(rel(here, "static/search.js"))}" defer></script>']
    heads += [f'<link rel="alternate" type="{esc(kind)}" href="{esc(href)}">' for kind, href in alternates]
    if description:
        heads.append(f'<meta name="description" content="{esc(description)}">')
    heads += [f'<script type="application/ld+json">\n{text}\n</script>' for text in scripts]
    heads += list(extra_heads)
    nav = " ".join(f'<a href="{esc(rel(here, target))}">{esc(text)}</a>' for target, text in (
        ("index.html#articles", "Bài báo"), ("index.html#persons", "Người"), ("index.html#bodies", "Cơ quan"),
        ("index.html#events", "Sự kiện"), ("index.html#places", "Địa danh"), ("dataset.html", "Dữ liệu · Data"),
        ("ontology.html", "Ontology")))
    head = "\n".join(heads)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
</head>
<body>
<header class="site"><a class="brand" href="{esc(home)}">vnkg</a> <span class="tagline">{esc(SITE_TITLE[0])}
<span class="en" lang="en">· {esc(SITE_TITLE[1])}</span></span>
<nav>{nav}</nav>
<form class="search" role="search" data-root="{esc(root)}"><label><span class="sr">Tìm · Search</span>
<input type="search" placeholder="Tìm người, cơ quan, địa danh · Search" autocomplete="off"></label><ol></ol></form></header>
<main>
{body}
</main>
<footer>vnkg · <a href="{esc(rel(here, 'dataset.html'))}">dữ liệu, giấy phép · data and licence</a> ·
<a href="{esc(rel(here, 'ontology.html'))}">ontology</a> · <a href="{esc(rel(here, 'shapes.html'))}">SHACL shapes</a></footer>
</body>
</html>
"""


def mark(sentence: str, needles: list[str]) -> str:
    """The sentence, escaped, with the first of `needles` (in the order given: the fact's own words first)
    that it contains marked; letter case is ignored where no needle matches as written."""
    ordered = list(dict.fromkeys(n for n in needles if n))
    at, needle = -1, ""
    for needle in ordered:
        at = sentence.find(needle)
        if at >= 0:
            break
    if at < 0 and len(sentence.casefold()) == len(sentence):
        folded = sentence.casefold()
        for needle in ordered:
            at = folded.find(needle.casefold()) if len(needle.casefold()) == len(needle) else -1
            if at >= 0:
                break
    if at < 0:
        return esc(sentence)
    end = at + len(needle)
    return esc(sentence[:at]) + f"<mark>{esc(sentence[at:end])}</mark>" + esc(sentence[end:])
