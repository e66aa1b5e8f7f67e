"""Places as official units: GSO codes, enclosing units, points, validity and 2025 successors.

The article's places (``Facts.places``, named as the article names them) are
resolved with :mod:`kg.gazetteer` to the official administrative units in force
on the article's date, in the article's context (the place's enclosing city or
province and district), and described in RDF:

* ``link_places(article, facts) -> PlaceLinks``: the resolution, no RDF;
* ``place_graph(article, facts, base) -> Graph``: the triples to add to the
  article's graph (``kg.pipeline`` has them added to it directly, ``into=graph``);
  its warnings are appended to ``facts.warnings``.

IRIs (``{base}`` is the build's base, https://w3id.org/vnkg/ by default):

* ``{base}unit/legacy/{code}`` -- a unit of the arrangement in force until
  30 June 2025 (63 provinces, districts, wards); ``{base}unit/2025/{code}`` --
  a unit from 1 July 2025.  GSO codes are reused across the two eras (2025
  Phường Gia Viên is 11359, the code of legacy Phường Đằng Giang), so the era
  is part of the IRI.
* ``{base}unit/{era}/{code}/point`` -- the unit's point (geo:Geometry).
* ``{base}source/vietnamadminunits/{version}`` and ``.../{version}/{file}`` --
  the reference data (prov:Entity) every unit is derived from.

A name the data keeps only as an alias of another unit (Phường Lương Khánh
Thiện, merged into Cầu Đất before 2025) gets no unit and no code: its place
``vnkg:succeededBy`` the unit that absorbed it.  See docs/places.md.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .ids import DEFAULT_BASE, Minter
from .model import Facts, Place
from .terms import GEO, ONTOLOGY_IRI, PROV, RDF, RDFS, SCHEMA, XSD, KeptNamespace, kept_terms

if TYPE_CHECKING:  # heavy or optional at import time
    from rdflib import Graph

    from .gazetteer import AdminUnit, Gazetteer
    from .reader import Article

SF = KeptNamespace("http://www.opengis.net/ont/sf#")
MIT = URIRef("https://opensource.org/licenses/MIT")

RESOLVED = "resolved"  # one official unit: vnkg:officialUnit
FORMER_NAME = "former-name"  # no unit of its own; the data lists it as a former name of vnkg:succeededBy units
AMBIGUOUS = "ambiguous"  # several units fit: vnkg:candidateUnit, no code
UNRESOLVED = "unresolved"  # nothing fits: no code
STATUSES = (RESOLVED, FORMER_NAME, AMBIGUOUS, UNRESOLVED)

#: the last day of the legacy units, and the first of the 2025 units
LEGACY_LAST_DAY = _dt.date(2025, 6, 30)
REFORM_DAY = _dt.date(2025, 7, 1)


@kept_terms
class VP(DefinedNamespace):
    """The vnkg terms this module writes (ontology/vnkg.ttl, "Official administrative units")."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    OfficialUnit: URIRef
    PlaceResolution: URIRef
    resolution: URIRef
    officialUnit: URIRef
    candidateUnit: URIRef
    placeResolution: URIRef
    resolutionNote: URIRef
    gsoCode: URIRef
    unitType: URIRef
    adminLevel: URIRef
    era: URIRef
    succeededBy: URIRef
    groundWentWhollyInto: URIRef
    groundWentPartlyInto: URIRef
    resultingUnit: URIRef


# gazetteer kinds a place of each extracted kind may be; "town" and "city" exist at two levels
def _kinds(place: Place, places: dict[str, Place]) -> tuple[str, ...]:
    parent = places.get(place.parent) if place.parent else None
    parent_level = _level(parent, places) if parent else None
    if place.kind == "city":
        return ("province",) if parent is None else ("district",)  # "province" admits cities
    if place.kind == "town":  # thị xã (district level) or thị trấn (ward level)
        if parent_level == 1:
            return ("district",)
        return ("town",) if parent_level == 2 else ("district", "town")
    return (place.kind,)


def _level(place: Place, places: dict[str, Place]) -> int:
    """1 province level, 2 district level, 3 ward level, by kind and nesting."""
    depth = 1
    while place.parent and place.parent in places:
        place = places[place.parent]
        depth += 1
    if place.kind in ("city", "province"):
        return depth
    return {"district": 2}.get(place.kind, 3)


