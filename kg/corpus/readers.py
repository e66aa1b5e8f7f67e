"""A Source -> the Article the one-article flow reads: plain text, a saved web page, or a JSON Lines record.

A web page's main text, title, date, author and canonical URL come from trafilatura.
A page or a record becomes text for the reader, which then applies its own rules: a
stated date goes in as a `date:` line above the text (a date line in the text itself,
being later, wins), a stated author as the last line (the reader's byline rule decides
whether it is a name). The title and the URL are set on the Article as stated.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from ..files import DEFAULT_MAX_SIZE, check_size, human
from ..reader import Article, parse_article, read_article, strip_stray_markup
from ..reader_stamp import VIETNAM
from .inputs import Source

_WEB_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$")


def read_source(source: Source, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Raises InputError, naming the input, when the article cannot be read (or is over max_size bytes)."""
    if source.kind == "text":
        try:
            return read_article(source.path, source.id, max_size=max_size)
        except InputError as exc:  # named as the user named it, not by its absolute path
            message = str(exc)
            if message.startswith(source.path) and source.path != source.input:
                raise InputError(source.input + message[len(source.path):]) from exc
            raise
    if source.kind == "html":
        check_size(source.path, max_size)
        return _read_page(source)
    article = _read_record(source)
    if max_size is not None and len(article.text.encode("utf-8")) > max_size:
        raise InputError(f"{source.input}: the record's text, {human(len(article.text.encode('utf-8')))}, is over "
                         f"the limit of {human(max_size)} per article (raise it with --max-size)")
    return article


def _read_page(source: Source) -> Article:
    import trafilatura

    try:
        data = Path(source.path).read_bytes()
    except OSError as exc:
        raise InputError(f"{source.input}: cannot read the file ({exc.strerror or exc})") from exc
    page = decode_page(data, source.input)
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise InputError(f"{source.input}: no article text found in the page")
    return _article(source, text, title=found.title, date=found.date, author=found.author, url=found.url)


def decode_page(data: bytes, name: str) -> str:
    """A saved page's bytes -> text: UTF-8 (the portals' encoding) or the charset the page declares."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    raise InputError(f"{name}: the page is neither UTF-8 nor in the charset it declares")


def _read_record(source: Source) -> Article:
    try:
        with open(source.path, "rb") as handle:
            handle.seek(source.offset)
            line = handle.readline()
    except OSError as exc:
        raise InputError(f"{source.input}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        record = json.loads(line)
    except ValueError as exc:
        raise InputError(f"{source.input}: not a JSON object ({exc})") from exc
    if not isinstance(record, dict):
        raise InputError(f"{source.input}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source.input}: the record has no 'text'")
    fields = {k: record.get(k) if isinstance(record.get(k), str) and record.get(k).strip() else None
              for k in ("title", "date", "author", "url")}
    return _article(source, text, **fields)


def _article(source: Source, text: str, title: str | None, date: str | None, author: str | None,
             url: str | None) -> Article:
    """Stated metadata and text -> the Article, read by the reader's own rules."""
    warnings: list[str] = []
    text, stripped = strip_stray_markup(text)
    if stripped:
        warnings.append(f"stray HTML markup stripped from the text ({stripped} tag(s) or entities)")
    lines = []
    stamp = date_line(date) if date else None
    if date and stamp is None:
        warnings.append(f"the stated date {date!r} is not understood; the date is read from the text")
    if stamp:
        lines.append(stamp)
    lines.append(text.strip())
    if author and author.strip() not in text[-300:]:
        lines.append(author.strip())
    try:
        article = parse_article("\n\n".join(lines), source.id, path=source.input)
    except InputError as exc:
        message = str(exc)
        raise InputError(message if message.startswith(source.input) else f"{source.input}: {message}") from exc
    if title:
        article.title = " ".join(title.split())
    if url:
        if _WEB_URL.match(url.strip()):
            article.url = url.strip()
        else:
            warnings.append(f"the stated URL {url!r} is not a web address; left out")
    article.warnings.extend(warnings)
    return article


def date_line(stated: str) -> str | None:
    """A stated date ('2018-03-14', '2018-03-14T09:30:00+07:00', '14/03/2018 09:30') -> a `date:` line in
    Vietnam's time, or None when it is not a date."""
    m = _DAY_MONTH_YEAR.match(stated)
    if m:
        day, month, year, hour, minute = m.groups()
        stated = f"{year}-{int(month):02d}-{int(day):02d}" + (f"T{int(hour):02d}:{minute}" if hour else "")
    try:
        when = datetime.fromisoformat(stated.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(VIETNAM)
    elif "T" not in stated and " " not in stated.strip():
        return f"date: {when:%Y-%m-%d}"
    return f"date: {when:%Y-%m-%d %H:%M}"

