"""The ontology's own terms as a DefinedNamespace: a typo is an AttributeError, not a silent new IRI."""
from __future__ import annotations

import inspect

from rdflib import Literal, Namespace, URIRef
from rdflib import namespace as _rdflib_namespaces
from rdflib.namespace import DefinedNamespace


class KeptNamespace(Namespace):
    """rdflib's Namespace, but each term is made once and the same URIRef returned after: an rdflib store finds
    a key that is the same object without calling rdflib's Python-level __eq__ (a new URIRef each time, as
    Namespace makes, is compared with it on every lookup that finds the key)."""

    def term(self, name: str) -> URIRef:
        key = (str(self), name if isinstance(name, str) else "")
        found = _KEPT.get(key)
        if found is None:
            found = _KEPT[key] = super().term(name)
        return found


_KEPT: dict[tuple[str, str], URIRef] = {}  # the terms of a few namespaces: bounded by the code that names them

ORG = KeptNamespace("http://www.w3.org/ns/org#")
SCHEMA = KeptNamespace("https://schema.org/")
NIF = KeptNamespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
QB = KeptNamespace("http://purl.org/linked-data/cube#")
SDMX_MEASURE = KeptNamespace("http://purl.org/linked-data/sdmx/2009/measure#")
GEO = KeptNamespace("http://www.opengis.net/ont/geosparql#")
ONTOLOGY_IRI = "https://w3id.org/vnkg/ontology"


def kept_terms(namespace):
    """A DefinedNamespace of ours with each of its terms set on the class itself: rdflib's
    DefinedNamespaceMeta.__getattr__ runs Python code (and a cache lookup) at every use of a term, and an
    article's graph uses a few hundred. The terms are the very objects it returns; an unknown name still
    goes through it (and fails), and a name the class already answers is left alone."""
    for name in inspect.get_annotations(namespace):
        try:
            type.__getattribute__(namespace, name)
        except AttributeError:
            type.__setattr__(namespace, name, namespace[name])
    return namespace


class KeptTerms:
    """One of rdflib's own DefinedNamespaces (RDF, XSD, ...) with each term an attribute of a plain object, so a
    use is an attribute read: through rdflib's class, each use of a term ran DefinedNamespaceMeta.__getattr__,
    about 250 times per article. The terms are the very objects rdflib returns; any other name (an unknown one
    fails there) and str() go to rdflib's class, which is left as it is."""

    def __init__(self, namespace):
        self._namespace = namespace
        for name in inspect.get_annotations(namespace):
            setattr(self, name, namespace[name])

    def __getattr__(self, name: str):
        return getattr(self._namespace, name)

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]

    def __str__(self) -> str:
        return str(self._namespace)

    def __repr__(self) -> str:
        return f"KeptTerms({self._namespace!r})"


_LITERALS: dict = {}  # (value, its type, lang, datatype) -> the Literal; cleared when it holds _KEEP_LITERALS
_KEEP_LITERALS = 2048


def kept_literal(value, lang: str | None = None, datatype=None) -> Literal:
    """rdflib's Literal(value, lang, datatype), the same object again for a string or an int met before (an
    article's sentence for each of its mentions, the offsets, a person's name as name and label): making a
    Literal runs ~4 us of rdflib's Python, finding it here ~0.3 us. Other values (bool, Decimal, dates: equal
    values may be written differently) are made anew. Bounded: cleared when full."""
    kind = type(value)
    if kind is not str and kind is not int:
        return Literal(value, lang=lang, datatype=datatype)
    key = (value, kind, lang, datatype)
    found = _LITERALS.get(key)
    if found is None:
        if len(_LITERALS) >= _KEEP_LITERALS:
            _LITERALS.clear()
        found = _LITERALS[key] = Literal(value, lang=lang, datatype=datatype)
    return found


DCTERMS = KeptTerms(_rdflib_namespaces.DCTERMS)
PROV = KeptTerms(_rdflib_namespaces.PROV)
RDF = KeptTerms(_rdflib_namespaces.RDF)
RDFS = KeptTerms(_rdflib_namespaces.RDFS)
SKOS = KeptTerms(_rdflib_namespaces.SKOS)
XSD = KeptTerms(_rdflib_namespaces.XSD)


@kept_terms
class VNKG(DefinedNamespace):
    """https://w3id.org/vnkg/ontology# — see ontology/vnkg.ttl for labels and comments."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    PostHolding: URIRef
    Meeting: URIRef
    Conference: URIRef
    Congress: URIRef
    Inspection: URIRef
    Visit: URIRef
    Merger: URIRef
    OtherEvent: URIRef
    AdministrativeUnit: URIRef
    City: URIRef
    Province: URIRef
    District: URIRef
    Ward: URIRef
    Commune: URIRef
    Town: URIRef
    ResidentialGroup: URIRef
    Mention: URIRef
    PersonResolution: URIRef
    Term: URIRef
    # properties
    titleAsWritten: URIRef
    statedOn: URIRef
    status: URIRef
    post: URIRef
    chair: URIRef
    participatingBody: URIRef
    topic: URIRef
    partOfDay: URIRef
    dateText: URIRef
    mergedUnit: URIRef
    bodyType: URIRef
    mentionedIn: URIRef
    measure: URIRef
    unit: URIRef
    period: URIRef
    change: URIRef
    subject: URIRef
    before: URIRef
    after: URIRef
    inconsistentInSource: URIRef
    sourceName: URIRef
    namesake: URIRef
    term: URIRef
    termOrdinal: URIRef
    termStart: URIRef
    termEnd: URIRef
    termOf: URIRef
