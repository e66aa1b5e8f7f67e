"""Benchmark: the embedded store against rdflib in memory, on a synthetic corpus of >= 1M triples.

    .venv/bin/python benchmarks/store.py [--triples 1000000] [--runs 7] [--rdflib-runs 3] [--keep DIR]

The corpus is the seed article's graph told again and again with other facts: each copy gets its
own article IRI and date, four people drawn from a pool of made-up names (so a person recurs
across articles and has a career), and the province of its bodies and places drawn from the
63 provinces (so "Thành ủy <province>" recurs in many articles). Each copy is an N-Triples file;
`kg load DIR` puts them in a fresh store (bulk loader), and the time of that is the load throughput.

Then the nine bundled queries run unfiltered and filtered through --where to one person, body,
event or article, on the store (the median of --runs runs) and on rdflib holding the same triples
in one in-memory Graph (the median of --rdflib-runs runs), with the same query text. It prints a
table: rows, store ms, rdflib ms, and the ratio. The goals: every filtered query <= 50 ms on the
store, and the store >= 20x faster than rdflib.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan",
         "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
         "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Kim", "Hồng", "Công"]
SEED_PROVINCE = "Hải Phòng"
SEED_DISTRICT = "Ngô Quyền"
DISTRICTS = ["Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai",
             "Thanh Xuân", "Hồng Bàng", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh", "Ninh Kiều",
             "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt", "Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn",
             "Liên Chiểu", "Cẩm Lệ", "Thủ Đức", "Gò Vấp", "Tân Bình", "Phú Nhuận", "Bình Thạnh", "Tân Phú"]


def seed_ntriples() -> tuple[str, list[str], str, str]:
    """The seed's graph as N-Triples, its person names, its article slug and date."""
    from kg.pipeline import materialize, seed_path
    from kg.store.inputs import doc_from_rdflib

    built = materialize(seed_path())
    doc = doc_from_rdflib(built.graph, built.iri, "seed")
    return doc.ntriples().decode("utf-8"), list(built.facts.persons), built.article.id, "2019-07-30"


def provinces() -> list[str]:
    from importlib import resources

    text = resources.files("kg.data").joinpath("provinces.tsv").read_text(encoding="utf-8")
    names = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    return [n for n in dict.fromkeys(names) if n != SEED_PROVINCE]


