"""What `kg build` is asked to read -> one Source per article, found before any work.

Arguments are files, folders (read recursively), glob patterns, and the lines of a
`--files-from` list. A JSON Lines file holds one article per line. Each Source carries
its article id and a digest of its bytes, so that duplicate ids are found at once and
the manifest can tell an unchanged article from a changed one.
"""
from __future__ import annotations

import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from ..text import slug

HTML_ENDINGS = (".html", ".htm", ".xhtml")
JSONL_ENDINGS = (".jsonl", ".ndjson")
TEXT_ENDINGS = (".txt",)
LONGEST_ID = 120  # ids are file names: a longer slug is cut and given a digest of what it was cut from


@dataclass(frozen=True)
class Source:
    """One article to build: where it is, how to read it, and what it is called."""

    id: str
    input: str  # as the report names it: the path, or `path:line` for a JSON Lines record
    kind: str  # text | html | jsonl
    path: str  # absolute, so that a worker elsewhere (a Dask cluster's shared folder) finds it
    digest: str  # sha256 of the bytes the article is read from
    offset: int = 0  # byte offset of a JSON Lines record in its file


def kind_of(path: Path) -> str:
    ending = path.suffix.lower()
    if ending in HTML_ENDINGS:
        return "html"
    if ending in JSONL_ENDINGS:
        return "jsonl"
    return "text"


def collect(arguments: Iterable[str], files_from: str | None = None, skip: Path | None = None) -> list[Source]:
    """Every article the arguments name, in their order. Raises InputError (exit 2) for an argument that
    names nothing, a list that cannot be read, or two articles with one id (both named)."""
    names = list(arguments)
    if files_from is not None:
        names += _listed(files_from)
    sources: list[Source] = []
    seen_files: set[Path] = set()
    for path in _files(names, skip):
        resolved = path.resolve()
        if resolved in seen_files:  # the same file named twice (a folder and a file in it): read once
            continue
        seen_files.add(resolved)
        sources.extend(_sources_of(resolved, path))
    _refuse_duplicates(sources)
    return sources


def _listed(files_from: str) -> list[str]:
    try:
        text = sys.stdin.read() if files_from == "-" else Path(files_from).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise InputError(f"{files_from}: cannot read the list of files ({reason})") from exc
    return [line.strip() for line in text.splitlines() if line.strip()]


def _files(names: list[str], skip: Path | None) -> Iterator[Path]:
    skip = skip.resolve() if skip is not None else None
    for name in names:
        path = Path(name)
        if path.is_dir():
            yield from _folder(path, skip)
        elif path.is_file():
            yield path
        elif glob.has_magic(name):
            matched = sorted(glob.glob(name, recursive=True))
            if not matched:
                raise InputError(f"{name}: no file matches this pattern")
            for match in matched:
                m = Path(match)
                yield from (_folder(m, skip) if m.is_dir() else [m])
        else:
            raise InputError(f"{name}: cannot read the file (no such file or folder)")


def _folder(folder: Path, skip: Path | None) -> Iterator[Path]:
    """The articles in a folder and its subfolders, in name order; hidden files and the output folder left out."""
    endings = TEXT_ENDINGS + HTML_ENDINGS + JSONL_ENDINGS
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue
        if skip is not None and skip in path.resolve().parents:
            continue
        if path.suffix.lower() in endings:
            yield path


def _sources_of(resolved: Path, named: Path) -> list[Source]:
    kind = kind_of(named)
    if kind == "jsonl":
        return list(_records(resolved, named))
    try:
        data = resolved.read_bytes()
    except OSError as exc:
        raise InputError(f"{named}: cannot read the file ({exc.strerror or exc})") from exc
    return [Source(slug(named.stem), str(named), kind, str(resolved), _digest(data))]


def _records(resolved: Path, named: Path) -> Iterator[Source]:
    """One Source per non-blank line; a line that is not a JSON object still gets an id (and fails later)."""
    try:
        handle = resolved.open("rb")
    except OSError as exc:
        raise InputError(f"{named}: cannot read the file ({exc.strerror or exc})") from exc
    with handle:
        offset = 0
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield Source(record_id(line, named, number), f"{named}:{number}", "jsonl", str(resolved),
                             _digest(line), offset)
            offset += len(line)


def record_id(line: bytes, named: Path, number: int) -> str:
    """A JSON Lines record's id: the slug of its URL; failing that, of its title; failing that, file and line."""
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if isinstance(record, dict):
        if isinstance(record.get("url"), str) and record["url"].strip():
            return url_id(record["url"])
        if isinstance(record.get("title"), str) and record["title"].strip():
            return short_id(slug(record["title"]), record["title"])
    return f"{slug(named.stem)}-{number}"


def url_id(url: str) -> str:
    """'https://www.tienlang.gov.vn/tin-tuc/hoi-nghi-123.html' -> 'tienlang-gov-vn-tin-tuc-hoi-nghi-123'."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path
    for ending in (".html", ".htm", ".aspx", ".php", ".shtml"):
        if path.lower().endswith(ending):
            path = path[: -len(ending)]
    text = " ".join(p for p in (host, path, parts.query) if p)
    return short_id(slug(text), url)


def short_id(text: str, whole: str) -> str:
    if len(text) <= LONGEST_ID:
        return text
    return text[: LONGEST_ID - 9].rstrip("-") + "-" + hashlib.sha256(whole.encode("utf-8")).hexdigest()[:8]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _refuse_duplicates(sources: list[Source]) -> None:
    first: dict[str, Source] = {}
    for source in sources:
        held = first.setdefault(source.id, source)
        if held is not source:
            raise InputError(f"two inputs have the same article id '{source.id}': {held.input} and "
                             f"{source.input}; rename one (the id is the file name, or the URL of a JSON Lines "
                             f"record)")
