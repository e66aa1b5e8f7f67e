"""Personal names on tokens: 2-5 capitalised words opening with a family name, or any after a rank."""
from __future__ import annotations

import functools
import re

from ..text import fold
from ..vocab import data_rows, phrase_trie, vocabulary, words
from .tokens import Sentence

_HONORIFICS = {"ông", "bà", "anh", "chị", "đồng", "cụ", "thầy", "cô", "em", "cháu", "chú", "bác"}
# courtesy and kinship words: 'Ông Phan Văn A', 'Cụ Lê Thị B', 'Thầy Trần Văn C' at a sentence start: the word is no name


def after_rank(sent: Sentence, i: int) -> bool:
    """'Đại tá Lò Văn A': a rank says that the capitalised words after it are a person's name."""
    ranks = vocabulary().ranks
    return any(tuple(sent.keys[i - n:i]) in ranks for n in (1, 2, 3) if i - n >= 0)


def starts_name(sent: Sentence, i: int, known_places: set[str] = frozenset()) -> bool:
    return match_name(sent, i, known_places) is not None


_MIDDLE_NAMES = {"văn", "thị"}  # the middle names that say a man's or a woman's name
_USUAL_NAME = 3  # words of most Vietnamese names: family name, middle name, given name
_LONGEST_RUN = 12  # capitalised words: an honorific, a place of up to six words and a name of up to five


_SINGLE_NAME = re.compile(r"^[A-ZĐ][a-zđ]?[’'][A-ZĐ]\w+$")  # 'K’Broi', 'H’Hen': one word is the whole name
_ENTRY_EDGES = {"chí", "ông", "bà", "đ/c", ";", ":", ","}


def _single_word_name(sent: Sentence, i: int) -> bool:
    """Names of the Central Highlands written as one word with an apostrophe ('K’Broi', 'Ka’…', 'H’Hen'):
    a name where an entry begins (after a person marker or a list separator) or where a title follows."""
    toks = sent.tokens
    if not _SINGLE_NAME.match(toks[i].text):
        return False
    before = toks[i - 1].key if i > 0 else ""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return before in _ENTRY_EDGES or after in ("-", "–", ",")


_ENTRY_OPENERS = {"chí", "ông", "bà", "đ/c"}
_HAMLET_WORDS = {row[0].strip() for row in data_rows("hamlet_words.txt")}
_ENTRY_CLOSERS = {",", "-", "–", ";", "(", "."}


def _middle_name_entry(sent: Sentence, start: int, end: int) -> bool:
    """'đồng chí Leo Thị Lịch, Chủ tịch …', 'Bí thư Huyện ủy Quảng Văn Ngọc, Chủ tịch …': a family name the list
    does not know, then 'Văn' or 'Thị' and one or two words, where an entry opens (after 'đồng chí', 'ông',
    'bà') and closes (a separator after it): a person's name. 'Văn phòng', 'Thị xã' are no middle names."""
    voc = vocabulary()
    toks = sent.tokens
    if not 3 <= end - start <= 4 or toks[start + 1].key not in _MIDDLE_NAMES:
        return False
    if phrase_trie("middle_name_compounds.txt").longest(sent.keys, start + 1) or voc.bodies.longest(sent.keys, start + 1) \
            or voc.roles.longest(sent.keys, start + 1):
        return False
    opens = start > 0 and toks[start - 1].key in _ENTRY_OPENERS
    if toks[start].key in voc.name_stoppers and not (opens and _family_name_before_middle_name(sent, start + 1)):
        return False  # a body's word ('Ban Văn …'), unless a person marker opens the entry: 'ông Quản Văn A'
    closes = end < len(toks) and toks[end].text in _ENTRY_CLOSERS
    return opens or closes


