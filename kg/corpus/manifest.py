"""The manifest: what each article was built from, by which version of the tool, and whether the store has it.

It lives in OUT/.kg/manifest.jsonl, one JSON object per line, the last line about an
id winning. During a run each finished article is appended at once (so a run killed
at any moment loses at most the articles in flight); at the end the file is written
anew, one line per article in id order, so the same corpus gives the same bytes.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import metadata, resources
from pathlib import Path

from .work import Outcome

MANIFEST = Path(".kg") / "manifest.jsonl"
STORE_LOADING = Path(".kg") / "store-loading"  # present while a batch is being written to the store


@functools.cache
def tool_version() -> str:
    """The package version and a digest of the code and data that make the graph: a change to either
    rebuilds every article, even when the version number was not raised."""
    digest = hashlib.sha256()
    kg_root = Path(__file__).resolve().parents[1]  # kg is a namespace package: no __file__ of its own
    roots = {"kg": kg_root, **{p: Path(str(resources.files(p))) for p in ("kg.shapes", "kg.ontology")}}
    for package, root in roots.items():
        for path in sorted(_walk(root)):
            digest.update(f"{package}/{path.relative_to(root).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    try:
        version = metadata.version("vnkg")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"{version}+{digest.hexdigest()[:12]}"


def _walk(folder):
    for item in folder.iterdir():
        if item.is_dir():
            if item.name not in ("__pycache__", "publish", "store", "queries"):  # they do not make the graph
                yield from _walk(item)
        elif item.name.endswith((".py", ".tsv", ".txt", ".jsonld", ".ttl", ".rq")):
            yield item


class Manifest:
    def __init__(self, out: Path):
        self.path = out / MANIFEST
        self.entries: dict[str, dict] = {}
        if self.path.exists():
            with self.path.open(encoding="utf-8") as handle:
                for line in handle:
                    try:
                        entry = json.loads(line)
                    except ValueError:  # the last line of a run killed while writing it
                        continue
                    if entry.get("removed"):
                        self.entries.pop(entry["id"], None)
                    else:
                        self.entries[entry["id"]] = entry
        self._journal = None

    def get(self, article_id: str) -> dict | None:
        return self.entries.get(article_id)

    def record(self, outcome: Outcome, digest: str, version: str) -> None:
        entry = {"id": outcome.id, "input": outcome.input, "digest": digest, "version": version,
                 "status": outcome.status, "counts": outcome.counts, "warnings": outcome.warnings + outcome.notes,
                 "error": outcome.error, "stored": False}
        self.entries[outcome.id] = entry
        self._append(entry)

    def mark_stored(self, article_ids: list[str]) -> None:
        for article_id in article_ids:
            entry = self.entries.get(article_id)
            if entry is not None and not entry["stored"]:
                entry["stored"] = True
                self._append(entry)

    def mark_unstored(self) -> None:
        """The store is gone or new: every article is to be loaded again."""
        for entry in self.entries.values():
            entry["stored"] = False

    def remove(self, article_id: str) -> None:
        if self.entries.pop(article_id, None) is not None:
            self._append({"id": article_id, "removed": True})

    def _append(self, entry: dict) -> None:
        if self._journal is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._journal = self.path.open("a", encoding="utf-8")
        self._journal.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        self._journal.flush()  # to the OS at once: a process killed later loses nothing written here

    def close(self) -> None:
        """Write the manifest anew, in id order, through a temporary file."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            for article_id in sorted(self.entries):
                handle.write(json.dumps(self.entries[article_id], ensure_ascii=False, sort_keys=True) + "\n")
        os.replace(tmp, self.path)
