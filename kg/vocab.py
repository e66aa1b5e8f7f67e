"""The vocabularies in kg/data/: role words, body words, abbreviations, place types,
provinces, surnames and boundary words, loaded once and indexed for matching.

Every file starts with '#' lines that say where it comes from; the rest is one
entry a line, tab-separated. Multi-word entries are matched token by token on
folded text (case and tone placement do not matter).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from .text import fold, strip_diacritics, toneless


@dataclass(frozen=True)
class Role:
    text: str
    english: str
    body: str | None = None  # the body a role names inside itself: 'Tỉnh ủy viên' -> 'Tỉnh ủy'


@dataclass(frozen=True)
class BodyWord:
    text: str  # canonical Vietnamese form: 'Ủy ban nhân dân'
    english: str
    level: str | None  # place level a committee is tied to: city, province, district; None if not tied
    kind: str
    modifiers: str  # what may follow the word inside a name: place | named | free
    official: bool = False  # an agency's official name, which names one body by itself ('Sở Y tế')
    unit: str | None = None  # an official name's unit when written bare: province, district or ward


@dataclass(frozen=True)
class PlaceType:
    text: str  # the type word in full: 'phường' also for 'P.'
    type: str
    level: str
    abbreviated: bool = False


@dataclass(frozen=True)
class Province:
    name: str
    type: str  # city | province


class Trie:
    """Longest-match lookup of multi-word entries over a sequence of folded tokens."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add(self, words: tuple[str, ...], value: object) -> None:
        node = self.root
        for w in words:
            node = node.setdefault(w, {})
        node.setdefault(None, value)

    def longest(self, keys: list[str], start: int) -> tuple[int, object] | None:
        # asked at every token, mostly of one that starts no entry: that answer without setting up the loop
        if start >= len(keys) or keys[start] not in self.root:
            return None
        node, best = self.root, None
        for i in range(start, len(keys)):
            node = node.get(keys[i])
            if node is None:
                break
            if None in node:
                best = (i - start + 1, node[None])
        return best


# a word that ends a name of its own after a body word: 'chi bộ trường THCS' (a school's party cell) is no
# 'Bộ trưởng'; first in a title, 'Trường đoàn' is still 'Trưởng đoàn' slipped
_NOUNS_AFTER = frozenset({"trường"})


