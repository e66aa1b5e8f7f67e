"""Article -> Facts: persons, posts, bodies, events, places and figures, from rules and vocabularies.

The passes run in order: places first (they decide the article's setting and keep
place names out of the persons), then bodies, persons and their posts, events and
mergers (meetings.py), and figures.
"""
from __future__ import annotations

import functools

from ..model import Body, Facts, Figure, Mention, Post
from ..reader import Article
from ..text import fold
from ..vocab import vocabulary
from .context import ResolvedBody, body_for_head, resolve_body
from .credits import add_authors
from .congress_boards import add_congress_boards
from .council_boards import council_board
from .bare_generic import body_of_bare_generic
from .chain_units import with_chain_unit
from .cut_names import restore_cut_names
from .era import latest_stated_day
from .dates import find_dates
from .events import is_attendance_sentence
from .figures import find_figures
from .hierarchy import link_parents
from .leading_units import share_leading_unit
from .levels import link_levels
from .meetings import find_events, find_mergers
from .own_committee import own_committee
from .party_cells import link_party_cells
from .party_levels import link_party_levels
from .parsed import Parsed, written_name
from .persons import Occurrence, find_persons
from .title_mentions import listed_titles, title_only_mentions
from .lowercase import match_lower_body
from .place_lists import listed_places
from .phrases import BodyPhrase, TitlePhrase, match_body, match_committee_place
from .place_phrases import match_place
from .front_names import merge_front_variants
from .renames import rename_bodies
from .resolved import add_resolved as _add_resolved
from .setting import Setting, choose_setting, resolve_place
from .shared_units import share_units
from .party_commissions import place_party_commissions
from .standing_board import place_standing_boards
from .terms import with_terms
from .title_variants import without_cut_variants
from .tokens import Sentence, tokenize

__all__ = ["extract"]


def extract(article: Article) -> Facts:
    facts = Facts()
    parsed = _sentences(article)
    setting = _places(parsed, article, facts)
    known = setting.place_names | {fold(p.name) for p in facts.places.values()} | _reference_names(setting)
    known |= {fold(p.name) for item in parsed for p in item.places if p.name}  # also as written: 'Lăk' for 'Lắk'
    for item in parsed:
        found = find_persons(item.sentence, known)
        item.persons = [occ for occ in found if not occ.historical]
        item.historical = [occ for occ in found if occ.historical]
        # a heading in capitals is read for its persons and their titles only: its other capitalised words
        # ('ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC …') would run into bodies' names
        item.bodies = [] if item.sentence.in_capitals else _bodies(item.sentence, known, _person_ranges(item.persons))
        item.bodies = share_leading_unit(item.sentence, item.bodies, setting)
        for phrase in item.bodies:
            _add_body(facts, phrase, setting, item.mention)
    restore_cut_names([occ for item in parsed for occ in item.persons])
    _posts(parsed, article, setting, facts, known)
    place_standing_boards(facts, setting)
    place_party_commissions(facts, setting)
    add_congress_boards(parsed, setting, facts)
    facts.posts = without_cut_variants(facts.posts, known)
    add_authors(article, facts)
    _merge_prefix_bodies(facts)
    merge_front_variants(facts)
    _link_bodies(facts)
    find_events(parsed, article, facts)
    find_mergers(parsed, setting, facts)
    _figures(parsed, article, setting, facts)
    _link_bodies(facts)  # a body first named by an event or a figure's subject ('đảng bộ quận có …') links too
    facts.posts = with_terms(facts.posts)
    return facts


def _link_bodies(facts: Facts) -> None:
    """Each body to the body it belongs to, where the article names both; a linked body keeps its parent."""
    link_parents(facts)
    link_party_cells(facts)
    link_levels(facts)
    link_party_levels(facts)


def _sentences(article: Article) -> list[Parsed]:
    out = []
    for n, block in enumerate(article.blocks):
        for span in block.sentences():
            out.append(Parsed(tokenize(span, caption=block.kind == "caption"), n, [], [], []))
    return out


