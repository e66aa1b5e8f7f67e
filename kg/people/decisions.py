"""Decisions that people make about person records, kept in a plain text file under version control.

One decision a line, tab-separated: `same` or `different`, two record IRIs (a person as one article names
them, `…/article/<id>/person/<slug>`), then an optional note. Lines starting with `#` are comments. A later
line about the same pair replaces an earlier one. The resolver applies every decision on every build, and a
decision always wins over the evidence.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

DECISIONS_FILE = "people-decisions.tsv"
VERDICTS = ("same", "different")
HEADER = ("# vnkg people decisions: same|different <TAB> record IRI <TAB> record IRI <TAB> note\n"
          "# written by `kg people same A B` / `kg people different A B`; applied by every `kg build`\n")


@dataclass
class Decisions:
    judgements: dict[tuple[str, str], str] = field(default_factory=dict)  # (a, b) sorted -> verdict
    notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def record(self, verdict: str, a: str, b: str, note: str = "") -> None:
        if verdict not in VERDICTS:
            raise InputError(f"a decision is 'same' or 'different', not {verdict!r}")
        if a == b:
            raise InputError(f"a decision needs two different records, got {a} twice")
        key = (min(a, b), max(a, b))
        self.judgements.pop(key, None)  # a later decision about the pair replaces the earlier one
        self.judgements[key] = verdict
        self.notes[key] = note

    def same_pairs(self) -> list[tuple[str, str]]:
        return sorted(k for k, v in self.judgements.items() if v == "same")

    def different_pairs(self) -> list[tuple[str, str]]:
        return sorted(k for k, v in self.judgements.items() if v == "different")

    def kept_apart(self, iri: str) -> set[str]:
        return {b if a == iri else a for (a, b), v in self.judgements.items() if v == "different" and iri in (a, b)}

    def text(self) -> str:
        lines = [HEADER]
        for (a, b), verdict in self.judgements.items():
            note = self.notes.get((a, b), "")
            lines.append("\t".join([verdict, a, b] + ([note] if note else [])) + "\n")
        return "".join(lines)


def load_decisions(path: str | Path | None) -> Decisions:
    """The decisions file; a missing file is no decisions. A malformed line is an error naming it."""
    decisions = Decisions()
    if path is None or not Path(path).exists():
        return decisions
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the decisions file ({exc})") from exc
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].strip() not in VERDICTS:
            raise InputError(f"{path}:{n}: expected 'same|different<TAB>IRI<TAB>IRI[<TAB>note]'")
        decisions.record(parts[0].strip(), parts[1].strip(), parts[2].strip(), "\t".join(parts[3:]).strip())
    return decisions


def save_decisions(decisions: Decisions, path: str | Path) -> None:
    """Write the file through a temporary name, so it is never half-written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(decisions.text())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
