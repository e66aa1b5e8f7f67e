"""The whole flow on one screen: read -> extract -> map -> validate -> write.

`materialize(path) -> Built` does everything but writing; `build(paths, out)`
validates every article before it writes any file, and writes each file through
a temporary name, so a failure never leaves half-written output behind.
"""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .extract import extract
from .files import DEFAULT_MAX_SIZE
from .ids import DEFAULT_BASE, Minter
from .mapping import to_graph
from .model import Facts
from .places import place_graph
from .reader import Article, read_article
from .serialize import context, to_jsonld, to_turtle
from .errors import ValidationError
from .validate import Report, validate

SEED_NAME = "2019-07-30-ngo-quyen.txt"


def seed_path() -> Path:
    """The bundled seed article, the default input of `kg build`."""
    return Path(str(resources.files("kg.data").joinpath("seed", SEED_NAME)))


@dataclass
class Built:
    article: Article
    facts: Facts
    graph: Graph
    report: Report
    base: str

    @property
    def iri(self) -> str:
        return str(Minter(self.base).article(self.article.id))


def materialize(path: str | Path, base: str = DEFAULT_BASE, max_size: int | None = DEFAULT_MAX_SIZE) -> Built:
    """One article file -> its validated graph. Raises InputError or ValidationError."""
    built = assemble(read_article(path, max_size=max_size), base)
    if not built.report.conforms:
        raise ValidationError(built.report.text())
    return built


def assemble(article: Article, base: str = DEFAULT_BASE) -> Built:
    """An article already read -> its graph and SHACL report, whether or not the graph conforms."""
    facts, graph = facts_and_graph(article, base)
    return Built(article, facts, graph, validate(graph), base)


def facts_and_graph(article: Article, base: str = DEFAULT_BASE) -> tuple[Facts, Graph]:
    """An article already read -> its facts and graph, not yet validated (kg.validate_units validates many)."""
    facts = extract(article)
    graph = to_graph(article, facts, base)
    place_graph(article, facts, base, into=graph)  # official units, points, 2025 successors
    return facts, graph


def article_files(built: Built, out_dir: str | Path) -> dict[Path, str]:
    """The files one article is written as: `<id>.ttl` and `<id>.jsonld`."""
    out = Path(out_dir)
    return {out / f"{built.article.id}.ttl": to_turtle(built.graph),
            out / f"{built.article.id}.jsonld": to_jsonld(built.graph, built.base)}


def build(paths: list[str | Path], out_dir: str | Path, base: str = DEFAULT_BASE,
          max_size: int | None = DEFAULT_MAX_SIZE) -> list[Built]:
    """Build every article, then write `<id>.ttl`, `<id>.jsonld` and `context.jsonld` to out_dir."""
    built = [materialize(p, base, max_size) for p in paths]
    ids = [b.article.id for b in built]
    if len(set(ids)) != len(ids):
        from .errors import InputError

        raise InputError("two inputs have the same article id (file name); rename one")
    out = Path(out_dir)
    files: dict[Path, str] = {out / "context.jsonld": _context_text(base)}
    for b in built:
        files[out / f"{b.article.id}.ttl"] = to_turtle(b.graph)
        files[out / f"{b.article.id}.jsonld"] = to_jsonld(b.graph, base)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_atomically(files)
    except OSError as exc:  # a file where the folder should be, a full disk, no permission: one line, not a trace
        from .errors import KgError

        raise KgError(f"{out}: cannot write the output ({exc.strerror or exc})") from exc
    return built


def fill_store(built: list[Built], store: str | Path, people=None):
    """Replace each article's named graph (and the ontology's, and the people graph of kg.people.Resolved
    when given) in the embedded store -> LoadReport."""
    from .store.loader import load_built

    graphs = [(b.iri, b.graph, str(b.article.id)) for b in built]
    if people is not None:
        graphs.append((people.graph_iri, Graph().parse(people.path, format="turtle"), people.path.name))
    return load_built(graphs, store)


def _context_text(base: str) -> str:
    import json

    return json.dumps(context(base), ensure_ascii=False, indent=2) + "\n"


def write_atomically(files: dict[Path, str]) -> None:
    """Write all files through temporary names, then rename them into place."""
    staged: list[tuple[str, Path]] = []
    umask = os.umask(0)
    os.umask(umask)
    try:
        for path, text in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            staged.append((tmp, path))  # before writing: a failed write must not leave its temporary file
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; output is for others to read, as any new file
    except BaseException:
        for tmp, _ in staged:
            os.unlink(tmp)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)


def warn(message: str) -> None:
    print(f"kg: warning: {message}", file=sys.stderr)
