"""A partial gazetteer (Gazetteer(names=...)) answers like the full one for its names."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.gazetteer import Gazetteer, ascii_key, default_gazetteer

D2019 = dt.date(2019, 6, 15)
D2025 = dt.date(2025, 8, 1)


@pytest.fixture(scope="module")
def full() -> Gazetteer:
    gaz = default_gazetteer()
    gaz.load()
    return gaz


def _signature(g: Gazetteer, res):
    units = res.candidates + res.former_name_of
    return (
        res.status,
        res.unit,
        res.candidates,
        res.former_name_of,
        res.out_of_context,
        res.reason,
        [g.parents(u) for u in units],
        [g.successions(u) for u in units],
    )


def _same(full: Gazetteer, mention: str, province=None, district=None, on=None) -> None:
    names = [n for n in (mention, province, district) if n]
    part = Gazetteer(names=names)
    expected = full.resolve(mention, province=province, district=district, on=on)
    got = part.resolve(mention, province=province, district=district, on=on)
    assert _signature(part, got) == _signature(full, expected), (mention, province, district, on)


@pytest.mark.parametrize(
    "mention, province, district, on",
    [
        ("phường Cầu Đất", "Hải Phòng", "Ngô Quyền", D2019),
        ("phường Lương Khánh Thiện", "Hải Phòng", "Ngô Quyền", D2019),
        ("phường Lương Khánh Thiện", None, None, D2019),  # Hải Phòng and Phủ Lý both absorbed one
        ("quận Ngô Quyền", "Hải Phòng", None, D2019),
        ("Hải Phòng", None, None, D2019),
        ("Hai Phong", None, None, D2019),  # no diacritics: ASCII fallback
        ("HN", None, None, D2019),  # province alias
        ("Sa Pả", None, None, D2019),  # a unit whose key keeps its diacritics
        ("Phường 1", "Hồ Chí Minh", "Quận 3", D2019),
        ("Thái Bình", "Thái Bình", None, D2019),  # province and city: ambiguous
        ("phường Gia Viên", "Hải Phòng", None, D2025),
        ("quận Ngô Quyền", "Hải Phòng", None, D2025),  # no districts after the reform
        ("phường Cầu Đất", "Hải Phòng", None, D2025),  # abolished: says where its ground went
        ("phường Không Có Thật", "Hải Phòng", None, D2019),
    ],
)
def test_partial_gazetteer_resolves_like_the_full_one(full, mention, province, district, on):
    _same(full, mention, province, district, on)


def test_partial_gazetteer_agrees_on_a_sample_of_real_names(full):
    rng = random.Random(6)
    units = list(full.units("legacy")) + list(full.units("2025"))
    for _ in range(60):
        unit = rng.choice(units)
        parents = full.parents(unit)
        province = parents[-1].name if parents and rng.random() < 0.7 else None
        district = parents[0].name if len(parents) == 2 and rng.random() < 0.5 else None
        mention = rng.choice([unit.full_name.lower(), unit.name, ascii_key(unit.name)])
        _same(full, mention, province, district, rng.choice([None, D2019, D2025]))


def test_partial_gazetteer_loads_few_units(full):
    part = Gazetteer(names=["Hải Phòng", "quận Ngô Quyền", "phường Cầu Đất", "phường Lương Khánh Thiện"])
    loaded = sum(1 for _ in part.units("legacy")) + sum(1 for _ in part.units("2025"))
    assert 0 < loaded < 200  # of ~14,000
    # the district's successors need all its wards: they are loaded
    ngo_quyen = part.unit("304")
    assert {u.code for u in part.children(ngo_quyen)} == {u.code for u in full.children(full.unit("304"))}
    assert part.successions(ngo_quyen) == full.successions(full.unit("304"))
