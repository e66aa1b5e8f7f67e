"""kg.query: results written as they come (csv, json) are the same text as results built whole."""
from __future__ import annotations

import io
import json

import pytest

from kg.query import FileSource, Table, run

TABLES = [
    Table(["person", "name"], []),
    Table(["person", "name"], [["https://w3id.org/vnkg/person/a", "Nguyễn Văn An"]]),
    Table(["a", "b", "c"], [["1", "", "x\"y"], ["", "", ""], ["2", "dòng\nhai", "ä"]]),
    Table([], []),
]


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
@pytest.mark.parametrize("table", TABLES, ids=range(len(TABLES)))
def test_written_one_row_at_a_time_is_the_rendered_text(table, fmt):
    out = io.StringIO()
    Table(table.columns, iter(table.rows)).write(fmt, out)  # a one-pass iterator, as a store gives
    assert out.getvalue() == table.render(fmt)
    if fmt == "json":
        assert len(json.loads(out.getvalue())["results"]["bindings"]) == len(table.rows)


def test_a_lazy_answer_reads_the_rows_only_when_written(seed_out):
    source = FileSource([str(seed_out / "2019-07-30-ngo-quyen.ttl")])
    lazy = run("positions", source, lazy=True)
    assert not isinstance(lazy.rows, list)
    whole = run("positions", source)
    out = io.StringIO()
    lazy.write("csv", out)
    assert out.getvalue() == whole.csv() and len(whole.rows) > 5