def _opener_entry(sent: Sentence, start: int, end: int) -> bool:
    """'đồng chí A Sô Lai,', 'gồm: A Duy Khánh, …': a name opener that is also a letter (entry_name_openers.txt)
    and one to three words, where an entry opens and closes."""
    toks = sent.tokens
    if not 2 <= end - start <= 4 or not phrase_trie("entry_name_openers.txt").longest(sent.keys, start):
        return False
    if any(len(toks[k].text) < 2 for k in range(start + 1, end)):
        return False  # 'Cỡ chữ: A+ A A-', a page's font-size buttons: a letter alone is no given name
    before = toks[start - 1] if start > 0 else None
    if before is not None and before.key in _ENTRY_OPENERS:
        return True  # 'đồng chí A Sô Lai được chỉ định …'
    closes = end == len(toks) or toks[end].text in _ENTRY_CLOSERS
    return closes and before is not None and (before.key in _ENTRY_EDGES or not before.is_capitalized)


def _marked_entry(sent: Sentence, start: int, end: int) -> bool:
    """'đồng chí Bun Thó Lào – Tỉnh ủy viên, …': three or four capitalised words after 'đồng chí', 'ông' or 'bà'
    and before a dash or comma and a capitalised title are a name, though their first word is no family name the
    list knows (names of other peoples, 'Bun', 'Xay'). None of the words may be a role, body or place word."""
    voc = vocabulary()
    toks = sent.tokens
    if not 2 <= end - start <= 4 or start == 0 or toks[start - 1].key not in ("chí", "ông", "bà") \
            or end + 1 >= len(toks) or toks[end].text not in ("-", "–", ",") or not toks[end + 1].is_capitalized:
        return False
    if end - start == 2 and not voc.roles.longest(sent.keys, end + 1):
        return False  # 'đồng chí Kring Ba - Ủy viên …': two words only before a role word itself
    if toks[start - 1].key == "chí" and (start < 2 or toks[start - 2].key != "đồng"):
        return False
    return not any(voc.roles.longest(sent.keys, k) or voc.bodies.longest(sent.keys, k)
                   or voc.place_types.longest(sent.keys, k) or toks[k].key in voc.name_stoppers
                   for k in range(start, end))


_LONGEST_FIXED_LEAD = 5  # words of a set phrase before the capitalised words of it that a name would take


def _inside_fixed_phrase(sent: Sentence, start: int, end: int) -> bool:
    """Tokens start..end lie inside a phrase of fixed_phrases.txt (compared in lower case)."""
    phrases = phrase_trie("fixed_phrases.txt")
    for p in range(max(0, start - _LONGEST_FIXED_LEAD), start + 1):
        hit = phrases.longest(sent.keys, p)
        if hit is not None and p + hit[0] >= end:
            return True
    return False


def _marked_short_name(sent: Sentence, start: int, end: int) -> bool:
    """'đồng chí A Lực Phó Bí thư Huyện ủy', 'ông Lê Hùng Chủ tịch UBND xã': after a person marker, a family name or
    a name's opener and one given name, then a title with no separator: a name of two words. Not 'Đoàn Chủ tịch'
    (no marker before it) nor 'ông A Chủ tịch' (one word)."""
    toks = sent.tokens
    if end - start != 2 or start == 0 or toks[start - 1].key not in _ENTRY_OPENERS or len(toks[start + 1].text) < 2:
        return False
    if toks[start - 1].key == "chí" and (start < 2 or toks[start - 2].key != "đồng"):
        return False
    voc = vocabulary()
    opens = toks[start].key in voc.surnames or phrase_trie("entry_name_openers.txt").longest(sent.keys, start)
    return bool(opens) and not (voc.roles.longest(sent.keys, start + 1) or voc.bodies.longest(sent.keys, start + 1))


