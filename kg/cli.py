"""The `kg` command line: build, validate, query. It parses arguments and calls the library;
heavy imports happen inside the commands, so `kg --help` is quick."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import KgError

DEFAULT_OUT = "output"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="Vietnamese government news as linked data: build, validate and query the graph.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="extract an article's graph, validate it, write Turtle and JSON-LD",
                       description="Read articles (plain text), extract persons, posts, bodies, events, places and "
                                   "figures, validate against the SHACL shapes, and write DIR/<id>.ttl and "
                                   "DIR/<id>.jsonld. With no ARTICLE, the bundled seed article is built.")
    p.add_argument("articles", nargs="*", metavar="ARTICLE", help="article text files (UTF-8)")
    p.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help="output folder (default: output/)")
    p.add_argument("--base", default=None, metavar="IRI", help="base of minted IRIs (default: https://w3id.org/vnkg/)")
    p.set_defaults(run=_build)

    p = sub.add_parser("validate", help="check RDF files against the shapes (exit 0 conforms, 1 violations, "
                                        "2 unusable input)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=_validate)

    p = sub.add_parser("query", help="run a bundled competency query or a .rq file",
                       description="Run QUERY (a bundled name or a .rq file) over RDF files.")
    p.add_argument("query", metavar="QUERY", help="one of: articles persons positions events participants bodies "
                                                  "places statistics provenance, or a path to a .rq file")
    p.add_argument("--data", action="append", default=[], metavar="FILE",
                   help="Turtle, JSON-LD, N-Triples, N-Quads or TriG file (repeatable)")
    p.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE",
                   help="bind a result column to a value, e.g. name='Nguyễn Văn A' (repeatable); values are bound "
                        "as RDF terms, never pasted into the query")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=_query)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _build(args: argparse.Namespace) -> int:
    from .ids import DEFAULT_BASE
    from .pipeline import build, seed_path, warn

    paths = args.articles or [seed_path()]
    built = build(paths, args.out, args.base or DEFAULT_BASE)
    for b in built:
        for message in b.article.warnings:
            warn(f"{b.article.id}: {message}")
        f = b.facts
        print(f"{b.article.id}: {len(b.graph)} triples, {len(f.persons)} persons, {len(f.posts)} posts, "
              f"{len(f.bodies)} bodies, {len(f.events)} events, {len(f.places)} places, {len(f.figures)} figures "
              f"-> {Path(args.out) / (b.article.id + '.ttl')}, .jsonld")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from .errors import InputError
    from .serialize import parse_file
    from .validate import validate

    graph = Graph()
    for path in args.files:
        try:
            parse_file(path, graph)
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: cannot read it as RDF ({exc})") from exc
    report = validate(graph)
    print(report.text())
    return 0 if report.conforms else 1


def _query(args: argparse.Namespace) -> int:
    from .query import FileSource, run

    if not args.data:
        from .errors import QueryError

        raise QueryError("give the data to query with --data FILE")
    table = run(args.query, FileSource(args.data), args.where)
    sys.stdout.write(table.render(args.format))
    return 0
