"""`kg query`'s table form, for a person at a terminal: readable columns first, IRIs as short names.

An IRI under the data's base is shown as a prefixed name (`person:nguyen-van-a-1a2b3c`,
`event:2019-07-30-ngo-quyen/meeting-1`) and never cut, so that rows can be told apart; the
prefixes used are listed under the table. CSV and JSON are not touched: they keep IRIs whole.
"""
from __future__ import annotations

import re

TEXT_WIDTH = 60  # longer text (a sentence) is cut there; an IRI never is
# a path under the base -> (prefix, how much of the path the prefix stands for)
_SCOPED = re.compile(r"^(?P<base>https?://\S*?/)article/(?P<article>[^/#]+)/(?P<kind>event|holding|figure|figures)/(?P<rest>\S+)$")
_PLAIN = re.compile(r"^(?P<base>https?://\S*?/)(?P<kind>person|org|place|role|post|unit|publisher|article)/(?P<rest>\S+)$")
_PREFIX_OF = {"org": "body"}


def short_iri(value: str) -> tuple[str, tuple[str, str] | None]:
    """(what to show, (prefix, the IRI it stands for) or None) for one cell."""
    scoped = _SCOPED.match(value)
    if scoped:
        kind = scoped["kind"]
        namespace = f"{scoped['base']}article/…/{kind}/"
        return f"{kind}:{scoped['article']}/{scoped['rest']}", (kind, namespace)
    plain = _PLAIN.match(value)
    if plain:
        prefix = _PREFIX_OF.get(plain["kind"], plain["kind"])
        return f"{prefix}:{plain['rest']}", (prefix, f"{plain['base']}{plain['kind']}/")
    return value, None


def _is_iri_column(rows: list[list[str]], i: int) -> bool:
    values = [row[i] for row in rows if row[i]]
    return bool(values) and all(re.match(r"^https?://\S+$", v) for v in values)


def text_table(columns: list[str], rows: list[list[str]]) -> str:
    iri_columns = [i for i in range(len(columns)) if _is_iri_column(rows, i)]
    order = [i for i in range(len(columns)) if i not in iri_columns] + iri_columns
    used: dict[str, str] = {}
    cells = []
    for row in rows:
        shown = []
        for i in order:
            value = row[i]
            if i in iri_columns:
                value, prefix = short_iri(value)
                if prefix:
                    used.setdefault(*prefix)
            elif len(value) > TEXT_WIDTH:
                value = value[:TEXT_WIDTH - 1] + "…"
            shown.append(value)
        cells.append(shown)
    heads = [columns[i] for i in order]
    widths = [max([len(h), *(len(r[k]) for r in cells)]) for k, h in enumerate(heads)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    if used:
        lines.append("prefixes: " + ", ".join(f"{p}: {ns}" for p, ns in sorted(used.items())))
    return "\n".join(lines) + "\n"