def person_after_type_word(sent: Sentence, j: int) -> bool:
    """'Chủ tịch UBND xã Trần Văn A', 'Chủ tịch HĐND huyện Nguyễn Công B;': after a bare type word, a family name
    and 'Văn' or 'Thị' and a given name, or (after a body's acronym) a family name and two words that end the
    capitalised run, are a person, unless they are a unit's name ('phường Võ Thị Sáu', 'phường Lê Hồng Phong', named after heroes)."""
    from ..gazetteer.names import units_named_like_persons, units_opening_with

    toks = sent.tokens
    surnames = vocabulary().surnames
    if j + 2 >= len(toks) or toks[j].key not in surnames or not toks[j + 1].is_title_word \
            or not toks[j + 2].is_title_word:
        return False
    if toks[j + 1].key in _MIDDLE_NAMES:
        units = units_named_like_persons()
        return not any(fold(sent.between(j, j + n)) in units for n in (3, 4) if j + n <= len(toks))
    # the unit's body is named before its type word ('HĐND huyện', 'UBND xã'): a title's unit, then its holder;
    # not 'nhập phường Lương Khánh Thiện …', where the ward itself is spoken of
    of_a_body = j >= 2 and toks[j - 2].is_acronym
    three_words = j + 3 == len(toks) or not toks[j + 3].is_title_word
    return of_a_body and three_words and fold(sent.between(j, j + 3)) not in units_opening_with(frozenset(surnames))


_ADDRESS_OPENERS = {"(", "tại", "ở", ":", ","}


def _after_house_number(sent: Sentence, i: int) -> bool:
    """'(số 51-53 Trần Quang D)', 'tại số 12 Lê Văn S': a house number opens an address, and the name after it
    is a street's; not 'Trưởng Đoàn kiểm tra số 2 Lê Văn B', where the number is the team's."""
    toks = sent.tokens
    return i >= 3 and toks[i - 1].is_number and toks[i - 2].key == "số" and toks[i - 3].key in _ADDRESS_OPENERS


def _family_name_before_middle_name(sent: Sentence, i: int) -> bool:
    """'đồng chí Khuông Văn Tình, …': 'Văn' and 'Thị' are family names too, but after a person marker and a
    capitalised word that opens no role or body they are the middle name of a family name the list lacks
    (that word also names a body, 'Quản' of 'Ban Quản lý'), never a name of their own: 'Văn Tình'."""
    voc = vocabulary()
    toks = sent.tokens
    if i < 2 or toks[i].key not in _MIDDLE_NAMES or not toks[i - 1].is_title_word \
            or toks[i - 2].key not in _ENTRY_OPENERS:
        return False
    return not (voc.roles.longest(sent.keys, i - 1) or voc.bodies.longest(sent.keys, i - 1)
                or voc.place_types.longest(sent.keys, i - 1))


def _inside_body_word(sent: Sentence, i: int) -> bool:
    """Token i is a later word of a body word opening at the word before it ('Tỉnh Đoàn', 'Thành Đoàn')."""
    hit = vocabulary().bodies.longest(sent.keys, i - 1)
    return hit is not None and hit[0] >= 2


def _street_before_name(sent: Sentence, i: int) -> bool:
    """A one-word naming word of named_after_words.txt ('Đường') before a family name other than 'Văn', 'Thị'."""
    toks = sent.tokens
    hit = phrase_trie("named_after_words.txt").longest(sent.keys, i)
    return hit is not None and hit[0] == 1 and i + 1 < len(toks) and toks[i + 1].key in vocabulary().surnames \
        and toks[i + 1].key not in _MIDDLE_NAMES


def _body_word_ends_before(sent: Sentence, i: int) -> bool:
    """A body word of two or three words ends just before token i ('Bí thư Thành Đoàn Lê Văn A')."""
    bodies = vocabulary().bodies
    return any((hit := bodies.longest(sent.keys, i - n)) is not None and hit[0] == n for n in (2, 3) if i - n >= 0)


