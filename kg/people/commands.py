"""`kg people candidates | same A B | different A B`: the decisions people make about identity.

A or B is a person IRI (as `kg query mentions` shows it) or a record IRI (the `mention` column). A person
IRI is written to the decisions file as the IRI of its earliest record, which never changes while that
article is in the folder; the note keeps the IRI as given.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError
from . import default_decisions, load_decisions, resolve_folder, save_decisions
from .records import article_files


def add_parser(sub, default_out: str) -> None:
    p = sub.add_parser("people", help="who is one person across articles: candidates and decisions",
                       description="List the pairs of persons that share a name but that the evidence could not "
                                   "join or part (candidates), and record decisions about them in a plain text "
                                   "file that every `kg build` applies; a decision always wins.")
    p.add_argument("action", choices=("candidates", "same", "different"))
    p.add_argument("iris", nargs="*", metavar="IRI", help="for same/different: two person or record IRIs")
    p.add_argument("--out", default=default_out, metavar="DIR", help=f"the built folder (default: {default_out}/)")
    p.add_argument("--decisions", default=None, metavar="FILE",
                   help="decisions file (default: DIR/people-decisions.tsv)")
    p.add_argument("--note", default="", metavar="TEXT", help="a note kept with the decision")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not article_files(out):
        raise InputError(f"{out}: no built articles (*.ttl) here; build some with `kg build ... --out {out}`")
    path = Path(args.decisions) if args.decisions else default_decisions(out)
    if args.action == "candidates":
        if args.iris:
            raise InputError("`kg people candidates` takes no IRI")
        resolved = resolve_folder(out, path)
        sys.stdout.write(candidates_text(resolved))
        return 0
    if len(args.iris) != 2:
        raise InputError(f"`kg people {args.action}` takes two IRIs: a person or record IRI each")
    decisions = load_decisions(path)
    resolved = resolve_folder(out, decisions)
    a, b = (record_of(resolved, iri) for iri in args.iris)
    note = args.note or (f"{args.iris[0]} {args.action} {args.iris[1]}" if (a, b) != tuple(args.iris) else "")
    decisions.record(args.action, a, b, note)
    save_decisions(decisions, path)
    resolved = resolve_folder(out, decisions)
    print(f"recorded: {args.action} {a} {b} -> {path}")
    print(resolved.summary())
    print(f"the files are up to date; the store is refreshed by the next `kg build` or by `kg load {out}`")
    return 0


def record_of(resolved, iri: str) -> str:
    """A person IRI (current, or one kept as owl:sameAs) -> its earliest record; a record IRI as it is."""
    clusters = resolved.resolution.clusters
    for cluster in clusters:
        if any(r.iri == iri for r in cluster.records):
            return iri
    target = resolved.redirects.get(iri, iri)
    for cluster, person in zip(clusters, resolved.iris):
        if person == target:
            return cluster.founder.iri
    raise InputError(f"{iri}: no such person or record in {resolved.path.parent} "
                     f"(see `kg query mentions --data ...`)")


def candidates_text(resolved) -> str:
    lines = []
    for n, cand in enumerate(resolved.resolution.candidates, start=1):
        v = cand.verdict
        lines.append(f"{n}. {cand.a.founder.name}: score {v.score:g}; "
                     f"{'; '.join(v.reasons) or 'nothing but the name'}"
                     + (f" (kept apart: {v.conflict})" if v.conflict else ""))
        for cluster in (cand.a, cand.b):
            lines.append(f"   {resolved.iri_of(cluster)}")
            for rec in sorted(cluster.records, key=lambda r: r.order)[:3]:
                lines.append(f"     {rec.article_id} {rec.date or '(no date)'}: {_sentence(rec)}")
            if len(cluster.records) > 3:
                lines.append(f"     … and {len(cluster.records) - 3} more articles")
    if not lines:
        lines.append("no candidate pairs: every pair of persons with one name is decided or told apart")
    else:
        lines.append("decide with: kg people same IRI IRI | kg people different IRI IRI")
    return "\n".join(lines) + "\n"


def _sentence(rec) -> str:
    text = rec.sentence or rec.name
    return text if len(text) <= 160 else text[:159] + "…"