class ToneTolerantTrie(Trie):
    """The role words, also found where one of their words is written with a wrong or missing tone mark
    ('Phó bi thư', 'Phó Chú tịch', 'Trường đoàn'), a typing slip of the genre: a title of two words or more
    whose other words are written right, and whose slipped word is no family name (so 'Trương Công An' is
    no 'Trưởng Công an') nor, after the first, a noun that follows body words ('chi bộ trường'). The longer of the exact and the tolerant match wins; the text keeps what is written."""

    def __init__(self, surnames: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.surnames = surnames
        self.toneless_root: dict = {}

    def add(self, words: tuple[str, ...], value: object) -> None:
        super().add(words, value)
        if len(words) >= 2:
            node = self.toneless_root
            for w in words:
                node = node.setdefault(toneless(w), {})
            node.setdefault(None, []).append((words, value))

    def longest(self, keys: list[str], start: int) -> tuple[int, object] | None:
        best = super().longest(keys, start)
        node = self.toneless_root
        for i in range(start, len(keys)):
            node = node.get(toneless(keys[i]))
            if node is None:
                break
            if None in node and (best is None or i - start + 1 > best[0]):
                for words, value in node[None]:
                    slips = [j for j, w in enumerate(words) if keys[start + j] != w]
                    if len(slips) == 1 and keys[start + slips[0]] not in self.surnames \
                            and not (slips[0] > 0 and keys[start + slips[0]] in _NOUNS_AFTER):
                        best = (i - start + 1, value)
                        break
        return best

    def letter_slipped(self, keys: list[str], start: int) -> tuple[int, object] | None:
        """The longest role written with one letter slipped in one word after its first ('Bí thu', 'Phó Bí thư
        Thường thực', 'Phó bí thư trường trực'): the slipped word has the letters of the right one but one, or
        only its vowel mark lost; every other word is written right; the slipped word is no family name. The
        caller takes it only where a body follows, which a slip of the genre's titles has and a common word
        that happens to look like one ('Chủ tịch được bầu') has not."""
        best = None
        pending = [(self.toneless_root, start, None)]
        while pending:
            node, i, slip = pending.pop()
            if i >= len(keys):
                continue
            key = toneless(keys[i])
            # the first word is written right: only its own branch is walked
            branches = node.items() if i > start else ([(key, node[key])] if key in node else [])
            for word, child in branches:
                if word is None:
                    continue
                if word == key:
                    pending.append((child, i + 1, slip))
                elif slip is None and i > start and _one_letter_off(word, key):
                    pending.append((child, i + 1, i))
                else:
                    continue
                now = slip if word == key else i
                if now is None or None not in child or (best and best[0] >= i - start + 1):
                    continue
                for words, value in child[None]:
                    if keys[now] not in self.surnames and all(
                            keys[start + j] == w for j, w in enumerate(words) if start + j != now):
                        best = (i - start + 1, value)
                        break
        return best


def _one_letter_off(right: str, written: str) -> bool:
    """'thư' / 'thu' (its vowel mark lost), 'trực' / 'thực', 'thường' / 'trường' (one letter for another): words of
    three letters or more, the same length, their bare letters one apart at most."""
    a, b = strip_diacritics(right), strip_diacritics(written)
    return len(a) == len(b) >= 3 and a.isalpha() and sum(x != y for x, y in zip(a, b)) <= 1


def data_rows(name: str) -> list[list[str]]:
    """A data file of kg/data as rows of tab-separated fields, without its comment and blank lines."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


_rows = data_rows


@functools.cache
def phrase_trie(name: str) -> Trie:
    """A data file of one phrase a line, for longest-match lookup on folded tokens."""
    trie = Trie()
    for row in data_rows(name):
        trie.add(words(row[0]), row[0])
    return trie


_INNER_MARKS = re.compile(r"[^-–—&/,]+|[-–—&/,]")


def words(text: str) -> tuple[str, ...]:
    """Folded tokens as the tokenizer cuts them: 'LĐ-TB&XH' is five tokens; initials kept in their case ('ThU')
    stay as written, as the tokenizer keys them."""
    kept = case_kept_initials()
    if not any(part in kept for part in text.split()):
        return tuple(w for part in fold(text).split() for w in _INNER_MARKS.findall(part))
    return tuple(w for part in text.split() for w in ((part,) if part in kept else _INNER_MARKS.findall(fold(part))))


@functools.cache
def case_kept_initials() -> frozenset[str]:
    """Initials of title_initials.tsv written with a small letter ('ThU'): only that spelling is they; folded,
    they would be a word or a given name ('Thu')."""
    return frozenset(row[1] for row in data_rows("title_initials.tsv")
                     if row[0] != "board" and row[1] != row[1].upper())


def _alone_initials() -> dict[str, str]:
    """A body's initials that are also a word by themselves after a role ('BDV', 'ThU'): abbreviations of it."""
    return {row[1]: row[2] for row in data_rows("title_initials.tsv") if row[0] == "body" and row[5] == "yes"}


@functools.cache
def alone_initials_keys() -> frozenset[str]:
    """The keys of those initials ('bdv', 'ThU'), as the tokenizer keys them."""
    return frozenset(words(short)[0] for short in _alone_initials())


def spellings(full: tuple[str, ...], abbreviations: dict[str, str]) -> set[tuple[str, ...]]:
    """Every way an entry is written: with any of its parts abbreviated ('Đoàn ĐBQH và HĐND'), with a hyphen
    for an ampersand ('Sở TN-MT'), and with an en dash for a hyphen. A short form with a dot is one token before
    a capital ('UB.MTTQ') and two before a space ('UB. nhân dân'), as the tokenizer cuts them."""
    out = {full}
    pending = [full]
    while pending:
        form = pending.pop()
        for short, expansion in abbreviations.items():
            exp = words(expansion)
            for i in range(len(form) - len(exp) + 1):
                if form[i:i + len(exp)] == exp:
                    at_end = i + len(exp) == len(form)
                    for written in _dotted_forms(short, at_end):
                        new = form[:i] + written + form[i + len(exp):]
                        if new not in out:
                            out.add(new)
                            pending.append(new)
    out |= {tuple("-" if w == "&" else w for w in form) for form in out if "&" in form}  # 'Sở TN-MT' for 'TN&MT'
    return out | {tuple("–" if w == "-" else w for w in form) for form in out if "-" in form}


def _dotted_forms(short: str, at_end: bool) -> tuple[tuple[str, ...], ...]:
    # at an entry's end the dot, cut off, would be the sentence's own full stop ('… Việt Nam TP.')
    if short.endswith(".") and " " not in short and not at_end:
        return words(short), words(short[:-1]) + (".",)
    return (words(short),)


@dataclass
class Vocabulary:
    roles: Trie
    bodies: Trie
    place_types: Trie
    provinces: Trie
    boundaries: Trie
    qualifiers: Trie
    surnames: frozenset[str]
    abbreviations: dict[str, str]
    role_english: dict[str, str]
    body_english: dict[str, str]
    province_by_key: dict[str, Province]
    name_stoppers: frozenset[str]  # words of body, role and qualifier names: a personal name may follow them
    ranks: frozenset[tuple[str, ...]]  # 'đại tá': a personal name follows
    title_prefixes: dict[str, str]  # 'quyền' -> 'Acting'
    topic_links: Trie  # boundary words that a topic-named body runs on through: 'về', 'thực hiện'
    site_words: Trie  # 'Online', 'Báo': a byline with one of these names a site, not a person
    english_modifiers: Trie  # 'khảo sát' -> ('Survey', 'before'): English for the words of a small body's name


def _in_place_name(name: str, word: str) -> bool:
    """'Bộ Tư lệnh Thủ đô Hà Nội': the words of a place inside a body's name may end a personal name."""
    return any(word in words(place) for place in _PLACES_IN_NAMES if place in name)


_PLACES_IN_NAMES = ("Hồ Chí Minh", "Thủ đô Hà Nội")


@functools.cache
def vocabulary() -> Vocabulary:
    abbreviations = {row[0]: row[1] for row in _rows("abbreviations.tsv")}
    for short, full in _alone_initials().items():
        abbreviations.setdefault(short, full)

    def add_with_abbreviations(trie: Trie, text: str, value: object) -> None:
        # Each entry is also found in its short forms: 'Ủy ban nhân dân' as 'UBND'.
        for form in sorted(spellings(words(text), abbreviations)):
            trie.add(form, value)

    surnames = frozenset(fold(row[0]) for row in _rows("surnames.txt"))
    roles, role_english = ToneTolerantTrie(surnames), {}
    for row in _rows("roles.tsv"):
        text, english = row[0], row[1]
        role = Role(text, english, row[2] if len(row) > 2 and row[2] else None)
        add_with_abbreviations(roles, text, role)
        role_english[fold(text)] = english
    ranks = set()
    for rank, english in _rows("ranks.tsv"):
        add_with_abbreviations(roles, rank, Role(rank, english))
        role_english[fold(rank)] = english
        ranks.add(words(rank))
    title_prefixes = {fold(word): english for word, english in _rows("title_prefixes.tsv")}
    bodies, body_english, body_level = Trie(), {}, {}
    for row in _rows("bodies.tsv"):
        text, english, level, kind, modifiers = row[:5]
        word = BodyWord(text, english, None if level == "-" else level, kind, modifiers)
        for written in [text, *(v for v in (row[5] if len(row) > 5 else "").split("|") if v)]:
            add_with_abbreviations(bodies, written, word)
        body_english[fold(text)] = english
        body_level[fold(text)] = word.level
    units = {fold(name): unit for name, unit in _rows("official_body_units.tsv")}
    for row in [*_rows("official_bodies.tsv"), *_rows("official_associations.tsv")]:
        name, english, kind = row[0], row[1], row[2]
        # 'Trung ương Đảng' is the Party Central Committee of bodies.tsv: central, never a ward's
        level = row[5] if len(row) > 5 and row[5] else body_level.get(fold(name))
        word = BodyWord(name, english, level, kind, "place", official=True, unit=units.get(fold(name)))
        for written in [name, *(v for v in (row[4] if len(row) > 4 else "").split("|") if v)]:
            add_with_abbreviations(bodies, written, word)  # a word of bodies.tsv spelled the same wins
        body_english.setdefault(fold(name), english)
    from .title_initials import add_title_initials  # that module reads this one's words()

    add_title_initials(roles, bodies, role_english)
    place_types = Trie()
    for row in _rows("place_types.tsv"):
        text, type_, level = row[:3]
        ptype = PlaceType(row[3] if len(row) > 3 else text, type_, level, abbreviated=text.endswith("."))
        if ptype.abbreviated:  # 'P.': 'P. Tân Định' as well as 'P.Tân Định', which the tokenizer keeps whole
            place_types.add(words(text), ptype)
            place_types.add(words(text.rstrip(".")) + (".",), ptype)
        else:
            add_with_abbreviations(place_types, text, ptype)
    provinces, province_by_key = Trie(), {}
    for row in _rows("provinces.tsv"):
        province = Province(row[0], row[1])
        for name in [row[0], *(a for a in (row[2] if len(row) > 2 else "").split("|") if a)]:
            provinces.add(words(name), province)
            province_by_key[fold(name)] = province
    boundaries = Trie()
    for (text,) in _rows("boundaries.txt"):
        boundaries.add(words(text), text)
    topic_links = Trie()
    for (text,) in _rows("topic_links.txt"):
        topic_links.add(words(text), text)
    site_words = Trie()
    for (text,) in _rows("site_words.txt"):
        site_words.add(words(text), text)
    english_modifiers = Trie()
    for text, english, where in _rows("english_modifiers.tsv"):
        english_modifiers.add(tuple(fold(text).replace(",", " , ").split()), (english, where))
    qualifiers = Trie()
    for (text,) in _rows("qualifiers.txt"):
        add_with_abbreviations(qualifiers, text, text)
    stoppers = {w for table in ("roles.tsv", "bodies.tsv", "qualifiers.txt", "official_bodies.tsv")
                for row in _rows(table) for w in words(row[0]) if not _in_place_name(row[0], w)} - set(surnames)
    return Vocabulary(roles, bodies, place_types, provinces, boundaries, qualifiers, surnames, abbreviations,
                      role_english, body_english, province_by_key, frozenset(stoppers), frozenset(ranks),
                      title_prefixes, topic_links, site_words, english_modifiers)
