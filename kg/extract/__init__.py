"""Article -> Facts: persons, posts, bodies, events, places and figures, from rules and vocabularies.

The passes run in order: places first (they decide the article's setting and keep
place names out of the persons), then bodies, persons and their posts, events,
mergers and figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Body, Event, Facts, Figure, Mention, Participation, Post
from ..reader import Article
from ..text import fold, normalize
from ..vocab import vocabulary
from .context import Setting, choose_setting, resolve_body, resolve_place
from .dates import find_dates, with_stated_year
from .events import (CHAIR_CUES, SPEECH_CUES, event_kind, has_cue, is_attendance_sentence, merger_cue,
                     roles_in_event_sentence, topic_of)
from .figures import find_figures
from .leads import dated_lead, lead_event_without_date, named_event, opens_with_entry
from .persons import Occurrence, find_persons, listed_titles, title_only_mentions
from .phrases import BodyPhrase, PlacePhrase, TitlePhrase, match_body, match_committee_place, match_place
from .tokens import Sentence, tokenize
from .terms import with_terms

__all__ = ["extract"]


@dataclass
class _Parsed:
    sentence: Sentence
    paragraph: int
    places: list[PlacePhrase]
    bodies: list[BodyPhrase]
    persons: list[Occurrence]

    @property
    def mention(self) -> Mention:
        span = self.sentence.span
        return Mention(span.text, span.start, span.end)


def extract(article: Article) -> Facts:
    facts = Facts()
    parsed = _sentences(article)
    setting = _places(parsed, article, facts)
    known = setting.place_names | {fold(p.name) for p in facts.places.values()} | _reference_names(setting)
    for item in parsed:
        item.persons = find_persons(item.sentence, known)
        item.bodies = _bodies(item.sentence, known, _person_ranges(item.persons))
        for phrase in item.bodies:
            _add_body(facts, phrase, setting, item.mention)
    _posts(parsed, article, setting, facts, known)
    _author(article, facts)
    _merge_prefix_bodies(facts)
    _events(parsed, article, facts)
    _mergers(parsed, setting, facts)
    _figures(parsed, article, setting, facts)
    facts.posts = with_terms(facts.posts)
    return facts


def _sentences(article: Article) -> list[_Parsed]:
    out = []
    for n, block in enumerate(article.blocks):
        for span in block.sentences():
            out.append(_Parsed(tokenize(span, caption=block.kind == "caption"), n, [], [], []))
    return out


def _places(parsed: list[_Parsed], article: Article, facts: Facts) -> Setting:
    from ..gazetteer.names import district_names

    districts = {fold(n) for n in district_names()}
    for item in parsed:
        toks = item.sentence.tokens
        k = 0
        while k < len(toks):
            phrase = match_place(item.sentence, k) or match_committee_place(item.sentence, k, districts)
            if phrase:
                item.places.append(phrase)
                k = phrase.end
            else:
                k += 1
    setting = choose_setting([p for item in parsed for p in item.places], article.source)
    for item in parsed:
        for phrase in item.places:
            if phrase.name and phrase.level in ("district", "ward"):
                place = resolve_place(phrase, setting)
                if place:
                    setting.places.setdefault(fold(place.name), place)
    named = {fold(p.name) for item in parsed for p in item.places if p.name}
    for item in parsed:
        for phrase in item.places:
            place = resolve_place(phrase, setting)
            if place is None or (phrase.name is None and fold(place.name) not in named):
                continue  # a bare 'huyện' stands for a place only if the article names it somewhere
            if place.kind in ("ward", "commune") and not place.parent:
                facts.warnings.append(f"{phrase.written}: no enclosing district or city known; left out")
                continue
            if place.parent and setting.city and place.parent == setting.city.key:
                facts.add_place(setting.city, None)
            if setting.district and place.parent == setting.district.key:
                facts.add_place(setting.district, None)
            facts.add_place(place, item.mention)
    return setting


def _reference_names(setting: Setting) -> set[str]:
    """Two-word district and ward names of the article's province ('Kim Thành', 'Châu Thành'), or every
    district name when the province is unknown, and the province's districts of any length ('Dương Minh
    Châu'): never persons. Longer ward names ('Lương Khánh Thiện') are also common personal names, so only
    the article can say."""
    from ..gazetteer.names import district_names, names_in_province

    names = names_in_province(setting.city.name) if setting.city else district_names()
    districts = district_names() & names if setting.city else frozenset()
    return {fold(n) for n in names if len(n.split()) <= 2} | {fold(n) for n in districts}


def _person_ranges(persons: list[Occurrence]) -> set[int]:
    """Token indexes taken by persons' names and titles: bodies there belong to the titles."""
    taken: set[int] = set()
    for occ in persons:
        start = min([occ.start, *(t.title.start for t in occ.titles)])
        taken.update(range(start, occ.entry_end))
        for use in occ.titles:
            taken.update(range(use.title.start, use.title.end))
    return taken


