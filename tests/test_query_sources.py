"""The nine competency queries give the same CSV from files, the embedded store and an endpoint,
with and without --where; and --where values are bound as RDF terms, never pasted into the query."""
from __future__ import annotations

import csv
import io

import pytest
from kg_helpers import run_kg
from store_fixtures import SECOND_ID, loaded_server, needs_oxigraph, ttl_files, two_articles  # noqa: F401

from kg.cli import main
from kg.ids import Minter
from kg.people.iris import person_iri
from kg.errors import QueryError
from kg.query import QUERY_NAMES, EndpointSource, FileSource, StoreSource, load_query, parse_where, run, with_bindings
from kg.store.embedded import EmbeddedStore
from kg.store.inputs import GraphDoc, doc_from_ntriples

SEED_IRI = str(Minter().article("2019-07-30-ngo-quyen"))
NGHIA = person_iri(Minter().base, "Nguyễn Thị Nghĩa", "2019-07-30-ngo-quyen")  # the person across both articles


def cli_csv(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["query", *args, "--format", "csv"]) == 0
    return capsys.readouterr().out


@needs_oxigraph
@pytest.mark.parametrize("name", QUERY_NAMES)
def test_same_csv_from_files_store_and_endpoint(name, capsys, two_articles, loaded_server):
    from_files = cli_csv(capsys, name, *[a for f in ttl_files(two_articles) for a in ("--data", f)])
    from_store = cli_csv(capsys, name, "--store", str(two_articles / "store"))
    from_endpoint = cli_csv(capsys, name, "--endpoint", loaded_server.query)
    assert from_store == from_files
    assert from_endpoint == from_files
    assert len(from_files.splitlines()) > 1, "the two articles give rows for every query"


FILTERS = [
    ("positions", f"person={NGHIA}"),
    ("positions", "name=Nguyễn Thị Nghĩa"),
    ("positions", "organization=Thành ủy Hải Phòng"),  # a column the query fills in an OPTIONAL
    ("positions", f"article={SEED_IRI}"),
    ("persons", f"person={NGHIA}"),
    ("articles", f"article={SEED_IRI}"),
    ("bodies", f"organization={Minter().body('Thành ủy Hải Phòng')}"),
    ("events", "type=meeting"),
    ("statistics", "measure=đảng viên"),
    ("bodies", "parent=Thành ủy Hải Phòng"),  # bodies with no parent must not come back labelled with it
    ("positions", "date=2019-07-30"),
]


@needs_oxigraph
@pytest.mark.parametrize("name,where", FILTERS)
def test_where_gives_the_same_rows_everywhere_and_only_rows_that_match(name, where, capsys, two_articles,
                                                                       loaded_server):
    column, value = where.split("=", 1)
    from_files = cli_csv(capsys, name, "--where", where, *[a for f in ttl_files(two_articles) for a in ("--data", f)])
    from_store = cli_csv(capsys, name, "--where", where, "--store", str(two_articles / "store"))
    from_endpoint = cli_csv(capsys, name, "--where", where, "--endpoint", loaded_server.query)
    assert from_store == from_files == from_endpoint
    rows = list(csv.DictReader(io.StringIO(from_files)))
    everything = list(csv.DictReader(io.StringIO(cli_csv(capsys, name, "--store", str(two_articles / "store")))))
    assert rows, f"{where} matches something"
    assert all(r[column] == value for r in rows)
    assert rows == [r for r in everything if r[column] == value]


def test_optional_column_keeps_only_matching_rows(two_articles):
    """pyoxigraph's substitutions alone would label all nine holdings 'Thành ủy Hải Phòng'; two per article hold it."""
    source = StoreSource(str(two_articles / "store"))
    try:
        table = run("positions", source, ["organization=Thành ủy Hải Phòng"])
    finally:
        source.close()
    positions = sorted({(r[1], r[2]) for r in table.rows})
    assert positions == [("Nguyễn Thị Nghĩa", "Phó Bí thư Thường trực Thành ủy"), ("Đào Khánh Hà", "Ủy viên Thành ủy")]


HOSTILE = [
    'x" } UNION { ?person ?p ?name } #',
    "x' } UNION { ?person ?p ?name } #",
    'Nguyễn Thị Nghĩa"@vi ) } #',
    'a\\" . } ; DROP ALL ; #',
    "line one\n} UNION { ?s ?p ?o }",
    ") (\"Đào Khánh Hà\"@vi",
    "${name}",
]
# a person whose name is itself made of SPARQL syntax and quotes: binding must find exactly them
ODD_NAME = 'O"Brien\' } UNION { ?person ?p ?o } # \\ (x)'
ODD_GRAPH = "https://w3id.org/vnkg/article/odd"