@dataclass(frozen=True)
class PlaceLink:
    """How one place of the article resolved."""

    key: str  # Facts.places key
    place: Place
    mention: str  # what was resolved: the place as written
    status: str  # one of STATUSES
    reason: str  # the gazetteer's explanation
    unit: AdminUnit | None = None  # resolved
    candidates: tuple[AdminUnit, ...] = ()  # ambiguous: units it may denote, or may have gone into
    absorbed_by: tuple[AdminUnit, ...] = ()  # former-name: the one unit whose record lists the name

    @property
    def code(self) -> str | None:
        return self.unit.code if self.unit else None


@dataclass
class PlaceLinks:
    """The article's places resolved against the units in force on ``on``."""

    on: _dt.date | None
    era: str
    links: dict[str, PlaceLink] = field(default_factory=dict)  # by Facts.places key
    warnings: list[str] = field(default_factory=list)
    gazetteer: Gazetteer | None = None


def _article_date(article: Article) -> _dt.date | None:
    for attr in ("reference_date", "published_date"):
        value = getattr(article, attr, None)
        if value:
            return value
    published = getattr(article, "published", None)
    return published.date() if published else None


def _context(place: Place, places: dict[str, Place]) -> tuple[str | None, str | None]:
    """The province and district the place lies in, as the article names them."""
    province = district = None
    key = place.parent
    while key and key in places:
        anc = places[key]
        if anc.parent is None and anc.kind in ("city", "province"):
            province = anc.written or anc.name
        elif district is None and anc.kind in ("district", "town", "city"):
            district = anc.written or anc.name
        key = anc.parent
    if province is None and place.parent is None and place.kind not in ("city", "province"):
        tops = [p for p in places.values() if p.parent is None and p.kind in ("city", "province")]
        if len(tops) == 1:  # the article's one city or province
            province = tops[0].name
    return province, district


def link_places(article: Article, facts: Facts, gazetteer: Gazetteer | None = None) -> PlaceLinks:
    """Resolve every administrative place of the article (not residential groups)."""
    from .gazetteer import AMBIGUOUS as G_AMBIGUOUS
    from .gazetteer import RESOLVED as G_RESOLVED
    from .gazetteer import Gazetteer, era_for

    on = _article_date(article)
    out = PlaceLinks(on=on, era=era_for(on))
    places = {k: p for k, p in facts.places.items() if p.kind != "residential-group"}
    if not places:
        return out
    jobs = []
    for key, place in places.items():
        province, district = _context(place, places)
        jobs.append((key, place, place.written or place.name, _kinds(place, places), province, district))
    if on is None:  # the date decides the era; without it any unit would be a guess
        reason = ("the article has no date, and the units in force before and after 1 July 2025 differ: "
                  "not resolved")
        out.links = {key: PlaceLink(key, place, mention, UNRESOLVED, reason) for key, place, mention, *_ in jobs}
        out.warnings.append(f"places: {reason} ({len(jobs)} place(s))")
        return out
    if gazetteer is None:  # read only the units these names can denote: ~25 ms instead of ~0.35 s
        gazetteer = Gazetteer(names={n for job in jobs for n in (job[2], job[4], job[5]) if n})
    out.gazetteer = gazetteer
    for key, place, mention, kinds, province, district in jobs:
        res = gazetteer.resolve(mention, kinds, province=province, district=district, on=on)
        if res.status == G_RESOLVED:
            link = PlaceLink(key, place, mention, RESOLVED, res.reason, unit=res.unit)
        elif res.status == G_AMBIGUOUS or len(res.former_name_of) > 1:
            # several units fit, or the name went into one of several units (two wards named
            # Lương Khánh Thiện were absorbed, in Hải Phòng and in Phủ Lý): name them all, choose none
            link = PlaceLink(key, place, mention, AMBIGUOUS, res.reason,
                             candidates=tuple(dict.fromkeys(res.candidates + res.former_name_of)))
        elif res.former_name_of:
            link = PlaceLink(key, place, mention, FORMER_NAME, res.reason, absorbed_by=res.former_name_of)
        else:
            link = PlaceLink(key, place, mention, UNRESOLVED, res.reason)
        if link.status in (AMBIGUOUS, UNRESOLVED):
            out.warnings.append(f"places: {mention!r} is {link.status}, no code given: {res.reason}")
        out.links[key] = link
    return out


# ---------------------------------------------------------------- RDF


def unit_iri(base: str, unit: AdminUnit) -> URIRef:
    return URIRef(f"{Minter(base).base}unit/{unit.era}/{unit.code}")