def match_name(sent: Sentence, i: int, known_places: set[str] = frozenset()) -> tuple[int, int] | None:
    """A personal name at token i: 2-5 capitalised words opening with a family name.

    A run that opens with a known place ('Hải Phòng Lê Văn Thành') is split after
    the place; a run that is wholly a place is no name.
    """
    voc = vocabulary()
    toks = sent.tokens
    if i >= len(toks) or not toks[i].is_title_word:
        return None
    if i > 0 and toks[i - 1].is_title_word and toks[i - 1].key not in vocabulary().name_stoppers \
            and not _body_word_ends_before(sent, i):
        return None  # inside a run; 'Văn phòng Trung ương Đảng Ngô Thị Mai' may start after a body word
    if i > 0 and toks[i - 1].is_title_word and _inside_body_word(sent, i):
        return None  # 'Tỉnh Đoàn Phú Yên': 'Đoàn' ends the body word 'Tỉnh đoàn', it opens no name
    if _family_name_before_middle_name(sent, i):
        return None  # 'đồng chí Khuông Văn Tình': the name starts one word earlier, never at 'Văn Tình'
    j = i
    while j < len(toks) and toks[j].is_title_word and j - i <= _LONGEST_RUN:
        j += 1
    if j - i > _LONGEST_RUN:
        return None  # an honorific, a place and a name are never this long: a heading in capitals
    if i > 0 and toks[i - 1].is_title_word and any(fold(sent.between(i - 1, k)) in known_places
                                                   for k in range(i + 1, j + 1)):
        return None  # 'xã Chi Lăng Nam': the body word 'Chi' opens a place the article names, not a name
    if _after_house_number(sent, i):
        return None  # 'tại số 51-53 Trịnh Đình Trọng': a street named after a person
    if sent.in_capitals and _street_before_name(sent, i):
        return None  # 'ĐƯỜNG LÊ TRỌNG TẤN' in a heading: a street, though 'Đường' is also a family name
    if toks[i].key in _HAMLET_WORDS and not (i > 0 and toks[i - 1].key in _ENTRY_OPENERS) and not after_rank(sent, i):
        return None  # 'các buôn: Buôn Kơ Đing, Buôn Ja': a hamlet, though 'Buôn' is also a family name
    start = i
    if toks[i].key in _HONORIFICS and j - i >= 3 and (toks[i].key != "đồng" or toks[i + 1].key == "chí"):
        start = i + 1  # but 'đồng chí Đồng Phước An': 'Đồng' is also a family name
        if toks[i].key == "đồng":
            start = i + 2  # 'Đồng Chí Trần Quốc A', written in capitals: both words are the honorific
            if j - start < 2:
                return None
    # a place at the head of the run is not part of the name, if a name of two words or more is left after it
    # ('Hải Phòng Lê Văn Thành'; but 'Đinh Văn Tuấn' is a person although 'Đinh Văn' is also a town)
    for k in range(j - 2, start, -1):
        if fold(sent.between(start, k)) in known_places or voc.province_by_key.get(fold(sent.between(start, k))):
            start = k
            break
    if fold(sent.between(start, j)) in known_places or voc.province_by_key.get(fold(sent.between(start, j))):
        return (start, j) if is_person_named_place(sent, start, j) else None
    if _youth_union_of_a_place(sent, start, j, known_places):
        return None
    if j - start == 1 and _single_word_name(sent, start):
        return start, j
    if j - start > 5 and toks[start].key in voc.surnames:
        # 'Đinh Như Trước Bí Thư Đảng ủy': a title in capitals straight after the name, with no separator,
        # lengthens the run; the name ends where the title begins (the rule at the end of this function)
        cut = next((k for k in range(start + 2, start + 6) if voc.roles.longest(sent.keys, k)
                    or _verb_in_capitals(sent, k)), None)
        if cut is None and sent.in_capitals and _person_context(sent, start):
            cut = start + _USUAL_NAME  # 'ÔNG LÊ VĂN HÙNG TRAO QUÀ': in capitals the run goes on to the sentence's end
        if cut is not None:
            j = cut
    if not 2 <= j - start <= 5:
        return None
    if j - start == 2 and phrase_trie("year_names.txt").longest(sent.keys, start) is not None:
        return None  # 'xuân Đinh Dậu', 'Tết Giáp Thìn': a year of the lunar calendar's cycle
    if _inside_fixed_phrase(sent, start, j):
        return None  # 'Anh hùng lực lượng Vũ Trang Nhân dân': the words of an armed force's or an honour's name
    if toks[start].key not in voc.surnames and sent.between(start, start + 2).casefold() not in voc.surnames \
            and not after_rank(sent, start) and not _middle_name_entry(sent, start, j) \
            and not _opener_entry(sent, start, j) and not _marked_entry(sent, start, j) \
            and not _SINGLE_NAME.match(toks[start].text):
        # 'H’Yim Ksor', 'K’Bốc Tuấn': a highland given name with an apostrophe opens the name before the family name
        return None
    # a family name that is also a body word opens a name when 'Văn' or 'Thị' follows: 'Đoàn Văn An'
    # and the middle name itself opens no body: 'Lường Văn Phòng' is a name, not 'Văn phòng'
    first = start + 2 if toks[start + 1].key in _MIDDLE_NAMES and toks[start].key in voc.surnames else start
    for k in range(first, j):  # 'Đoàn Chủ tịch', 'Tổ Công tác': a role or body word inside is no name,
        body = voc.bodies.longest(sent.keys, k)
        if voc.roles.longest(sent.keys, k) or (body and (k + 1 < j or body[0] > 1)):
            # but after a full name it starts the next phrase: 'Lê Văn An Tỉnh ủy viên'; a body word that runs
            # on in lower case past the capitalised words starts one too: 'xã Hồng Sơn Ủy ban MTTQ'
            return (start, k) if k - start >= 3 or _marked_short_name(sent, start, k) else None
        if k >= start + 2 and _verb_in_capitals(sent, k):
            return start, k  # 'Đồng chí Lê Văn An Phát biểu …': a verb written with a capital ends the name
    return start, j


