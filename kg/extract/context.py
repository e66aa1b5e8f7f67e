"""Body phrases resolved against the article's setting.

`Thành ủy` in a Hải Phòng article is `Thành ủy Hải Phòng`; `Quận ủy` and
`Đảng bộ quận` are the district the article is about (the setting: setting.py).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Body, Place
from ..text import fold, normalize
from ..vocab import vocabulary
from .english_names import english_of_modified, english_of_place, english_place, english_unnamed
from .hierarchy import named_parent_word
from .phrases import BodyPhrase, Segment
from .place_phrases import PlacePhrase
from .province_kind import unfit
from .setting import Setting, city_within, resolve_place



@dataclass(frozen=True)
class ResolvedBody:
    body: Body
    chain: tuple[Body, ...]  # the body and every body it names as its parent
    local: frozenset[str] = frozenset()  # names in the chain that are named without their unit


def resolve_body(phrase: BodyPhrase, setting: Setting) -> ResolvedBody | None:
    """Full names for a body phrase: 'Ban Thường vụ Quận ủy' -> 'Ban Thường vụ Quận ủy Ngô Quyền',
    within 'Quận ủy Ngô Quyền'. None when the phrase names no particular body ('Ban Thường vụ')."""
    bodies: list[Body] = []  # outermost first
    local: set[str] = set()
    for group in reversed(_groups(phrase.segments)):
        resolved = _resolve_group(group, setting, bodies[-1] if bodies else None, local)
        if not resolved:
            break
        bodies.extend(resolved)
    if not bodies:
        return None
    return ResolvedBody(bodies[-1], tuple(reversed(bodies)), frozenset(local))


def _groups(segments: list[Segment]) -> list[list[Segment]]:
    """Split the chain at 'của' and dashes: each group is one named body and the bodies inside its name."""
    groups: list[list[Segment]] = [[]]
    for seg in segments:
        groups[-1].append(seg)
        if seg.link in ("of", "dash"):
            groups.append([])
    return [g for g in groups if g]


def _resolve_group(group: list[Segment], setting: Setting, outer: Body | None, local: set[str]) -> list[Body]:
    """The bodies one group names, outermost first: 'Ban Thường vụ Quận ủy' -> [Quận ủy …, Ban Thường vụ …].
    A unit the article never names leaves the body named by its bare level ('Tỉnh ủy', 'Ủy ban nhân dân
    phường'), added to `local`: the article's own body, as is every body whose name holds it."""
    out: list[Body] = []
    inner: Body | None = None  # the body that the following segments name: this one's parent
    for index in range(len(group) - 1, -1, -1):
        seg = group[index]
        head = seg.head
        place = resolve_place(seg.place, setting) if seg.place else None
        unnamed_unit = None  # the bare type word of a unit the article does not name: 'phường'
        inner_parent = False
        if seg.place is not None and place is None:
            if not (seg.place.name is None and unfit(seg.place.level, setting.city)) and (
                    seg.place.name is not None or not seg.place.type_word or not _unit_unnamed(setting, seg.place)):
                break  # 'UBND phường' where several wards are named and none is the article's
            unnamed_unit = seg.place.type_word
        if place is None and seg.place is None and head.level and head.level != "central":
            place = _setting_place(head.level, setting)
            if place is None:
                unnamed_unit = ""  # 'Tỉnh ủy' where the article names no province: the word says its level
        if place is None and seg.place is None and inner is None and head.unit and not seg.modifiers:
            place = _official_unit(head.unit, setting)  # 'Sở Y tế' alone: the article's province's
        if place is None and seg.place is None and inner is None and not seg.modifiers \
                and (_ward_committee(head) or _ward_committee_part(head) or head.text == _WARD_BOARD
                     or _ward_council(head, setting)):
            place = setting.ward  # 'Đảng ủy' alone, in the article of one ward: that ward's committee
            if place is None and not setting.named_levels - {"group"} and head.text != _WARD_BOARD:
                unnamed_unit = ""  # a commune's page that never names its commune: the article's own 'Đảng ủy'
        written = " ".join(s for s in (_canonical_head(seg, inner), _modifiers_besides_head(seg, inner)) if s)
        if inner is not None and (party := _party_organisation(seg, inner)):
            name, inner_parent = f"Ban Chấp hành {party}", True  # 'BCH Đảng ủy xã X': the organisation's
        elif inner is not None:
            name = f"{written} {inner.name}"
        elif unnamed_unit is not None:
            name = f"{written} {unnamed_unit}".strip()
        elif place is not None:
            name = f"{written} {_place_words(seg, place, setting)}"
        elif head.official and not seg.modifiers and _of_central_body(seg, outer, index, group):
            name = f"{written} của {outer.name}"  # 'Ủy ban Quốc phòng và An ninh của Quốc hội': the Assembly's own
        elif seg.modifiers or head.level == "central" or head.official:
            name = written
        elif _council_board_of(seg, outer, index, group):
            name = f"{written} {outer.name}"  # 'Ban Pháp chế của HĐND phường': 'Ban Pháp chế Hội đồng nhân dân phường …'
        elif _delegation_of(seg, outer, index, group):
            name = f"{written} của {outer.name}"  # 'Đoàn giám sát của HĐND tỉnh': the council's delegation
        else:
            break  # a bare 'Ban Thường vụ' names no particular body
        parent = inner.name if inner else (outer.name if outer else None)
        if inner_parent:
            parent = None  # its parent is the organisation, 'Đảng bộ xã X' (body_parents.tsv), not the committee
        parent_body = inner or (outer if index == len(group) - 1 else None)
        english = english_of_place(head.english, place, parent_body) if not seg.modifiers or head.official \
            else english_of_modified(seg.modifiers, head.english)
        if unnamed_unit is not None and inner is None:
            english = english_unnamed(head.english, unnamed_unit) if not seg.modifiers or head.official else None
        body = Body(name=" ".join(normalize(name).split()), kind=head.kind, english=english,
                    parent=parent, place=place.key if place else None)
        whole = _whole_named(seg, body, inner, place, unnamed_unit)
        if whole is not None:  # 'Thường trực HĐND xã X' names 'HĐND xã X' as well, the body it is a part of
            body = replace(body, parent=whole.name)
            if unnamed_unit is not None:
                local.add(whole.name)
            out.append(whole)
        if unnamed_unit is not None or (inner is not None and inner.name in local):
            local.add(body.name)
        out.append(body)
        inner = body
    return out


def _whole_named(seg: Segment, body: Body, inner: Body | None, place: Place | None,
                 unnamed_unit: str | None) -> Body | None:
    """The body that `body` is a part of, when its word holds that body's word and a unit follows it
    ('Thường trực Hội đồng nhân dân xã X': 'Hội đồng nhân dân xã X', kg/data/body_parents.tsv); else None."""
    word = named_parent_word(seg.head.text)
    if word is None or inner is not None or seg.modifiers or body.parent or not body.name.startswith(seg.head.text):
        return None
    if unnamed_unit == "":
        return None  # 'Thường trực Đảng ủy' on a page that never names its unit: no name for a body of its own
    hit = vocabulary().bodies.longest(fold(word).split(), 0)
    if hit is None:
        return None
    head = hit[1]
    english = english_unnamed(head.english, unnamed_unit) if unnamed_unit is not None \
        else english_of_place(head.english, place, None)
    return Body(f"{head.text}{body.name[len(seg.head.text):]}", head.kind, english, None, body.place)


# 'Ban Chấp hành Đảng bộ' alone, like 'Đảng ủy' alone, is the ward's or commune's in an article about one named
# ward (not where the article never names its unit: 'Ban Chấp hành Đảng bộ khối …' in lower case stops there)
_WARD_BOARD = "Ban Chấp hành Đảng bộ"
_COUNCILS = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Thường trực Hội đồng nhân dân")


def _ward_council(head, setting: Setting) -> bool:
    """'Chủ tịch HĐND', 'lãnh đạo UBND' alone, in the article of one named ward or commune that names no
    district: that ward's council or committee (where a district is named too, a bare 'HĐND' may be the
    district's, or the law's: 'tiêu chuẩn của đại biểu HĐND')."""
    return head.text in _COUNCILS and setting.ward is not None and "district" not in setting.named_levels


_UNIT_WORDS = ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh")


def _party_organisation(seg: Segment, inner: Body) -> str | None:
    """'Ban Chấp hành Đảng ủy xã X' (BCH Đảng ủy) names the executive committee of the party organisation,
    whose name is 'Ban Chấp hành Đảng bộ xã X' (Điều lệ Đảng: the congress of the đảng bộ elects its Ban Chấp
    hành, which is the đảng ủy): 'Đảng bộ xã X', or None when the head is no bare 'Ban Chấp hành' or the inner
    body is not the party committee of a unit ('Đảng ủy Quân sự' has its own)."""
    if seg.head.text != "Ban Chấp hành" or seg.modifiers or inner.kind != "party-committee":
        return None
    rest = inner.name[len("Đảng ủy"):] if inner.name.startswith("Đảng ủy") else None
    if rest is None or (rest and not any(rest.startswith(f" {w} ") or rest == f" {w}" for w in _UNIT_WORDS)):
        return None
    return f"Đảng bộ{rest}"


def _of_central_body(seg: Segment, outer: Body | None, index: int, group: list[Segment]) -> bool:
    """'Hội đồng Dân tộc của Quốc hội', 'Ủy ban Kinh tế của Quốc hội': an official name joined by 'của' to a body
    of the central state (bodies.tsv, level 'central') is that body's own, and its name keeps the owner (Luật Tổ
    chức Quốc hội 2014, Điều 66: 'Hội đồng dân tộc, các Ủy ban của Quốc hội')."""
    if outer is None or index != len(group) - 1 or seg.link != "of" or outer.parent or outer.place:
        return False
    hit = vocabulary().bodies.longest(fold(outer.name).split(), 0)
    return hit is not None and hit[1].level == "central" and fold(hit[1].text) == fold(outer.name) \
        and hit[1].kind == "state"


def is_council(body: Body) -> bool:
    """Whether `body` is a people's council ('Hội đồng nhân dân phường 2'), whose committees are council boards."""
    return body.kind == "state" and fold(body.name).startswith(fold(_COUNCILS[1]) + " ")


