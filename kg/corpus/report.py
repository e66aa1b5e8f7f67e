"""What a run says at its end: OUT/report.json (every article), OUT/build.log (every warning), and counts.

Both files list articles in id order and carry no times, so the same corpus gives
the same bytes whatever the number of workers.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPORT = "report.json"
LOG = "build.log"
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_BRACKETED = re.compile(r"\([^)]*\)")


@dataclass
class Summary:
    articles: int = 0
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last run, not built again
    rejected: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # unreadable input or an internal error
    removed: list[str] = field(default_factory=list)  # --prune: inputs that are gone
    orphans: list[str] = field(default_factory=list)  # inputs that are gone, kept without --prune
    unchanged_failures: list[str] = field(default_factory=list)  # skipped, and still not built
    warnings: Counter = field(default_factory=Counter)  # by kind
    stored_graphs: int = 0
    stored_triples: int = 0
    store_seconds: float = 0.0

    @property
    def not_built(self) -> list[str]:
        return sorted(self.rejected + self.failed)


def warning_kind(message: str) -> str:
    """A warning without its particulars, to count warnings by kind: quoted names and numbers go, a leading
    name goes ('xã Cư Mốt: no enclosing district …'), and so does what follows the reason; a one-word
    prefix ('places: …') stays with the reason it introduces."""
    parts = _NUMBER.sub("N", _QUOTED.sub("'…'", message)).split(": ")
    while len(parts) > 1 and any(c.isupper() for c in _BRACKETED.sub("", parts[0])):
        parts.pop(0)
    kind = ": ".join(parts[:2]) if len(parts) > 1 and " " not in parts[0] else parts[0]
    return kind.split(" (")[0].strip()[:100]


def write_report(out: Path, entries: Iterable[dict], summary: Summary) -> None:
    """entries: the manifest's entries of this run's articles, in id order, each with 'skipped' set. Written as
    they come (each article's JSON made on its own), so that a big run does not hold the whole document, its
    text and json's pieces of it at once; the bytes are json.dumps(document, ensure_ascii=False, indent=1)'s."""
    totals = Counter({"articles": 0, "built": 0, "rejected": 0, "failed": 0, "skipped": 0})
    with _staged(out / REPORT) as report, _staged(out / LOG) as log:
        report.write('{\n "articles": [')
        for entry in entries:
            article = {"id": entry["id"], "input": entry["input"], "status": entry["status"],
                       "skipped": entry["skipped"], "counts": entry["counts"], "warnings": entry["warnings"],
                       "error": entry["error"] or None}
            report.write(("\n  " if not totals["articles"] else ",\n  ")
                         + json.dumps(article, ensure_ascii=False, indent=1).replace("\n", "\n  "))
            totals.update(("articles", entry["status"]) + (("skipped",) if entry["skipped"] else ()))
            log.writelines(f"{entry['id']}: warning: {w}\n" for w in entry["warnings"])
            if entry["error"]:
                log.write(f"{entry['id']}: {entry['status']}: {' '.join(entry['error'].split())}\n")
            summary.warnings.update(warning_kind(w) for w in entry["warnings"])
        report.write("\n ]" if totals["articles"] else "]")
        rest = {"totals": {key: totals[key] for key in ("articles", "built", "rejected", "failed", "skipped")}
                | {"removed": len(summary.removed)},
                "warnings": dict(sorted(summary.warnings.items())), "removed": sorted(summary.removed)}
        report.write("," + json.dumps(rest, ensure_ascii=False, indent=1)[1:] + "\n")


@contextlib.contextmanager
def _staged(path: Path) -> Iterator:
    """A file written under a temporary name and renamed into place only once all of it is written (as
    kg.pipeline.write_atomically, for text written piece by piece)."""
    umask = os.umask(0)
    os.umask(umask)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; output is for others to read, as any new file
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def closing_lines(summary: Summary, out: Path, seconds: float, shown_kinds: int = 12) -> list[str]:
    """The lines printed at the end of a run: totals, the warnings by kind, where the report is."""
    built = len(summary.built)
    lines = [f"kg: {summary.articles:,} articles: {built:,} built, {len(summary.skipped):,} unchanged, "
             f"{len(summary.rejected):,} rejected by the shapes, {len(summary.failed):,} failed "
             f"({seconds:.1f} s) -> {out / REPORT}"]
    if summary.removed:
        lines.append(f"kg: {len(summary.removed):,} articles whose input is gone were removed (--prune)")
    if summary.orphans:
        lines.append(f"kg: {len(summary.orphans):,} articles in {out} have no input any more; --prune removes them")
    if summary.stored_graphs:
        lines.append(f"kg: store: {summary.stored_graphs:,} graph{'s' if summary.stored_graphs != 1 else ''} "
                     f"({summary.stored_triples:,} triples) loaded in {summary.store_seconds:.2f} s")
    if summary.warnings:
        total = sum(summary.warnings.values())
        lines.append(f"kg: {total:,} warnings by kind (all of them in {out / LOG}):")
        for kind, count in summary.warnings.most_common(shown_kinds):
            lines.append(f"  {count:>7,}  {kind}")
        if len(summary.warnings) > shown_kinds:
            lines.append(f"  … and {len(summary.warnings) - shown_kinds} more kinds")
    return lines
