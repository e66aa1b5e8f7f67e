"""An invented archive of N articles as `kg build` writes them (one Turtle file per article), made
without extraction so that a site of hundreds of articles is ready in seconds.

Every person, body, place name and sentence is invented (the provinces are real names, nothing
else is). The graphs have the shape kg/mapping.py gives: an article with its sentences, a meeting
with its chair and attendees, post holdings with their sentences, bodies in their places. Some
people recur: BUSY, the first person, chairs every fifth meeting, so that 200 articles give her
40 post holdings in several bodies. The people layer's links are there too: holdings with a
vnkg:term, one merged IRI (owl:sameAs) and two namesakes (vnkg:namesake).

Used by tests/test_publish_browser.py and benchmarks/publish.py.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.ids import Minter
from kg.mapping import bind_prefixes
from kg.serialize import to_turtle
from kg.terms import NIF, ORG, SCHEMA, VNKG

BASE = "https://w3id.org/vnkg/"
# the people layer's terms (SHARED_TERMS.md), read here whether or not the ontology has them yet
PEOPLE = Namespace("https://w3id.org/vnkg/ontology#")
PROVINCES = ("Hải Phòng", "Thái Bình", "Nam Định", "Ninh Bình", "Hưng Yên", "Hà Nam")
DISTRICTS = ("Đông Hòa", "Tây Sơn", "Bắc Lâm", "Nam Giang", "Trung Thành", "Hòa Lạc", "Phú Mỹ", "An Khê")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Mai")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Khánh", "Lan", "Long", "Mai", "Nam", "Oanh", "Phúc",
         "Quân", "Sơn", "Tâm", "Thảo", "Uyên", "Vinh", "Xuân", "Yến", "Ánh", "Đạt", "Ê", "Ích", "Ôn", "Ước")
BUSY = "Trương Thị Bích Ngân"
NAMESAKE = "Quách Văn Tùng"
# (role as written before the body's name, role slug, English role)
ROLES = (("Bí thư", "bi-thu", "Secretary"), ("Phó Bí thư", "pho-bi-thu", "Deputy Secretary"),
         ("Ủy viên Ban Thường vụ", "uy-vien-ban-thuong-vu", "Member of the Standing Board"),
         ("Chủ tịch", "chu-tich", "Chair"), ("Phó Chủ tịch", "pho-chu-tich", "Vice Chair"))


def person_name(k: int) -> str:
    return f"{FAMILY[k % len(FAMILY)]} {MIDDLE[(k // len(FAMILY)) % len(MIDDLE)]} {GIVEN[(k * 7) % len(GIVEN)]}"


def bodies_of(province: str, district: str) -> list[tuple[str, str, str, str | None]]:
    """(name, English, body type, parent name) of the bodies an article of this place names."""
    return [(f"Tỉnh ủy {province}", f"{province} Provincial Party Committee", "party-committee", None),
            (f"Ban Thường vụ Tỉnh ủy {province}", f"Standing Board of the {province} Provincial Party Committee",
             "party-board", f"Tỉnh ủy {province}"),
            (f"Ủy ban nhân dân tỉnh {province}", f"{province} Provincial People's Committee", "people-committee", None),
            (f"Huyện ủy {district}", f"{district} District Party Committee", "party-committee", f"Tỉnh ủy {province}")]


def article_graph(i: int, n: int) -> tuple[str, Graph]:
    ids = Minter(BASE)
    day = dt.date(2019, 1, 3) + dt.timedelta(days=(i * 2190) // max(n, 1))
    province = PROVINCES[i % len(PROVINCES)]
    district = DISTRICTS[(i // len(PROVINCES)) % len(DISTRICTS)]
    article_id = f"{day.isoformat()}-tong-hop-{i:04d}"
    g = bind_prefixes(Graph(), BASE)
    art = ids.article(article_id)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, RDF.type, PROV.Entity))
    g.add((art, SCHEMA.identifier, Literal(article_id)))
    g.add((art, SCHEMA.inLanguage, Literal("vi")))
    title = f"Huyện ủy {district} họp bàn công tác quý {(day.month - 1) // 3 + 1} (bài {i})"
    g.add((art, SCHEMA.headline, Literal(title, lang="vi")))
    g.add((art, RDFS.label, Literal(title, lang="vi")))
    g.add((art, SCHEMA.datePublished, Literal(f"{day.isoformat()}T08:00:00+07:00", datatype=XSD.dateTime)))
    g.add((art, VNKG.sourceName, Literal("tinh.example.gov.vn")))
    g.add((art, DCTERMS.source, Literal("tinh.example.gov.vn")))
    offset = [40]

    def sentence(text: str) -> URIRef:
        start = offset[0]
        offset[0] += len(text) + 1
        node = ids.mention(article_id, start, start + len(text))
        g.add((node, RDF.type, VNKG.Mention))
        g.add((node, NIF.anchorOf, Literal(text)))
        g.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(start + len(text), datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.referenceContext, art))
        return node

    def derived(node: URIRef, where: URIRef) -> None:
        g.add((node, PROV.wasDerivedFrom, art))
        g.add((node, VNKG.mentionedIn, where))
        g.add((art, SCHEMA.mentions, node))

    prov_place, dist_place = ids.place(province), ids.place(f"{province}/{district}")
    for place, name, cls, parent in ((prov_place, province, VNKG.Province, None),
                                     (dist_place, district, VNKG.District, prov_place)):
        g.add((place, RDF.type, cls))
        g.add((place, RDF.type, SCHEMA.Place))
        g.add((place, RDF.type, VNKG.AdministrativeUnit))
        g.add((place, SCHEMA.name, Literal(name, lang="vi")))
        g.add((place, RDFS.label, Literal(name, lang="vi")))
        if parent is not None:
            g.add((place, SCHEMA.containedInPlace, parent))
    opening = sentence(f"Sáng {day.day}/{day.month}, Huyện ủy {district} tổ chức hội nghị "
                       f"bàn công tác quý {(day.month - 1) // 3 + 1}.")
    for place in (prov_place, dist_place):
        derived(place, opening)
    body_iri = {}
    for name, english, kind, parent in bodies_of(province, district):
        node = body_iri[name] = ids.body(name)
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, SKOS.prefLabel, Literal(name, lang="vi")))
        g.add((node, RDFS.label, Literal(name, lang="vi")))
        g.add((node, RDFS.label, Literal(english, lang="en")))
        g.add((node, VNKG.bodyType, Literal(kind)))
        g.add((node, SCHEMA.areaServed, dist_place if "Huyện" in name else prov_place))
        if parent:
            g.add((node, ORG.subOrganizationOf, ids.body(parent)))
        derived(node, opening)
    event = ids.event(article_id, "meeting", 1)
    g.add((event, RDF.type, SCHEMA.Event))
    g.add((event, RDF.type, VNKG.Meeting))
    g.add((event, SCHEMA.name, Literal("hội nghị", lang="vi")))
    g.add((event, RDFS.label, Literal("hội nghị", lang="vi")))
    g.add((event, SCHEMA.startDate, Literal(day.isoformat(), datatype=XSD.date)))
    g.add((event, VNKG.participatingBody, body_iri[f"Huyện ủy {district}"]))
    derived(event, opening)
    people = [person_name(i * 3 + k) for k in range(4)]
    if i % 5 == 0:
        people[0] = BUSY
    if i % 50 == 7:
        people[1] = NAMESAKE
    for k, name in enumerate(people):
        role_vi, role_slug, role_en = ROLES[(i + k * 2) % len(ROLES)] if name != BUSY else ROLES[(i // 5) % 4]
        body_name = [b for b, *_ in bodies_of(province, district)][(i + k) % 4 if name != BUSY else (i // 25) % 4]
        short = body_name.replace(f" {province}", "").replace(f" {district}", "")
        written = f"{role_vi} {short}"
        told = sentence(f"{'Đồng chí' if k else 'Chủ trì hội nghị có đồng chí'} {name}, {written}"
                        f"{' chủ trì hội nghị' if k == 0 else ' cùng dự'}.")
        person = ids.person(name) if name != NAMESAKE or i % 100 == 7 else URIRef(ids.person(name) + "-b")
        g.add((person, RDF.type, SCHEMA.Person))
        g.add((person, SCHEMA.name, Literal(name, lang="vi")))
        g.add((person, RDFS.label, Literal(name, lang="vi")))
        derived(person, told)
        g.add((event, VNKG.chair if k == 0 else SCHEMA.attendee, person))
        holding = ids.holding(article_id, name, written, "current")
        post = ids.post(body_name, role_slug)
        g.add((holding, RDF.type, VNKG.PostHolding))
        g.add((holding, RDFS.label, Literal(f"{name}, {written}", lang="vi")))
        g.add((holding, RDFS.label, Literal(f"{name}, {role_en} of the {body_name}", lang="en")))
        g.add((holding, ORG.member, person))
        g.add((holding, ORG.organization, body_iri[body_name]))
        g.add((holding, ORG.role, ids.role(role_slug)))
        g.add((holding, VNKG.post, post))
        g.add((holding, VNKG.statedOn, Literal(day.isoformat(), datatype=XSD.date)))
        g.add((holding, VNKG.status, Literal("current")))
        g.add((holding, VNKG.titleAsWritten, Literal(written, lang="vi")))
        g.add((person, ORG.holds, post))
        g.add((post, RDF.type, ORG.Post))
        g.add((post, ORG.postIn, body_iri[body_name]))
        g.add((post, ORG.role, ids.role(role_slug)))
        g.add((post, RDFS.label, Literal(f"{role_vi} — {body_name}", lang="vi")))
        g.add((ids.role(role_slug), RDF.type, ORG.Role))
        g.add((ids.role(role_slug), RDFS.label, Literal(role_vi, lang="vi")))
        g.add((ids.role(role_slug), RDFS.label, Literal(role_en, lang="en")))
        derived(holding, told)
        if name == BUSY and body_name.startswith("Tỉnh ủy"):
            khoa = 14 + (day.year >= 2020)
            term = URIRef(f"{BASE}term/tinh-uy-{ids.body(body_name).rsplit('/', 1)[-1]}/khoa-{khoa}")
            start = 2015 if khoa == 14 else 2020
            g.add((holding, PEOPLE["term"], term))
            g.add((term, RDF.type, PEOPLE.Term))
            g.add((term, RDFS.label, Literal(f"khóa {'XIV' if khoa == 14 else 'XV'}, nhiệm kỳ {start}–{start + 5}",
                                             lang="vi")))
            g.add((term, PEOPLE.termOrdinal, Literal(khoa)))
            g.add((term, PEOPLE.termStart, Literal(str(start), datatype=XSD.gYear)))
            g.add((term, PEOPLE.termEnd, Literal(str(start + 5), datatype=XSD.gYear)))
            g.add((term, PEOPLE.termOf, body_iri[body_name]))
    return article_id, g


def people_graph() -> Graph:
    """What the people layer writes: a merged IRI and two namesakes."""
    ids = Minter(BASE)
    g = bind_prefixes(Graph(), BASE)
    g.add((URIRef(ids.person(BUSY) + "-cu"), OWL.sameAs, ids.person(BUSY)))
    first, second = ids.person(NAMESAKE), URIRef(ids.person(NAMESAKE) + "-b")
    g.add((first, PEOPLE.namesake, second))
    g.add((second, PEOPLE.namesake, first))
    return g


def write_archive(folder: Path, n: int) -> list[Path]:
    """n invented articles as Turtle files in `folder`, plus people.ttl; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        article_id, g = article_graph(i, n)
        path = folder / f"{article_id}.ttl"
        path.write_text(to_turtle(g), encoding="utf-8")
        paths.append(path)
    people = folder / "people.ttl"
    people.write_text(to_turtle(people_graph()), encoding="utf-8")
    return paths + [people]