def _places(parsed: list[Parsed], article: Article, facts: Facts) -> Setting:
    districts = _folded_districts()
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
    on = article.reference_date or latest_stated_day(article.text)
    lead = next((item.places for item in parsed if item.places and find_dates(item.sentence.text, on)), [])
    setting = choose_setting([p for item in parsed for p in item.places], article.source, on, lead)
    listable = _reference_names(setting)
    for item in parsed:
        item.places = [q for p in item.places for q in (p, *listed_places(item.sentence, p, listable))]
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
                if setting.city and setting.district.parent == setting.city.key:
                    facts.add_place(setting.city, None)  # the district may be known only from the ward's data
                facts.add_place(setting.district, None)
            facts.add_place(place, item.mention)
    return setting


@functools.cache
def _folded_districts() -> frozenset[str]:
    """Every legacy district's short name, folded: the same for every article (made once per process)."""
    from ..gazetteer.names import district_names

    return frozenset(fold(n) for n in district_names())


def _reference_names(setting: Setting) -> frozenset[str]:
    return _reference_names_in(setting.city.name if setting.city else None)


@functools.lru_cache(maxsize=128)
def _reference_names_in(city: str | None) -> frozenset[str]:
    """Two-word district and ward names of the article's province ('Kim Thành', 'Châu Thành'), or every
    district name when the province is unknown, and the province's districts of any length ('Dương Minh
    Châu'): never persons. Longer ward names ('Lương Khánh Thiện') are also common personal names, so only
    the article can say."""
    from ..gazetteer.names import district_names, names_in_province

    names = names_in_province(city) if city else district_names()
    districts = district_names() & names if city else frozenset()
    return frozenset({fold(n) for n in names if len(n.split()) <= 2} | {fold(n) for n in districts})


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
        body_word = vocabulary().bodies.longest(sent.keys, k)
        if role and sent.tokens[k].is_capitalized and not (body_word and body_word[0] > role[0]):
            k += role[0]  # 'Tổ trưởng', 'Phó Trưởng Tiểu ban Thường trực' are roles, not bodies
            continue
        phrase = match_body(sent, k, known) or match_lower_body(sent, k, known)
        if phrase:
            out.append(phrase)
            k = phrase.end
        else:
            k += 1
    return share_units(sent, out)


def _add_body(facts: Facts, phrase: BodyPhrase | None, setting: Setting, mention: Mention | None) -> Body | None:
    if phrase is None:
        return None
    resolved = resolve_body(phrase, setting)
    if resolved is None:
        return None
    names = [facts.add_body(body, mention) for body in resolved.chain]
    facts.local_bodies.update(name for name, body in zip(names, resolved.chain) if body.name in resolved.local)
    main = facts.bodies[names[0]]
    alias = written_name(phrase)
    if alias and fold(alias) != fold(main.name):
        facts.add_body(Body(main.name, main.kind, main.english, main.parent, main.place, (alias,)), None)
    return facts.bodies[main.name]


def _posts(parsed: list[Parsed], article: Article, setting: Setting, facts: Facts, known: set[str]) -> None:
    stated = article.published_date
    seen: set[tuple[str, str, str]] = set()
    for index, item in enumerate(parsed):
        for occ in item.historical:
            facts.add_person(occ.name, item.mention)
        for occ in item.persons:
            facts.add_person(occ.name, item.mention)
            for use in occ.titles:
                delegation = _delegation_headed(use.title, occ, parsed, index)
                body = _add_body(facts, delegation, setting, None) if delegation else \
                    _title_body(with_chain_unit(use, occ.titles, setting), use.implied_body, setting, facts,
                                item.mention)
                if body is None:
                    body = _add_body(facts, _body_named_by_role(use.title, _nearby_bodies(parsed, index))
                                     or body_of_bare_generic(use.title, parsed, index), setting, None)
                if body is None:
                    body = _add_chain(facts, council_board(use.title, _sentence_title_bodies(item)
                                                           + _nearby_bodies(parsed, index), setting), item.mention)
                if body is None and use.title.body is None and use.implied_body is None:
                    body = _add_resolved(facts, own_committee(use.title.role.text, setting,
                                                              _committee_before(item, use.title.start, setting)),
                                         item.mention)
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