def unit_type(unit: AdminUnit) -> str:
    """ward | commune | town | special-zone | district | city | province (thị xã is a town, a
    district-level thành phố a city; vnkg:adminLevel tells the level)."""
    if unit.kind == "district":
        return {"Thị xã": "town", "Thành phố": "city"}.get(unit.level_label, "district")
    return unit.kind.replace("_", "-")


def admin_level(unit: AdminUnit) -> int:
    return {"city": 1, "province": 1, "district": 2}.get(unit.kind, 3)


class _Writer:
    def __init__(self, g: Graph, base: str, gazetteer: Gazetteer):
        from .gazetteer import source as gsource

        self.g, self.base, self.gaz = g, Minter(base).base, gazetteer
        version = gsource.package_version()
        self.source = URIRef(f"{self.base}source/{gsource.PACKAGE}/{version}")
        self.files = {name: URIRef(f"{self.source}/{name.rsplit('/', 1)[-1]}")
                      for name in (gsource.DB_FILE, gsource.CONVERTER_FILE)}
        self.db, self.converter = self.files[gsource.DB_FILE], self.files[gsource.CONVERTER_FILE]
        self._described: set[str] = set()
        self._successions_done: set[str] = set()
        for triple in _kept(("source", self.source), lambda: self._source_triples(gsource, version)):
            g.add(triple)

    def _source_triples(self, gsource, version: str):
        source = self.source
        yield source, RDF.type, PROV.Entity
        yield source, RDF.type, SCHEMA.Dataset
        yield source, SCHEMA.name, Literal(gsource.PACKAGE)
        yield source, SCHEMA.version, Literal(version)
        yield source, RDFS.label, Literal(f"{gsource.PACKAGE} {version} (PyPI)", lang="en")
        yield source, RDFS.comment, Literal(
            "Vietnamese administrative units before and after the reform of 1 July 2025, with GSO codes, "
            "points and the 2025 converter; read with sqlite3 and json by kg.gazetteer.", lang="en")
        yield source, SCHEMA.url, URIRef(f"https://pypi.org/project/{gsource.PACKAGE}/{version}/")
        yield source, SCHEMA.license, MIT
        comments = {
            gsource.DB_FILE: f"SQLite; table {gsource.LEGACY_TABLE}: units in force until 30 June 2025; "
                             f"table {gsource.TABLE_2025}: units from 1 July 2025",
            gsource.CONVERTER_FILE: "which 2025 wards took the ground of each legacy ward, wholly or in part",
        }
        for name, node in self.files.items():
            yield node, RDF.type, PROV.Entity
            yield node, RDF.type, SCHEMA.DataDownload
            yield node, SCHEMA.name, Literal(name)
            yield node, RDFS.comment, Literal(comments[name], lang="en")
            yield node, SCHEMA.isPartOf, source
            yield source, SCHEMA.hasPart, node

    def unit(self, unit: AdminUnit) -> URIRef:
        """Describe a unit and its enclosing units once; return its IRI."""
        node = unit_iri(self.base, unit)
        if str(node) in self._described:
            return node
        self._described.add(str(node))
        g = self.g
        for triple in _kept((self.db, unit), lambda: self._unit_triples(node, unit)):
            g.add(triple)
        parents = self.gaz.parents(unit)
        if parents:
            g.add((node, SCHEMA.containedInPlace, self.unit(parents[0])))
        return node

    def _unit_triples(self, node: URIRef, unit: AdminUnit):
        """A unit's own triples (its enclosing unit aside): the same in every article that names it."""
        yield node, RDF.type, VP.OfficialUnit
        yield node, RDF.type, SCHEMA.AdministrativeArea
        yield node, RDF.type, GEO.Feature
        yield node, RDFS.label, Literal(unit.full_name, lang="vi")
        yield node, SCHEMA.name, Literal(unit.name, lang="vi")
        yield node, VP.gsoCode, Literal(unit.code)
        yield node, VP.unitType, Literal(unit_type(unit))
        yield node, VP.adminLevel, Literal(admin_level(unit))
        yield node, VP.era, Literal(unit.era)
        yield node, PROV.wasDerivedFrom, self.db
        if unit.era == "legacy":
            yield node, SCHEMA.validThrough, Literal(LEGACY_LAST_DAY, datatype=XSD.date)
        else:
            yield node, SCHEMA.validFrom, Literal(REFORM_DAY, datatype=XSD.date)
        if unit.lat is not None and unit.lon is not None:
            point = URIRef(f"{node}/point")
            yield node, GEO.hasGeometry, point
            yield point, RDF.type, GEO.Geometry
            yield point, RDF.type, SF.Point
            yield point, GEO.asWKT, Literal(f"POINT({_num(unit.lon)} {_num(unit.lat)})", datatype=GEO.wktLiteral)

    def successions(self, unit: AdminUnit) -> URIRef:
        """A legacy unit with the 2025 units that took its ground."""
        node = self.unit(unit)
        if unit.era != "legacy" or str(node) in self._successions_done:
            return node
        self._successions_done.add(str(node))
        for succ in self.gaz.successions(unit):
            target = self.unit(succ.unit)
            self.g.add((node, VP.succeededBy, target))
            share = VP.groundWentWhollyInto if succ.share == "whole" else VP.groundWentPartlyInto
            self.g.add((node, share, target))
            self.g.add((node, PROV.wasDerivedFrom, self.converter))
        return node


