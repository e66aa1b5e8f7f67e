"""`kg publish`: the graph as a static linked-data site, the same bytes on every run.

Layout (paths mirror the IRIs: served at the base IRI, every IRI dereferences):

    index.html                   the way in: counts, search, newest articles, the graph around the newest
    graph.svg                    that picture
    browse/…                     persons A–Z, bodies and places by province, articles and events by year (browse.py)
    <path>.html .jsonld .ttl     one page per entity, with its framed JSON-LD and Turtle beside it
    article/<id>.newsarticle.jsonld   the article as schema.org, to embed in its web page
    dataset.html .ttl .jsonld    VoID/DCAT description (also .well-known/void)
    ontology.html .ttl, shapes.html .ttl
    context/v1.jsonld            the JSON-LD context every document embeds
    dump/vnkg.ttl .nq .jsonld    the whole graph
    static/style.css, search.js, search-index.js, favicon.svg
    .htaccess                    content negotiation for Apache
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef

from ..errors import InputError
from ..mapping import bind_prefixes
from ..serialize import to_nquads, to_turtle, triples_turtle
from ..terms import SCHEMA
from .compact import Writer, dumps, natural_key, script_text
from .context import CONTEXT_PATH, context, context_text
from .documents import entity_document, kind_of, merged_into, resolved_person, stands_for
from .browse import Browse, kinds_counted
from .html import SiteMap, bilingual, esc, link, page
from .index import TripleIndex
from .newsarticle import news_article
from .pages import entity_body, names
from .source import Source, is_vocabulary, load

MARKER = ".vnkg-site"
MAX_SCRIPT = 100_000  # characters of JSON-LD a page embeds; a larger document is only linked (keeps pages < 300 KB)
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
# names the site uses itself: an entity IRI may not take them
RESERVED_PAGES = {"index", "graph", "dataset", "ontology", "shapes"}
RESERVED_FOLDERS = {"static", "dump", "context", ".well-known", "browse"}
_SAFE_PATH = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$")
HTACCESS = """# Apache: /person/x answers with x.html, x.jsonld or x.ttl by the Accept header
Options +MultiViews
AddType text/html;charset=utf-8 .html
AddType application/ld+json .jsonld
AddType text/turtle;charset=utf-8 .ttl
AddType application/n-quads .nq
AddType image/svg+xml .svg
AddType text/javascript;charset=utf-8 .js
"""


@dataclass
class Published:
    out: Path
    files: int
    pages: int
    triples: int
    base: str


def publish(paths: list, out: str | Path, base: str | None = None, *, license: str = DEFAULT_LICENSE,
            sparql: str | None = None) -> Published:
    """Write the site for the RDF files `paths` to `out`, replacing a site published there before."""
    for what, iri in (("--license", license), ("--sparql", sparql)):
        if iri is not None and not re.match(r"^https?://[^\s<>\"']+$", iri):
            raise InputError(f"{what} {iri!r}: give an http:// or https:// IRI")
    src = load(paths, base)
    files = render(src, license=license, sparql=sparql)
    target = Path(out)
    _replace_dir(target, files)
    return Published(target, len(files), sum(1 for p in files if p.endswith(".html")), len(src.graph), src.base)


def render(src: Source, *, license: str = DEFAULT_LICENSE, sparql: str | None = None) -> dict[str, str]:
    """Every file of the site, path -> text."""
    from .ontology import ontology_files
    from .svg import graph_svg
    from .void import void_files

    base = src.base
    graph = TripleIndex(src.graph)
    writer = Writer(graph, context(base))
    entities = entity_paths(graph, base)
    site = SiteMap(graph, base, writer.comp, set(entities.values()))
    files: dict[str, str] = {}
    namespaces = list(bind_prefixes(Graph(), base).namespaces())
    for iri, path in sorted(entities.items(), key=lambda item: natural_key(item[1])):
        files.update(entity_files(site, writer, iri, path, namespaces))
    browse = Browse(site, entities)
    newest = next(iter(browse.newest_articles(1)), None)
    svg = graph_svg(site, "index", neighbourhood(site, newest), stand_in=lambda n: resolved_person(graph, n) or n)
    files["graph.svg"] = svg
    files["index.html"] = index_page(site, browse, svg, newest)
    files.update(browse.files())
    files.update(void_files(src, site, license=license, sparql=sparql))
    files.update(ontology_files(site))
    files[CONTEXT_PATH] = context_text(base)
    files["dump/vnkg.ttl"] = to_turtle(src.graph)
    files["dump/vnkg.nq"] = "".join(sorted({line for name, g in src.graphs
                                            for line in to_nquads(g, str(name)).splitlines(keepends=True)}))
    files["dump/vnkg.jsonld"] = dumps(writer.flat())
    for name in ("style.css", "search.js", "favicon.svg"):
        files[f"static/{name}"] = resources.files("kg.publish").joinpath("static", name).read_text("utf-8")
    files[".htaccess"] = HTACCESS
    files[MARKER] = "Published by `kg publish`; `kg publish` replaces this folder as a whole.\n"
    return files


def entity_paths(graph: Graph, base: str) -> dict[URIRef, str]:
    """Every IRI under the base that gets a page, with its path; a fragment's page is its document's."""
    found: dict[URIRef, str] = {}
    for term in set(graph.subjects()) | set(graph.objects()):
        if not isinstance(term, URIRef) or not str(term).startswith(base):
            continue
        path = str(term)[len(base):].partition("#")[0]
        if is_vocabulary(path):
            continue  # the ontology, the shapes: pages of their own
        if not _SAFE_PATH.match(path) or path in RESERVED_PAGES or path.split("/", 1)[0] in RESERVED_FOLDERS:
            raise InputError(f"cannot publish <{term}>: its path under the base is not a safe file path")
        found[URIRef(base + path)] = path
    return found


def entity_files(site: SiteMap, writer: Writer, iri: URIRef, path: str, namespaces: list) -> dict[str, str]:
    graph = site.graph
    doc, triples = entity_document(writer, iri)
    name = path.rsplit("/", 1)[-1]
    files = {f"{path}.jsonld": dumps(doc), f"{path}.ttl": triples_turtle(triples, namespaces)}
    scripts = [script_text(doc)]
    if len(scripts[0]) > MAX_SCRIPT:  # a body or role named in a thousand articles: its JSON-LD is the alternate
        scripts = []
    alternates = [("JSON-LD", "application/ld+json", f"{name}.jsonld"), ("Turtle", "text/turtle", f"{name}.ttl")]
    extra = ""
    if kind_of(graph, iri) == "article":
        article_doc, _ = news_article(graph, iri)
        files[f"{path}.newsarticle.jsonld"] = dumps(article_doc)
        # one block presents the article to search engines; the linked-data view stays in the alternates
        scripts = [script_text(article_doc)]
        alternates.append(("schema.org NewsArticle", "application/ld+json", f"{name}.newsarticle.jsonld"))
        extra = ('<section><h2><span lang="vi">Nhúng vào trang bài báo</span> <span class="en" lang="en">· '
                 'Embed in the article\'s web page</span></h2><p>Đặt khối này trong &lt;head&gt; của trang bài báo để '
                 'máy tìm kiếm đọc được người, sự kiện và địa danh. <span class="en" lang="en">Put this block in the '
                 'article page\'s &lt;head&gt; so that search engines read its persons, events and places.</span></p>'
                 f'<pre class="code">&lt;script type="application/ld+json"&gt;\n{esc(dumps(article_doc))}'
                 '&lt;/script&gt;</pre></section>')
    vi, en = names(doc)
    target = stands_for(graph, iri)
    if target is not None:
        files[f"{path}.html"] = redirect_page(site, path, str(target), alternates,
                                              record=merged_into(graph, iri) is None)
        return files
    body = entity_body(site, path, doc, str(iri), alternates, extra)
    files[f"{path}.html"] = page(path, f"{vi} — vnkg", body, scripts=scripts,
                                 alternates=[(media, href) for _, media, href in alternates],
                                 description=en if en != vi else vi)
    return files


def index_page(site: SiteMap, browse: Browse, svg: str, newest) -> str:
    """The home page: what the site holds, the search box, the newest articles and the graph around the newest."""
    graph = site.graph
    latest = "".join(f"<li>{browse.entry('index', a)}</li>" for a in browse.newest_articles())
    around = (f'<span lang="vi">Đồ thị quanh bài mới nhất</span> <span class="en" lang="en">· The graph around the '
              f'newest article</span>: {link(site, "index", site.comp.ref(str(newest)))}' if newest is not None else "")
    sections = "".join(browse.section(kind) for kind in ("articles", "persons", "bodies", "events", "places"))
    body = f"""<h1>vnkg</h1>