def _council_board_of(seg: Segment, outer: Body | None, index: int, group: list[Segment]) -> bool:
    """'Ban Pháp chế của HĐND phường': a committee of the people's council (bodies.tsv, kind 'council-board') joined
    by 'của' to a council is that council's committee, named as the genre names it, without 'của'."""
    return seg.head.kind == "council-board" and outer is not None and index == len(group) - 1 \
        and seg.link == "of" and is_council(outer)


def _delegation_of(seg: Segment, outer: Body | None, index: int, group: list[Segment]) -> bool:
    """'Đoàn giám sát của …', 'Đoàn kiểm tra của …': a delegation named by its word alone and 'của' its sender is
    that body's delegation (its name holds the sender's)."""
    return seg.head.kind == "delegation" and outer is not None and index == len(group) - 1 and seg.link == "of"


def _unit_unnamed(setting: Setting, phrase: PlacePhrase) -> bool:
    """Whether the article names no unit of the phrase's level at all: then a bare 'UBND phường' is the
    article's own unnamed ward, not one of several it names."""
    return phrase.level not in setting.named_levels


def _canonical_head(seg: Segment, inner: Body | None = None) -> str:
    """The head word in full and as the vocabulary spells it: 'UBND' -> 'Ủy ban nhân dân', 'Ban chấp hành' ->
    'Ban Chấp hành'. Never as written: a body's name is one fact shared by every article that names it.
    A short form that the official name only completes ('Ban Chấp hành Trung ương' for the Party's) stays
    short before another body's name: 'Ban Chấp hành Trung ương Hội Nông dân Việt Nam' is the association's."""
    written = fold(seg.written_head).split()
    official = seg.head.text.split()
    if inner is not None and seg.head.official and len(written) < len(official) \
            and [fold(w) for w in official[:len(written)]] == written:
        return " ".join(official[:len(written)])
    return seg.head.text