_KEPT: dict = {}  # (the source, or the gazetteer file's node and a unit) -> its triples; bounded by _KEEP
_KEEP = 2048


def _kept(key, make) -> tuple:
    """Triples that are the same in every article (the gazetteer's source, an official unit's own), made once
    per process: their literals and IRIs cost more to make than to add. Cleared when full, so memory stays
    flat over any corpus."""
    found = _KEPT.get(key)
    if found is None:
        if len(_KEPT) >= _KEEP:
            _KEPT.clear()
        found = _KEPT[key] = tuple(make())
    return found


def _num(value: float) -> str:
    return format(float(value), ".6f").rstrip("0").rstrip(".")


def links_graph(article: Article, facts: Facts, links: PlaceLinks, base: str = DEFAULT_BASE,
                into: Graph | None = None) -> Graph:
    """The RDF of resolved places (see the module docstring), added to ``into`` when given (each triple
    added once: an rdflib add costs more than making the triple) and returned."""
    from rdflib import Graph

    g = into if into is not None else Graph()
    ids = Minter(base)
    w = _Writer(g, base, links.gazetteer) if links.gazetteer is not None else None
    read: set[URIRef] = set()
    for key, link in links.links.items():
        # the place is shared by every article that names it; how it resolves depends on this article's
        # date and context, so the outcome is a node of the article's own (the union of articles stays valid)
        node = ids.place_resolution(article.id, key)
        if node in read:  # two spellings of one place ('Quyền', 'Quỵền') mint one IRI: the first reading stands
            continue
        read.add(node)
        g.add((ids.place(key), VP.resolution, node))
        g.add((node, RDF.type, VP.PlaceResolution))
        g.add((node, PROV.wasDerivedFrom, ids.article(article.id)))
        if links.on is not None:
            g.add((node, VP.era, Literal(links.era)))
        g.add((node, VP.placeResolution, Literal(link.status)))
        if link.status != RESOLVED:
            g.add((node, VP.resolutionNote, Literal(link.reason, lang="en")))
        if link.unit is not None:
            g.add((node, VP.officialUnit, w.successions(link.unit)))
        for cand in link.candidates:
            g.add((node, VP.candidateUnit, w.unit(cand)))
        if link.status == FORMER_NAME:
            for host in link.absorbed_by:
                g.add((node, VP.succeededBy, w.successions(host)))

    counts: dict[str, int] = {}
    for event in facts.events:  # numbered as kg.mapping numbers them
        counts[event.kind] = counts.get(event.kind, 0) + 1
        if event.kind != "merger" or not event.places:
            continue
        targets: set[str] = set()
        for key in event.places:
            link = links.links.get(key)
            if link is None or link.status not in (RESOLVED, FORMER_NAME):
                targets = set()
                break
            units = [link.unit] if link.unit else list(link.absorbed_by)
            targets.update(str(unit_iri(base, u)) for u in units)
        if len(targets) == 1:  # the data agrees: every merged place is, or went into, one unit
            g.add((ids.event(article.id, "merger", counts[event.kind]), VP.resultingUnit, URIRef(targets.pop())))
    return g


def place_graph(article: Article, facts: Facts, base: str = DEFAULT_BASE, into: Graph | None = None) -> Graph:
    """Triples that tie the article's places to official units (added to ``into`` when given); warnings go
    to ``facts.warnings``."""
    links = link_places(article, facts)
    for message in links.warnings:
        if message not in facts.warnings:
            facts.warnings.append(message)
    return links_graph(article, facts, links, base, into)
