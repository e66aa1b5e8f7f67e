"""One entity's HTML page, rendered from its framed JSON-LD document.

The page shows what the document says and nothing else: Vietnamese and English
labels, facts, related entities as links, each fact's source sentence with the
words it was drawn from marked, and the document itself in a
<script type="application/ld+json">.
"""
from __future__ import annotations

from .dates import time_element
from .html import SiteMap, bilingual, esc, link, mark
from .labels import CLASSES, VALUES, main_class, term

HEADINGS = ("titleAsWritten", "headline", "label", "prefLabel", "name")
BRIEF_KEYS = {"id", "type", "label", "prefLabel", "name", "headline", "startDate", "datePublished"}
LAST = ("mentionedIn", "wasDerivedFrom")
DATE_KEYS = {"startDate", "datePublished", "dateModified", "statedOn", "modified", "termStart", "termEnd"}
SOURCE_LINK = "câu nguồn · source sentence"
LIST_LIMIT = 100  # a page lists at most this many of one kind, newest or first; its JSON-LD and Turtle have all
FOLD_AFTER = 5  # a list of source sentences longer than this is folded behind a toggle that says what it hides
FIRST = ("holdings", "memberships", "sentences", "chair", "attendee", "participatingBody", "mergedUnit",
         "containedInPlace", "subOrganizationOf", "subBodies", "containsPlace", "mergedIn", "chaired", "attended")


def names(node: dict) -> tuple[str, str]:
    """The node's (Vietnamese, English) heading; a person or place has no English name, so the Vietnamese twice."""
    vi = en = None
    for key in HEADINGS:
        value = node.get(key)
        if isinstance(value, dict):
            vi = vi or _first(value.get("vi"))
            en = en or _first(value.get("en"))
    labels = node.get("label") if isinstance(node.get("label"), dict) else {}
    label_vi, label_en = _first(labels.get("vi")), _first(labels.get("en"))
    if en and label_vi and en == label_en and ", " in en and ", " in label_vi \
            and en.split(", ", 1)[0] == label_vi.split(", ", 1)[0]:
        en = en.split(", ", 1)[1]  # 'Lê Văn A, Member of …' under a heading that is the title alone
    if "measure" in node and "value" in node:
        unit = " %" if node.get("unit") == "percent" else ""
        vi = f"{node['value']}{unit} {_first(node['measure'].get('vi', ''))}".strip()
    if vi is None:
        vi = str(node.get("id", "")).rsplit("/", 1)[-1]
    return vi, en or vi


def _first(value):
    return value[0] if isinstance(value, list) else value


def _kind(node: dict) -> tuple[str, str] | None:
    name = main_class(node.get("type"))
    return CLASSES.get(name, (name, name)) if name else None


