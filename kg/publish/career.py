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
    """The timeline section for a person document's `holdings` (as the person frame embeds them)."""
    site, here = renderer.site, renderer.here
    groups: dict[str, list[dict]] = {}
    labels: dict[str, tuple[str, str]] = {}
    for h in (h for h in holdings if isinstance(h, dict)):
        body = h.get("organization")
        key = body if isinstance(body, str) else (body or {}).get("id", "")
        groups.setdefault(key, []).append(h)
        if isinstance(body, dict):
            label = body.get("label") or body.get("prefLabel") or {}
            labels[key] = (_vi(label) or key, str(_first(label.get("en", ""))) if isinstance(label, dict) else "")
    order = sorted(groups, key=lambda k: (min(str(h.get("statedOn", "")) for h in groups[k]), labels.get(k, (k,))[0]))
    parts = []
    for key in order:
        steps = sorted(groups[key], key=lambda h: (str(h.get("statedOn", "")), _vi(h.get("titleAsWritten")), h["id"]))
        vi, en = labels.get(key, (site.label(key), site.label(key, "en")))
        head = (link(site, here, key, vi) if key else esc("—")) + (
            f' <span class="en" lang="en">· {esc(en)}</span>' if en and en != vi else "")
        items = "".join(_step(renderer, h, needles) for h in steps)
        parts.append(f'<div class="career-body"><h3>{head} <span class="count">{len(steps)}</span></h3>'
                     f'<ol class="steps">{items}</ol></div>')
    count = sum(len(v) for v in groups.values())
    return (f'<section class="career" id="career"><h2>{bilingual("Quá trình công tác", "Career")} '
            f'<span class="count">{count}</span></h2>{"".join(parts)}</section>')


def _step(renderer, h: dict, needles: list[str]) -> str:
    site, here = renderer.site, renderer.here
    title = _vi(h.get("titleAsWritten")) or _vi(h.get("label"))
    out = [f'<span class="date">{time_element(h["statedOn"])}</span>' if h.get("statedOn") else "",
           link(site, here, h["id"], title)]
    if "status" in h:
        out.append(f'<span class="status">{renderer.literal("status", h["status"])}</span>')
    term = h.get("term")
    if term is not None:
        term_id = term if isinstance(term, str) else term.get("id", "")
        term_label = _vi(term.get("label")) if isinstance(term, dict) and term.get("label") else site.label(term_id)
        out.append(f'<span class="term">{link(site, here, term_id, term_label)}</span>')
    sentences = [s for s in h.get("mentionedIn", []) if isinstance(s, dict)]
    quoted = "".join(f'<blockquote lang="vi">{mark(s.get("sentence", ""), [title, *needles])}</blockquote>'
                     f"{renderer.source_link(s)}" for s in sentences[:1])
    return f'<li><p class="step">{" ".join(p for p in out if p)}</p>{quoted}</li>'
