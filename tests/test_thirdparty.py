"""The written Turtle and JSON-LD load into other tools without a warning and with the same number
of triples: rdflib, pyoxigraph, pyld (a JSON-LD 1.1 processor, when installed) and Apache Jena's
`riot --validate` (when Jena is installed).

Jena: a distribution's `riot` on PATH (or under $JENA_HOME/bin) is used as it is. Debian's
`libapache-jena-java` (apt-get install -y libapache-jena-java) ships the jars without the scripts,
and its jena-core.jar keeps the shaded xerces message files under org/apache/jena/ext/xerces/ while
the classes look for them under xerces/: without them every run dies in XSDDatatype's static
initialiser ("internal error"). The fixture below copies them to xerces/... in a temporary folder
and puts that folder on the classpath. Debian has no jakarta.json provider (Eclipse Parsson), which
Jena's JSON-LD 1.1 reader (titanium) needs, so with Debian's jars the JSON-LD check is skipped.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic


@pytest.fixture(scope="module")
def files(seed_out) -> dict[str, Path]:
    ttl = seed_out / "2019-07-30-ngo-quyen.ttl"
    return {"turtle": ttl, "json-ld": ttl.with_suffix(".jsonld")}


@pytest.fixture(scope="module")
def expected(seed_built) -> int:
    """The number of triples the build made (and validated)."""
    return len(seed_built.graph)


# --- rdflib -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("syntax", ["turtle", "json-ld"])
def test_rdflib_loads_without_a_warning(files, expected, syntax, caplog):
    caplog.set_level(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)  # rdflib's own
        graph = Graph().parse(files[syntax], format=syntax)
    assert [r.getMessage() for r in caplog.records] == []
    assert len(graph) == expected
    ill_typed = [o for o in graph.objects() if isinstance(o, Literal) and o.ill_typed]
    assert ill_typed == []  # every typed literal is a valid lexical form of its datatype


# --- pyoxigraph -------------------------------------------------------------------------------------

@pytest.mark.parametrize("syntax", ["turtle", "json-ld"])
def test_pyoxigraph_loads_with_the_same_count(files, expected, syntax):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE if syntax == "turtle" else ox.RdfFormat.JSON_LD
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        store = ox.Store()
        store.load(path=str(files[syntax]), format=fmt)
        parsed = list(ox.parse(path=str(files[syntax]), format=fmt))
    assert len(store) == len(parsed) == expected


def test_pyoxigraph_reads_the_same_graph_from_both(files):
    import pyoxigraph as ox

    ttl = {str(q) for q in ox.parse(path=str(files["turtle"]), format=ox.RdfFormat.TURTLE)}
    jsonld = {str(q) for q in ox.parse(path=str(files["json-ld"]), format=ox.RdfFormat.JSON_LD)}
    assert ttl == jsonld


# --- pyld -------------------------------------------------------------------------------------------

def test_pyld_reads_the_jsonld_without_fetching_anything(files, expected):
    jsonld = pytest.importorskip("pyld.jsonld", reason="pyld is a test extra: pip install -e '.[test]'")
    import json

    def no_fetching(url, options=None):
        raise AssertionError(f"the JSON-LD asked for a remote document: {url}")

    doc = json.loads(files["json-ld"].read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": no_fetching})
    graph = Graph().parse(data=nquads, format="nquads")
    assert len(graph) == expected
    assert isomorphic(graph, Graph().parse(files["turtle"], format="turtle"))


# --- Apache Jena ------------------------------------------------------------------------------------

DEBIAN_JARS = Path("/usr/share/java")
# jena's own jars and, by their Debian names, what riot needs of their dependencies; one slf4j binding
_DEPENDENCIES = ("commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io", "commons-lang3",
                 "dexx.collection", "gson", "guava", "httpclient", "httpcore", "jackson-core", "jackson-databind",
                 "jsonld-java", "jakarta.json-api", "protobuf", "thrift", "titanium-json-ld", "slf4j-api",
                 "slf4j-simple")


def _riot_script() -> list[str] | None:
    home = os.environ.get("JENA_HOME")
    for candidate in ([str(Path(home) / "bin" / "riot")] if home else []) + [shutil.which("riot") or ""]:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return [candidate]
    return None


def _debian_riot(folder: Path) -> tuple[list[str], list[Path]] | None:
    java = shutil.which("java")
    if not java or not (DEBIAN_JARS / "jena-core.jar").is_file():
        return None
    jars = sorted(DEBIAN_JARS.glob("jena-*.jar"))
    jars += [DEBIAN_JARS / f"{name}.jar" for name in _DEPENDENCIES if (DEBIAN_JARS / f"{name}.jar").is_file()]
    resources = folder / "jena-resources"
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(DEBIAN_JARS / "jena-core.jar") as jar:
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = resources / "xerces" / name[len(prefix):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    classpath = os.pathsep.join([*map(str, jars), str(resources)])
    return [java, "-cp", classpath, "riotcmd.riot"], jars


def _has_jsonld11(jars: list[Path]) -> bool:
    for jar in jars:
        with zipfile.ZipFile(jar) as z:
            names = set(z.namelist())
        if "META-INF/services/jakarta.json.spi.JsonProvider" in names or \
                "org/eclipse/parsson/JsonProviderImpl.class" in names:
            return True
    return False


@pytest.fixture(scope="module")
def riot(tmp_path_factory):
    script = _riot_script()
    if script:
        return script, True
    debian = _debian_riot(tmp_path_factory.mktemp("jena"))
    if debian is None:
        pytest.skip("Apache Jena is not installed (apt-get install -y libapache-jena-java, or riot on PATH)")
    command, jars = debian
    return command, _has_jsonld11(jars)


@pytest.mark.parametrize("syntax", ["turtle", "json-ld"])
def test_jena_riot_validates_with_the_same_count(riot, files, expected, syntax):
    command, reads_jsonld11 = riot
    if syntax == "json-ld" and not reads_jsonld11:
        pytest.skip("this Jena has no jakarta.json provider (Eclipse Parsson), so it cannot read JSON-LD 1.1 "
                    "(Debian's libapache-jena-java ships none)")
    done = subprocess.run([*command, "--validate", "--count", str(files[syntax])], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    # --count writes its "FILE : Triples = N" line to stderr; anything else there is a warning
    noise = [line for line in done.stderr.splitlines() if line.strip() and "Triples = " not in line]
    assert noise == [], "riot warned:\n" + "\n".join(noise)
    counts = re.findall(r"Triples = (\d+)", done.stdout + done.stderr)
    assert counts == [str(expected)], done.stdout


def test_jena_riot_reports_a_bad_file(riot, tmp_path):
    # proves the command above really checks: a wrong lexical form is a warning and a failure
    command, _ = riot
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://example.org/a> <https://example.org/p> '
                   '"mười"^^<http://www.w3.org/2001/XMLSchema#integer> .\n', encoding="utf-8")
    done = subprocess.run([*command, "--validate", str(bad)], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 or done.stderr.strip()
    assert "mười" in done.stderr or "integer" in done.stderr