class Renderer:
    def __init__(self, site: SiteMap, here: str):
        self.site, self.here = site, here
        self.ctx = site.comp.ctx

    def is_ref_term(self, key: str) -> bool:
        definition = self.ctx.get(key)
        return isinstance(definition, dict) and (definition.get("@type") == "@id" or "@reverse" in definition)

    def literal(self, key: str, value) -> str:
        if isinstance(value, dict) and "@value" in value:
            value = value["@value"]
        if isinstance(value, dict):  # a language map
            parts = []
            for lang in sorted(value, key=lambda lang: (lang != "vi", lang)):
                for text in value[lang] if isinstance(value[lang], list) else [value[lang]]:
                    css = "" if lang == "vi" else ' class="en"'
                    parts.append(f'<span lang="{esc(lang)}"{css}>{esc(text)}</span>')
            return " · ".join(parts)
        if isinstance(value, list):
            return ", ".join(self.literal(key, v) for v in value)
        if key in DATE_KEYS:
            return time_element(value)
        coded = VALUES.get(key, {}).get(str(value))
        return bilingual(*coded) if coded else esc(value)

    def inline(self, node) -> str:
        """A related entity as a link, with what the frame embedded in it, on one line."""
        if isinstance(node, str):
            vi, en = self.site.label(node), self.site.label(node, "en")
            return link(self.site, self.here, node, vi) + (f' <span class="en" lang="en">· {esc(en)}</span>'
                                                          if en != vi else "")
        vi, en = names(node)
        out = link(self.site, self.here, node["id"], vi) if "id" in node else esc(vi)
        if en != vi:
            out += f' <span class="en" lang="en">· {esc(en)}</span>'
        for date_key in ("startDate", "datePublished", "statedOn"):
            if date_key in node:
                out += f' <span class="date">{time_element(node[date_key])}</span>'
        for key in sorted(node):
            if key in BRIEF_KEYS or key in LAST or not self.is_ref_term(key):
                continue
            values = node[key] if isinstance(node[key], list) else [node[key]]
            out += f' <span class="sub">{esc(term(key)[0])}: ' + "; ".join(self.inline(v) for v in values) + "</span>"
        return out

    def card(self, node: dict, needles: list[str]) -> str:
        vi, en = names(node)
        kind = _kind(node)
        title = link(self.site, self.here, node["id"], vi) if "id" in node else esc(vi)
        out = [f'<div class="card"><h3>{title}' + (f' <span class="kind">{bilingual(*kind)}</span>' if kind else "")
               + "</h3>"]
        if en != vi:
            out.append(f'<p class="en" lang="en">{esc(en)}</p>')
        out.append(self.facts(node, skip=set(HEADINGS) | {"label"}))
        if node.get("mentionedIn"):
            out.append(self.sentences(node["mentionedIn"], [vi, *needles]))  # the card's own words first
        out.append("</div>")
        return "\n".join(out)

    def facts(self, node: dict, skip: set) -> str:
        rows = []
        for key in sorted(node):
            if key in ("@context", "id", "type") or key in skip or key in LAST:
                continue
            vi, en = term(key)
            if self.is_ref_term(key):
                values = node[key] if isinstance(node[key], list) else [node[key]]
                value = "<br>".join(self.inline(v) for v in values)
            else:
                value = self.literal(key, node[key])
            rows.append(f"<dt>{bilingual(vi, en)}</dt><dd>{value}</dd>")
        return f'<dl class="facts">{"".join(rows)}</dl>' if rows else ""

    def sentences(self, sentences: list, needles: list[str]) -> str:
        items = []
        for s in sentences:
            if isinstance(s, str):
                items.append(f"<li>{link(self.site, self.here, s, s)}</li>")
                continue
            source = self.source_link(s)
            items.append(f'<li><blockquote lang="vi">{mark(s.get("sentence", ""), needles)}</blockquote>{source}</li>')
        return f'<ul class="sentences">{"".join(items)}</ul>'

    def source_link(self, sentence: dict) -> str:
        """A link to the sentence in its article's page; the offsets stay in the link, not in the words."""
        href = self.site.href(self.here, sentence["id"])
        return f' <a class="src" href="{esc(href)}">{esc(SOURCE_LINK)}</a>' if href else ""

    def section(self, key: str, values: list, needles: list[str]) -> str:
        vi, en = term(key)
        head = f"<h2>{bilingual(vi, en)} <span class=\"count\">{len(values)}</span></h2>"
        shown, more = values[:LIST_LIMIT], self.more(len(values))
        if key == "mentionedIn":
            listed = self.sentences(shown, needles) + more
            if len(values) > FOLD_AFTER:
                listed = (f'<details><summary>{bilingual(f"Hiện {len(values)} câu nguồn", f"Show {len(values)} source sentences")}'
                          f"</summary>{listed}</details>")
            return f'<section class="mentions">{head}{listed}</section>'
        if key == "sentences":
            return f'<section class="text">{head}{self.article_text(values)}</section>'
        rich = [v for v in shown if isinstance(v, dict) and set(v) - BRIEF_KEYS]
        if rich:
            body = "\n".join(self.card(v, needles) if isinstance(v, dict) else f"<p>{self.inline(v)}</p>"
                             for v in shown)
            return f'<section class="cards">{head}\n{body}{more}</section>'
        items = "".join(f"<li>{self.inline(v)}</li>" for v in shown)
        return f'<section>{head}<ul class="links">{items}</ul>{more}</section>'

    def more(self, count: int) -> str:
        """What a list cut at LIST_LIMIT leaves out, and where all of it is: the page stays small."""
        if count <= LIST_LIMIT:
            return ""
        name = self.here.rsplit("/", 1)[-1]
        return (f'<p class="more">{bilingual(f"… và {count - LIST_LIMIT} mục nữa", f"… and {count - LIST_LIMIT} more")}: '
                f'<a href="{esc(name)}.jsonld" type="application/ld+json">JSON-LD</a> · '
                f'<a href="{esc(name)}.ttl" type="text/turtle">Turtle</a></p>')

    def holdings_table(self, holdings: list, who: str) -> str:
        """Posts at a glance: title as written, the body (or the person), the date stated, the status."""
        heads = (("Chức danh như bài viết", "Title as written"), term(who), ("Ngày được nêu", "Stated on"),
                 ("Tình trạng", "Status"))
        rows = []
        for h in sorted((h for h in holdings if isinstance(h, dict)),
                        key=lambda h: (str(h.get("statedOn", "")), names(h)[0]), reverse=True)[:LIST_LIMIT]:
            vi, en = names(h)
            title = link(self.site, self.here, h["id"], vi) + (f'<br><span class="en" lang="en">{esc(en)}</span>'
                                                              if en != vi else "")
            other = self.inline(h[who]) if who in h else ""
            status = self.literal("status", h["status"]) if "status" in h else ""
            sentences = [s for s in h.get("mentionedIn", []) if isinstance(s, dict)]
            source = self.source_link(sentences[0]) if sentences else ""
            rows.append(f"<tr><td>{title}</td><td>{other}</td><td class=\"date\">{time_element(h.get('statedOn', ''))}</td>"
                        f"<td>{status}{source}</td></tr>")
        head = "".join(f"<th>{bilingual(*pair)}</th>" for pair in heads)
        return (f'<table class="glance"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
                + self.more(len(holdings)))

    def article_text(self, sentences: list) -> str:
        out = []
        for s in sentences:
            fragment = s["id"].partition("#")[2]
            facts = s.get("states", [])
            listed = "".join(f"<li>{self.inline(f)}</li>" for f in facts)
            out.append(f'<div class="sentence" id="{esc(fragment)}"><blockquote lang="vi">{esc(s.get("sentence", ""))}'
                       f'</blockquote><p class="where"><a href="#{esc(fragment)}">{esc(SOURCE_LINK)}</a></p>'
                       + (f'<ul class="links">{listed}</ul>' if listed else "") + "</div>")
        return "\n".join(out)