@functools.cache
def _person_addresses() -> dict[str, tuple[tuple[str, ...], ...]]:
    """person_named_places.txt: a name that is also a province's, and the words before it that make it a person's."""
    return {fold(row[0]): tuple(words(w) for w in row[1].split("|")) for row in data_rows("person_named_places.txt")
            if len(row) > 1}


def is_person_named_place(sent: Sentence, start: int, end: int) -> bool:
    """'Chủ tịch Hồ Chí Minh sáng lập', 'Bác Hồ Chí Minh': the President, a historical person of the article;
    not 'Lăng Chủ tịch Hồ Chí Minh' (a memorial), 'tư tưởng Hồ Chí Minh' nor 'thành phố Hồ Chí Minh'."""
    addresses = _person_addresses().get(fold(sent.between(start, end)), ())
    for address in addresses:
        k = start - len(address)
        if k >= 0 and tuple(sent.keys[k:start]) == address:
            memorial = phrase_trie("named_after_words.txt")
            return not any((hit := memorial.longest(sent.keys, k - n)) and hit[0] == n for n in (1, 2, 3) if k - n >= 0)
    return False


def _person_context(sent: Sentence, start: int) -> bool:
    """A person marker or a rank right before the name ('ÔNG', 'ĐỒNG CHÍ', 'ĐẠI TÁ'), or a body's acronym and a
    type word ('CHỦ TỊCH UBND XÃ'): what says, in a sentence in capitals, that a person's name comes next."""
    toks = sent.tokens
    if start == 0:
        return False
    if toks[start - 1].key in _ENTRY_OPENERS or after_rank(sent, start):
        return True
    return start >= 2 and toks[start - 2].is_acronym and vocabulary().place_types.longest(sent.keys, start - 1) is not None


def _verb_in_capitals(sent: Sentence, k: int) -> bool:
    """A verb of two words or more from boundaries.txt ('Phát biểu', 'Chủ trì', 'Cho biết') at token k, its first
    word capitalised: after a name, it opens the predicate, not the name's last words."""
    hit = vocabulary().boundaries.longest(sent.keys, k)
    return hit is not None and hit[0] >= 2 and sent.tokens[k].is_capitalized


_LIST_JOINERS = {",", "và"}
_PERSON_OPENERS = _HONORIFICS | {"đ/c", "có", "gồm"}
_LONGEST_ITEM = 4  # capitalised words of one unit's name in a list


