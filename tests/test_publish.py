"""`kg publish`: framed entity JSON-LD, schema.org, the static site, VoID, determinism, no remote fetches.

Every JSON-LD file the site holds is read back with pyld (not the writer that made it)
through a document loader that refuses every URL, and compared after URDNA2015
canonicalisation with the Turtle it claims to be.
"""
from __future__ import annotations

import html.parser
import json
import os
import posixpath
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pyld = pytest.importorskip("pyld")

from publish_fixtures import (ARTICLE_ID, build_inputs, canonical, load_json, publish_site,  # noqa: E402
                              turtle_as_nquads)

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/vnkg/"
SEED = "2019-07-30-ngo-quyen"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("publish")
    path, _ = publish_site(folder)
    return path


@pytest.fixture(scope="module")
def dump(site) -> set[str]:
    return canonical(turtle_as_nquads(site / "dump/vnkg.ttl"), nquads=True)


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test on any attempt to open a network connection; record it."""
    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise AssertionError(f"network connection attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# ------------------------------------------------------------------ JSON-LD read back by another processor

def test_full_jsonld_dump_equals_turtle_dump_after_urdna2015(site, dump, no_network):
    from rdflib import Graph

    assert len(dump) > 800  # two articles' worth: the comparison is not of two empty sets
    assert canonical(load_json(site / "dump/vnkg.jsonld")) == dump
    g = Graph()
    g.parse(site / "dump/vnkg.ttl", format="turtle")
    assert len(g) == len(dump)
    assert no_network == []


def test_nquads_dump_holds_the_same_triples_one_graph_per_article(site, dump):
    lines = [line for line in (site / "dump/vnkg.nq").read_text(encoding="utf-8").splitlines() if line]
    graphs = {line.rsplit(" ", 2)[-2] for line in lines}
    assert graphs == {f"<{BASE}article/{SEED}>", f"<{BASE}article/{ARTICLE_ID}>", f"<{BASE}graph/people>"}
    # a body named in both articles is stated in both graphs: the quads hold more lines than triples
    triples = canonical("\n".join(line.rsplit(" ", 2)[0] + " ." for line in lines) + "\n", nquads=True)
    assert triples == dump
    assert len(lines) > len(dump)


def _jsonld_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.jsonld"))


def test_every_jsonld_file_expands_to_exactly_its_turtle(site, dump, no_network):
    checked = 0
    for path in _jsonld_files(site):
        rel = path.relative_to(site).as_posix()
        doc = load_json(path)
        got = canonical(doc)
        if rel.startswith("context/"):
            assert got == set() and set(doc) == {"@context"}, rel  # a context states nothing
            continue
        if rel.endswith(".newsarticle.jsonld"):
            assert got and got <= dump, rel
            continue
        twin = path.with_suffix(".ttl")
        assert twin.exists(), f"{rel} has no Turtle twin"
        want = canonical(turtle_as_nquads(twin), nquads=True)
        assert got == want, f"{rel}: pyld reads {len(got)} triples, its Turtle has {len(want)}"
        if rel != "dataset.jsonld":
            assert got <= dump, f"{rel} states triples the dump does not have"
        checked += 1
    entity_pages = [p for p in site.rglob("*.html") if "/" in p.relative_to(site).as_posix()
                    and p.relative_to(site).parts[0] != "browse"]
    assert len(entity_pages) > 80
    # every entity of both articles and of the people graph, the dataset, the dump and the people graph's node
    assert checked == len(entity_pages) + 3
    assert no_network == []


RDF_FORMATS = {".ttl": "TURTLE", ".nq": "N_QUADS", ".jsonld": "JSON_LD", ".nt": "N_TRIPLES", ".rdf": "RDF_XML"}


def _rdf_files(site: Path) -> list[tuple[Path, str]]:
    files = [(p, RDF_FORMATS[p.suffix]) for p in sorted(site.rglob("*")) if p.suffix in RDF_FORMATS]
    return files + [(site / ".well-known/void", "TURTLE")]


def test_every_published_rdf_file_parses_with_oxigraph_as_with_rdflib(site):
    """Oxigraph is strict where rdflib is lenient (an IRI with two '#', say): every file must pass both."""
    import pyoxigraph
    from rdflib import Graph

    checked = 0
    for path, name in _rdf_files(site):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("context/"):
            continue
        fmt = getattr(pyoxigraph.RdfFormat, name)
        try:
            quads = list(pyoxigraph.parse(path=str(path), format=fmt, base_iri=BASE + rel))
        except (SyntaxError, ValueError) as error:
            pytest.fail(f"Oxigraph refuses {rel}: {error}")
        if name in ("TURTLE", "N_QUADS", "N_TRIPLES"):
            g = Graph() if name != "N_QUADS" else None
            if g is not None:
                g.parse(path, format={"TURTLE": "turtle", "N_TRIPLES": "nt"}[name])
                assert len(set(quads)) == len(g), f"{rel}: Oxigraph reads {len(set(quads))} triples, rdflib {len(g)}"
        twin = path.with_suffix(".ttl")
        if name == "JSON_LD" and twin.exists():  # Oxigraph drops what it cannot read without a word: count
            want = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(twin), format=pyoxigraph.RdfFormat.TURTLE)}
            got = {(q.subject, q.predicate, q.object) for q in quads}
            assert len(got) == len(want), f"{rel}: Oxigraph reads {len(got)} triples, its Turtle has {len(want)}"
        checked += 1
    assert checked > 150


def test_class_partitions_of_the_dataset_have_valid_iris(site):
    """A class with no short prefix (sf:Point's IRI) once made an IRI with two '#'."""
    from rdflib import Graph, Namespace

    void = Namespace("http://rdfs.org/ns/void#")
    g = Graph()
    g.parse(site / "dataset.ttl", format="turtle")
    parts = list(g.objects(None, void.classPartition))
    assert any(str(g.value(p, void["class"])).startswith("http://www.opengis.net/") for p in parts)
    for part in parts:
        assert str(part).count("#") == 1 and "/" not in str(part).partition("#")[2], part


def test_every_embedded_jsonld_block_parses_and_says_only_what_the_data_says(site, dump):
    pages = sorted(site.rglob("*.html"))
    seen = 0
    for path in pages:
        for block in re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>',
                                path.read_text(encoding="utf-8"), re.S):
            doc = json.loads(block)
            got = canonical(doc)
            assert got, path
            if path.name != "dataset.html":
                assert got <= dump, path
            twin = path.with_suffix(".jsonld")
            if twin.exists() and doc.get("@type") != "NewsArticle":  # the page's copy states what its .jsonld states
                assert got == canonical(load_json(twin)), path
            seen += 1
    entity_pages = [p for p in pages if p.relative_to(site).parts[0] in ("person", "org", "place", "article")]
    assert seen >= len(entity_pages) + 1