def _bodies(sent: Sentence, known: set[str], taken: set[int]) -> list[BodyPhrase]:
    out = []
    k = 0
    while k < len(sent.tokens):
        if k in taken:
            k += 1
            continue
        role = vocabulary().roles.longest(sent.keys, k)
        if role and sent.tokens[k].is_capitalized:
            k += role[0]  # 'Tổ trưởng', 'Phó Trưởng Tiểu ban Thường trực' are roles, not bodies
            continue
        phrase = match_body(sent, k, known)
        if phrase:
            out.append(phrase)
            k = phrase.end
        else:
            k += 1
    return out


def _add_body(facts: Facts, phrase: BodyPhrase | None, setting: Setting, mention: Mention | None) -> Body | None:
    if phrase is None:
        return None
    resolved = resolve_body(phrase, setting)
    if resolved is None:
        return None
    names = [facts.add_body(body, mention) for body in resolved.chain]
    main = facts.bodies[names[0]]
    alias = _written(phrase)
    if alias and fold(alias) != fold(main.name):
        facts.add_body(Body(main.name, main.kind, main.english, main.parent, main.place, (alias,)), None)
    return facts.bodies[main.name]


def _written(phrase: BodyPhrase) -> str | None:
    segs = phrase.segments
    if not segs:
        return None
    parts = []
    for seg in segs:
        parts.append(" ".join(p for p in (seg.written_head, seg.modifiers,
                                          seg.place.written if seg.place and seg.modifiers == "" else "") if p))
        if seg.link != "within":
            break
    return " ".join(" ".join(parts).split())


def _posts(parsed: list[_Parsed], article: Article, setting: Setting, facts: Facts, known: set[str]) -> None:
    stated = article.published_date
    seen: set[tuple[str, str, str]] = set()
    for index, item in enumerate(parsed):
        for occ in item.persons:
            facts.add_person(occ.name, item.mention)
            for use in occ.titles:
                body = _title_body(use.title, use.implied_body, setting, facts, item.mention)
                if body is None:
                    body = _add_body(facts, _body_named_by_role(use.title, _nearby_bodies(parsed, index)), setting,
                                     None)
                key = (occ.name, fold(use.title.written), use.status)
                if key in seen:
                    continue
                seen.add(key)
                facts.posts.append(Post(occ.name, use.title.written, use.title.role.text, use.title.role.english,
                                        body.name if body else None, stated, use.status, item.mention))
    holders: dict[str, set[str]] = {}
    for post in facts.posts:
        if post.status != "former":
            holders.setdefault(fold(post.title), set()).add(post.person)
    for item in parsed:
        listed = listed_titles(item.sentence, known, item.persons) if is_attendance_sentence(item.sentence) else []
        for title in title_only_mentions(item.sentence, known) + listed:
            names = holders.get(fold(title.written), set())
            if len(names) == 1:
                name = next(iter(names))
                facts.add_person(name, item.mention)
                item.persons.append(Occurrence(name, item.sentence, title.start, title.end, title.end))
        item.persons.sort(key=lambda o: o.start)


_NEARBY = 12  # sentences of the paragraph before a title in which the body its role names may stand


