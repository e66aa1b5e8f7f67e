"""Publishing: the graph as JSON-LD people and machines can use, and as a static linked-data site.

    from kg.publish import publish
    publish(["output/2019-07-30-ngo-quyen.ttl"], "site")

context.py   the versioned JSON-LD context (context.jsonld, shipped in the package)
compact.py   framed JSON-LD trees from an rdflib graph, with the triples each states
documents.py entity documents (frames per kind)
newsarticle.py  the article as schema.org: the triples it needs, its one JSON-LD block
source.py    reading what `kg build` wrote; moving IRIs to another base
index.py     the graph in plain dicts, for the many small lookups of rendering
site.py      the static site; pages.py and career.py (entity pages), browse.py (index, lists, search),
             html.py, dates.py, svg.py, void.py, ontology.py its parts
serve.py     `kg publish --serve`: the site on 127.0.0.1 with the right content types
loader.py    a pyld document loader that refuses every remote URL
placemap.py  `kg map`: the article's places drawn as SVG or HTML, from what mapdata.py reads off the graph
"""
from __future__ import annotations


def publish(*args, **kwargs):
    from .site import publish as _publish

    return _publish(*args, **kwargs)


__all__ = ["publish"]
