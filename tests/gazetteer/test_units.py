"""Tests of kg.gazetteer against the real vietnamadminunits data."""
from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from kg.gazetteer import (
    AMBIGUOUS,
    RESOLVED,
    UNKNOWN,
    AdminUnit,
    Gazetteer,
    Resolution,
    canon,
    default_gazetteer,
    era_for,
    split_type_word,
)

ROOT = Path(__file__).resolve().parents[2]
D2019 = dt.date(2019, 6, 15)
D2025 = dt.date(2025, 8, 1)


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    gaz = default_gazetteer()
    gaz.load()
    return gaz


def codes(units) -> set[str]:
    return {u.code for u in units}


# -- data access ---------------------------------------------------------------


def test_locating_data_does_not_import_the_package():
    code = (
        "import sys; from kg.gazetteer import Gazetteer; g = Gazetteer(); g.load(); "
        "g.resolve('phường Cầu Đất', province='Hải Phòng'); "
        "print(sorted(m for m in sys.modules if m.startswith('vietnamadminunits')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unit_counts(g):
    legacy = list(g.units("legacy"))
    new = list(g.units("2025"))
    assert sum(u.kind in ("city", "province") for u in legacy) == 63
    assert sum(u.kind == "district" for u in legacy) == 696
    assert sum(u.kind in ("ward", "commune", "town") for u in legacy) == 10035
    assert sum(u.kind in ("city", "province") for u in new) == 34
    assert sum(u.kind in ("ward", "commune", "special_zone") for u in new) == 3321
    assert not any(u.kind == "district" for u in new)
    assert {u.era for u in legacy} == {"legacy"} and {u.era for u in new} == {"2025"}


def test_source_provenance(g):
    src = g.source()
    assert src["package"] == "vietnamadminunits"
    assert src["version"] and src["version"][0].isdigit()
    assert src["files"] == {"dataset.db": "dataset.db", "converter_2025.json": "converter_2025.json"}
    assert len(src["sha256"]["dataset.db"]) == 64
    assert src["tables"] == {"legacy": "admin_units_legacy", "2025": "admin_units"}


def test_units_are_frozen_and_well_formed(g):
    unit = g.unit("11344")
    with pytest.raises(dataclasses.FrozenInstanceError):
        unit.name = "x"  # type: ignore[misc]
    for u in g.units("legacy"):
        assert u.full_name == f"{u.level_label} {u.name}"
        assert (u.parent_code is None) == (u.kind in ("city", "province"))
        assert len(u.code) == {"city": 2, "province": 2, "district": 3}.get(u.kind, 5)


def test_kind_and_name_are_read_from_the_full_name(g):
    # wardType says "Xã" but name and key say thị trấn / phường
    assert g.unit("15061").kind == "town" and g.unit("15061").full_name == "Thị trấn Ngọc Lặc"
    assert g.unit("27046").kind == "ward" and g.unit("27046").full_name == "Phường 5"
    # districtShort carries "(Huyện)"/"(Thị xã)" suffixes; names must not
    assert g.unit("447").name == "Kỳ Anh" and g.unit("447").level_label == "Huyện"
    assert g.unit("449").name == "Kỳ Anh" and g.unit("449").level_label == "Thị xã"
    assert g.unit("31").kind == "city" and g.unit("34").kind == "province"
    assert g.unit("311").level_label == "Thành phố" and g.unit("311").kind == "district"


def test_codes_are_per_era(g):
    # The 2025 Phường Gia Viên reuses the code of the legacy Phường Đằng Giang.
    assert g.unit("11359", "legacy").full_name == "Phường Đằng Giang"
    assert g.unit("11359", "2025").full_name == "Phường Gia Viên"
    assert g.unit("99999") is None
    with pytest.raises(ValueError):
        g.unit("31", era="1999")


# -- facts from the project issue -----------------------------------------------


def test_cau_dat_in_a_2019_hai_phong_article(g):
    res = g.resolve("phường Cầu Đất", province="Hải Phòng", on=D2019)
    assert res.status == RESOLVED
    assert res.unit.code == "11344" and res.code == "11344"
    assert res.unit.name == "Cầu Đất" and res.unit.full_name == "Phường Cầu Đất"
    assert res.unit.kind == "ward" and res.unit.era == "legacy"
    assert res.candidates == (res.unit,)
    parents = g.parents(res.unit)
    assert [(p.code, p.full_name) for p in parents] == [("304", "Quận Ngô Quyền"), ("31", "Thành phố Hải Phòng")]
    assert parents[0].kind == "district" and parents[0].level_label == "Quận"
    assert parents[1].kind == "city" and parents[1].parent_code is None
    assert res.unit.lat == pytest.approx(20.854665) and res.unit.lon == pytest.approx(106.684399)


def test_luong_khanh_thien_has_no_record_of_its_own(g):
    # The legacy table is the state just before 2025-07-01: Lương Khánh Thiện
    # (Ngô Quyền) was merged into Cầu Đất earlier and survives only as an alias.
    assert not [u for u in g.units("legacy") if canon(u.name) == canon("Lương Khánh Thiện")]
    res = g.resolve("Lương Khánh Thiện", province="Hải Phòng", district="Ngô Quyền", on=D2019)
    assert res.status == UNKNOWN
    assert res.unit is None and res.code is None and res.candidates == ()
    assert codes(res.former_name_of) == {"11344"}
    assert "Cầu Đất" in res.reason
    # never the same-named former ward of Phủ Lý (now part of Phường Châu Cầu, 13294)
    assert "13294" not in codes(res.former_name_of) and "Phủ Lý" not in res.reason


def test_luong_khanh_thien_elsewhere_and_without_context(g):
    ha_nam = g.resolve("phường Lương Khánh Thiện", province="Hà Nam", on=D2019)
    assert ha_nam.status == UNKNOWN and codes(ha_nam.former_name_of) == {"13294"}
    assert [p.full_name for p in g.parents(ha_nam.former_name_of[0])] == ["Thành phố Phủ Lý", "Tỉnh Hà Nam"]
    bare = g.resolve("Lương Khánh Thiện", on=D2019)
    assert bare.status == UNKNOWN and bare.unit is None
    assert codes(bare.former_name_of) == {"11344", "13294"}


def test_same_named_ward_in_two_provinces_resolves_by_context(g):
    hp = g.resolve("phường An Hưng", province="Hải Phòng", on=D2019)
    th = g.resolve("phường An Hưng", province="Thanh Hóa", on=D2019)
    assert hp.status == th.status == RESOLVED
    assert hp.code == "11599" and g.province_of(hp.unit).code == "31"
    assert th.code == "16435" and g.province_of(th.unit).code == "38"
    assert codes(hp.out_of_context) == {"16435"}
    both = g.resolve("phường An Hưng", on=D2019)
    assert both.status == AMBIGUOUS and both.unit is None
    assert codes(both.candidates) == {"11599", "16435"}
    # province context given as a code works the same
    assert g.resolve("phường An Hưng", province="31").code == "11599"


def test_unknown_name_gives_no_code(g):
    res = g.resolve("phường Xyzabc", province="Hải Phòng", on=D2019)
    assert isinstance(res, Resolution)
    assert res.status == UNKNOWN and res.unit is None and res.code is None and res.candidates == ()
    assert "Xyzabc" in res.reason
    assert g.resolve("   ").status == UNKNOWN


def test_legacy_wards_get_2025_successors(g):
    cau_dat = g.unit("11344")
    succ = g.successors(cau_dat)
    assert {(u.code, u.full_name, share) for u, share in succ} == {
        ("11383", "Phường Lê Chân", "partial"),
        ("11359", "Phường Gia Viên", "partial"),
    }
    assert all(u.era == "2025" and g.parents(u)[0].code == "31" for u, _ in succ)
    detail = g.successions(cau_dat)
    assert [s.unit.code for s in detail if s.is_default] == ["11383"]
    # a ward that went wholly into one new ward
    assert [(u.code, share) for u, share in g.successors(g.unit("11359"))] == [("11359", "whole")]


def test_every_legacy_ward_has_consistent_successors(g):
    for ward in g.units("legacy"):
        if ward.kind not in ("ward", "commune", "town"):
            continue
        succ = g.successors(ward)
        assert succ, ward
        shares = [share for _, share in succ]
        assert set(shares) <= {"whole", "partial"}
        assert (shares == ["whole"]) == (len(succ) == 1), ward


def test_district_and_province_successors(g):
    assert [(u.code, s) for u, s in g.successors(g.unit("31"))] == [("31", "whole")]
    hai_duong = g.unit("30")
    assert hai_duong.full_name == "Tỉnh Hải Dương"
    assert [(u.full_name, s) for u, s in g.successors(hai_duong)] == [("Thành phố Hải Phòng", "whole")]
    bach_long_vi = g.unit("318")
    assert [(u.full_name, u.kind, s) for u, s in g.successors(bach_long_vi)] == [
        ("Đặc khu Bạch Long Vĩ", "special_zone", "whole")
    ]
    ngo_quyen = g.successors(g.unit("304"))
    assert {s for _, s in ngo_quyen} == {"partial"}
    assert {"11359", "11383", "11329"} <= codes(u for u, _ in ngo_quyen)
    assert g.successors(g.unit("11359", "2025")) == []


def test_predecessors(g):
    gia_vien_2025 = g.unit("11359", "2025")
    preds = dict((u.code, s) for u, s in g.predecessors(gia_vien_2025))
    assert preds["11344"] == "partial" and preds["11359"] == "whole"
    assert {u.full_name for u, _ in g.predecessors(g.unit("31", "2025"))} == {
        "Thành phố Hải Phòng",
        "Tỉnh Hải Dương",
    }


# -- matching ------------------------------------------------------------------


@pytest.mark.parametrize("mention", ["Hải Phòng", "TP Hải Phòng", "TP. Hải Phòng", "thành phố Hải Phòng", "HẢI PHÒNG"])
def test_province_level_mentions(g, mention):
    res = g.resolve(mention)
    assert res.status == RESOLVED and res.code == "31"


def test_tone_mark_placement_case_and_nfc(g):
    assert canon("Thuỷ Nguyên") == canon("Thủy Nguyên") == canon("THỦY NGUYÊN")
    assert canon("Hoà Bình") == canon("Hòa Bình") != canon("Hoa Bình")
    assert g.resolve("Thuỷ Nguyên").code == "311"
    nfd = unicodedata.normalize("NFD", "phường Cầu Đất")
    assert g.resolve(nfd, province="Hải Phòng").code == "11344"
    assert g.resolve("PHƯỜNG CẦU ĐẤT", province="hải phòng").code == "11344"
    # "Hoà Bình" (old tone placement) finds the same units as "Hòa Bình"
    a = g.resolve("tỉnh Hoà Bình")
    b = g.resolve("tỉnh Hòa Bình")
    assert a.status == RESOLVED and a.unit == b.unit and a.unit.code == "17"


def test_type_words_and_kind(g):
    assert split_type_word("phường Cầu Đất") == ("P", "Cầu Đất")
    assert split_type_word("TP.HCM") == ("TP", "HCM")
    assert split_type_word("Q1") == ("Q", "1")
    assert split_type_word("Cầu Đất") == (None, "Cầu Đất")
    assert g.resolve("quận Ngô Quyền").code == "304"
    wrong_type = g.resolve("huyện Ngô Quyền")
    assert wrong_type.status == UNKNOWN and wrong_type.unit is None
    assert g.resolve("Ngô Quyền", kind="district", province="Hải Phòng").code == "304"
    assert g.resolve("Hải Phòng", kind="province").code == "31"  # "province" admits cities
    assert g.resolve("tỉnh Thái Bình").code == "34"
    assert g.resolve("thành phố Thái Bình").code == "336"
    amb = g.resolve("Thái Bình", province="Thái Bình")
    assert amb.status == AMBIGUOUS and codes(amb.candidates) == {"34", "336"}
    assert g.resolve("TP.HCM").code == "79"
    assert g.resolve("P15", province="HCM", district="Quận 10").code == "27163"
    with pytest.raises(ValueError):
        g.resolve("Hải Phòng", kind="village")


def test_former_type_word_matches_the_upgraded_unit(g):
    res = g.resolve("xã Đông Cao")  # now Phường Đông Cao (Phổ Yên)
    assert res.status == RESOLVED and res.code == "05896" and res.unit.kind == "ward"


def test_district_context_is_a_preference_and_aliases_are_reported(g):
    # Hải Phòng has a current Phường Lê Lợi (An Dương) and a former one merged
    # into Lạch Tray (Ngô Quyền): without district context that is ambiguous.
    res = g.resolve("phường Lê Lợi", province="Hải Phòng", on=D2019)
    assert res.status == AMBIGUOUS and res.unit is None
    assert codes(res.candidates) == {"11581"} and codes(res.former_name_of) == {"11365"}
    assert g.resolve("phường Lê Lợi", province="Hải Phòng", district="An Dương").code == "11581"
    nq = g.resolve("phường Lê Lợi", province="Hải Phòng", district="Ngô Quyền")
    assert nq.status == UNKNOWN and codes(nq.former_name_of) == {"11365"}
    # a ward in another district of the context province is still found
    assert g.resolve("phường An Hưng", province="31", district="304").code == "11599"
    # province-level units are never limited by the context
    assert g.resolve("Hà Nội", province="Hải Phòng", district="Ngô Quyền").code == "01"


def test_province_context_is_a_hard_limit_for_wards(g):
    res = g.resolve("phường Cầu Đất", province="Hà Nam", on=D2019)
    assert res.status == UNKNOWN and res.unit is None
    assert codes(res.out_of_context) == {"11344"}


def test_ascii_mentions_match_without_diacritics(g):
    res = g.resolve("Hai Phong")  # also the commune "Hải Phong": never guessed
    assert res.status == AMBIGUOUS and "31" in codes(res.candidates)
    assert g.resolve("Hai Phong", kind="province").code == "31"


# -- eras ----------------------------------------------------------------------


def test_era_selection(g):
    assert era_for(None) == "legacy"
    assert era_for(dt.date(2025, 6, 30)) == "legacy"
    assert era_for(dt.date(2025, 7, 1)) == "2025"
    assert era_for(dt.datetime(2025, 7, 1, 8, 0)) == "2025"
    assert g.resolve("phường Cầu Đất", province="Hải Phòng", on=dt.date(2025, 6, 30)).code == "11344"


def test_2025_article(g):
    res = g.resolve("phường Gia Viên", province="Hải Phòng", on=D2025)
    assert res.status == RESOLVED and res.unit.era == "2025" and res.code == "11359"
    assert [p.code for p in g.parents(res.unit)] == ["31"]
    gone = g.resolve("phường Cầu Đất", province="Hải Phòng", on=D2025)
    assert gone.status == UNKNOWN and gone.unit is None
    assert "11344" in gone.reason and "Lê Chân" in gone.reason
    district = g.resolve("quận Ngô Quyền", province="Hải Phòng", on=D2025)
    assert district.status == UNKNOWN and "abolished" in district.reason
    # a pre-2025 province used as context is mapped to its 2025 successor
    hd = g.resolve("phường Hải Dương", province="Hải Dương", on=D2025)
    assert hd.status == RESOLVED and hd.unit.era == "2025" and g.parents(hd.unit)[0].code == "31"


# -- performance ---------------------------------------------------------------


def test_loaded_once_and_fast(g):
    assert default_gazetteer() is default_gazetteer()
    assert Gazetteer()._data is g._data  # indexes shared by instances over the same files
    assert g.load() < 5.0
    start = time.perf_counter()
    for _ in range(200):
        g.resolve("phường Cầu Đất", province="Hải Phòng", district="Ngô Quyền", on=D2019)
    per_call = (time.perf_counter() - start) / 200
    assert per_call < 0.005


def test_adminunit_type():
    assert {f.name for f in dataclasses.fields(AdminUnit)} >= {
        "code", "name", "kind", "level_label", "full_name", "parent_code", "lat", "lon", "era",
    }


# -- whole-table checks and data quirks -------------------------------------------


@pytest.mark.parametrize("era,on", [("legacy", D2019), ("2025", D2025)])
def test_every_unit_resolves_to_itself_in_its_context(g, era, on):
    failures = []
    for u in g.units(era):
        parents = g.parents(u)
        province = parents[-1].code if parents else None
        district = parents[0].code if len(parents) == 2 else None
        res = g.resolve(u.full_name, province=province, district=district, on=on)
        if res.status != RESOLVED or res.unit != u:
            failures.append((u.full_name, u.code, res.status))
    assert failures == []


def test_diacritics_distinguish_units_of_one_district(g):
    # Sa Pa and Sa Pả are two wards of Thị xã Sa Pa; exact spelling wins.
    assert g.resolve("phường Sa Pa", province="Lào Cai").code == "03001"
    assert g.resolve("phường Sa Pả", province="Lào Cai").code == "03002"
    # Gia Lâm has both Thị trấn Yên Viên and Xã Yên Viên.
    assert g.resolve("thị trấn Yên Viên", province="Hà Nội").code == "00526"
    assert g.resolve("xã Yên Viên", province="Hà Nội").code == "00532"
    both = g.resolve("Yên Viên", province="Hà Nội", district="Gia Lâm")
    assert both.status == AMBIGUOUS and codes(both.candidates) == {"00526", "00532"}


def test_name_that_starts_with_a_type_word(g):
    # Huế has a ward whose name is "Phường Đúc" (full name "Phường Phường Đúc").
    assert g.unit("19780").name == "Phường Đúc"
    assert g.resolve("Phường Đúc", province="Huế").code == "19780"
    assert g.resolve("phường Phường Đúc", province="Huế").code == "19780"