def _nearby_bodies(parsed: list[_Parsed], index: int) -> list[BodyPhrase]:
    """The bodies of the sentence, then of the sentences before it in its paragraph, nearest first."""
    item = parsed[index]
    out = list(item.bodies)
    for earlier in reversed(parsed[max(0, index - _NEARBY):index]):
        if earlier.paragraph != item.paragraph:
            break
        out += earlier.bodies
    return out


def _body_named_by_role(title: TitlePhrase, bodies: list[BodyPhrase]) -> BodyPhrase | None:
    """'Đồng chí X, … Trưởng Tiểu ban chủ trì' after 'Tiểu ban Tổ chức … triển khai …': a role that names a
    kind of body ('Tiểu ban', 'đoàn', 'Tổ') and no body of its own heads the sentence's body of that kind."""
    if title.role.body:
        return None
    role = fold(title.role.text)
    for phrase in bodies:
        head = fold(phrase.segments[0].head.text)
        if head in role.split() or f" {head}" in f" {role}":
            return phrase
    return None


def _title_body(title: TitlePhrase, implied: BodyPhrase | None, setting: Setting, facts: Facts,
                mention: Mention) -> Body | None:
    if title.body is not None:
        return _add_body(facts, title.body, setting, mention)
    if implied is not None:
        return _add_body(facts, implied, setting, None)
    if title.role.body:
        hit = vocabulary().bodies.longest(list(fold(title.role.body).split()), 0)
        if hit:
            head = hit[1]
            place = setting.city if head.level in ("city", "province") else setting.district
            if place:
                body = Body(f"{head.text} {place.name}", head.kind, f"{place.name} {head.english}", None, place.key)
                facts.add_body(body, mention)
                return body
    return None


def _author(article: Article, facts: Facts) -> None:
    if article.author and article.author_span and not names_a_site(article.author):
        span = article.author_span
        facts.add_person(article.author, Mention(span.text, span.start, span.end))
    for name, mention in photo_credits(article):
        if not names_a_site(name):
            facts.add_person(name, mention)


def names_a_site(name: str) -> bool:
    """'Hanoimoi Online', 'Báo Hà Tĩnh': a byline that names an outlet; a word in one piece with no tone
    mark and more than one capital ('HanoiMoi', 'VnExpress') is a brand, not a Vietnamese name."""
    keys = fold(name).split()
    sites = vocabulary().site_words
    if any(sites.longest(keys, k) for k in range(len(keys))):
        return True
    return any(sum(c.isupper() for c in w) > 1 and not w.isupper() for w in name.split())


_CREDIT = re.compile(r"\bẢnh\s*:\s*([^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,3})\s*(?=\)|$|\n|\.\s*$)", re.MULTILINE)


def photo_credits(article: Article) -> list[tuple[str, Mention]]:
    """'Ảnh: Duy Phú', '(Ảnh: CHÍ BẢO)': a photographer is a person (never a participant); initials
    ('Ảnh: ĐT') and generic credits ('Ảnh: tư liệu') are not names."""
    out = []
    text = normalize(article.text)
    for m in _CREDIT.finditer(text):
        words = m.group(1).split()
        if not all(w[0].isupper() for w in words) or any(len(w) < 2 for w in words):
            continue
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        out.append((name, Mention(article.text[line_start:line_end].strip(), line_start, line_end)))
    return out


def _merge_prefix_bodies(facts: Facts) -> None:
    """'Tiểu ban Văn kiện' is the 'Tiểu ban Văn kiện Đại hội XVI …' named in full elsewhere in the article."""
    names = sorted(facts.bodies, key=len)
    renamed: dict[str, str] = {}
    for short in names:
        key = fold(short)
        longer = [n for n in names if n != short and (fold(n).startswith(key + " ") or fold(n).startswith(key + ","))
                  and facts.bodies[n].kind == facts.bodies[short].kind and not facts.bodies[short].place]
        if len(longer) == 1:
            renamed[short] = longer[0]
    if not renamed:
        return
    for short, full in renamed.items():
        body = facts.bodies.pop(short)
        facts.add_body(Body(full, body.kind, None, None, None, (short, *body.aliases)),
                       None)
        for m in facts.body_mentions.pop(short, []):
            facts.add_body(facts.bodies[full], m)
    for name, body in list(facts.bodies.items()):
        if body.parent in renamed:
            facts.bodies[name] = Body(body.name, body.kind, body.english, renamed[body.parent], body.place,
                                      body.aliases)
    facts.posts = [Post(p.person, p.title, p.role, p.role_english, renamed.get(p.body, p.body), p.stated, p.status,
                        p.mention) if p.body in renamed else p for p in facts.posts]


