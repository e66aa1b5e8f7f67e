"""A person's career on their page: the posts they were stated to hold, grouped by body, each step
with its date, its title as written, its term when the graph states one, and the sentence it was
drawn from with the title marked. Readable with forty posts as with one."""
from __future__ import annotations

from .dates import time_element
from .html import bilingual, esc, link, mark


def _first(value):
    return value[0] if isinstance(value, list) else value


def _vi(value) -> str:
    if isinstance(value, dict):
        return str(_first(value.get("vi") or next(iter(value.values()), "")))
    return str(value or "")


def career(renderer, holdings: list, needles: list[str]) -> str:
    """The timeline section for a person document's `holdings` (as the person frame embeds them): by body, each
    title stated once a step, with the dates it was stated on (a title stated in forty articles is one step)."""
    site, here = renderer.site, renderer.here
    groups: dict[str, dict[tuple, list[dict]]] = {}
    labels: dict[str, tuple[str, str]] = {}
    for h in (h for h in holdings if isinstance(h, dict)):
        body = h.get("organization")
        key = body if isinstance(body, str) else (body or {}).get("id", "")
        title = _vi(h.get("titleAsWritten")) or _vi(h.get("label"))
        groups.setdefault(key, {}).setdefault((title, str(h.get("status", ""))), []).append(h)
        if isinstance(body, dict):
            label = body.get("label") or body.get("prefLabel") or {}
            labels[key] = (_vi(label) or key, str(_first(label.get("en", ""))) if isinstance(label, dict) else "")

    def first_date(statements: list[dict]) -> str:
        return min(str(h.get("statedOn", "")) for h in statements)

    order = sorted(groups, key=lambda k: (min(first_date(s) for s in groups[k].values()), labels.get(k, (k,))[0]))
    parts = []
    for key in order:
        steps = sorted(groups[key].items(), key=lambda kv: (first_date(kv[1]), kv[0]))
        vi, en = labels.get(key, (site.label(key), site.label(key, "en")))
        head = (link(site, here, key, vi) if key else esc("—")) + (
            f' <span class="en" lang="en">· {esc(en)}</span>' if en and en != vi else "")
        items = "".join(_step(renderer, title, statements, needles) for (title, _), statements in steps)
        parts.append(f'<div class="career-body"><h3>{head} <span class="count">{len(steps)}</span></h3>'
                     f'<ol class="steps">{items}</ol></div>')
    count = sum(len(statements) for steps in groups.values() for statements in steps.values())
    return (f'<section class="career" id="career"><h2>{bilingual("Quá trình công tác", "Career")} '
            f'<span class="count">{count}</span></h2>{"".join(parts)}</section>')


def _step(renderer, title: str, statements: list[dict], needles: list[str]) -> str:
    """One title in one body: when it was stated, the term, the latest sentence stating it; the other
    statements behind a toggle that says how many there are."""
    site, here = renderer.site, renderer.here
    statements = sorted(statements, key=lambda h: (str(h.get("statedOn", "")), h["id"]))
    first, last = statements[0], statements[-1]
    dates = [str(h["statedOn"]) for h in (first, last) if h.get("statedOn")]
    when = " – ".join(time_element(d) for d in dict.fromkeys(dates))
    out = [f'<span class="date">{when}</span>' if when else "", link(site, here, last["id"], title)]
    if "status" in last:
        out.append(f'<span class="status">{renderer.literal("status", last["status"])}</span>')
    terms = {}
    for h in statements:
        term = h.get("term")
        if term is not None:
            term_id = term if isinstance(term, str) else term.get("id", "")
            terms[term_id] = _vi(term.get("label")) if isinstance(term, dict) and term.get("label") else site.label(term_id)
    out += [f'<span class="term">{link(site, here, term_id, label)}</span>' for term_id, label in sorted(terms.items())]
    sentences = [s for s in last.get("mentionedIn", []) if isinstance(s, dict)]
    quoted = "".join(f'<blockquote lang="vi">{mark(s.get("sentence", ""), [title, *needles])}</blockquote>'
                     f"{renderer.source_link(s)}" for s in sentences[:1])
    if len(statements) > 1:
        links = "".join(f"<li>{_statement(renderer, h)}</li>" for h in statements)
        quoted += (f'<details><summary>{bilingual(f"Nêu {len(statements)} lần", f"Stated {len(statements)} times")}'
                   f'</summary><ul class="statements">{links}</ul></details>')
    return f'<li><p class="step">{" ".join(p for p in out if p)}</p>{quoted}</li>'


def _statement(renderer, h: dict) -> str:
    """One statement of a title: its date, linked to the sentence that states it."""
    sentences = [s for s in h.get("mentionedIn", []) if isinstance(s, dict)]
    shown = time_element(h["statedOn"]) if h.get("statedOn") else esc(h["id"])
    href = renderer.site.href(renderer.here, sentences[0]["id"]) if sentences else None
    return f'<a href="{esc(href)}">{shown}</a>' if href else shown
