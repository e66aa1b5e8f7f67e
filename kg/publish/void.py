"""The dataset described in VoID and DCAT: licence, counts, modified date, dumps, SPARQL endpoint.

The modified date is the newest article's publication date, never the clock, so a
second publish of the same data writes the same bytes.
"""
from __future__ import annotations

import re
from collections import Counter

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, XSD

from ..mapping import bind_prefixes
from ..serialize import to_turtle
from ..terms import ONTOLOGY_IRI, SCHEMA
from .compact import Frame, Writer, dumps, script_text
from .context import CONTEXT_PATH, context
from .html import SiteMap, bilingual, esc, page

VOID = Namespace("http://rdfs.org/ns/void#")
_NOT_FRAGMENT = re.compile(r"[^A-Za-z0-9._~-]")
DUMPS = (("turtle", "dump/vnkg.ttl", "text/turtle", "Turtle"),
         ("nquads", "dump/vnkg.nq", "application/n-quads", "N-Quads (one graph per article)"),
         ("jsonld", "dump/vnkg.jsonld", "application/ld+json", "JSON-LD"))
TITLE = ("vnkg: tin tức chính quyền Việt Nam dưới dạng dữ liệu liên kết", "vnkg: Vietnamese government news as linked data")
DESCRIPTION = ("Người, cơ quan, chức vụ, cuộc họp, địa danh và số liệu nêu trong tin tức chính quyền, mỗi dữ kiện kèm câu nguồn.",
               "Persons, bodies, posts, meetings, places and figures stated in Vietnamese government news, "
               "each fact with its source sentence.")


