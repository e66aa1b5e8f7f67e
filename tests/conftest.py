"""Shared fixtures: the seed graph, built once, and a copy of it that a test may change."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph


@pytest.fixture(scope="session")
def seed_built():
    """The bundled seed article, read, extracted, mapped and validated once for the session."""
    from kg.pipeline import materialize, seed_path

    return materialize(seed_path())


@pytest.fixture
def seed_graph(seed_built) -> Graph:
    """A private copy of the seed graph, with the same prefixes, that a test may change."""
    graph = Graph()
    for prefix, namespace in seed_built.graph.namespaces():
        graph.bind(prefix, namespace, override=True, replace=True)
    for triple in seed_built.graph:
        graph.add(triple)
    return graph


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """`kg build` of the seed into a fresh folder (in-process), shared by read-only tests."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("seed-out")
    assert main(["build", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def archive_site(tmp_path_factory):
    """A site of 200 invented articles (tests/synthetic_archive.py), published once for the session."""
    from synthetic_archive import write_archive

    from kg.publish.site import publish

    folder = tmp_path_factory.mktemp("archive")
    inputs = write_archive(folder / "output", 200)
    return publish(inputs, folder / "site").out