def odd_doc() -> GraphDoc:
    import pyoxigraph as ox

    person, name = ox.NamedNode("https://w3id.org/vnkg/person/odd"), ox.Literal(ODD_NAME, language="vi")
    text = (f"<{ODD_GRAPH}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .\n"
            f"{person} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .\n"
            f"{person} <https://schema.org/name> {name} .\n")
    return doc_from_ntriples(text, ODD_GRAPH, "odd")


@pytest.fixture
def odd_store(tmp_path, two_articles):
    import shutil

    path = tmp_path / "store"
    shutil.copytree(two_articles / "store", path)
    with EmbeddedStore(path) as store:
        store.replace(odd_doc())
    return path


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_where_values_match_nothing_and_change_nothing(value, odd_store):
    with EmbeddedStore(odd_store, create=False) as store:
        before = len(store.store)
    source = StoreSource(str(odd_store))
    try:
        for name in ("persons", "positions", "participants"):
            assert run(name, source, [f"name={value}"]).rows == []
    finally:
        source.close()
    with EmbeddedStore(odd_store, create=False) as store:
        assert len(store.store) == before


def test_a_name_made_of_sparql_syntax_is_found_as_it_is(odd_store):
    source = StoreSource(str(odd_store))
    try:
        table = run("persons", source, [f"name={ODD_NAME}"])
    finally:
        source.close()
    assert table.rows == [["https://w3id.org/vnkg/person/odd", ODD_NAME]]


@needs_oxigraph
def test_hostile_values_over_http(loaded_server):
    source = EndpointSource(loaded_server.query)
    for value in HOSTILE:
        assert run("persons", source, [f"name={value}"]).rows == []
    assert len(run("persons", source).rows) >= 4  # the store is untouched


def test_bindings_are_escaped_terms_in_a_filter_and_values_of_the_outer_group():
    query = 'SELECT ?name WHERE {\n  ?s ?p "}" . # a comment with } in it\n  ?s <http://e/q> ?name .\n}\nORDER BY ?name\n'
    text = with_bindings(query, parse_where(['name=a"b\\c\n} #']))
    term = '"a\\"b\\\\c\\n} #"@vi'
    assert text == (f'SELECT ?name WHERE {{ VALUES ?name {{ {term} }}\n\n  ?s ?p "}}" . # a comment with }} in it\n'
                    f'  ?s <http://e/q> ?name .\n  FILTER (sameTerm(?name, {term}))\n}}\nORDER BY ?name\n')


def test_an_optional_column_is_filtered_not_pre_bound():
    """A column only an OPTIONAL with a FILTER binds cannot be made required: it is held by the FILTER alone."""
    query = ('SELECT ?s ?n WHERE { ?s <http://e/p> ?o OPTIONAL { ?s <http://e/label> ?n FILTER (LANG(?n) = "vi") } }')
    text = with_bindings(query, parse_where(["n=x"]))
    assert "VALUES" not in text and "OPTIONAL" in text and 'FILTER (sameTerm(?n, "x"))' in text


def test_a_plain_optional_column_becomes_required_and_leads():
    query = load_query("positions")
    text = with_bindings(query, parse_where(["article=https://w3id.org/vnkg/article/a"]))
    assert "OPTIONAL { ?holding prov:wasDerivedFrom ?article }" in query
    assert "prov:wasDerivedFrom ?article }" not in text
    assert text.index("VALUES ?article") < text.index("?holding prov:wasDerivedFrom ?article") \
        < text.index("?holding a vnkg:PostHolding")


def test_where_rejects_bad_input():
    with pytest.raises(QueryError, match="COLUMN=VALUE"):
        parse_where(["name"])
    with pytest.raises(QueryError, match="COLUMN=VALUE"):
        parse_where(["na me=x"])
    with pytest.raises(QueryError, match="not a valid IRI"):
        parse_where(["person=http://e/a>}"])


def test_where_on_a_column_the_query_lacks_is_an_error(two_articles):
    result = run_kg("query", "persons", "--store", str(two_articles / "store"), "--where", "colour=red")
    assert result.returncode == 2 and "no column 'colour'" in result.stderr


def test_where_needs_a_where_group():
    with pytest.raises(QueryError, match="no WHERE group"):
        with_bindings("ASK", parse_where(["a=x"]))


def test_file_source_reads_the_second_article(two_articles):
    files = FileSource(ttl_files(two_articles))
    articles = [r[0] for r in run("articles", files).rows]
    assert articles == [SEED_IRI, str(Minter().article(SECOND_ID))]


def test_a_column_bound_before_an_optional_that_mentions_it_still_leads():
    text = with_bindings(load_query("provenance"), parse_where(["subject=https://w3id.org/vnkg/person/x"]))
    assert text.index("VALUES ?subject") < text.index("?subject vnkg:mentionedIn ?mention")
    # but not when an OPTIONAL mentions it before any pattern binds it
    query = "SELECT * WHERE { OPTIONAL { ?a <http://e/p> ?k } ?k <http://e/q> ?b }"
    assert "VALUES" not in with_bindings(query, parse_where(["k=x"]))
