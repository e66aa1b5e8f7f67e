"""Stores: the embedded Oxigraph store on disk, and any SPARQL 1.1 store over HTTP.

One named graph per article (the graph IRI is the article IRI) and the ontology in
a graph of its own (ONTOLOGY_GRAPH). Writing a graph replaces it, so loading the
same input twice never duplicates a triple.

Queries read MERGED_GRAPH, the RDF merge of all those graphs, kept up to date by
every write. They do not read the stores' "union default graph": Oxigraph (and
others) give a triple once per graph that holds it, and a person or body named in
a thousand articles would then multiply every row that joins on it.

    inputs.py    files and folders -> GraphDoc (one graph each), or a Failure
    embedded.py  the pyoxigraph store: open, replace graphs, bulk load
    remote.py    an HTTP client for the SPARQL 1.1 Protocol and the Graph Store Protocol
    loader.py    load many graphs into either, with progress and a summary
    server.py    `kg serve`: the `oxigraph` server over the store, on 127.0.0.1

Nothing heavy is imported here; each module imports pyoxigraph inside its functions.
"""
from __future__ import annotations

DEFAULT_STORE = "output/store"
ONTOLOGY_GRAPH = "https://w3id.org/vnkg/ontology"  # = kg.terms.ONTOLOGY_IRI
MERGED_GRAPH = "https://w3id.org/vnkg/merged"  # every triple of every other graph, once

__all__ = ["DEFAULT_STORE", "MERGED_GRAPH", "ONTOLOGY_GRAPH"]
