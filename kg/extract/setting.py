"""The article's setting: the city or province, district and ward it is about.

The setting is the province and the district mentioned most, with the source's domain as a tie-breaker;
a ward named with no district around it is placed by the reference data as of the article's date.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Place
from ..text import fold, slug
from ..vocab import vocabulary
from .place_phrases import PlacePhrase
from .province_kind import unfit
from .spelling import reference_spelling


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


def choose_setting(mentions: list[PlacePhrase], source: str | None, on: _dt.date | None = None,
                   lead: list[PlacePhrase] = ()) -> Setting:
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
    setting.ward, setting.ward_word = _the_ward(mentions, setting, lead)
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


def _the_ward(mentions: list[PlacePhrase], setting: Setting,
              lead: list[PlacePhrase] = ()) -> tuple[Place | None, str | None]:
    """The ward, commune or township the article is about, when it names only one: 'UBND phường' and
    'Đảng ủy phường' are that ward's bodies."""
    named = {(fold(m.name), m.type): m for m in mentions if m.name and m.level == "ward"}
    if len(named) != 1:
        named = _dominant(mentions, lead)
        if len(named) != 1:
            return None, None
    mention = next(iter(named.values()))
    parent = setting.district or setting.city
    return Place(reference_spelling(mention.name, setting.city), mention.type, parent.key if parent else None, mention.written), mention.type_word


_DOMINANT_MENTIONS = 2  # a commune's own article names it again and again, more often than any other


def _dominant(mentions: list[PlacePhrase], lead: list[PlacePhrase] = ()) -> dict:
    """The one ward named at least twice and more often than any other ward: the article's own ('xã A' seven
    times, the two communes merged into it four times each, as the merger is told); else the one ward the dated
    lead names
    (`lead`: the places of the article's first dated sentence that names a place), where no other ward is named
    more often than it (a guest's 'Bí thư Đảng ủy xã B' named once, as the lead's 'xã A'); else nothing."""
    counts = Counter((fold(m.name), m.type) for m in mentions if m.name and m.level == "ward")
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < _DOMINANT_MENTIONS or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        in_lead = {(fold(m.name), m.type) for m in lead if m.name and m.level == "ward"}
        if len(in_lead) != 1 or counts[next(iter(in_lead))] < ranked[0][1]:
            return {}
        key = next(iter(in_lead))  # 'Sáng 19/7, HĐND xã A tổ chức kỳ họp …': the one ward the dated lead names
    else:
        key = ranked[0][0]
    return {key: next(m for m in mentions if m.name and m.level == "ward" and (fold(m.name), m.type) == key)}


def resolve_place(phrase: PlacePhrase, setting: Setting) -> Place | None:
    """A place phrase as a Place with its parent; a bare type word takes the setting's unit."""
    if phrase.name is None:
        if phrase.level in ("city", "province"):
            # 'thành phố' in a province's article names the city within it, never the province
            city = None if unfit(phrase.level, setting.city) else setting.city  # never 'tỉnh Hà Nội'
            return setting.district if phrase.type == "city" and city_within(setting) else city
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


def city_within(setting: Setting) -> bool:
    return bool(setting.city and setting.city.kind == "province" and setting.district
                and setting.district.kind == "city")
