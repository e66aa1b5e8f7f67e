"""The ontology's own terms as a DefinedNamespace: a typo is an AttributeError, not a silent new IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
QB = Namespace("http://purl.org/linked-data/cube#")
SDMX_MEASURE = Namespace("http://purl.org/linked-data/sdmx/2009/measure#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
ONTOLOGY_IRI = "https://w3id.org/vnkg/ontology"


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