def _modifiers_besides_head(seg: Segment, inner: Body | None = None) -> str:
    """The modifiers less a qualifier that opens them where the head's own name already ends with it ('UB MTTQ
    Việt Nam huyện': the head 'Ủy ban Mặt trận Tổ quốc Việt Nam' says it, kg/data/qualifiers.txt)."""
    written = seg.modifiers.split()
    hit = vocabulary().qualifiers.longest([fold(w) for w in written], 0)
    if hit is None or not f" {fold(_canonical_head(seg, inner))} ".endswith(f" {fold(hit[1])} "):
        return seg.modifiers
    return " ".join(written[hit[0]:])


def _setting_place(level: str, setting: Setting) -> Place | None:
    if level == "city" and city_within(setting):
        return setting.district  # 'Thành ủy' in a province's article about one of its cities
    if level in ("city", "province"):
        return None if unfit(level, setting.city) else setting.city
    if level == "district":
        return setting.district
    return None


def _official_unit(unit: str, setting: Setting) -> Place | None:
    """The article's unit that a bare official name belongs to: a province or a city under the centre for a
    department (both have them), its district or its commune for an office."""
    return {"province": setting.city, "district": setting.district, "ward": setting.ward}.get(unit)


def _place_words(seg: Segment, place: Place, setting: Setting) -> str:
    """How a place is written inside a body name: 'quận Ngô Quyền' after UBND, bare after Quận ủy
    (the head already says the level: 'Thành ủy Hải Phòng'), but 'Quận ủy quận 8' for a number."""
    if seg.head.level and not seg.head.unit and not place.name.isdigit():
        return place.name
    word = seg.place.type_word if seg.place and seg.place.type_word else _type_word(place, setting)
    if word and fold(place.name).startswith(fold(word) + " "):
        return place.name  # 'Khu phố 2' already says its type
    return f"{word} {place.name}" if word else place.name