def _events(parsed: list[_Parsed], article: Article, facts: Facts) -> None:
    reference = article.reference_date
    dated = [(i, with_stated_year(find_dates(item.sentence.text, reference), item.sentence.text))
             for i, item in enumerate(parsed) if not item.sentence.caption]
    starts = []
    for index, dates in dated:
        item = parsed[index]
        if not dates:
            continue
        in_bodies = {k for phrase in item.bodies for k in range(phrase.start, phrase.end)}
        kind = event_kind(item.sentence, in_bodies)
        if kind is None and item.persons:
            cue = has_cue(item.sentence.keys, CHAIR_CUES)
            kind = ("meeting", cue) if cue is not None else None  # 'Sáng 5/4, đồng chí X chủ trì …'
        if kind is not None and (item.persons or item.bodies or named_event(item.sentence, kind)
                                 or dated_lead(dates[0], kind)):
            starts.append((index, dates[0], kind))
    if not starts:
        starts = lead_event_without_date(parsed, article)
    seen = set()
    for n, (index, when, kind) in enumerate(starts):
        key = (when.date, when.month, when.day)
        if key in seen:
            continue
        seen.add(key)
        item = parsed[index]
        chairs, attendees = roles_in_event_sentence(item.persons)
        # the sentences up to the next event are about this one; so are those after a later sentence that
        # names this event's day again (a lead repeated under the title, 'Sáng 12-6, … Đại hội …')
        for m, (again, later, _) in enumerate(starts[n:], start=n):
            if m > n and (later.date, later.month, later.day) != key:
                continue
            stop = starts[m + 1][0] if m + 1 < len(starts) else len(parsed)
            more_chairs, more_attendees = _participants_after(parsed, again + 1, stop)
            if m > n:
                more_chairs, more_attendees = _merge_roles(roles_in_event_sentence(parsed[again].persons),
                                                           (more_chairs, more_attendees))
            chairs += [c for c in more_chairs if c not in chairs]
            attendees += more_attendees
        participants = tuple(Participation(p, "chair") for p in dict.fromkeys(chairs)) + tuple(
            Participation(p, "attendee") for p in dict.fromkeys(attendees) if p not in chairs)
        if kind[0] == "meeting" and not participants:
            continue  # a working session that names nobody is not reported as a meeting
        topic_at = _topic_start(item.sentence, kind[1])
        bodies = tuple(dict.fromkeys(b.name for b in (_resolved_name(p, facts) for p in item.bodies
                                                      if p.start < topic_at) if b))
        facts.events.append(Event(kind[0], _label(item.sentence, kind[1]), when.date, item.mention,
                                  when.part_of_day, when.text, participants, bodies,
                                  topic_of(item.sentence, kind[1]), month_day=(when.month, when.day)))


