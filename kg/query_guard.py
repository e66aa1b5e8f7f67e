"""What a query may do: read. Updates (INSERT, DELETE, LOAD …) are refused everywhere, and federation
(SERVICE, which makes the engine call another server) unless the user allows it by name.

The same check guards `kg query` over files, the store and endpoints, and the `kg serve` gate.
"""
from __future__ import annotations

import re

from .bindings import query_code
from .errors import QueryError

REFUSAL = "updates and federation are not allowed"
_FORMS = re.compile(r"^\s*(?:(?:BASE|PREFIX\s+[\w.-]*:)\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_UPDATE_WORDS = re.compile(r"(?<![\w?$:.-])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:.-])",
                           re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.IGNORECASE)


def check_query(query: str, allow_service: bool = False) -> None:
    """Raise QueryError unless `query` is a read-only query (SELECT, ASK, CONSTRUCT or DESCRIBE) with no
    SERVICE, or with SERVICE when `allow_service`."""
    code = query_code(query)
    if not _FORMS.match(code):
        word = _UPDATE_WORDS.search(code)
        what = f"an update ({word.group(1).upper()})" if word else "not a SELECT, ASK, CONSTRUCT or DESCRIBE query"
        raise QueryError(f"the query is {what}: {REFUSAL}; vnkg only reads")
    if not allow_service and _SERVICE.search(code):
        raise QueryError(f"the query calls another server (SERVICE): {REFUSAL} unless you allow federation "
                         f"with --allow-service")


def uses_service(query: str) -> bool:
    return bool(_SERVICE.search(query_code(query)))