def _ward_committee(head) -> bool:
    """'Đảng ủy': a party committee whose name says no level; alone, it is the committee of a ward or commune
    (districts and provinces have their own words: 'Huyện ủy', 'Tỉnh ủy')."""
    return head.kind == "party-committee" and not head.level and not head.official  # 'Đảng ủy Quân sự' says its own


def _ward_committee_part(head) -> bool:
    """'Thường trực Đảng ủy': a part whose word holds a committee's word that says no level (body_parents.tsv,
    'names'); alone, like that committee, it is the ward's or commune's."""
    word = named_parent_word(head.text)
    hit = vocabulary().bodies.longest(fold(word).split(), 0) if word else None
    return hit is not None and _ward_committee(hit[1])


def body_for_head(head, setting: Setting) -> ResolvedBody | None:
    """The body a role names by its kind alone ('Thành ủy viên', 'Đảng ủy viên'): the setting's unit of the
    level the body word is tied to, or the article's ward for 'Đảng ủy'; the bare body word, the article's own,
    when the article names no unit of that level. None when the setting has no unit and names others."""
    if head.level == "central":  # 'Tổng Bí thư': the Party Central Committee, the same in every article
        body = Body(head.text, head.kind, head.english)
        return ResolvedBody(body, (body,))
    place = setting.ward if _ward_committee(head) else _setting_place(head.level, setting) if head.level else None
    if place is None:
        level = "ward" if _ward_committee(head) else head.level
        if not unfit(level, setting.city) and (not level or level in setting.named_levels
                                               or (level == "city" and "province" in setting.named_levels)):
            return None
        body = Body(head.text, head.kind, head.english if head.level else None, None, None)
        return ResolvedBody(body, (body,), frozenset({body.name}))
    words = place.name if head.level and not place.name.isdigit() else \
        " ".join(w for w in (_type_word(place, setting), place.name) if w)
    body = Body(f"{head.text} {words}", head.kind, f"{english_place(place)} {head.english}", None, place.key)
    return ResolvedBody(body, (body,))


def _type_word(place: Place, setting: Setting | None = None) -> str:
    if setting is not None and place == setting.ward and setting.ward_word:
        return setting.ward_word  # 'thị trấn', where the kind 'town' alone would say 'thị xã'
    if setting is not None and place == setting.district and setting.district_word:
        return setting.district_word  # 'huyện', where the kind 'district' alone would say 'quận'
    return {"city": "thành phố", "province": "tỉnh", "district": "quận", "ward": "phường",
            "commune": "xã", "town": "thị xã"}.get(place.kind, "")

