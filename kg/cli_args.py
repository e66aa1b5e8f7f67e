"""Types of the command line's option values, and argparse with its errors on one line: a hostile
value (a port of 99999, a timeout of nan, a javascript: IRI) is refused before any command runs."""
from __future__ import annotations

import argparse


class OneLineParser(argparse.ArgumentParser):
    """argparse with its errors on one line (its usage text is in --help)."""

    def error(self, message: str):
        self.exit(2, f"kg: error: {self.prog.removeprefix('kg ')}: {' '.join(message.split())} (see {self.prog} --help)\n")


def port(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 1 to 65535, not {number}")
    return number


def size(text: str) -> int:
    from .files import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def seconds(text: str) -> float:
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"a time in seconds, more than 0, not {text}")
    return value


def http_iri(text: str) -> str:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or any(c in text for c in ' <>"{}|\\^`'):
        raise argparse.ArgumentTypeError(f"give an http(s) IRI, not {text[:80]!r}")
    return text
