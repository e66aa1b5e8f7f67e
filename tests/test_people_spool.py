"""kg.people.spool: the resolution with the records on disk writes people.ttl byte for byte as the one in memory,
on invented articles, with and without decisions, and with an earlier people.ttl whose persons were joined and
parted since."""
from __future__ import annotations

import shutil
from pathlib import Path

from kg_helpers import write
from test_people import BASE, CA_MAU, NAME, QN_2019, QN_2020, QN_ARMY, corpus, mentions  # noqa: F401 (a fixture)

from kg.cli import main
from kg.ids import name_id
from kg.people import PEOPLE_FILE, resolve_folder, resolve_folder_on_disk


# the chairman of the Quảng Ninh People's Committee once more: with the decisions below, an earlier person's
# records end in two persons, one of two records and one of one
QN_2021 = "2021-03-02-qn-kiem-tra"
QN_2021_TEXT = """\
Print Thứ Ba, 02/03/2021 15:00

Chiều 1/3, đồng chí Đặng Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ninh kiểm tra công tác phòng \
chống dịch tại thành phố Hạ Long. Cùng dự có đồng chí Lê Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Ninh.

Nguồn. quangninh.gov.vn
"""


def both(folder: Path, tmp_path: Path, round_name: str) -> tuple[Path, Path, object, object]:
    """folder resolved in memory and on disk, each in a copy of its own -> the two copies and results."""
    in_memory, on_disk = tmp_path / f"{round_name}-memory", tmp_path / f"{round_name}-disk"
    shutil.copytree(folder, in_memory, ignore=shutil.ignore_patterns("store", ".kg"))
    shutil.copytree(folder, on_disk, ignore=shutil.ignore_patterns("store", ".kg"))
    return in_memory, on_disk, resolve_folder(in_memory), resolve_folder_on_disk(on_disk)


def same_output(in_memory: Path, on_disk: Path, a, b) -> None:
    assert (on_disk / PEOPLE_FILE).read_bytes() == (in_memory / PEOPLE_FILE).read_bytes()
    assert b.redirects == a.redirects and b.resolution.warnings == a.resolution.warnings
    assert b.summary().replace(str(on_disk), "") == a.summary().replace(str(in_memory), "")
    assert not list((on_disk / ".kg").glob("people-*"))  # the records' file is gone


def test_a_fresh_folder_gives_the_same_people_ttl(corpus, tmp_path):
    fresh = tmp_path / "fresh"
    shutil.copytree(corpus, fresh)
    (fresh / PEOPLE_FILE).unlink()
    in_memory, on_disk, a, b = both(fresh, tmp_path, "fresh")
    same_output(in_memory, on_disk, a, b)
    assert b.resolution.persons == len(a.resolution.clusters) > 1 and b.resolution.candidates > 0


def test_decisions_and_an_earlier_people_ttl_give_the_same_people_ttl(corpus, tmp_path):
    found = mentions(corpus)
    # persons joined by hand (person IRIs, translated through the earlier people.ttl), a record parted from its
    # person, and a decision about a record no article names (a warning)
    decided = tmp_path / "decided"
    shutil.copytree(corpus, decided)
    assert main(["build", str(write(tmp_path / f"{QN_2021}.txt", QN_2021_TEXT)), "--out", str(decided),
                 "--no-store"]) == 0
    assert mentions(decided)[QN_2021] == mentions(decided)[QN_2019]
    record_2020 = f"{BASE}article/{QN_2020}/person/{name_id(NAME)}"
    write(decided / "people-decisions.tsv",
          f"same\t{found[QN_ARMY]}\t{found[QN_2019]}\n"
          f"different\t{found[QN_2019]}\t{record_2020}\n"
          f"same\t{found[CA_MAU]}\t{BASE}article/gone/person/x\n")
    in_memory, on_disk, a, b = both(decided, tmp_path, "decided")
    same_output(in_memory, on_disk, a, b)
    assert a.resolution.warnings and a.redirects  # the test reaches the warnings and the kept IRIs
    decided_persons = mentions(in_memory)
    assert decided_persons[QN_ARMY] == decided_persons[QN_2019] != decided_persons[QN_2020]
    assert decided_persons[QN_2021] == decided_persons[QN_2019]
    # the decisions withdrawn: the joined persons part again, and the earlier people.ttl holds a redirect
    (in_memory / "people-decisions.tsv").unlink()
    again_memory, again_disk, a2, b2 = both(in_memory, tmp_path, "withdrawn")
    same_output(again_memory, again_disk, a2, b2)
    assert mentions(again_memory)[QN_ARMY] != mentions(again_memory)[QN_2019]