def void_graph(src, site: SiteMap, license: str, sparql: str | None) -> tuple[Graph, URIRef]:
    data, base = src.graph, src.base
    ds = URIRef(base + "dataset")
    g = bind_prefixes(Graph(), base)
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    for lang, (title, text) in zip(("vi", "en"), zip(TITLE, DESCRIPTION)):
        g.add((ds, DCTERMS.title, Literal(title, lang=lang)))
        g.add((ds, DCTERMS.description, Literal(text, lang=lang)))
    g.add((ds, DCTERMS.license, URIRef(license)))
    dates = sorted(str(d)[:10] for d in data.objects(None, SCHEMA.datePublished))
    if dates:
        g.add((ds, DCTERMS.modified, Literal(dates[-1], datatype=XSD.date)))
    g.add((ds, VOID.triples, Literal(len(data))))
    g.add((ds, VOID.entities, Literal(len(site.pages))))
    g.add((ds, VOID.uriSpace, Literal(base)))
    g.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    for ns in sorted({_namespace(str(p)) for p in data.predicates()}):
        g.add((ds, VOID.vocabulary, URIRef(ns)))
    if sparql:
        g.add((ds, VOID.sparqlEndpoint, URIRef(sparql)))
    persons = sorted(data.subjects(RDF.type, SCHEMA.Person), key=str)
    if persons:
        g.add((ds, VOID.exampleResource, persons[0]))
    for key, path, media, title in DUMPS:
        dist, url = URIRef(f"{ds}#{key}"), URIRef(base + path)
        g.add((ds, VOID.dataDump, url))
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, Literal(media)))
        g.add((dist, DCTERMS.title, Literal(title, lang="en")))
    classes = Counter(o for _, o in data.subject_objects(RDF.type))
    for cls, n in sorted(classes.items(), key=lambda item: str(item[0])):
        part = URIRef(f"{ds}#class-{_fragment(site.comp.prefixed(str(cls)))}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(n)))
    return g, ds


def _web_link(iri: str) -> str:
    """A link only to an http(s) address: a javascript: or data: IRI is shown as text, never made a link."""
    if re.match(r"^https?://", iri):
        return f'<a href="{esc(iri)}">{esc(iri)}</a>'
    return f"<code>{esc(iri)}</code>"


def _fragment(name: str) -> str:
    """A prefixed name, or a whole IRI where no prefix fits, as fragment characters ('#' and '/' may not appear)."""
    return _NOT_FRAGMENT.sub("-", name)


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def void_files(src, site: SiteMap, *, license: str, sparql: str | None) -> dict[str, str]:
    g, ds = void_graph(src, site, license, sparql)
    doc, triples = Writer(g, context(src.base)).document(ds, Frame(embed={DCAT.distribution: Frame(),
                                                                          VOID.classPartition: Frame()}))
    if len(triples) != len(g):
        raise AssertionError("the dataset's JSON-LD does not state all of its description")
    turtle = to_turtle(g)
    return {"dataset.ttl": turtle, ".well-known/void": turtle, "dataset.jsonld": dumps(doc),
            "dataset.html": dataset_page(src, site, doc, license, sparql)}


def dataset_page(src, site: SiteMap, doc: dict, license: str, sparql: str | None) -> str:
    rows = "".join(f'<tr><td><a href="{esc(site.href("dataset", p["class"]))}"><code>{esc(p["class"])}</code></a></td>'
                   f'<td class="num">{p["entities"]}</td></tr>'
                   for p in sorted(doc.get("classPartition", []), key=lambda p: (-p["entities"], p["class"])))
    dumps_list = "".join(f'<li><a href="{esc(path)}" type="{esc(media)}">{esc(title)}</a> <code>{esc(media)}</code></li>'
                         for _, path, media, title in DUMPS)
    endpoint = (f"<dt>SPARQL</dt><dd>{_web_link(sparql)}</dd>" if sparql else
                "<dt>SPARQL</dt><dd><span lang=\"vi\">chưa cấu hình</span> <span class=\"en\" lang=\"en\">· none "
                "configured (<code>kg publish --sparql URL</code>)</span></dd>")
    example = doc.get("exampleResource")
    example = example[0] if isinstance(example, list) else example
    body = f"""<p class="kind">{bilingual("Bộ dữ liệu", "Dataset")}</p>
<h1 lang="vi">{esc(TITLE[0])}</h1>
<p class="en-name" lang="en">{esc(TITLE[1])}</p>
<p class="iri"><code>{esc(src.base)}dataset</code> <a href="dataset.ttl" type="text/turtle">Turtle (VoID/DCAT)</a> ·
<a href="dataset.jsonld" type="application/ld+json">JSON-LD</a></p>
<p lang="vi">{esc(DESCRIPTION[0])}</p><p class="en" lang="en">{esc(DESCRIPTION[1])}</p>
<dl class="facts">
<dt>{bilingual("Giấy phép", "Licence")}</dt><dd>{_web_link(license)}</dd>
<dt>{bilingual("Cập nhật", "Modified")}</dt><dd>{esc(doc.get("modified", "—"))}</dd>
<dt>{bilingual("Số bộ ba", "Triples")}</dt><dd>{doc["triples"]}</dd>
<dt>{bilingual("Số thực thể có trang", "Entities with a page")}</dt><dd>{doc["entities"]}</dd>
<dt>{bilingual("Không gian IRI", "URI space")}</dt><dd><code>{esc(src.base)}</code></dd>
{endpoint}
<dt>{bilingual("Ví dụ", "Example")}</dt><dd>{f'<a href="{esc(example)}.html">{esc(site.label(example))}</a>' if example else "—"}</dd>
</dl>
<section><h2>{bilingual("Tải về", "Downloads")}</h2><ul class="links">{dumps_list}
<li><a href="{CONTEXT_PATH}" type="application/ld+json">JSON-LD context</a> <code>{CONTEXT_PATH}</code></li>
<li><a href="ontology.ttl">Ontology</a> · <a href="shapes.ttl">SHACL shapes</a></li></ul></section>
<section><h2>{bilingual("Lớp", "Classes")}</h2><table class="counts"><tbody>{rows}</tbody></table></section>
<section><h2>{bilingual("Dùng dữ liệu", "Using the data")}</h2>
<p class="en" lang="en">Every entity page has a JSON-LD twin: add <code>.jsonld</code> to its IRI. It is plain JSON with its
context inside, so nothing else is fetched:</p>
<pre class="code">const person = await (await fetch("{esc(example or "person/…")}.jsonld")).json();
console.log(person.name.vi);                                   // the Vietnamese name
person.holdings.forEach(h => console.log(h.titleAsWritten.vi, h.organization.label.en, h.statedOn));</pre>
</section>"""
    return page("dataset", "vnkg — dataset", body, scripts=[script_text(doc)],
                alternates=[("text/turtle", "dataset.ttl"), ("application/ld+json", "dataset.jsonld")])
