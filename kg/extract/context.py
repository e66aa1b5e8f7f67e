"""The article's setting, and body phrases resolved against it.

`Thành ủy` in a Hải Phòng article is `Thành ủy Hải Phòng`; `Quận ủy` and
`Đảng bộ quận` are the district the article is about. The setting is the city or
province and the district mentioned most, with the source's domain as a tie-breaker.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Body, Place
from ..text import fold, normalize, slug
from ..vocab import vocabulary
from .phrases import BodyPhrase, PlacePhrase, Segment
from .province_kind import unfit
from .spelling import reference_spelling

_TYPE_WORD_BY_KIND = {"district": ("quận", "huyện", "thị xã"), "ward": ("phường", "xã", "thị trấn")}


@dataclass
class Setting:
    city: Place | None = None  # the province-level unit: city or province
    district: Place | None = None
    district_word: str | None = None  # quận | huyện | thị xã | thành phố
    ward: Place | None = None  # the one ward, commune or township the article names, if only one
    ward_word: str | None = None  # phường | xã | thị trấn
    places: dict[str, Place] = field(default_factory=dict)  # folded name -> place
    named_levels: set[str] = field(default_factory=set)  # the levels of the units the article names

    @property
    def place_names(self) -> set[str]:
        return set(self.places)


def choose_setting(mentions: list[PlacePhrase], source: str | None, on: _dt.date | None = None) -> Setting:
    """The city/province, district and ward the article is about, from counted place mentions; a ward named
    with no district around it is placed by the reference data (wards.py), as of the article's date `on`."""
    voc = vocabulary()
    provinces: Counter[str] = Counter()
    districts: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        if m.name and m.level in ("city", "province") and fold(m.name) in voc.province_by_key:
            provinces[voc.province_by_key[fold(m.name)].name] += 1
        elif m.name and m.level == "district":
            districts[(m.name, m.type_word or "quận")] += 1
        elif m.name and m.level == "city" and not m.name.isdigit():
            districts[(m.name, "thành phố")] += 1  # 'TP. Vũng Tàu': a city within a province
    if source:
        host = slug(source).replace("-", "")
        for key, prov in voc.province_by_key.items():
            if slug(prov.name).replace("-", "") in host:
                provinces[prov.name] += 0.5
    setting = Setting(named_levels={m.level for m in mentions if m.name})
    if not provinces and districts:
        from ..gazetteer.names import province_of_district

        # no province named: the one that has the district the article names, if only one has it
        for (name, _), _count in sorted(districts.items(), key=lambda kv: (-kv[1], kv[0])):
            province = province_of_district(name)
            if province and fold(province) in voc.province_by_key:
                provinces[voc.province_by_key[fold(province)].name] += 1
                break
    if provinces:
        name = sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        province = voc.province_by_key[fold(name)]
        # the reference name, not the spelling ('Đăk Nông'): a place's name is the same in every article
        setting.city = Place(province.name, province.type)
    if districts:
        (name, word), _ = sorted(districts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        kind = "town" if word == "thị xã" else ("city" if word == "thành phố" else "district")
        setting.district = Place(reference_spelling(name, setting.city), kind, setting.city.key if setting.city else None)
        setting.district_word = word
    if setting.district is None or setting.city is None:
        _place_by_ward(setting, mentions, on)
    setting.ward, setting.ward_word = _the_ward(mentions, setting)
    for p in (setting.city, setting.district):
        if p:
            setting.places[fold(p.name)] = p
    return setting


_REFORM_DAY = _dt.date(2025, 7, 1)  # from this day wards lie directly in a province: no districts
_DISTRICT_KIND = {"Quận": ("district", "quận"), "Huyện": ("district", "huyện"), "Thị xã": ("town", "thị xã"),
                  "Thành phố": ("city", "thành phố")}


def _place_by_ward(setting: Setting, mentions: list[PlacePhrase], on: _dt.date | None) -> None:
    """'phường Sài Đồng' on a ward's portal, with no district named: the district and city of the one unit of
    that type and name the reference data has (within the article's province or district, if it names one), in
    the arrangement in force on the article's date; with a district but no province named ('Quận 12'), the
    province. With no date, the units before and after the 2025 reform must agree on the province. Several
    candidates, or none: nothing is guessed."""
    from ..gazetteer.wards import ward_homes

    wards = Counter((m.name, m.type_word) for m in mentions
                    if m.name and m.level == "ward" and not m.name.isdigit())
    for (name, word), _count in sorted(wards.items(), key=lambda kv: (-kv[1], kv[0])):
        homes = _within(ward_homes(name, word, "2025" if on and on >= _REFORM_DAY else "legacy"), setting)
        if on is None and len(homes) == 1:
            later = {fold(h.province) for h in _within(ward_homes(name, word, "2025"), setting)}
            homes = homes if later <= {fold(homes[0].province)} else ()
        if len(homes) != 1:
            continue
        home = homes[0]
        if setting.city is None:
            prov = vocabulary().province_by_key.get(fold(home.province))
            if prov is None:
                continue
            setting.city = Place(prov.name, prov.type)
        if setting.district is not None:
            setting.district = replace(setting.district, parent=setting.city.key)
        elif home.district and home.district_type in _DISTRICT_KIND:
            kind, word = _DISTRICT_KIND[home.district_type]
            setting.district = Place(_district_name(home), kind, setting.city.key)
            setting.district_word = word
        return


def _district_name(home) -> str:
    """'Quận 12' -> '12': a numbered district is named by its number, as the article's phrases name it."""
    word = _DISTRICT_KIND.get(home.district_type, (None, ""))[1]
    return home.district[len(word):].strip() if word and fold(home.district).startswith(word + " ") else home.district


def _within(homes, setting: Setting) -> tuple:
    if setting.city is not None:
        homes = [h for h in homes if fold(h.province) == fold(setting.city.name)]
    if setting.district is not None:
        homes = [h for h in homes if h.district and fold(_district_name(h)) == fold(setting.district.name)]
    return tuple(homes)


def _the_ward(mentions: list[PlacePhrase], setting: Setting) -> tuple[Place | None, str | None]:
    """The ward, commune or township the article is about, when it names only one: 'UBND phường' and
    'Đảng ủy phường' are that ward's bodies."""
    named = {(fold(m.name), m.type): m for m in mentions if m.name and m.level == "ward"}
    if len(named) != 1:
        named = _dominant(mentions)
        if len(named) != 1:
            return None, None
    mention = next(iter(named.values()))
    parent = setting.district or setting.city
    return Place(reference_spelling(mention.name, setting.city), mention.type, parent.key if parent else None, mention.written), mention.type_word


_DOMINANT_MENTIONS = 3  # a commune's own article names it again and again, its neighbours once or twice


def _dominant(mentions: list[PlacePhrase]) -> dict:
    """The one ward named at least three times and more than twice as often as any other ward: the article's
    own ('xã A' six times, the communes merged into it once each); else nothing."""
    counts = Counter((fold(m.name), m.type) for m in mentions if m.name and m.level == "ward")
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < _DOMINANT_MENTIONS or (len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]):
        return {}
    key = ranked[0][0]
    return {key: next(m for m in mentions if m.name and m.level == "ward" and (fold(m.name), m.type) == key)}


