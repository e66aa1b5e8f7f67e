"""The `kg` command line: build, validate, query. It parses arguments and calls the library;
heavy imports happen inside the commands, so `kg --help` is quick."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import KgError

DEFAULT_OUT = "output"
DEFAULT_STORE = "output/store"  # = kg.store.DEFAULT_STORE, and what `kg build` fills by default


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
    p.add_argument("--store", default=None, metavar="PATH",
                   help="embedded store to fill too, one named graph per article (default: DIR/store)")
    p.add_argument("--no-store", action="store_true", help="write the files only, not the store")
    p.add_argument("--decisions", default=None, metavar="FILE",
                   help="identity decisions to apply (default: DIR/people-decisions.tsv; see `kg people`)")
    p.set_defaults(run=_build)

    p = sub.add_parser("validate", help="check RDF files against the shapes (exit 0 conforms, 1 violations, "
                                        "2 unusable input)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=_validate)

    p = sub.add_parser("query", help="run a bundled competency query or a .rq file",
                       description="Run QUERY (a bundled name or a .rq file) over RDF files.")
    p.add_argument("query", metavar="QUERY", help="one of: articles persons positions events participants bodies "
                                                  "places statistics provenance successors mentions career holders, "
                                                  "or a path to a .rq file")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--data", action="append", default=[], metavar="FILE",
                        help="Turtle, JSON-LD, N-Triples, N-Quads or TriG file (repeatable)")
    source.add_argument("--store", default=None, metavar="PATH",
                        help=f"embedded store (the default when no source is given: {DEFAULT_STORE})")
    source.add_argument("--endpoint", default=None, metavar="URL",
                        help="SPARQL 1.1 query URL; credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or "
                             "KG_ENDPOINT_TOKEN (see docs/stores.md)")
    p.add_argument("--union", action="store_true",
                   help="with --endpoint: query the endpoint's own default graph, not the merged graph that "
                        "`kg load` keeps (for stores filled by other means)")
    _http_options(p)
    p.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE",
                   help="bind a result column to a value, e.g. name='Nguyễn Văn A' (repeatable); values are bound "
                        "as RDF terms, never pasted into the query")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD",
                   help="with `holders`: who held the post on that day (see the query's header)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(run=_query)

    p = sub.add_parser("load", help="load RDF files into the embedded store or a SPARQL 1.1 store",
                       description="Load articles' graphs, one named graph per article (re-loading replaces it), "
                                   "and the ontology in a graph of its own, into the embedded store or, over the "
                                   "Graph Store HTTP Protocol, into any SPARQL 1.1 store. Exit 0 when every graph "
                                   "loaded, 1 when some failed (listed), 3 when the store cannot be used.")
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR",
                   help=f"RDF files, or folders of them (default: {DEFAULT_OUT}/)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--store", default=None, metavar="PATH", help=f"embedded store (default: {DEFAULT_STORE})")
    target.add_argument("--endpoint", default=None, metavar="URL",
                        help="SPARQL query URL of the store; for Oxigraph's …/query the graph store …/store is "
                             "found from it")
    p.add_argument("--graph-store", default=None, metavar="URL",
                   help="Graph Store Protocol URL, where each graph is PUT (e.g. Fuseki …/ds/data, Virtuoso "
                        "…/sparql-graph-crud-auth)")
    p.add_argument("--graph-param", default="graph", metavar="NAME",
                   help="query parameter naming the graph in the graph store URL (default: graph)")
    p.add_argument("--no-ontology", action="store_true", help="do not (re)load the ontology graph")
    _http_options(p)
    p.set_defaults(run=_load)

    p = sub.add_parser("serve", help="a SPARQL endpoint and query page over the embedded store, on 127.0.0.1",
                       description="Start the `oxigraph` server (pip install 'vnkg[server]') over the store, bound "
                                   "to 127.0.0.1, with the union of the graphs as the default graph. Ctrl-C stops it.")
    p.add_argument("--store", default=DEFAULT_STORE, metavar="PATH", help=f"embedded store (default: {DEFAULT_STORE})")
    p.add_argument("--port", type=int, default=7878, metavar="N", help="port (default: 7878)")
    p.add_argument("--read-only", action="store_true", help="refuse updates and graph store writes")
    p.set_defaults(run=_serve)

    p = sub.add_parser("publish", help="write the graph as a static linked-data site: HTML, JSON-LD, Turtle, VoID",
                       description="Publish what `kg build` wrote (the *.ttl files in output/, or --data FILE...) as "
                                   "a static site whose paths mirror the IRIs: a page per entity with its framed "
                                   "JSON-LD and Turtle beside it, the article as schema.org, VoID/DCAT, the "
                                   "ontology, the shapes and full dumps. Nothing is extracted again, no remote "
                                   "context is fetched, and the same data gives the same bytes.")
    p.add_argument("--data", action="extend", nargs="+", default=[], metavar="FILE",
                   help=f"RDF files to publish (default: {DEFAULT_OUT}/*.ttl)")
    p.add_argument("--out", default="site", metavar="DIR", help="site folder, replaced as a whole (default: site/)")
    p.add_argument("--base", default=None, metavar="IRI",
                   help="IRI the site is served at (default: the base the data was minted with)")
    p.add_argument("--license", default="https://creativecommons.org/licenses/by/4.0/", metavar="IRI",
                   help="licence of the data, for the VoID description (default: CC BY 4.0)")
    p.add_argument("--sparql", default=None, metavar="URL", help="SPARQL endpoint to name in the VoID description")
    p.add_argument("--serve", action="store_true", help="then serve the site on 127.0.0.1 (Ctrl-C stops)")
    p.add_argument("--port", type=int, default=8000, metavar="N", help="port for --serve (default: 8000)")
    p.set_defaults(run=_publish)

    p = sub.add_parser("map", help="draw an article's places on a map (SVG or HTML), with their 2025 successors",
                       description="Draw the places an article names on a simple map: the official units they were on "
                                   "the article's date, at the points of the reference data, with GSO codes, and "
                                   "arrows to the 2025 units that took their ground. INPUT is an article text (built "
                                   "in memory; only the map is written) or its graph (.ttl, .jsonld, .nt, .nq, "
                                   ".trig); with none, the bundled seed article. No base map: the data has points, "
                                   "not boundaries.")
    p.add_argument("input", nargs="?", metavar="INPUT", help="article text or RDF file (default: the seed article)")
    p.add_argument("--out", default=None, metavar="FILE",
                   help=f"the map, .svg or .html (default: {DEFAULT_OUT}/<id>-places.svg)")
    p.set_defaults(run=_map)

    from .people.commands import add_parser as people_parser

    people_parser(sub, DEFAULT_OUT)
    return parser


def _http_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="timeout of each HTTP request to an endpoint (default: 30)")
    p.add_argument("--retries", type=int, default=3, metavar="N",
                   help="retries, with backoff, after a connection error, timeout or 5xx answer (default: 3)")


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
    from .pipeline import build, seed_path

    paths = args.articles or [seed_path()]
    from .people import default_decisions, load_decisions

    load_decisions(args.decisions or default_decisions(args.out))  # a bad decisions file stops the build first
    built = build(paths, args.out, args.base or DEFAULT_BASE)
    _report_build(built, args)
    people = _resolve_people(args)
    if not args.no_store:
        from .errors import StoreError
        from .pipeline import fill_store

        store = args.store or str(Path(args.out) / "store")
        try:
            report = fill_store(built, store, people)
        except StoreError as exc:
            raise StoreError(f"the files are written, but the store was not filled: {exc} "
                             f"(or build with --no-store)") from exc
        if not report.ok:
            raise StoreError(f"the files are written, but the store was not filled:\n{report.summary()}")
        print(f"store: {report.graphs} graph{'s' if report.graphs != 1 else ''} ({report.triples:,} triples) "
              f"replaced in {store}")
    return 0


def _resolve_people(args: argparse.Namespace):
    """Persons across the articles of the folder (kg/people), once the folder holds more than one."""
    from .people import PEOPLE_FILE, resolve_folder
    from .people.records import article_files

    out = Path(args.out)
    if len(article_files(out)) < 2 and not (out / PEOPLE_FILE).exists() and not args.decisions:
        return None
    resolved = resolve_folder(out, args.decisions)
    for message in resolved.resolution.warnings:
        from .pipeline import warn

        warn(message)
    print(resolved.summary())
    return resolved


def _report_build(built, args: argparse.Namespace) -> None:
    from .pipeline import warn

    for b in built:
        for message in b.article.warnings:
            warn(f"{b.article.id}: {message}")
        for message in b.facts.warnings:
            if message.startswith("places:"):  # kg/places.py: names left without a code
                warn(f"{b.article.id}: {message}")
        f = b.facts
        print(f"{b.article.id}: {len(b.graph)} triples, {len(f.persons)} persons, {len(f.posts)} posts, "
              f"{len(f.bodies)} bodies, {len(f.events)} events, {len(f.places)} places, {len(f.figures)} figures "
              f"-> {Path(args.out) / (b.article.id + '.ttl')}, .jsonld")


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
    from .query import EndpointSource, FileSource, StoreSource, run

    if args.data:
        source = FileSource(args.data)
    elif args.endpoint:
        source = EndpointSource(args.endpoint, default_graph=None if args.union else "merged",
                                timeout=args.timeout, retries=args.retries)
    else:
        source = StoreSource(args.store or DEFAULT_STORE)
    try:
        table = run(args.query, source, args.where, args.on)
    finally:
        if hasattr(source, "close"):
            source.close()
    sys.stdout.write(table.render(args.format))
    return 0


def _load(args: argparse.Namespace) -> int:
    from .store.inputs import file_inputs, ontology_input
    from .store.loader import EmbeddedWriter, EndpointWriter, load

    inputs, failures = file_inputs(args.inputs or [DEFAULT_OUT])
    if not args.no_ontology:
        inputs.insert(0, ontology_input())
    if args.endpoint or args.graph_store:
        from .store.remote import Endpoint

        endpoint = Endpoint(args.endpoint, args.graph_store, timeout=args.timeout, retries=args.retries,
                            graph_param=args.graph_param)
        if not endpoint.graph_store:
            from .errors import StoreError

            raise StoreError("give the Graph Store Protocol URL with --graph-store URL (see docs/stores.md)")
        report = load(inputs, EndpointWriter(endpoint), failures=failures, progress=_Progress())
    else:
        from .store.embedded import EmbeddedStore

        with EmbeddedStore(args.store or DEFAULT_STORE) as store:
            report = load(inputs, EmbeddedWriter(store), failures=failures, progress=_Progress())
    print(report.summary())
    return 0 if report.ok else 1


class _Progress:
    """A progress line on stderr, at most once a second, for loads that take longer than a second."""

    def __init__(self, every: float = 1.0):
        import time

        self.every = every
        self.clock = time.monotonic
        self.last = self.clock()
        self.shown = False

    def __call__(self, report) -> None:
        now = self.clock()
        end = report.inputs_done == report.inputs
        if now - self.last < self.every and not (end and self.shown):
            return
        self.last = now
        line = (f"kg: {report.inputs_done:,}/{report.inputs:,} inputs, {report.graphs:,} graphs, "
                f"{report.triples:,} triples, {len(report.failures):,} failed")
        tty = sys.stderr.isatty()
        sys.stderr.write(("\r" + line + ("\n" if end else "")) if tty else line + "\n")
        sys.stderr.flush()
        self.shown = True


def _serve(args: argparse.Namespace) -> int:
    from .store.server import serve

    return serve(args.store, args.port, read_only=args.read_only)


def _publish(args: argparse.Namespace) -> int:
    from .publish.site import publish
    from .publish.source import default_inputs

    done = publish(args.data or default_inputs(DEFAULT_OUT), args.out, args.base, license=args.license,
                   sparql=args.sparql)
    print(f"{done.out}/: {done.pages} pages, {done.files} files, {done.triples} triples, base {done.base}")
    if args.serve:
        from .publish.serve import serve

        serve(str(done.out), args.port)
    return 0


def _map(args: argparse.Namespace) -> int:
    from .pipeline import seed_path, warn
    from .placemap import write_map

    if args.out and Path(args.out).suffix.lower() not in (".svg", ".html", ".htm"):
        from .errors import InputError

        raise InputError(f"{args.out}: the map is written as .svg or .html")
    source = args.input or str(seed_path())
    if source.rsplit(".", 1)[-1].lower() in ("ttl", "jsonld", "json", "nt", "nq", "trig"):
        from rdflib import Graph

        from .errors import InputError
        from .serialize import parse_file

        graph = Graph()
        try:
            parse_file(source, graph)
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"{source}: cannot read it as RDF ({exc})") from exc
        name = Path(source).name.rsplit(".", 1)[0]
    else:
        from .pipeline import materialize

        built = materialize(source)
        graph, name = built.graph, built.article.id
        for message in built.facts.warnings:
            if message.startswith("places:"):
                warn(f"{name}: {message}")
    out = args.out or str(Path(DEFAULT_OUT) / f"{name}-places.svg")
    data = write_map(graph, out)
    drawn = sum(1 for u in data.units.values() if u.lon is not None)
    print(f"{out}: {len(data.lines)} places named, {drawn} units with points")
    return 0