def test_remote_contexts_are_refused_not_fetched(no_network):
    from pyld import jsonld

    from kg.publish.loader import refuse_remote

    calls = []

    def loader(url, options=None):
        calls.append(url)
        return refuse_remote(url, options)

    for doc in ({"@context": "http://127.0.0.1:9/context.jsonld", "name": "x"},
                {"@context": "https://schema.org", "@type": "Person", "name": "x"},
                {"@context": {"@import": "http://169.254.169.254/latest/meta-data/"}, "name": "x"}):
        with pytest.raises(jsonld.JsonLdError) as caught:
            jsonld.expand(doc, {"documentLoader": loader})
        chain, error = [], caught.value
        while error is not None:
            chain.append(str(error))
            error = error.__cause__ or error.__context__
        assert any("never fetched" in text for text in chain), chain
    assert len(calls) == 3
    assert no_network == []


def test_published_documents_name_no_remote_context(site):
    from kg.publish.source import remote_references

    for path in _jsonld_files(site):
        assert remote_references(load_json(path)) == [], path


def test_publish_refuses_jsonld_input_that_names_a_remote_context(tmp_path, no_network):
    from kg.errors import InputError
    from kg.publish.site import publish

    bad = tmp_path / "bad.jsonld"
    bad.write_text(json.dumps({"@context": "http://127.0.0.1:9/ctx.jsonld", "@id": "http://example.org/x",
                               "name": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match="never fetched"):
        publish([bad], tmp_path / "site")
    assert not (tmp_path / "site").exists()
    assert no_network == []


# ------------------------------------------------------------------ the context and the entity documents

def test_context_is_for_people(site):
    ctx = load_json(site / "context/v1.jsonld")["@context"]
    assert ctx["@base"] == BASE and ctx["@version"] == 1.1
    terms = [k for k, v in ctx.items() if not k.startswith("@") and isinstance(v, dict)]
    assert terms and all(re.fullmatch(r"[a-z][A-Za-z]*", t) for t in terms), "terms are short camelCase"
    assert ctx["label"]["@container"] == "@language" and ctx["titleAsWritten"]["@container"] == "@language"
    assert ctx["statedOn"]["@type"] == "xsd:date" and ctx["datePublished"]["@type"] == "xsd:dateTime"
    assert ctx["holdings"] == {"@reverse": "org:member", "@type": "@id", "@container": "@set"}
    person = load_json(site / "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3.jsonld")
    assert person["@context"] == ctx  # embedded, the same as the published one


def test_person_embeds_posts_with_body_title_date_and_sentence(site):
    doc = load_json(site / "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3.jsonld")
    assert doc["id"] == "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3" and doc["type"] == "Person"
    assert doc["name"] == {"vi": "Nguyễn Thị Nghĩa"}
    titles = {h["titleAsWritten"]["vi"]: h for h in doc["holdings"] if h["id"].startswith(f"article/{SEED}/")}
    h = titles["Phó Bí thư Thường trực Thành ủy"]
    assert h["organization"]["id"] == "org/thanh-uy-hai-phong-08dd9f"
    assert h["organization"]["label"] == {"en": "Hải Phòng City Party Committee", "vi": "Thành ủy Hải Phòng"}
    assert h["statedOn"] == "2019-07-30" and h["status"] == "current"
    sentence = h["mentionedIn"][0]
    assert "Phó Bí thư Thường trực Thành ủy" in sentence["sentence"]
    assert isinstance(sentence["start"], int) and sentence["end"] - sentence["start"] == len(sentence["sentence"])
    assert sentence["id"] == f"article/{SEED}#char={sentence['start']},{sentence['end']}"
    # she is named in both articles: each article's node for her is its own, with its own holdings
    assert {a["id"] for a in doc["wasDerivedFrom"]} == {f"article/{SEED}"}
    assert all(h["id"].startswith(f"article/{SEED}/") for h in doc["holdings"])
    assert [e["id"] for e in doc["chaired"]][0] == f"article/{SEED}/event/meeting-1"


def test_meeting_embeds_chair_attendees_bodies_and_date(site):
    doc = load_json(site / f"article/{SEED}/event/meeting-1.jsonld")
    assert set(doc["type"]) == {"Event", "Meeting"} and doc["startDate"] == "2019-07-29"
    assert [c["label"]["vi"] for c in doc["chair"]] == ["Nguyễn Thị Nghĩa"]
    assert {a["label"]["vi"] for a in doc["attendee"]} == {"Đào Khánh Hà", "Đỗ Mạnh Hiến"}
    assert any("Phó Bí thư Thường trực Thành ủy" == t["titleAsWritten"]["vi"] for t in doc["chair"][0]["holdings"])
    assert {b["id"] for b in doc["participatingBody"]} >= {"org/ban-thuong-vu-quan-uy-ngo-quyen-1ae609"}
    assert all(b["label"]["vi"] for b in doc["participatingBody"])
    assert doc["mentionedIn"][0]["sentence"].startswith("Chiều 29/7")
    # the chair's titles as this article states them; her title in the other article stays out of this meeting
    assert {t["statedOn"] for t in doc["chair"][0]["holdings"]} == {"2019-07-30"}
    other = load_json(site / f"article/{ARTICLE_ID}/event/conference-1.jsonld")
    assert {t["statedOn"] for t in other["chair"][0]["holdings"]} == {"2020-05-12"}


def test_body_embeds_parent_and_sub_bodies(site):
    doc = load_json(site / "org/ban-thuong-vu-thanh-uy-hai-phong-49c7e5.jsonld")
    assert doc["subOrganizationOf"]["id"] == "org/thanh-uy-hai-phong-08dd9f"
    assert doc["subOrganizationOf"]["label"]["en"] == "Hải Phòng City Party Committee"
    parent = load_json(site / "org/thanh-uy-hai-phong-08dd9f.jsonld")
    assert "org/ban-thuong-vu-thanh-uy-hai-phong-49c7e5" in {b["id"] for b in parent["subBodies"]}
    assert any(m["member"]["id"] == "article/2019-07-30-ngo-quyen/person/dao-khanh-ha-a9cd40" for m in parent["memberships"])


def test_ward_embeds_district_city_and_merger(site):
    doc = load_json(site / "place/hai-phong/ngo-quyen/cau-dat.jsonld")
    assert "Ward" in doc["type"]
    district = doc["containedInPlace"]
    assert district["id"] == "place/hai-phong/ngo-quyen" and "District" in district["type"]
    assert district["containedInPlace"]["id"] == "place/hai-phong" and "City" in district["containedInPlace"]["type"]
    merger = doc["mergedIn"][0]
    assert "Merger" in merger["type"]
    # the ward itself is a reference back to the document's root; the other ward is embedded
    assert {u if isinstance(u, str) else u["id"] for u in merger["mergedUnit"]} == {"place/hai-phong/ngo-quyen/cau-dat",
                                                        "place/hai-phong/ngo-quyen/luong-khanh-thien"}
    assert "Cầu Đất" in merger["mentionedIn"][0]["sentence"]


def test_article_as_schema_org_news_article(site):
    doc = load_json(site / f"article/{SEED}.newsarticle.jsonld")
    assert doc["@context"]["@vocab"] == "https://schema.org/" and doc["@type"] == "NewsArticle"
    assert doc["headline"].startswith("Quận ủy Ngô Quyền")
    assert doc["datePublished"] == "2019-07-30T08:00:00+07:00"
    assert doc["dateModified"] == doc["datePublished"]  # no later change is known
    author = BASE + "article/2019-07-30-ngo-quyen/person/hoang-tung-246d98"
    assert doc["author"] == {"@id": author, "@type": "Person", "name": "Hoàng Tùng", "url": author}
    # the portal as an Organization, named from kg/data/portals.tsv, its name a plain string
    assert doc["publisher"]["@type"] == "Organization"
    assert doc["publisher"]["name"] == "Cổng thông tin điện tử thành phố Hải Phòng"
    assert doc["publisher"]["url"] == "https://haiphong.gov.vn/"
    assert "url" not in doc and "mainEntityOfPage" not in doc  # the seed does not give its web address
    about = doc["about"] if isinstance(doc["about"], list) else [doc["about"]]
    assert {a["@type"] for a in about} == {"Event"}
    kinds = {m["@type"] for m in doc["mentions"]}
    assert kinds == {"Person", "Event", "Place"}
    assert all(m["@id"].startswith(BASE) and m["name"] for m in doc["mentions"])
    page = (site / f"article/{SEED}.html").read_text(encoding="utf-8")
    assert '"@type":"NewsArticle"' in page  # embedded in the article's page
    # only one block presents the article as a NewsArticle to search engines
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.S)]
    assert len(blocks) == 1 and blocks[0] == doc