def colon_place_items(sent: Sentence, known_places: set[str] = frozenset()) -> set[int]:
    """'các tổ dân phố: Quảng An, Trí Lộc, Vũ Hạ', 'UBND huyện: Yên Bình, Sơn Hà', 'các thôn Hà Tân, Vũ Hạ và Nậm
    Pồ': after a type word and a colon, or a plural type word ('các xã', 'những thôn'), two or more short
    capitalised names joined by commas or 'và' are the units of that type, not persons, though 'Vũ', 'Yên' and
    'Sơn' are also family names. Not 'Chủ tịch UBND huyện: ông Lê Văn A' (a person marker opens the list) nor
    'UBND các xã: Lê Văn A, Trần Thị B' (a name with 'Văn' or 'Thị' is a person's), nor a list with a name of
    three words opening with a family name that is no place of the article ('Đại biểu huyện: Trần Quốc A, …').
    Returns the indices of the tokens of those names."""
    toks, keys = sent.tokens, sent.keys
    surnames = vocabulary().surnames
    out: set[int] = set()
    for k in _unit_list_starts(keys):
        items: list[tuple[int, int]] = []
        while k < len(toks) and toks[k].is_title_word and not _opens_person_entry(keys, k):
            e = k
            while e < len(toks) and toks[e].is_title_word:
                e += 1
            if e - k > _LONGEST_ITEM or (e - k >= 2 and keys[k + 1] in _MIDDLE_NAMES) \
                    or (e - k >= 3 and keys[k] in surnames and fold(sent.between(k, e)) not in known_places):
                items = []  # 'Đại biểu huyện: Trần Quốc A, Lê Hoàng B': names of three words are persons'
                break
            items.append((k, e))
            if e + 1 < len(toks) and keys[e] in _LIST_JOINERS and toks[e + 1].is_title_word:
                k = e + 1
            else:
                break
        if len(items) >= 2:
            out.update(t for s, e in items for t in range(s, e))
    return out


_PLURAL = {"các", "những"}


_UNION_LEVELS = {row[0].strip() for row in data_rows("youth_union_levels.txt")}


def _youth_union_of_a_place(sent: Sentence, start: int, end: int, known_places: set[str]) -> bool:
    """'Tỉnh Đoàn Phú Yên tổ chức …': 'Đoàn' after a level word, and a place after it, is the Youth Union of
    that place, not a family name ('Phó Chủ tịch UBND tỉnh Đoàn Văn An' is a person: 'Văn An' is no place)."""
    toks = sent.tokens
    if start == 0 or end - start < 2 or toks[start].key != "đoàn" or toks[start - 1].key not in _UNION_LEVELS:
        return False
    rest = fold(sent.between(start + 1, end))
    return rest in known_places or bool(vocabulary().province_by_key.get(rest))


def _opens_person_entry(keys: list[str], k: int) -> bool:
    """'ông', 'bà', 'đồng chí' open a person's entry; 'Đồng' without 'chí' opens a unit's name ('Đồng Tâm')."""
    if keys[k] == "đồng":
        return k + 1 < len(keys) and keys[k + 1] == "chí"
    return keys[k] in _PERSON_OPENERS


def _unit_list_starts(keys: list[str]) -> list[int]:
    """Where a list of units may open: after 'huyện:' or 'các tổ dân phố:', or after 'các xã', 'những thôn'."""
    places = vocabulary().place_types
    starts = [c + 1 for c, key in enumerate(keys) if key == ":" and _type_word_ends_at(keys, c)]
    for p, key in enumerate(keys):
        if key in _PLURAL and p + 1 < len(keys):
            hit = places.longest(keys, p + 1)
            n = hit[0] if hit else (1 if keys[p + 1] in _HAMLET_WORDS else 0)
            if n and p + 1 + n < len(keys) and keys[p + 1 + n] != ":":
                starts.append(p + 1 + n)
    return starts


def _type_word_ends_at(keys: list[str], c: int) -> bool:
    """A unit's type word ('huyện', 'tổ dân phố', 'thôn', 'bản') stands just before token c."""
    places = vocabulary().place_types
    if c > 0 and keys[c - 1] in _HAMLET_WORDS:
        return True
    return any((hit := places.longest(keys, c - n)) and hit[0] == n for n in (1, 2, 3) if c - n >= 0)