def name_pool(size: int, rng: random.Random) -> list[str]:
    from importlib import resources

    surnames = [s.strip() for s in resources.files("kg.data").joinpath("surnames.txt").read_text(
        encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")][:40]
    pool: dict[str, None] = {}
    while len(pool) < size:
        pool[f"{rng.choice(surnames)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"] = None
    return list(pool)


def labelled_iris(ntriples: str) -> dict[str, tuple[str, str]]:
    import pyoxigraph as ox

    labels = {"https://schema.org/name": "person", "http://www.w3.org/2004/02/skos/core#prefLabel": "body"}
    out = {}
    for quad in ox.parse(input=ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        kind = labels.get(quad.predicate.value)
        base = "https://w3id.org/vnkg/" + ("person/" if kind == "person" else "org/")
        if kind and quad.subject.value.startswith(base):
            out[quad.subject.value] = (kind, quad.object.value)
    return out


def make_corpus(folder: Path, target_triples: int, seed: int = 7) -> tuple[int, int, dict]:
    """Write article copies as N-Triples until target_triples; -> (files, triples, one sample of each kind)."""
    from kg.ids import Minter
    from kg.text import slug

    template, persons, article_slug, seed_date = seed_ntriples()
    minter = Minter()
    named = labelled_iris(template)  # person and body IRIs with the name each is minted from
    per_copy = template.count("\n")
    copies = -(-target_triples // per_copy)
    rng = random.Random(seed)
    pool = name_pool(max(50, copies), rng)  # about four attestations per person
    places = provinces()
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2015, 1, 1)
    sample: dict = {}
    for i in range(copies):
        day = (start + timedelta(days=i)).isoformat()
        new_slug = f"{day}-synth-{i:05d}"
        names = rng.sample(pool, len(persons))
        province, district = rng.choice(places), rng.choice(DISTRICTS)
        mapping = {article_slug: new_slug, seed_date: day, SEED_PROVINCE: province, slug(SEED_PROVINCE): slug(province),
                   SEED_DISTRICT: district, slug(SEED_DISTRICT): slug(district)}
        for old, new in zip(persons, names):
            mapping[old] = new
            mapping[slug(old)] = slug(new)
        pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        for iri, (kind, label) in named.items():  # IRIs minted from the new names, as `kg build` would
            new_label = pattern.sub(lambda m: mapping[m.group(0)], label)
            mapping[iri] = str(minter.person(new_label) if kind == "person" else minter.body(new_label))
        pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
        text = pattern.sub(lambda m: mapping[m.group(0)], template)
        (folder / f"{new_slug}.nt").write_text(text, encoding="utf-8")
        if i == copies // 2:
            sample = {"article": str(minter.article(new_slug)), "name": names[0], "province": province}
    return copies, copies * per_copy, sample


def filtered_cases(sample: dict, tables: dict) -> list[tuple[str, list[str]]]:
    """One person, body, place, event and article of the middle copy, found in the unfiltered answers."""
    def pick(name: str, column: str, test) -> str:
        header = tables[name].columns
        return next(row[header.index(column)] for row in tables[name].rows if test(dict(zip(header, row))))

    article = sample["article"]
    person = pick("persons", "person", lambda r: r["name"] == sample["name"])
    body = pick("bodies", "organization", lambda r: r["name"] == f"Thành ủy {sample['province']}")
    place = pick("places", "place", lambda r: r["name"] == sample["province"])
    event = pick("participants", "event", lambda r: r["event"].startswith(article + "/"))
    subject = pick("statistics", "subject", lambda r: r["observation"].startswith(article + "/"))
    return [
        ("articles", [f"article={article}"]),
        ("persons", [f"person={person}"]),
        ("positions", [f"person={person}"]),
        ("positions", [f"name={sample['name']}"]),
        ("positions", [f"article={article}"]),
        ("events", [f"event={event}"]),
        ("participants", [f"event={event}"]),
        ("bodies", [f"organization={body}"]),
        ("places", [f"place={place}"]),
        ("statistics", [f"subject={subject}"]),
        ("provenance", [f"subject={person}"]),
    ]


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of each query on the store (median)")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="runs of each query on rdflib (median)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib (it takes minutes at 1M triples)")
    parser.add_argument("--keep", default=None, metavar="DIR", help="keep the corpus and store in DIR")
    args = parser.parse_args(argv)

    from kg.query import QUERY_NAMES, load_query, oxigraph_table, parse_where, with_bindings
    from kg.store import MERGED_GRAPH
    from kg.store.embedded import EmbeddedStore
    from kg.store.inputs import file_inputs, ontology_input
    from kg.store.loader import EmbeddedWriter, load

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vnkg-bench-"))
    corpus, store_path = work / "corpus", work / "store"
    t0 = time.perf_counter()
    files, triples, sample = make_corpus(corpus, args.triples)
    print(f"corpus: {files:,} articles, {triples:,} triples, written in {time.perf_counter() - t0:.1f} s ({corpus})")

    inputs, failures = file_inputs([corpus])
    assert not failures
    store = EmbeddedStore(store_path)
    report = load([ontology_input(), *inputs], EmbeddedWriter(store))
    assert report.ok, report.summary()
    print(f"load (kg load, bulk): {report.triples:,} triples in {report.seconds:.1f} s = "
          f"{report.triples / report.seconds:,.0f} triples/s  (store holds {len(store.store):,} quads with the "
          f"merged graph)")

    rdf = None
    if not args.no_rdflib:
        from rdflib import Graph

        t0 = time.perf_counter()
        rdf = Graph()
        for path in sorted(corpus.glob("*.nt")):
            rdf.parse(path, format="nt")
        seconds = time.perf_counter() - t0
        print(f"rdflib parse into one in-memory Graph: {len(rdf):,} triples in {seconds:.1f} s = "
              f"{len(rdf) / seconds:,.0f} triples/s")

    print()
    print(f"{'query':<13} {'--where':<58} {'rows':>7} {'store ms':>9} {'rdflib ms':>10} {'ratio':>7}")
    worst_filtered, ratios, tables = 0.0, {"all": [], "filtered": []}, {}

    def measure(name: str, where: list[str]) -> None:
        nonlocal worst_filtered
        query = load_query(name)
        bound = parse_where(where)
        store_ms, table = timed(lambda: oxigraph_table(store.store, query, bound, default_graph=MERGED_GRAPH),
                                args.runs)
        if not where:
            tables[name] = table
        line = f"{name:<13} {(where[0] if where else '(all rows)')[:58]:<58} {len(table.rows):>7} {store_ms:>9.1f}"
        if rdf is not None:
            text = with_bindings(query, bound)
            rdf_ms, result = timed(lambda: list(rdf.query(text)), args.rdflib_runs)
            assert len(result) == len(table.rows), (name, where, len(result), len(table.rows))
            ratios["filtered" if where else "all"].append(rdf_ms / store_ms)
            line += f" {rdf_ms:>10.1f} {rdf_ms / store_ms:>6.0f}x"
        print(line, flush=True)
        if where:
            worst_filtered = max(worst_filtered, store_ms)

    for name in QUERY_NAMES:
        measure(name, [])
    for name, where in filtered_cases(sample, tables):
        measure(name, where)
    print()
    print(f"slowest filtered query on the store: {worst_filtered:.1f} ms (goal <= 50 ms)")
    for kind, values in ratios.items():
        if values:
            print(f"store vs rdflib, {kind} queries: median {statistics.median(values):.0f}x, "
                  f"lowest {min(values):.0f}x, highest {max(values):.0f}x (goal >= 20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
