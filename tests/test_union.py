"""Many articles together: the union of their graphs validates as a whole.

Shared entities (bodies, places, roles, posts) carry only facts that every article states the same way;
what depends on one article (its date, its context, its spelling) hangs on a node of that article."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.pipeline import materialize, seed_path
from kg.places import VP
from kg.validate import validate
from sample_articles import CONFERENCE, FOLLOW_UP, UNDATED, with_print_line

# the conference again, written after the 2025 reform and with the body words in lower case
AFTER_REFORM = with_print_line("Print Thứ Hai, 12/01/2026 10:00").replace(
    "Ban Thường vụ Huyện ủy Tiên Lãng", "Ban thường vụ Huyện ủy Tiên Lãng")
# the conference with no date line: its places cannot be resolved
CONFERENCE_UNDATED = CONFERENCE.split("\n", 2)[2]


@pytest.fixture(scope="module")
def union(tmp_path_factory) -> Graph:
    folder: Path = tmp_path_factory.mktemp("union")
    texts = {"a-conference": CONFERENCE, "b-follow-up": FOLLOW_UP, "c-undated": UNDATED,
             "d-after-reform": AFTER_REFORM, "e-conference-undated": CONFERENCE_UNDATED}
    graph = Graph()
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        built = materialize(path)
        assert built.report.conforms, built.report.text()
        graph += built.graph
    graph += materialize(seed_path()).graph
    return graph


def test_the_union_of_articles_conforms(union):
    report = validate(union)
    assert report.conforms, report.text()


def test_a_place_named_in_several_eras_keeps_one_resolution_per_article(union):
    tien_lang = next(p for p in union.subjects(VP.resolution, None) if str(p).endswith("/tien-lang"))
    readings = set(union.objects(tien_lang, VP.resolution))
    assert len(readings) == 4  # two articles of 2018, one of 2026, one undated
    eras = sorted(str(union.value(r, VP.era)) for r in readings if union.value(r, VP.era) is not None)
    assert eras == ["2025", "legacy", "legacy"]
    by_era = {str(union.value(r, VP.era)): r for r in readings}
    assert str(union.value(by_era["legacy"], VP.placeResolution)) == "resolved"
    # districts ended with the 2025 reform: the 2026 article's district resolves to no unit of its own
    assert union.value(by_era["2025"], VP.officialUnit) is None
    outcomes = {str(union.value(r, VP.placeResolution)) for r in readings}
    assert len(outcomes) >= 2 and "unresolved" in outcomes  # the undated reading beside the dated ones


def test_a_body_written_in_other_cases_has_one_full_name(union):
    from rdflib.namespace import SKOS

    boards = [b for b in set(union.subjects(SKOS.prefLabel, None))
              if "ban thường vụ huyện ủy tiên lãng" in str(union.value(b, SKOS.prefLabel)).lower()]
    assert len(boards) == 1
    assert [str(n) for n in union.objects(boards[0], SKOS.prefLabel)] == ["Ban Thường vụ Huyện ủy Tiên Lãng"]


def test_a_body_is_never_its_own_parent(tmp_path):
    """'Đề án số 07-ĐA/TU của Thành ủy' reads 'TU' as a body of its own whose parent is the Thành ủy: both
    mint the Thành ủy's IRI, and a body that is its own parent gets two parents in a union with an article
    that names the committee's Đảng bộ."""
    from rdflib.namespace import ORG

    path = tmp_path / "2021-09-06-phuong-7.txt"
    path.write_text(
        "Print Thứ Hai, 06/09/2021 09:00\n\n"
        "Sáng 5/9, Ủy ban Mặt trận Tổ quốc Việt Nam Phường 7 tổ chức hội nghị triển khai Đề án số 07-ĐA/TU "
        "ngày 20/8/2021 của Thành ủy Cần Thơ về nâng cao vai trò giám sát. Đồng chí Lâm Văn Tường, Chủ tịch "
        "Ủy ban Mặt trận Tổ quốc Việt Nam Phường 7 chủ trì hội nghị.\n\nTại hội nghị, đồng chí Lâm Văn Tường "
        "đã trình bày các nội dung cơ bản của Đề án số 07-ĐA/TU của Thành ủy, cụ thể hóa các cơ chế giám sát.\n",
        encoding="utf-8")
    graph = materialize(path).graph
    assert [(s, o) for s, o in graph.subject_objects(ORG.subOrganizationOf) if s == o] == []