def resolve_place(phrase: PlacePhrase, setting: Setting) -> Place | None:
    """A place phrase as a Place with its parent; a bare type word takes the setting's unit."""
    if phrase.name is None:
        if phrase.level in ("city", "province"):
            # 'thành phố' in a province's article names the city within it, never the province
            city = None if unfit(phrase.level, setting.city) else setting.city  # never 'tỉnh Hà Nội'
            return setting.district if phrase.type == "city" and _city_within(setting) else city
        if phrase.level == "district" and setting.district and phrase.type_word == setting.district_word:
            return setting.district
        if phrase.level == "ward" and setting.ward and phrase.type == setting.ward.kind:
            return setting.ward
        return None
    name = reference_spelling(phrase.name, setting.city) if phrase.level in ("district", "ward") else phrase.name
    known = setting.places.get(fold(name))
    if known and (known.kind == phrase.type or phrase.level in ("city", "province")):
        return known
    if phrase.level in ("city", "province"):
        prov = vocabulary().province_by_key.get(fold(phrase.name))
        return Place(prov.name if prov else phrase.name, prov.type if prov else phrase.type)
    parent = None
    if phrase.level == "ward" and setting.district:
        parent = setting.district.key
    elif phrase.level in ("ward", "district") and setting.city:
        parent = setting.city.key
    return Place(name, phrase.type, parent, phrase.written)


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
        if seg.place is not None and place is None:
            if not (seg.place.name is None and unfit(seg.place.level, setting.city)) and (
                    seg.place.name is not None or not seg.place.type_word or not _unit_unnamed(setting, seg.place)):
                break  # 'UBND phường' where several wards are named and none is the article's
            unnamed_unit = seg.place.type_word
        if place is None and seg.place is None and head.level and head.level != "central":
            place = _setting_place(head.level, setting)
            if place is None:
                unnamed_unit = ""  # 'Tỉnh ủy' where the article names no province: the word says its level
        if place is None and seg.place is None and inner is None and not seg.modifiers and _ward_committee(head):
            place = setting.ward  # 'Đảng ủy' alone, in the article of one ward: that ward's committee
            if place is None and not setting.named_levels - {"group"}:
                unnamed_unit = ""  # a commune's page that never names its commune: the article's own 'Đảng ủy'
        written = " ".join(s for s in (_canonical_head(seg, inner), seg.modifiers) if s)
        if inner is not None:
            name = f"{written} {inner.name}"
        elif unnamed_unit is not None:
            name = f"{written} {unnamed_unit}".strip()
        elif place is not None:
            name = f"{written} {_place_words(seg, place, setting)}"
        elif seg.modifiers or head.level == "central" or head.official:
            name = written
        elif _delegation_of(seg, outer, index, group):
            name = f"{written} của {outer.name}"  # 'Đoàn giám sát của HĐND tỉnh': the council's delegation
        else:
            break  # a bare 'Ban Thường vụ' names no particular body
        parent = inner.name if inner else (outer.name if outer else None)
        parent_body = inner or (outer if index == len(group) - 1 else None)
        english = _english(head.english, place, parent_body) if not seg.modifiers or head.official \
            else english_of_modified(seg.modifiers, head.english)
        if unnamed_unit is not None and inner is None:
            english = _english_unnamed(head.english, unnamed_unit) if not seg.modifiers or head.official else None
        body = Body(name=" ".join(normalize(name).split()), kind=head.kind, english=english,
                    parent=parent, place=place.key if place else None)
        if unnamed_unit is not None or (inner is not None and inner.name in local):
            local.add(body.name)
        out.append(body)
        inner = body
    return out


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