def test_news_article_takes_the_web_address_and_an_unlisted_portals_domain(tmp_path):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS

    from kg.publish.newsarticle import news_article, schema_view
    from kg.terms import SCHEMA

    inputs = build_inputs(tmp_path)
    g = Graph()
    g.parse(inputs[0], format="turtle")
    article = URIRef(BASE + "article/" + inputs[0].stem)
    for prop in (DCTERMS.source, URIRef("https://w3id.org/vnkg/ontology#sourceName")):
        g.set((article, prop, Literal("https://www.tinhuy.example.gov.vn/tin/hoi-nghi-123.html")))
    for triple in schema_view(g, BASE):
        g.add(triple)
    doc, triples = news_article(g, article)
    assert doc["url"] == doc["mainEntityOfPage"] == "https://www.tinhuy.example.gov.vn/tin/hoi-nghi-123.html"
    assert doc["publisher"]["name"] == "tinhuy.example.gov.vn"  # not in portals.tsv: the domain, no invented name
    assert doc["publisher"]["url"] == "https://tinhuy.example.gov.vn/"
    assert triples <= set(g)


def test_portal_names_come_from_the_data_file_with_its_source():
    from importlib import resources

    from kg.publish.newsarticle import portals

    text = resources.files("kg.data").joinpath("portals.tsv").read_text(encoding="utf-8")
    assert "Source:" in text.split("\n# domain", 1)[0]
    assert portals()["haiphong.gov.vn"][0] == "Cổng thông tin điện tử thành phố Hải Phòng"


