"""`kg query`'s table form: readable columns first, IRIs as prefixed names, never cut; CSV untouched."""
from __future__ import annotations

from kg.query import Table
from kg.textable import text_table

BASE = "https://w3id.org/vnkg/"
LONG_ID = "2021-03-04-mot-bai-bao-co-ten-rat-dai-de-thu-xem-co-bi-cat-hay-khong"


def _table() -> Table:
    rows = [[f"{BASE}article/{LONG_ID}/event/meeting-{n}", f"{BASE}person/tran-van-{n}-a1b2c3", f"Trần Văn {n}", "chair"]
            for n in ("binh", "cuong")]
    rows.append([f"{BASE}article/{LONG_ID}/event/meeting-3", "", "Lê Thị Dung", "attendee"])
    return Table(["event", "person", "name", "role"], rows)


def test_readable_columns_come_first_and_iris_are_prefixed_names_in_full():
    text = _table().table()
    lines = text.splitlines()
    assert lines[0].split() == ["name", "role", "event", "person"]
    assert f"event:{LONG_ID}/meeting-binh" in text and "person:tran-van-cuong-a1b2c3" in text
    assert "…/event/" in lines[-1] and "person: https://w3id.org/vnkg/person/" in lines[-1]
    body = lines[2:5]
    assert len({line.split()[2] for line in body}) == 3  # the three events can be told apart
    assert lines[5] == "(3 rows)"


def test_long_text_is_cut_iris_are_not():
    sentence = "Chiều 3/3, Ban Thường vụ Huyện ủy tổ chức hội nghị " * 3
    text = text_table(["sentence", "article"], [[sentence, f"{BASE}article/{LONG_ID}"]])
    assert f"article:{LONG_ID}" in text and sentence not in text and "…" in text


def test_csv_and_json_keep_whole_iris():
    table = _table()
    assert f"{BASE}article/{LONG_ID}/event/meeting-binh" in table.csv()
    assert table.csv().splitlines()[0] == "event,person,name,role"
    assert f"{BASE}person/tran-van-binh-a1b2c3" in table.json()