def _sentence_title_bodies(item: Parsed) -> list[BodyPhrase]:
    """The bodies that the sentence's titles name ('Phó trưởng ban Kinh tế - xã hội HĐND phường')."""
    return [use.title.body for occ in item.persons for use in occ.titles if use.title.body]


def _add_chain(facts: Facts, resolved: ResolvedBody | None, mention: Mention | None) -> Body | None:
    """A resolved body and the bodies its chain names, into the facts."""
    if resolved is None:
        return None
    for body in reversed(resolved.chain[1:]):
        facts.add_body(body, None)
    return _add_resolved(facts, resolved, mention)


_NEARBY = 12  # sentences of the paragraph before a title in which the body its role names may stand


def _nearby_bodies(parsed: list[Parsed], index: int) -> list[BodyPhrase]:
    """The bodies of the sentence, then of the sentences before it in its paragraph, nearest first."""
    item = parsed[index]
    out = list(item.bodies)
    for earlier in reversed(parsed[max(0, index - _NEARBY):index]):
        if earlier.paragraph != item.paragraph:
            break
        out += earlier.bodies
    return out


def _delegation_headed(title: TitlePhrase, occ: Occurrence, parsed: list[Parsed], index: int) -> BodyPhrase | None:
    """'Đoàn công tác của tỉnh X do đồng chí A, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn': a role ending in a
    delegation's word and naming no body heads the delegation named last before its holder, in the sentence or
    the paragraph's sentences before it (not the first body the sentence happens to name)."""
    if title.body is not None or title.role.body:
        return None
    kind = fold(title.role.text).split()[-1]
    item = parsed[index]
    start = min([occ.start, *(t.title.start for t in occ.titles)])
    before = sorted((b for b in item.bodies if b.end <= start), key=lambda b: -b.end)
    earlier = [b for b in _nearby_bodies(parsed, index) if b not in item.bodies]
    for phrase in [*before, *earlier]:
        head = phrase.segments[0].head
        if head.kind == "delegation" and fold(head.text).split()[0] == kind:
            return phrase
    return None


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


def _committee_before(item: Parsed, start: int, setting: Setting) -> ResolvedBody | None:
    """The party committee the sentence names last before token `start`, in a title or not ('các Phó Bí thư Tỉnh
    ủy X gồm: A, Phó Bí thư Thường trực'): a bare deputy secretary after it is that committee's."""
    phrases = [*item.bodies, *(use.title.body for occ in item.persons for use in occ.titles if use.title.body)]
    below_province = setting.district is not None or setting.ward is not None or setting.city is None
    before = [p for p in phrases if p.start < start and any(
        s.head.kind == "party-committee" and (below_province or (s.place is not None and s.place.name))
        for s in p.segments)]  # in a province's article a bare 'Tỉnh ủy' is too often another province's
    resolved = resolve_body(max(before, key=lambda p: p.start), setting) if before else None
    chain = tuple(b for b in resolved.chain if b.kind == "party-committee") if resolved else ()
    return ResolvedBody(chain[0], chain, resolved.local) if chain else None


def _title_body(title: TitlePhrase, implied: BodyPhrase | None, setting: Setting, facts: Facts,
                mention: Mention) -> Body | None:
    if title.body is not None:
        return _add_body(facts, title.body, setting, mention)
    if implied is not None:
        return _add_body(facts, implied, setting, None)
    if title.role.body:
        hit = vocabulary().bodies.longest(list(fold(title.role.body).split()), 0)
        return _add_resolved(facts, body_for_head(hit[1], setting) if hit else None, mention)
    return None


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
    rename_bodies(facts, renamed)



def _figures(parsed: list[Parsed], article: Article, setting: Setting, facts: Facts) -> None:
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


def _figure_subject(item: Parsed, setting: Setting, facts: Facts) -> str | None:
    """The body a figure counts for: 'Hiện đảng bộ quận có …' -> 'Đảng bộ quận Ngô Quyền'."""
    sent = item.sentence
    for k in range(len(sent.tokens)):
        if sent.tokens[k].key == "đảng" and k + 1 < len(sent.tokens) and sent.tokens[k + 1].key == "bộ":
            phrase = match_body(sent, k, setting.place_names, allow_lower=True)
            body = _add_body(facts, phrase, setting, item.mention)
            if body:
                return body.name
    return None