<p class="lead"><span lang="vi">Người, cơ quan, chức vụ, cuộc họp, địa danh và số liệu nêu trong tin tức chính quyền
Việt Nam, mỗi dữ kiện kèm câu nguồn.</span> <span class="en" lang="en">Persons, bodies, posts, meetings, places and
figures stated in Vietnamese government news, each fact with its source sentence.</span></p>
<p class="stats">{kinds_counted(browse)} · {len(graph)} triples ·
<a href="dataset.html">VoID/DCAT</a> · <a href="dump/vnkg.ttl">Turtle</a> · <a href="dump/vnkg.nq">N-Quads</a> ·
<a href="dump/vnkg.jsonld">JSON-LD</a> · <a href="{CONTEXT_PATH}">context</a></p>
<section id="newest"><h2>{bilingual("Bài mới nhất", "Newest articles")}</h2><ul class="links">{latest}</ul></section>
<figure class="graph">{svg.split("?>", 1)[-1].strip()}
<figcaption>{around} · <a href="graph.svg">SVG</a></figcaption>
</figure>
{sections}"""
    return page("index", "vnkg — " + "linked data", body,
                alternates=[("text/turtle", "dataset.ttl"), ("application/ld+json", "dataset.jsonld")],
                description="Vietnamese government news as linked data")


def neighbourhood(site: SiteMap, article) -> set | None:
    """What the home page draws: the newest article's events, persons, bodies and places (a person resolved
    across articles, not the article's own record of them)."""
    if article is None:
        return None
    graph = site.graph
    return {resolved_person(graph, n) or n for n in graph.objects(article, SCHEMA.mentions)} | {article}


