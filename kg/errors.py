"""Typed errors: each names what went wrong in words a user can act on."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error vnkg raises on purpose; the CLI prints it on one line."""

    exit_code = 1


class InputError(KgError):
    """The article cannot be read: empty, binary, not UTF-8, HTML, or an impossible date."""

    exit_code = 2


class ValidationError(KgError):
    """The graph breaks the SHACL shapes; `report` is the readable text."""

    exit_code = 1

    def __init__(self, report: str):
        super().__init__("the graph does not conform to the shapes:\n" + report)
        self.report = report


class QueryError(KgError):
    """An unknown bundled query, an unreadable .rq file, or a bad --where value."""

    exit_code = 2


class StoreError(KgError):
    """A store or endpoint cannot be reached or refused the request."""

    exit_code = 3