def entity_body(site: SiteMap, here: str, doc: dict, iri: str, alternates: list[tuple[str, str, str]],
                extra: str = "") -> str:
    """The <main> content of an entity page. `alternates` are (label, media type, href)."""
    from .career import career

    r = Renderer(site, here)
    doc = gathered(doc)
    vi, en = names(doc)
    kind = _kind(doc)
    needles = [vi]
    for key in ("name", "label", "prefLabel", "altLabel", "titleAsWritten"):
        value = doc.get(key)
        if isinstance(value, dict):
            for v in value.values():
                needles += v if isinstance(v, list) else [v]
    holdings = [h for h in _as_list(doc.get("holdings")) if isinstance(h, dict)]
    # a sentence that names the person by a title alone: the title is what it marks
    needles += [_first(h["titleAsWritten"].get("vi")) for h in holdings if isinstance(h.get("titleAsWritten"), dict)]
    links = " · ".join(f'<a href="{esc(href)}" type="{esc(media)}">{esc(text)}</a>' for text, media, href in alternates)
    parts = [f'<p class="kind">{bilingual(*kind)}</p>' if kind else "", f'<h1 lang="vi">{esc(vi)}</h1>',
             f'<p class="en-name" lang="en">{esc(en)}</p>' if en != vi else "",
             f'<p class="iri"><code>{esc(iri)}</code> {links}</p>']
    if doc.get("namesake"):
        others = "; ".join(r.inline(n) for n in _as_list(doc["namesake"]))
        parts.append(f'<p class="note">{bilingual("Trùng tên, nhưng không phải cùng một người, với", "Shares a name with, but is not the same person as")}: {others}</p>')
    literal = {k: v for k, v in doc.items() if not r.is_ref_term(k)}
    parts.append(r.facts(literal, skip=_says_the_heading(literal, vi, en)))
    if holdings:
        parts.append(career(r, holdings, needles))
    if doc.get("memberships"):
        parts.append(r.holdings_table(_as_list(doc["memberships"]), "member"))
    related = sorted((k for k in doc if r.is_ref_term(k) and k not in LAST and k not in SHOWN_ABOVE),
                     key=lambda k: (FIRST.index(k) if k in FIRST else len(FIRST), k))
    for key in related + [k for k in LAST if k in doc]:
        parts.append(r.section(key, _as_list(doc[key]), needles))
    parts.append(extra)
    return "\n".join(p for p in parts if p)


SHOWN_ABOVE = ("holdings", "memberships", "namesake")  # the career, the office holders' table, the note
GATHERED = ("holdings", "chaired", "attended", "authored", "mentionedIn", "wasDerivedFrom")


def gathered(doc: dict) -> dict:
    """A resolved person as the reader sees them: what each of their records (`records`, each article's own node
    for them) states, gathered onto the person, each thing once. The document itself stays as the graph says."""
    records = [r for r in _as_list(doc.get("records")) if isinstance(r, dict)]
    if not records:
        return doc
    view = {k: v for k, v in doc.items() if k != "records"}
    for key in GATHERED:
        seen, values = set(), []
        for value in _as_list(doc.get(key)) + [v for r in records for v in _as_list(r.get(key))]:
            ident = value.get("id") if isinstance(value, dict) else value
            if ident not in seen:
                seen.add(ident)
                values.append(value)
        if values:
            view[key] = values
    return view


def _as_list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _says_the_heading(literal: dict, vi: str, en: str) -> set:
    """The name-like facts that only repeat the heading: the name is shown once, at the top."""
    out = set()
    for key in ("name", "label", "prefLabel", "headline"):
        value = literal.get(key)
        if isinstance(value, dict) and set(value) <= {"vi", "en"} and value.get("vi") in (vi, None) \
                and value.get("en") in (en, vi, None):
            out.add(key)
    return out