# ------------------------------------------------------------------ the site

class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids, self.h1, self.alternates, self._in_h1 = [], set(), [], [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag in ("a", "link") and a.get("href"):
            self.links.append(a["href"])
            if tag == "link" and a.get("rel") == "alternate":
                self.alternates.append((a.get("type"), a["href"]))
        self._in_h1 = tag == "h1"

    def handle_data(self, data):
        if self._in_h1 and data.strip():
            self.h1.append(data.strip())
            self._in_h1 = False


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_internal_link_of_every_page_resolves(site):
    parsed = {p: _parse(p) for p in site.rglob("*.html")}
    broken = []
    for path, p in parsed.items():
        for href in p.links:
            if re.match(r"^[a-z]+:", href):
                continue
            target, _, fragment = href.partition("#")
            file = (path.parent / target).resolve() if target else path
            if not file.is_file():
                broken.append((path.relative_to(site), href))
            elif fragment and file.suffix == ".html" and fragment not in parsed[file].ids:
                broken.append((path.relative_to(site), href))
    assert broken == []
    assert len(parsed) > 80


def test_every_iri_under_the_base_has_its_page_and_alternates(site):
    from rdflib import Graph, URIRef

    g = Graph()
    g.parse(site / "dump/vnkg.ttl", format="turtle")
    iris = {str(t).partition("#")[0] for triple in g for t in triple
            if isinstance(t, URIRef) and str(t).startswith(BASE) and not str(t).startswith(BASE + "ontology")}
    assert len(iris) > 80
    for iri in sorted(iris):
        path = site / (iri[len(BASE):] + ".html")
        assert path.is_file(), iri
        p = _parse(path)
        assert len(p.h1) == 1 and p.h1[0], iri
        assert sorted(t for t, _ in p.alternates) == ["application/ld+json", "text/turtle"] or \
            "newsarticle" in str(p.alternates), iri
        for _, href in p.alternates:
            assert (path.parent / href).is_file(), (iri, href)


def test_pages_show_both_languages_and_source_sentences(site):
    # the article's record of her is resolved (people.ttl): her page is the resolved person's
    doc = load_json(site / "article/2019-07-30-ngo-quyen/person/dao-khanh-ha-a9cd40.jsonld")
    assert doc["sameAs"] == "person/dao-khanh-ha-49b8d8"
    text = (site / "person/dao-khanh-ha-49b8d8.html").read_text(encoding="utf-8")
    assert '<h1 lang="vi">Đào Khánh Hà</h1>' in text
    assert "Trưởng Ban Tuyên giáo Thành ủy" in text and "Propaganda and Education Commission" in text
    assert "<mark>Trưởng Ban Tuyên giáo Thành ủy</mark>" in text  # the words the fact was drawn from
    holding = next(h for h in doc["holdings"] if h["titleAsWritten"]["vi"] == "Trưởng Ban Tuyên giáo Thành ủy")
    fragment = holding["mentionedIn"][0]["id"].partition("#")[2]
    assert fragment.startswith("char=")
    assert f'href="../article/2019-07-30-ngo-quyen.html#{fragment}"' in text
    article = (site / f"article/{SEED}.html").read_text(encoding="utf-8")
    assert f'id="{fragment}"' in article  # the sentence IRI dereferences to its place in the article page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and 'href="person/nguyen-thi-nghia-73c412.html"' in index
    for anchor in ("articles", "persons", "bodies", "events", "places"):
        assert f'id="{anchor}"' in index


def test_void_dcat_description(site):
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, XSD

    void = Namespace("http://rdfs.org/ns/void#")
    g = Graph()
    g.parse(site / "dataset.ttl", format="turtle")
    ds = URIRef(BASE + "dataset")
    data = Graph()
    data.parse(site / "dump/vnkg.ttl", format="turtle")
    assert g.value(ds, void.triples).toPython() == len(data)
    assert g.value(ds, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert g.value(ds, DCTERMS.modified) == Literal("2020-05-12", datatype=XSD.date)  # newest article, not the clock
    dumps = {str(u)[len(BASE):] for u in g.objects(ds, void.dataDump)}
    assert dumps == {"dump/vnkg.ttl", "dump/vnkg.nq", "dump/vnkg.jsonld"}
    assert all((site / d).is_file() for d in dumps)
    assert len(set(g.objects(ds, DCAT.distribution))) == 3
    assert g.value(ds, void.sparqlEndpoint) is None
    assert (site / ".well-known/void").read_text(encoding="utf-8") == (site / "dataset.ttl").read_text(encoding="utf-8")


def test_sparql_endpoint_and_licence_are_configurable(tmp_path):
    from kg.cli import main

    inputs = build_inputs(tmp_path)
    out = tmp_path / "site"
    assert main(["publish", "--data", *map(str, inputs), "--out", str(out), "--sparql", "http://127.0.0.1:7878/query",
                 "--license", "https://creativecommons.org/publicdomain/zero/1.0/"]) == 0
    text = (out / "dataset.ttl").read_text(encoding="utf-8")
    assert "void:sparqlEndpoint <http://127.0.0.1:7878/query>" in text
    assert "publicdomain/zero/1.0" in text


def test_a_second_publish_is_byte_identical(tmp_path):
    """Two `kg publish` runs in fresh processes with different hash seeds write the same bytes."""
    inputs = build_inputs(tmp_path)
    sites = []
    for seed in ("1", "2"):
        out = tmp_path / f"site-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "kg", "publish", "--data", *map(str, inputs), "--out", str(out)],
                             cwd=ROOT, env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        sites.append(out)
    files = [sorted(p.relative_to(s).as_posix() for p in s.rglob("*") if p.is_file()) for s in sites]
    assert files[0] == files[1] and len(files[0]) > 250
    for rel in files[0]:
        assert (sites[0] / rel).read_bytes() == (sites[1] / rel).read_bytes(), rel
    # publishing again over the same folder replaces it, with the same bytes
    env = {**os.environ, "PYTHONHASHSEED": "3"}
    again = subprocess.run([sys.executable, "-m", "kg", "publish", "--data", *map(str, inputs), "--out",
                            str(sites[0])], cwd=ROOT, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert sorted(p.relative_to(sites[0]).as_posix() for p in sites[0].rglob("*") if p.is_file()) == files[0]
    assert all((sites[0] / rel).read_bytes() == (sites[1] / rel).read_bytes() for rel in files[0])


def test_publish_never_replaces_a_folder_it_did_not_make(tmp_path):
    from kg.errors import InputError
    from kg.publish.site import publish

    inputs = build_inputs(tmp_path)
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "todo.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not made by `kg publish`"):
        publish(inputs, mine)
    assert (mine / "todo.txt").read_text(encoding="utf-8") == "keep me" and len(list(mine.iterdir())) == 1


def test_base_moves_data_iris_and_leaves_vocabulary_alone(tmp_path):
    from kg.publish.site import publish

    inputs = build_inputs(tmp_path)
    base = "http://127.0.0.1:8000/"
    publish(inputs, tmp_path / "site", base)
    dump = (tmp_path / "site/dump/vnkg.ttl").read_text(encoding="utf-8")
    assert "<https://w3id.org/vnkg/person/" not in dump and "person: <http://127.0.0.1:8000/person/>" in dump
    assert "https://w3id.org/vnkg/article/" not in dump
    assert "<https://w3id.org/vnkg/ontology#>" in dump
    doc = load_json(tmp_path / "site/article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3.jsonld")
    assert doc["@context"]["@base"] == base and doc["id"] == "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3"
    assert canonical(doc) <= canonical(turtle_as_nquads(tmp_path / "site/dump/vnkg.ttl"), nquads=True)


def test_default_input_is_what_kg_build_wrote(tmp_path, monkeypatch):
    from kg.cli import main

    build_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["publish"]) == 0
    assert (tmp_path / "site/article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3.html").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    assert main(["publish"]) == 2  # nothing built: an input error, not a traceback


# ------------------------------------------------------------------ serving

def test_serve_answers_iris_with_the_right_content_types(site):
    import threading
    import urllib.request

    from kg.publish.serve import make_server, negotiate

    assert negotiate("text/turtle") == ".ttl" and negotiate("application/ld+json") == ".jsonld"
    assert negotiate("text/html,application/xhtml+xml,*/*;q=0.8") == ".html" and negotiate("") == ".html"
    assert negotiate("application/ld+json;q=0.9, text/turtle") == ".ttl"
    server = make_server(str(site), 0, quiet=True)
    assert server.server_address[0] == "127.0.0.1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        def get(path, accept=None):
            request = urllib.request.Request(root + path, headers={"Accept": accept} if accept else {})
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.headers, answer.read()

        headers, body = get("article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3", "text/turtle")
        assert headers["Content-Type"].startswith("text/turtle") and headers["Vary"] == "Accept"
        assert b"schema:Person" in body
        headers, body = get("article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3", "application/ld+json")
        assert headers["Content-Type"] == "application/ld+json" and json.loads(body)["id"] == "article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3"
        assert headers["Access-Control-Allow-Origin"] == "*"
        headers, body = get("article/2019-07-30-ngo-quyen/person/nguyen-thi-nghia-128df3")
        assert headers["Content-Type"] == "text/html; charset=utf-8" and b"<h1" in body
        assert b'url=../../../person/nguyen-thi-nghia-73c412.html"' in body  # the record sends on to the person
        headers, _ = get("place/hai-phong/ngo-quyen/cau-dat.ttl")
        assert headers["Content-Type"].startswith("text/turtle")
        headers, _ = get(".well-known/void")
        assert headers["Content-Type"].startswith("text/turtle")
        headers, _ = get("dump/vnkg.nq")
        assert headers["Content-Type"] == "application/n-quads"
        headers, _ = get("static/search.js")
        assert headers["Content-Type"].startswith("text/javascript")
        with pytest.raises(urllib.error.HTTPError) as missing:
            get("person/nobody")
        assert missing.value.code == 404
        # N-Triples and RDF/XML are written by Oxigraph from the page's Turtle: the same triples
        import pyoxigraph

        turtle = set(pyoxigraph.parse(path=str(site / "person/nguyen-thi-nghia-73c412.ttl"),
                                      format=pyoxigraph.RdfFormat.TURTLE))
        for media, fmt in (("application/n-triples", "N_TRIPLES"), ("application/rdf+xml", "RDF_XML")):
            headers, body = get("person/nguyen-thi-nghia-73c412", media)
            assert headers["Content-Type"] == media and headers["Vary"] == "Accept"
            assert set(pyoxigraph.parse(body, format=getattr(pyoxigraph.RdfFormat, fmt))) == turtle, media
        # a type nothing satisfies: 406 with the list of what is offered, never HTML with 200
        with pytest.raises(urllib.error.HTTPError) as refused:
            get("person/nguyen-thi-nghia-73c412", "image/png")
        assert refused.value.code == 406 and refused.value.headers["Vary"] == "Accept"
        listed = refused.value.read().decode("utf-8")
        assert all(media in listed for media in ("text/turtle", "application/ld+json", "application/n-triples"))
        assert negotiate("application/xml") is None and negotiate("image/*, */*;q=0.1") == ".html"
    finally:
        server.shutdown()
        server.server_close()
