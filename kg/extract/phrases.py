"""The phrase grammar of the genre, on tokens: body names and titles (places: place_phrases.py; personal names:
names.py).

Each matcher starts at a token index and returns the phrase it found with the
index just past it, or None. Nothing here resolves a phrase against the
article's context; that is resolve.py's job.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text import fold
from ..vocab import BodyWord, Role, ToneTolerantTrie, alone_initials_keys, phrase_trie, vocabulary
from .generic_bodies import generic_word_refused
from .names import match_name, starts_name
from .place_phrases import PlacePhrase, match_place
from .tokens import Sentence

PERSON_MARKERS = {("đồng", "chí"), ("ông",), ("bà",), ("đ/c",)}
_LIST_JOINERS = {",", ";", "và", ":"}
_PARENT_LINKS = {"của", "thuộc", "trực thuộc"}
_TWO_WORD_LINKS = {("trực", "thuộc")}
_DASHES = {"-", "–", "—"}


@dataclass
class Segment:
    head: BodyWord
    start: int
    end: int
    written_head: str
    modifiers: str = ""  # the words after the head, as written
    place: PlacePhrase | None = None
    link: str = "within"  # how this segment relates to the next one: within | of | dash


@dataclass
class BodyPhrase:
    start: int
    end: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class TitlePhrase:
    start: int
    end: int
    role: Role
    body: BodyPhrase | None
    written: str


def _boundary_at(sent: Sentence, i: int) -> int:
    """Length of a boundary word at token i (0 if none): verbs and function words end phrases."""
    tok = sent.tokens[i]
    if tok.is_capitalized and i > 0:
        return 0
    hit = vocabulary().boundaries.longest(sent.keys, i)
    return hit[0] if hit else 0


def match_body(sent: Sentence, i: int, known_places: set[str] = frozenset(),
               allow_lower: bool = False, in_title: bool = False) -> BodyPhrase | None:
    """A body name: a chain of body words, each with its modifiers, linked by juxtaposition,
    'của' or a dash: 'Nhóm khảo sát số 1 của Tổ … – Tiểu ban Văn kiện …'. `in_title`: the body a role names
    (its first word's name may open in lower case)."""
    voc = vocabulary()
    toks = sent.tokens
    phrase = BodyPhrase(i, i)
    k = i
    lower = allow_lower and not toks[i].is_capitalized  # 'ủy viên ban thường vụ huyện ủy', all in lower case
    while k < len(toks):
        hit = voc.bodies.longest(sent.keys, k)
        if not hit or not (toks[k].is_capitalized or toks[k].is_acronym or (allow_lower and k == i)
                           or ((lower or _board_before(phrase)) and _lower_committee(sent, k))):
            break
        n, head = hit
        assert isinstance(head, BodyWord)
        if _no_body_after(sent, k + n) or generic_word_refused(sent, k, n, head.text):
            break  # 'Tổ chức' is a verb, 'Tổ quốc' a noun: not the body 'Tổ'
        seg = Segment(head, k, k + n, sent.between(k, k + n))
        k = _modifiers(sent, seg, k + n, known_places, in_title and not phrase.segments)
        phrase.segments.append(seg)
        phrase.end = seg.end
        if k < len(toks) and (toks[k].key in _PARENT_LINKS) and _body_starts(sent, k + 1):
            seg.link = "of"
            k += 1
        elif tuple(sent.keys[k:k + 2]) in _TWO_WORD_LINKS and _body_starts(sent, k + 2):
            seg.link = "of"  # 'Chi bộ 20 trực thuộc Đảng bộ phường …'
            k += 2
        elif k < len(toks) and toks[k].text in _DASHES and _body_starts(sent, k + 1) \
                and not _role_over_body(sent, k + 1):
            seg.link = "dash"
            k += 1
        elif not (_body_starts(sent, k) or ((lower or _board_before(phrase)) and _lower_committee(sent, k))) \
                or starts_name(sent, k, known_places):
            break  # 'Phó Chủ tịch HĐND tỉnh Đoàn Văn An': a name, not a body, after the first
    return _without_collective_word(phrase) if phrase.segments else None


def _without_collective_word(phrase: BodyPhrase) -> BodyPhrase:
    """'các Ban HĐND xã' -> 'HĐND xã': a bare collective word (collective_body_words.txt) straight before another
    body's name names that body's committees together, no body of its own."""
    first = phrase.segments[0]
    words = fold(first.head.text).split()
    hit = phrase_trie("collective_body_words.txt").longest(words, 0)
    if len(phrase.segments) < 2 or first.link != "within" or first.modifiers or first.place is not None \
            or hit is None or hit[0] != len(words):
        return phrase
    return BodyPhrase(phrase.segments[1].start, phrase.end, phrase.segments[1:])


def _role_over_body(sent: Sentence, k: int) -> bool:
    """'Bí thư Huyện ủy – Tổ trưởng tổ đại biểu HĐND huyện': after a dash, a role longer than the body word it
    opens with ('Tổ trưởng', not the body 'Tổ') is the next title of a chain, not a body joined to this one."""
    role = vocabulary().roles.longest(sent.keys, k)
    body = vocabulary().bodies.longest(sent.keys, k)
    return bool(role and body and role[0] > body[0])


def _board_before(phrase: BodyPhrase) -> bool:
    """'Ban Thường vụ huyện ủy': a party board's committee is often written in lower case after it."""
    return bool(phrase.segments) and phrase.segments[-1].head.kind == "party-board"


def _lower_committee(sent: Sentence, k: int) -> bool:
    """'huyện ủy' written in lower case after a body in lower case: the committee it belongs to."""
    hit = vocabulary().bodies.longest(sent.keys, k)
    return hit is not None and hit[1].kind == "party-committee" and not sent.tokens[k].is_capitalized


def _body_starts(sent: Sentence, k: int, allow_lower: bool = False) -> bool:
    if k >= len(sent.tokens) or not (sent.tokens[k].is_capitalized or sent.tokens[k].is_acronym or allow_lower):
        return False
    hit = vocabulary().bodies.longest(sent.keys, k)
    if hit is None:
        return False
    # 'Tổ chức' (to organise, or the word in 'Ban Tổ chức') is no body 'Tổ'
    return not (_no_body_after(sent, k + hit[0]) or generic_word_refused(sent, k, hit[0], hit[1].text))


def _no_body_after(sent: Sentence, end: int) -> bool:
    """Whether the body word ending at `end` and the word after it make a verb ('Tổ chức', a boundary) or a
    common noun ('Tổ quốc', not_bodies.txt)."""
    if end >= len(sent.keys):
        return False
    pair = [sent.keys[end - 1], sent.keys[end]]
    return bool(vocabulary().boundaries.longest(pair, 0) or phrase_trie("not_bodies.txt").longest(pair, 0))


def _modifiers(sent: Sentence, seg: Segment, k: int, known_places: set[str], in_title: bool = False) -> int:
    """Consume what may follow a body word, by its `modifiers` rule; return the index after. A named body
    takes lower-case words after its first capitalised one; in a title, where the role says a body's name
    follows, from its first word on ('Chủ tịch Hội đồng lý luận Trung ương', 'Vụ trưởng vụ địa phương 2')."""
    toks = sent.tokens
    mode = seg.head.modifiers
    begin = k
    while k < len(toks):
        tok = toks[k]
        if _body_starts(sent, k) or _role_starts(sent, k) or (seg.head.kind == "party-board"
                                                               and _lower_committee(sent, k)):
            break
        place = match_place(sent, k, known_places)
        if place:
            if seg.place is not None:
                break
            seg.place = place
            k = place.end
            seg.end = k
            continue
        named_place = _committee_place(sent, seg, k, known_places)
        if named_place:
            seg.place = named_place
            k = seg.end = named_place.end
            continue
        qualifier = vocabulary().qualifiers.longest(sent.keys, k)
        if qualifier and tok.is_capitalized:
            k += qualifier[0]  # 'Trung ương', 'Việt Nam': 'Ban Tổ chức Trung ương'
            seg.end = k
            continue
        if mode == "place":
            break
        if tuple(sent.keys[k:k + 2]) in PERSON_MARKERS or (_boundary_at(sent, k) and not _topic_link(sent, mode, k)):
            break
        if tok.key in _PARENT_LINKS and _body_starts(sent, k + 1):
            break
        if tuple(sent.keys[k:k + 2]) in _TWO_WORD_LINKS and _body_starts(sent, k + 2):
            break
        if tok.is_capitalized and starts_name(sent, k, known_places):
            break
        if tok.text == "," and mode in _FREE and (_comma_continues(sent, begin, k + 1)
                                                   or _list_before_parent(sent, k + 1)):
            k += 1
            continue
        if tok.is_number and (k > begin or seg.head.kind != "group") \
                and (k == begin or toks[k - 1].key == "số" or mode in ("named", *_FREE)) and tok.text.isdigit():
            k += 1
            seg.end = k
            if k - 1 == begin and k < len(toks) and toks[k].is_word and not toks[k].is_capitalized \
                    and not match_place(sent, k, known_places):
                break  # 'Chi bộ 22 quản lý 25 đảng viên': a numbered body's name ends with its number
            continue
        if seg.place is not None and not tok.is_capitalized:
            break  # the place ends the name: 'Đảng bộ quận 8 cho …', 'Công an TP Hải Phòng thành lập …'
        if tok.is_word and (tok.is_capitalized or tok.is_roman or mode in _FREE or tok.key == "số"
                            or (mode == "named" and (k > begin or in_title))):
            k += 1
            seg.end = k
            continue
        break
    seg.modifiers = _words_besides_place(sent, begin, seg.end, seg.place)
    return seg.end


_FREE = ("free", "topic")


def _topic_link(sent: Sentence, mode: str, k: int) -> bool:
    """'Ban Chỉ đạo … về phòng, chống tham nhũng': a steering committee's name runs on through its topic."""
    return mode == "topic" and vocabulary().topic_links.longest(sent.keys, k) is not None


def _words_besides_place(sent: Sentence, begin: int, end: int, place: PlacePhrase | None) -> str:
    """The modifiers as written, less the place, which the body's full name spells out itself."""
    if place is None or not begin <= place.start < end:
        return sent.between(begin, end) if end > begin else ""
    parts = [sent.between(begin, place.start), sent.between(place.end, end)]
    return " ".join(p for p in parts if p)


def match_committee_place(sent: Sentence, i: int, names: set[str]) -> PlacePhrase | None:
    """'Huyện ủy Vũ Thư': a committee word tied to a level, then a place name from `names` (folded)."""
    hit = vocabulary().bodies.longest(sent.keys, i)
    if not hit or not (sent.tokens[i].is_capitalized or hit[1].kind == "party-committee"):
        return None  # 'huyện uỷ Tuy Đức' in lower case still names the district, by the known name after it
    n, head = hit
    if i + n >= len(sent.tokens):
        return None
    return _committee_place(sent, Segment(head, i, i + n, sent.between(i, i + n)), i + n, names)


def _committee_place(sent: Sentence, seg: Segment, k: int, known_places: set[str]) -> PlacePhrase | None:
    """'Quận ủy Cầu Giấy', 'Huyện ủy Kim Thành': after a committee tied to a level, a known place name."""
    level = seg.head.level
    if seg.place is not None or level not in ("district", "city", "province") or not sent.tokens[k].is_title_word:
        return None
    m = k
    while m < len(sent.tokens) and sent.tokens[m].is_title_word and m - k < 4:
        m += 1
    for end in range(m, k, -1):
        name = sent.name_between(k, end)
        if fold(name) in known_places:
            kind = "district" if level == "district" else level
            word = _COMMITTEE_TYPE_WORD.get(seg.head.text.split()[0].casefold())
            return PlacePhrase(k, end, "town" if word == "thị xã" else kind, level, name, name, word)
    return None


# the type word a committee's own name implies: 'Huyện ủy X' is the committee of 'huyện X'
_COMMITTEE_TYPE_WORD = {"huyện": "huyện", "quận": "quận", "thị": "thị xã", "thành": "thành phố", "tỉnh": "tỉnh"}


def _comma_continues(sent: Sentence, begin: int, k: int) -> bool:
    """After a comma inside a free-form name ('Tổ xây dựng Đảng, hệ thống chính trị'), lower-case
    topic words continue the name, if the words before the comma are a proper name already
    (a capitalised word or a number in them): 'Nhóm khảo sát, bám sát …' is no name."""
    toks = sent.tokens
    if k >= len(toks) or not toks[k].is_word or toks[k].is_capitalized:
        return False
    if not any(t.is_capitalized or t.is_number for t in toks[begin:k - 1]):
        return False
    return not _boundary_at(sent, k) and tuple(sent.keys[k:k + 2]) not in PERSON_MARKERS


def _list_before_parent(sent: Sentence, k: int) -> bool:
    """'Tổ kinh tế, xã hội – Tiểu ban …': lower-case chunks after commas that end in a link to a
    parent body are one name."""
    toks = sent.tokens
    while k < len(toks) and (toks[k].text == "," or (toks[k].is_word and not toks[k].is_capitalized
                                                       and not _boundary_at(sent, k) and toks[k].key not in _PARENT_LINKS)):
        k += 1
    if k >= len(toks) or toks[k - 1].text == ",":
        return False
    return (toks[k].text in _DASHES or toks[k].key in _PARENT_LINKS) and _body_starts(sent, k + 1)


def _role_starts(sent: Sentence, k: int) -> bool:
    hit = vocabulary().roles.longest(sent.keys, k)
    return bool(hit) and sent.tokens[k].is_capitalized


def match_title(sent: Sentence, i: int, known_places: set[str] = frozenset(),
                allow_lower: bool = False) -> TitlePhrase | None:
    """A role word and the body it belongs to: 'Trưởng Ban Tuyên giáo Thành ủy'."""
    voc = vocabulary()
    toks = sent.tokens
    if i >= len(toks) or not (toks[i].is_capitalized or allow_lower):
        return None
    prefix = voc.title_prefixes.get(toks[i].key)
    if prefix and i + 1 < len(toks):  # 'quyền Chủ tịch UBND huyện': the acting holder
        title = match_title(sent, i + 1, known_places, allow_lower=True)
        if title is None:
            return None
        role = Role(f"{toks[i].text.lower()} {title.role.text}", f"{prefix} {title.role.english}", title.role.body)
        return TitlePhrase(i, title.end, role, title.body, sent.between(i, title.end))
    hit = voc.roles.longest(sent.keys, i)
    slipped = voc.roles.letter_slipped(sent.keys, i) if isinstance(voc.roles, ToneTolerantTrie) else None
    if slipped and (not hit or slipped[0] > hit[0]) and _body_starts(sent, i + slipped[0], allow_lower=True):
        hit = slipped  # 'Bí thu Đảng ủy xã': a title with one letter slipped, a body after it
    if not hit:
        return None
    n, role = hit
    assert isinstance(role, Role)
    body = None
    backs = list(range(n))
    if n > 1 and sent.keys[i + n - 1] in alone_initials_keys():
        backs.insert(0, 1)  # 'Phó trưởng BDV Huyện ủy': the body's initials end the role and open the body
    for back in backs:  # 'Trưởng Ban Tuyên giáo', 'Trưởng Công an xã': the role's last words open the body
        start = i + n - back
        # after a role the body may be written in lower case: 'Bí Thư thành ủy', 'Trưởng phòng Nội vụ'
        lower_ok = back <= 1
        body = match_body(sent, start, known_places, allow_lower=lower_ok, in_title=True) \
            if _body_starts(sent, start, allow_lower=lower_ok) else None
        if body and body.end > i + n:
            break
        body = None
    end = body.end if body else max(_unit_after_role(sent, i + n, known_places),
                                     _unit_named_in_role(sent, i + n, known_places))
    return TitlePhrase(i, end, role, body, sent.between(i, end))


def _unit_named_in_role(sent: Sentence, k: int, known_places: set[str]) -> int:
    """'Trưởng thôn Nà Phai', 'Tổ trưởng tổ dân phố 5': a role that ends in a unit's type word keeps the unit's
    name written after it (not a person's: 'Trưởng ấp Nguyễn Văn A phát biểu')."""
    for m in (3, 2, 1):
        hit = vocabulary().place_types.longest(sent.keys, k - m) if k - m >= 0 else None
        if hit is None or hit[0] != m:
            continue
        place = match_place(sent, k - m, known_places)
        if place is None or place.name is None or place.end <= k:
            return k
        if fold(place.name) not in known_places and match_name(sent, k, known_places):
            return k
        return place.end
    return k


def _unit_after_role(sent: Sentence, k: int, known_places: set[str]) -> int:
    """'Chủ tịch xã Tân Lập', 'cán bộ địa chính xã': a role with no body keeps the unit written after it,
    but not a person's name after a bare type word ('Chủ tịch xã Nguyễn Văn A')."""
    place = match_place(sent, k, known_places)
    if place is None or place.level in ("city", "province") and place.name is None and place.end == k:
        return k
    if place.name and place.type_word:
        name_start = place.end - len(place.name.split())
        if fold(place.name) not in known_places and match_name(sent, name_start, known_places):
            return name_start
    return place.end
