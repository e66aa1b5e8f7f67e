"""The ontology and the SHACL shapes as HTML pages (our own, in the manner of pyLODE), with their Turtle.

Each class and property has an anchor named by its local name, so
https://w3id.org/vnkg/ontology#Meeting lands on ontology.html#Meeting.
"""
from __future__ import annotations

from importlib import resources

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

from ..terms import ONTOLOGY_IRI, VNKG
from .html import SiteMap, bilingual, esc, page


def _text(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def ontology_files(site: SiteMap) -> dict[str, str]:
    onto, shapes = _text("kg.ontology", "vnkg.ttl"), _text("kg.shapes", "vnkg-shapes.ttl")
    return {"ontology.ttl": onto, "ontology.html": ontology_page(site, onto),
            "shapes.ttl": shapes, "shapes.html": shapes_page(site, shapes)}


def _lang(g: Graph, node, prop, lang: str) -> str:
    values = sorted((v for v in g.objects(node, prop) if isinstance(v, Literal)), key=str)
    for v in values:
        if v.language == lang:
            return str(v)
    return str(values[0]) if values else ""


def _name(site: SiteMap, here: str, iri) -> str:
    if isinstance(iri, BNode):
        return "…"
    text = site.comp.prefixed(str(iri))
    if str(iri).startswith(str(VNKG._NS)):
        page_name = "" if here == "ontology" else "ontology.html"
        return f'<a href="{page_name}#{esc(str(iri)[len(str(VNKG._NS)):])}"><code>{esc(text)}</code></a>'
    return f'<a href="{esc(str(iri))}"><code>{esc(text)}</code></a>'


def ontology_page(site: SiteMap, text: str) -> str:
    g = Graph()
    g.parse(data=text, format="turtle")
    onto = URIRef(ONTOLOGY_IRI)
    classes = sorted((c for c in g.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)), key=str)
    props = sorted((p for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in g.subjects(RDF.type, t)
                    if isinstance(p, URIRef)), key=str)

    def entry(node, kind: str) -> str:
        local = str(node)[len(str(VNKG._NS)):]
        rows = []
        for prop, label in ((RDFS.subClassOf, ("Lớp cha", "Subclass of")),
                            (RDFS.subPropertyOf, ("Thuộc tính cha", "Subproperty of")),
                            (RDFS.domain, ("Miền", "Domain")), (RDFS.range, ("Giá trị", "Range"))):
            values = sorted(g.objects(node, prop), key=str)
            if values:
                rows.append(f"<dt>{bilingual(*label)}</dt><dd>{', '.join(_name(site, 'ontology', v) for v in values)}</dd>")
        return (f'<div class="card" id="{esc(local)}"><h3><code>vnkg:{esc(local)}</code> '
                f'<span class="kind">{esc(kind)}</span></h3>'
                f'<p><span lang="vi">{esc(_lang(g, node, RDFS.label, "vi"))}</span> <span class="en" lang="en">· '
                f'{esc(_lang(g, node, RDFS.label, "en"))}</span></p>'
                f'<p lang="vi">{esc(_lang(g, node, RDFS.comment, "vi"))}</p>'
                f'<p class="en" lang="en">{esc(_lang(g, node, RDFS.comment, "en"))}</p>'
                f'<dl class="facts">{"".join(rows)}</dl></div>')

    toc = " · ".join(f'<a href="#{esc(str(n)[len(str(VNKG._NS)):])}">{esc(str(n)[len(str(VNKG._NS)):])}</a>'
                     for n in classes + props)
    body = f"""<p class="kind">{bilingual("Ontology", "Ontology")}</p>
<h1 lang="vi">{esc(_lang(g, onto, DCTERMS.title, "vi"))}</h1>
<p class="en-name" lang="en">{esc(_lang(g, onto, DCTERMS.title, "en"))}</p>
<p class="iri"><code>{esc(ONTOLOGY_IRI)}</code> version {esc(_lang(g, onto, OWL.versionInfo, "en"))} ·
<a href="ontology.ttl" type="text/turtle">Turtle</a> · <a href="shapes.html">SHACL shapes</a></p>
<p lang="vi">{esc(_lang(g, onto, DCTERMS.description, "vi"))}</p>
<p class="en" lang="en">{esc(_lang(g, onto, DCTERMS.description, "en"))}</p>
<p class="toc">{toc}</p>
<section><h2>{bilingual("Lớp", "Classes")} <span class="count">{len(classes)}</span></h2>
{"".join(entry(c, "owl:Class") for c in classes)}</section>
<section><h2>{bilingual("Thuộc tính", "Properties")} <span class="count">{len(props)}</span></h2>
{"".join(entry(p, "property") for p in props)}</section>"""
    return page("ontology", "vnkg ontology", body, alternates=[("text/turtle", "ontology.ttl")])


def shapes_page(site: SiteMap, text: str) -> str:
    g = Graph()
    g.parse(data=text, format="turtle")
    shapes = sorted((s for s in g.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)), key=str)

    def constraint(node) -> str:
        parts = []
        for prop, name in ((SH.minCount, "min"), (SH.maxCount, "max"), (SH.datatype, "datatype"), (SH["class"], "class"),
                           (SH.nodeKind, "kind"), (SH.pattern, "pattern"), (SH.languageIn, "languages"), (SH["in"], "in")):
            for value in sorted(g.objects(node, prop), key=str):
                if isinstance(value, BNode):
                    shown = ", ".join(esc(str(v)) for v in Collection(g, value))
                elif isinstance(value, URIRef):
                    shown = _name(site, "shapes", value)
                else:
                    shown = f"<code>{esc(value)}</code>"
                parts.append(f"{name} {shown}")
        return " · ".join(parts)

    cards = []
    for shape in shapes:
        targets = sorted(set(g.objects(shape, SH.targetClass)) | set(g.objects(shape, SH.targetSubjectsOf)), key=str)
        props = sorted(g.objects(shape, SH.property), key=lambda p: (str(g.value(p, SH.path)), str(g.value(p, SH.message))))
        rows = "".join(f"<tr><td>{_name(site, 'shapes', g.value(p, SH.path))}</td><td>{constraint(p)}</td>"
                       f"<td>{esc(g.value(p, SH.message) or '')}</td></tr>" for p in props)
        sparql = "".join(f'<p>{esc(g.value(c, SH.message) or "")}</p><pre class="code">{esc(str(g.value(c, SH.select)).strip())}</pre>'
                         for c in sorted(g.objects(shape, SH.sparql), key=lambda c: str(g.value(c, SH.message))))
        local = str(shape).rsplit("#", 1)[-1]
        own = constraint(shape)
        cards.append(f'<div class="card" id="{esc(local)}"><h3><code>{esc(local)}</code></h3>'
                     f'<p>{bilingual("Áp dụng cho", "Applies to")}: {", ".join(_name(site, "shapes", t) for t in targets)}</p>'
                     + (f"<p>{own} — {esc(g.value(shape, SH.message) or '')}</p>" if own else "")
                     + (f'<table class="shape"><tbody>{rows}</tbody></table>' if rows else "") + sparql + "</div>")
    body = f"""<p class="kind">{bilingual("Ràng buộc SHACL", "SHACL shapes")}</p>
<h1>vnkg shapes</h1>
<p class="iri"><a href="shapes.ttl" type="text/turtle">Turtle</a> · <a href="ontology.html">Ontology</a></p>
<p class="en" lang="en">What every published graph is checked against before it is written (<code>kg validate</code>).</p>
{"".join(cards)}"""
    return page("shapes", "vnkg SHACL shapes", body, alternates=[("text/turtle", "shapes.ttl")])