def _merge_roles(first: tuple[list[str], list[str]], second: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    return first[0] + second[0], first[1] + second[1]


def _topic_start(sent: Sentence, after: int) -> int:
    keys = sent.keys
    return next((k for k in range(after, len(keys)) if keys[k] == "về"), len(keys))


def _participants_after(parsed: list[_Parsed], first: int, stop: int) -> tuple[list[str], list[str]]:
    """Chairs and attendees named in the sentences after the event sentence, up to the next event:
    'Cùng dự có các đồng chí …', '… chủ trì hội nghị', 'Phát biểu tại hội nghị, đồng chí X …'."""
    chairs: list[str] = []
    attendees: list[str] = []
    listing = False  # the sentence before named those who attended: a list may run on into the next one
    for item in parsed[first:stop]:
        sent = item.sentence
        if sent.caption or not item.persons:
            listing = listing and sent.caption
            continue
        was_listing, listing = listing, False
        if has_cue(sent.keys, CHAIR_CUES) is not None:
            c, a = roles_in_event_sentence(item.persons)
            chairs += c
            if is_attendance_sentence(sent):
                attendees += a
            else:
                attendees += [n for n in _speakers(item) if n not in c]
        elif is_attendance_sentence(sent) or (was_listing and opens_with_entry(item)):
            attendees += [o.name for o in item.persons]  # a former official listed as attending took part
            listing = True
        else:
            attendees += _speakers(item)
    return chairs, attendees


def _speakers(item: _Parsed) -> list[str]:
    """The subject of a speech verb took part: 'X phát biểu', 'Phát biểu tại hội nghị, X nhấn mạnh …';
    a person named after the verb is its object ('thông báo quyết định … phân công ông Y')."""
    cue = has_cue(item.sentence.keys, SPEECH_CUES)
    if cue is None:
        return []
    persons = [o for o in item.persons if not _former_only(o)]
    before = [o.name for o in persons if o.start < cue]
    if before:
        return before
    first_clause_end = next((k for k in range(cue, len(item.sentence.keys)) if item.sentence.keys[k] == ","), None)
    if cue <= 1 and first_clause_end is not None:
        after = [o for o in persons if o.start > first_clause_end]
        return [after[0].name] if after else []
    return []


def _former_only(occ: Occurrence) -> bool:
    return bool(occ.titles) and all(t.status == "former" for t in occ.titles)


def _resolved_name(phrase: BodyPhrase, facts: Facts) -> Body | None:
    written = _written(phrase)
    for body in facts.bodies.values():
        if written and (fold(body.name) == fold(written) or fold(written) in {fold(a) for a in body.aliases}):
            return body
    return None


def _label(sent: Sentence, at: int) -> str:
    keys = sent.keys
    end = at
    while end < len(keys) and keys[end] not in ("về", ".", ";", ",") and end - at < 14:
        end += 1
    return sent.between(at, end)


def _mergers(parsed: list[_Parsed], setting: Setting, facts: Facts) -> None:
    for item in parsed:
        cue = merger_cue(item.sentence)
        if cue is None:
            continue
        units = [p for p in item.places if p.start > cue and p.name and p.level in ("ward", "district")]
        if len(units) < 2:
            continue
        places = [resolve_place(p, setting) for p in units]
        keys = tuple(dict.fromkeys(p.key for p in places if p and p.key in facts.places))
        if len(keys) < 2:
            continue  # a merger names at least two units the graph knows as places
        label = item.sentence.between(cue, units[-1].end)
        facts.events.append(Event("merger", label, None, item.mention, places=keys,
                                  bodies=()))


def _figures(parsed: list[_Parsed], article: Article, setting: Setting, facts: Facts) -> None:
    year = article.published_date.year if article.published_date else None
    subject = None
    paragraph = -1
    for item in parsed:
        if item.sentence.caption:
            continue
        if item.paragraph != paragraph:
            subject, paragraph = None, item.paragraph
        found = find_figures(item.sentence, year)
        if not found:
            continue
        subject = _figure_subject(item, setting, facts) or subject
        for f in found:
            facts.figures.append(Figure(f.measure, f.value, item.mention, f.unit, subject, f.period, f.change))


def _figure_subject(item: _Parsed, setting: Setting, facts: Facts) -> str | None:
    """The body a figure counts for: 'Hiện đảng bộ quận có …' -> 'Đảng bộ quận Ngô Quyền'."""
    sent = item.sentence
    for k in range(len(sent.tokens)):
        if sent.tokens[k].key == "đảng" and k + 1 < len(sent.tokens) and sent.tokens[k + 1].key == "bộ":
            phrase = match_body(sent, k, setting.place_names, allow_lower=True)
            body = _add_body(facts, phrase, setting, item.mention)
            if body:
                return body.name
    return None
