"""Place phrases of the genre, on tokens: a type word and the unit's name ('quận Ngô Quyền', 'phường 5',
'TP. Hải Phòng'), a type word standing alone, or a province's name alone. Split from phrases.py, which matches
bodies and titles and uses these.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..text import fold
from ..vocab import PlaceType, Province, data_rows, phrase_trie, vocabulary
from .names import person_after_type_word, starts_name
from .tokens import Sentence


@dataclass(frozen=True)
class PlacePhrase:
    start: int
    end: int
    type: str  # city | province | district | ward | commune | town | residential-group
    level: str
    name: str | None  # None when only the type word stands: 'Đảng bộ quận'
    written: str
    type_word: str | None = None


def match_place(sent: Sentence, i: int, known: set[str] = frozenset()) -> PlacePhrase | None:
    """'quận Ngô Quyền', 'phường 5', 'TP Hải Phòng', 'thành phố' alone, or a province name alone."""
    voc = vocabulary()
    toks = sent.tokens
    hit = voc.place_types.longest(sent.keys, i)
    body = voc.bodies.longest(sent.keys, i)
    if hit and body and body[0] > hit[0] and not starts_name(sent, i + hit[0], known):
        hit = None  # 'Huyện ủy' is a committee, not the type word 'huyện' (but 'tỉnh Đoàn Văn An' is a name)
    if hit and i > 0 and (phrase_trie("place_type_endings.txt").longest(sent.keys, i - 1) or (0,))[0] == 2:
        hit = None  # 'nông thôn': the countryside, not the village type word 'thôn'
    if hit:
        n, ptype = hit
        assert isinstance(ptype, PlaceType)
        j = i + n
        if ptype.abbreviated and not (toks[i].text[0].isupper() and j < len(toks)
                                             and (toks[j].is_title_word or toks[j].text.isdigit())):
            return None  # 'H.' alone is an initial, not 'huyện'
        if j + 1 < len(toks) and toks[j].text == "." and toks[j - 1].is_acronym and toks[j + 1].is_title_word:
            j += 1  # 'TP. Hải Phòng'
        if tuple(sent.keys[j:j + n]) == tuple(sent.keys[i:i + n]) and j + n < len(toks) \
                and toks[j + n].is_title_word:
            j += n  # 'xã xã Quảng Trực': the type word typed twice
        name_end = place_name_end(sent, j, ptype.level)
        if name_end > j:
            name = _capitalised(sent.name_between(j, name_end))
            if ptype.level == "group" and name.isdigit():
                name = f"{ptype.text[0].upper()}{ptype.text[1:]} {name}"  # 'Khu phố 2': a number alone names no group
            prov = voc.province_by_key.get(fold(name))
            place_type = prov.type if prov and ptype.level in ("city", "province") else ptype.type
            return PlacePhrase(i, name_end, place_type, ptype.level, name, sent.between(i, name_end), ptype.text)
        if _type_word_compound(sent, i, j):
            return None  # 'xã hội', 'tỉnh táo': a compound word, not a bare type word
        return PlacePhrase(i, j, ptype.type, ptype.level, None, sent.between(i, j), ptype.text)
    prov_hit = voc.provinces.longest(sent.keys, i)
    if prov_hit and fold(sent.between(i, i + prov_hit[0])) in _person_named_places():
        return None  # 'Chủ tịch Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh': the President, not the city
    if prov_hit and toks[i].is_capitalized and (not _continues_name(sent, i + prov_hit[0])
                                                or starts_name(sent, i + prov_hit[0], known)):
        prov = prov_hit[1]
        assert isinstance(prov, Province)
        end = i + prov_hit[0]
        return PlacePhrase(i, end, prov.type, prov.type, prov.name, sent.name_between(i, end))
    return None


@functools.cache
def _person_named_places() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("person_named_places.txt"))


def _type_word_compound(sent: Sentence, i: int, j: int) -> bool:
    """Whether the type word at i..j opens a common word ('xã hội') rather than standing bare before a
    lower-case word that ends the name ('UBND xã các đồng chí', 'Hội Nông dân huyện trình bày')."""
    return j < len(sent.tokens) and sent.tokens[j].is_word and not sent.tokens[j].is_capitalized \
        and phrase_trie("place_type_compounds.txt").longest(sent.keys, i) is not None


def _continues_name(sent: Sentence, j: int) -> bool:
    return j < len(sent.tokens) and sent.tokens[j].is_title_word


_TERM_WORDS = frozenset({"khóa", "khoá"})
_ROMAN = frozenset("ivxlc")


def _term_at(sent: Sentence, k: int) -> bool:
    """'Khóa XI', 'Khoá 5': a term word before a Roman or Arabic numeral."""
    toks = sent.tokens
    return sent.keys[k] in _TERM_WORDS and k + 1 < len(toks) and (
        toks[k + 1].text.isdigit() or set(toks[k + 1].text.lower()) <= _ROMAN)


def place_name_end(sent: Sentence, j: int, level: str) -> int:
    """Where the name after a type word ends. A person's name may follow: 'UBND thành phố Nguyễn Văn A'."""
    voc = vocabulary()
    toks = sent.tokens
    if j < len(toks) and toks[j].is_number and toks[j].text.isdigit():
        if j + 1 < len(toks) and phrase_trie("duration_units.txt").longest(sent.keys, j + 1):
            return j  # 'huyện 6 tháng đầu năm': a count of months, not 'huyện 6'
        return j + 1  # 'phường 5', 'Quận 1'
    committee = voc.bodies.longest(sent.keys, j)
    if committee and committee[0] >= 2 and voc.place_types.longest(sent.keys, j):
        return j  # 'Phó Bí thư TT Huyện ủy': 'Huyện ủy' opens a body, it names no township 'Huyện'
    short = voc.provinces.longest(sent.keys, j) if level in ("city", "province") else None
    if short and not all(toks[x].is_title_word for x in range(j, j + short[0])):
        return j + short[0]  # 'tỉnh TT Huế', 'tỉnh ĐắkLắk': a short form of a province's name (provinces.tsv)
    k = j
    while k < len(toks) and k - j < 6 and (toks[k].is_title_word or (toks[k].is_acronym and k == j and
                                                                       toks[k].text in ("HCM",))):
        if k > j and voc.place_types.longest(sent.keys, k):
            break
        if _term_at(sent, k):
            break  # 'HĐND xã Khóa XI', 'HĐND tỉnh Khoá X': the council's term, no unit named 'Khóa'
        body = voc.bodies.longest(sent.keys, k) if k > j else None
        if body and body[0] >= 2:
            break  # 'xã Tân Hòa Hội cựu chiến binh xã …': a body after a lost full stop is no part of the name
        verb = voc.boundaries.longest(sent.keys, k)
        if verb and verb[0] > 1 and not toks[k + 1].is_capitalized:
            break  # 'Chủ tịch UBND phường Báo cáo kết quả': a verb written with a capital ends the name
        k += 1
    if k == j:
        return j
    verb = voc.boundaries.longest(sent.keys, j)
    if verb and verb[0] >= 2:
        return j  # 'Chủ tịch UBND phường Báo cáo …': a verb of two words after a missing full stop, no name
    province = voc.provinces.longest(sent.keys, j)
    if province and province[0] <= k - j:
        return j + province[0]
    former = phrase_trie("former_provinces.txt").longest(sent.keys, j) if level == "province" else None
    if former and former[0] <= k - j:
        return j + former[0]  # 'tỉnh Hà Tây': a province of the past, which no family name makes a person's
    surname_start = toks[j].key in voc.surnames
    if level in ("city", "province") and surname_start and k - j >= 3:
        return j  # 'thành phố Nguyễn Khắc Toàn': no city has a three-word name opening with a family name
    if level == "province" and surname_start and k - j == 2:
        return j  # 'Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Lạc': every province is listed, and this is none of them
    if level == "province" and k - j >= 2 and phrase_trie("entry_name_openers.txt").longest(sent.keys, j):
        return j  # 'Trưởng Đoàn ĐBQH tỉnh A Pớt;': a Ba Na name's opener, and no province so named
    if level in ("district", "ward", "group") and k - j >= 3 and person_after_type_word(sent, j):
        return j  # 'Chủ tịch UBND xã Trần Văn A', 'UBND huyện Nguyễn Văn Hòa': a name, where no unit is so named
    if k - j >= 4:
        for m in range(j + 2, k - 1):  # 'quận Lê Chân Nguyễn Văn A': the place, then the person
            if toks[m].key in voc.surnames:
                return m
    return _lower_case_tail(sent, j, k)


_TAIL_WORDS = 2  # 'Dương minh châu': a unit's name has at most two words after its first in the data's long names


def _lower_case_tail(sent: Sentence, j: int, k: int) -> int:
    """'huyện Bắc yên', 'xã Mường khoa': careless portals write a unit's later words in lower case. The name runs
    on over them when the whole is a district's or ward's name in the reference data and the capitalised words
    alone name none ('xã Tân Hòa tổ chức' stays 'Tân Hòa')."""
    from ..gazetteer.names import folded_unit_names

    names = folded_unit_names()
    if " ".join(sent.keys[j:k]) in names:
        return k
    toks = sent.tokens
    for end in range(min(k + _TAIL_WORDS, len(toks)), k, -1):
        if all(toks[x].is_word and not toks[x].is_capitalized for x in range(k, end)) \
                and " ".join(sent.keys[j:end]) in names:
            return end
    return k


def _capitalised(name: str) -> str:
    """'Bắc yên' -> 'Bắc Yên': every word of a unit's name opens with a capital, however the page wrote it."""
    return " ".join(w[0].upper() + w[1:] if w[0].islower() else w for w in name.split())