def redirect_page(site: SiteMap, path: str, target: str, alternates: list[tuple[str, str, str]],
                  record: bool = False) -> str:
    """The page of an IRI that another stands for: it sends the reader on. A merged IRI (owl:sameAs and nothing
    else), or a record, an article's own node for a person resolved across articles (its JSON-LD and Turtle stay
    the article's statements)."""
    href = site.href(path, site.comp.ref(target)) or target
    kind, said = ((("Người, như một bài nêu", "A person as one article names them"),
                   ("Trang của người này gộp mọi bài nêu họ:", "The page of this person gathers every article naming them:"))
                  if record else (("Đã hợp nhất", "Merged"),
                                  ("IRI này đã được hợp nhất vào", "This IRI was merged into")))
    links = " · ".join(f'<a href="{esc(a_href)}" type="{esc(media)}">{esc(text)}</a>'
                       for text, media, a_href in alternates)
    body = (f'<p class="kind">{bilingual(*kind)}</p><h1 lang="vi">{esc(site.label(target))}</h1>'
            f'<p>{bilingual(*said)} <a href="{esc(href)}">{esc(target)}</a>.</p>'
            f'<p class="iri"><code>{esc(site.base + path)}</code> {links}</p>')
    return page(path, f"{site.label(target)} — vnkg", body,
                alternates=[(media, a_href) for _, media, a_href in alternates],
                heads=[f'<meta http-equiv="refresh" content="0; url={esc(href)}">',
                       f'<link rel="canonical" href="{esc(href)}">'])


def _replace_dir(target: Path, files: dict[str, str]) -> None:
    """Write the site to a fresh folder beside `target`, then swap it in; never touch a folder we did not make."""
    if target.exists() and any(target.iterdir()) and not (target / MARKER).exists():
        raise InputError(f"{target}/ exists and was not made by `kg publish`; choose another --out")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for rel_path, text in files.items():
            path = staging / rel_path
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        os.chmod(staging, 0o755)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            os.replace(target, old / "site")
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
