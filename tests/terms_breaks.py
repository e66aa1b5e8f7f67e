"""Breaking cases for the term shapes (vsh:TermShape, vsh:TermStatedShape, vsh:HoldingTermShape), in the form
tests/test_validate.py runs them: each change of the seed graph first gives a holding a valid term (the seed
states none), then breaks one constraint, and returns the node the violation must be reported on."""
from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.terms import ORG, VNKG

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def _holding(g: Graph) -> URIRef:
    return sorted(s for s in g.subjects(RDF.type, VNKG.PostHolding) if g.value(s, ORG.organization))[0]


def term(g: Graph, key: str = "khoa-15-2020-2025") -> URIRef:
    """A valid term of the first holding's body, linked from that holding."""
    holding = _holding(g)
    body = g.value(holding, ORG.organization)
    node = URIRef(f"https://w3id.org/vnkg/term/{str(body).rsplit('/', 1)[-1]}/{key}")
    g.add((holding, VNKG.term, node))
    g.add((node, RDF.type, VNKG.Term))
    g.add((node, RDFS.label, Literal("khóa XV, nhiệm kỳ 2020 - 2025", lang="vi")))
    g.add((node, VNKG.termOrdinal, Literal(15, datatype=XSD.integer)))
    g.add((node, VNKG.termStart, Literal("2020", datatype=XSD.gYear)))
    g.add((node, VNKG.termEnd, Literal("2025", datatype=XSD.gYear)))
    g.add((node, VNKG.termOf, body))
    return node


def _set(g: Graph, s: URIRef, p: URIRef, o) -> URIRef:
    g.remove((s, p, None))
    if o is not None:
        g.add((s, p, o))
    return s


def _renamed(g: Graph) -> URIRef:
    node = term(g)
    bad = URIRef(str(node).replace("/term/", "/terms/").replace("khoa-15", "Khoa_15"))
    for p, o in list(g.predicate_objects(node)):
        g.remove((node, p, o))
        g.add((bad, p, o))
    for s, p in list(g.subject_predicates(node)):
        g.remove((s, p, node))
        g.add((s, p, bad))
    return bad


def _two_terms(g: Graph) -> URIRef:
    term(g)
    term(g, "khoa-16-2025-2030")
    return _holding(g)


def _nothing_stated(g: Graph) -> URIRef:
    node = term(g)
    for p in (VNKG.termOrdinal, VNKG.termStart, VNKG.termEnd):
        g.remove((node, p, None))
    return node


TERM_BREAKS = {
    ("TermShape", "node"): [("IRI not under /term/", _renamed)],
    ("TermShape", "rdfs:label"): [("no label", lambda g: _set(g, term(g), RDFS.label, None)),
                                  ("a label in English", lambda g: _set(g, term(g), RDFS.label,
                                                                        Literal("15th term", lang="en")))],
    ("TermShape", "vnkg:termOrdinal"): [("the ordinal as a Roman numeral string",
                                         lambda g: _set(g, term(g), VNKG.termOrdinal, Literal("XV")))],
    ("TermShape", "vnkg:termStart"): [("a start that is a date",
                                       lambda g: _set(g, term(g), VNKG.termStart,
                                                      Literal("2020-01-01", datatype=XSD.date)))],
    ("TermShape", "vnkg:termEnd"): [("an end as a plain number", lambda g: _set(g, term(g), VNKG.termEnd,
                                                                                 Literal(2025)))],
    ("TermShape", "vnkg:termOf"): [("the term of a role, not a body",
                                    lambda g: _set(g, term(g), VNKG.termOf,
                                                   g.value(_holding(g), ORG.role)))],
    ("TermStatedShape", "node"): [("neither an ordinal nor years", _nothing_stated)],
    ("HoldingTermShape", "vnkg:term"): [("a holding with two terms", _two_terms)],
}