def _city_within(setting: Setting) -> bool:
    return bool(setting.city and setting.city.kind == "province" and setting.district
                and setting.district.kind == "city")


def _setting_place(level: str, setting: Setting) -> Place | None:
    if level == "city" and _city_within(setting):
        return setting.district  # 'Thành ủy' in a province's article about one of its cities
    if level in ("city", "province"):
        return None if unfit(level, setting.city) else setting.city
    if level == "district":
        return setting.district
    return None


def _place_words(seg: Segment, place: Place, setting: Setting) -> str:
    """How a place is written inside a body name: 'quận Ngô Quyền' after UBND, bare after Quận ủy
    (the head already says the level: 'Thành ủy Hải Phòng'), but 'Quận ủy quận 8' for a number."""
    if seg.head.level and not place.name.isdigit():
        return place.name
    word = seg.place.type_word if seg.place and seg.place.type_word else _type_word(place, setting)
    if word and fold(place.name).startswith(fold(word) + " "):
        return place.name  # 'Khu phố 2' already says its type
    return f"{word} {place.name}" if word else place.name


def _ward_committee(head) -> bool:
    """'Đảng ủy': a party committee whose name says no level; alone, it is the committee of a ward or commune
    (districts and provinces have their own words: 'Huyện ủy', 'Tỉnh ủy')."""
    return head.kind == "party-committee" and not head.level and not head.official  # 'Đảng ủy Quân sự' says its own


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
    body = Body(f"{head.text} {words}", head.kind, f"{_english_place(place)} {head.english}", None, place.key)
    return ResolvedBody(body, (body,))


def _type_word(place: Place, setting: Setting | None = None) -> str:
    if setting is not None and place == setting.ward and setting.ward_word:
        return setting.ward_word  # 'thị trấn', where the kind 'town' alone would say 'thị xã'
    return {"city": "thành phố", "province": "tỉnh", "district": "quận", "ward": "phường",
            "commune": "xã", "town": "thị xã"}.get(place.kind, "")


def english_of_modified(modifiers: str, head_english: str) -> str | None:
    """'khảo sát số 1' + 'Group' -> 'Survey Group No. 1'; None when a word has no English in
    english_modifiers.tsv: the thing itself is named, or nothing is."""
    glossary = vocabulary().english_modifiers
    keys = [k for k in fold(modifiers).replace(",", " , ").split()]
    before: list[str] = []
    after: list[str] = []
    k = 0
    while k < len(keys):
        if keys[k] == "số" and k + 1 < len(keys) and keys[k + 1].isdigit() or keys[k].isdigit():
            k += keys[k] == "số"
            after.append(f"No. {int(keys[k])}")
            k += 1
            continue
        hit = glossary.longest(keys, k)
        if hit is None:
            return None
        english, where = hit[1]
        (before if where == "before" else after).append(english)
        k += hit[0]
    return " ".join([*before, head_english, *after])


_ENGLISH_LEVEL = {"tỉnh": "Provincial", "thành phố": "City", "quận": "District", "huyện": "District",
                  "thị xã": "Town", "phường": "Ward", "xã": "Commune", "thị trấn": "Township"}


def _english_unnamed(head_english: str, unit_word: str) -> str | None:
    """'Ủy ban nhân dân phường' -> 'Ward People's Committee'; a head that says its level ('Tỉnh ủy') as is."""
    if not unit_word:
        return head_english
    level = _ENGLISH_LEVEL.get(unit_word)
    return f"{level} {head_english}" if level else None


def _english(head_english: str, place: Place | None, inner: Body | None) -> str | None:
    if inner is not None:
        return f"{head_english} of the {inner.english}" if inner.english else None
    if place is not None:
        return f"{_english_place(place)} {head_english}"
    return head_english


def _english_place(place: Place) -> str:
    """'Ngô Quyền', but 'District 3' for a numbered unit, which is no name by itself."""
    if place.name.isdigit():
        return f"{_ENGLISH_KIND.get(place.kind, place.kind.capitalize())} {place.name}"
    return place.name


_ENGLISH_KIND = {"district": "District", "ward": "Ward", "commune": "Commune", "town": "Town", "city": "City"}
