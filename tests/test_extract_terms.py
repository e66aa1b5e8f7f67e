"""Terms as data (kg/extract/terms.py): the term a holding's title states, in each written form."""
from __future__ import annotations

import pytest
from kg_helpers import write
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.extract.terms import stated_term
from kg.model import StatedTerm
from kg.pipeline import materialize
from kg.terms import VNKG


@pytest.mark.parametrize("title,sentence,want", [
    ("Bí thư Thành ủy khóa XV", "", StatedTerm("khóa XV", 15)),
    ("Chủ tịch HĐND tỉnh", "Ông Lê Văn Tư, Chủ tịch HĐND tỉnh khoá 15 dự họp.", StatedTerm("khoá 15", 15)),
    ("Bí thư Tỉnh ủy", "Ông Lê Văn Tư, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025 phát biểu.",
     StatedTerm("nhiệm kỳ 2020-2025", None, 2020, 2025)),
    ("Bí thư Tỉnh ủy", "Ông Lê Văn Tư, Bí thư Tỉnh ủy nhiệm kỳ 2020 – 2025 phát biểu.",
     StatedTerm("nhiệm kỳ 2020 – 2025", None, 2020, 2025)),
    ("Phó Chủ tịch UBND tỉnh", "Bà Đinh Thị Hạnh, Phó Chủ tịch UBND tỉnh (2015-2020) dự.",
     StatedTerm("(2015-2020)", None, 2015, 2020)),
    ("Chủ tịch UBND huyện", "Ông Lê Văn Tư, Chủ tịch UBND huyện khóa IV, nhiệm kỳ 2016 - 2021 phát biểu.",
     StatedTerm("khóa IV, nhiệm kỳ 2016 - 2021", 4, 2016, 2021)),
])
def test_each_written_form(title, sentence, want):
    assert stated_term(title, sentence) == want


@pytest.mark.parametrize("title,sentence", [
    ("Giám đốc Sở Y tế", "Ông Lê Văn Tư, Giám đốc Sở Y tế, báo cáo kế hoạch giai đoạn 2021-2025."),  # not after it
    ("Phó Bí thư Tỉnh ủy", "Ông Lê Văn Tư, Phó Bí thư Tỉnh ủy; bà Đinh Thị Hạnh, Chủ tịch HĐND tỉnh khóa X."),
    ("Bí thư Tỉnh ủy", "Ông Lê Văn Tư, Bí thư Tỉnh ủy nhiệm kỳ 2015-2030."),  # no term is fifteen years long
])
def test_no_term_is_taken_from_elsewhere_in_the_sentence(title, sentence):
    assert stated_term(title, sentence) is None


ARTICLE = """\
Print Thứ Hai, 12/10/2020 09:00

Sáng 11/10, Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV đã bầu đồng chí Đặng Văn Khải giữ chức Bí thư \
Tỉnh ủy Quảng Ninh khóa XV, nhiệm kỳ 2020 - 2025.

Nguồn. quangninh.gov.vn
"""


def test_a_holding_links_to_a_term_of_its_body_and_keeps_its_title_as_written(tmp_path):
    from kg.validate import validate

    built = materialize(write(tmp_path / "2020-10-12-qn-dai-hoi.txt", ARTICLE))
    g = built.graph
    terms = list(g.subjects(RDF.type, VNKG.Term))
    assert len(terms) == 1
    term = terms[0]
    assert str(term).endswith("/term/tinh-uy-quang-ninh-988eb9/khoa-15-2020-2025")  # the body as its IRI names it
    assert g.value(term, RDFS.label) == Literal("khóa XV, nhiệm kỳ 2020 - 2025", lang="vi")
    assert g.value(term, VNKG.termOrdinal) == Literal(15, datatype=XSD.integer)
    assert (g.value(term, VNKG.termStart), g.value(term, VNKG.termEnd)) == (
        Literal("2020", datatype=XSD.gYear), Literal("2025", datatype=XSD.gYear))
    holding = next(g.subjects(VNKG.term, term))
    assert g.value(term, VNKG.termOf) == g.value(holding, URIRef("http://www.w3.org/ns/org#organization"))
    assert str(g.value(holding, VNKG.titleAsWritten)).startswith("Bí thư Tỉnh ủy Quảng Ninh")
    assert validate(g).conforms


def test_the_shapes_refuse_a_term_that_states_nothing_and_a_holding_with_two_terms(tmp_path):
    from kg.validate import validate

    g = materialize(write(tmp_path / "2020-10-12-qn-dai-hoi.txt", ARTICLE)).graph
    term = next(g.subjects(RDF.type, VNKG.Term))
    holding = next(g.subjects(VNKG.term, term))
    empty = Graph() + g
    empty.remove((term, VNKG.termOrdinal, None))
    empty.remove((term, VNKG.termStart, None))
    report = validate(empty)
    assert not report.conforms and "states an ordinal" in report.text()
    twice = Graph() + g
    twice.add((holding, VNKG.term, URIRef(str(term) + "-again")))
    twice.add((URIRef(str(term) + "-again"), RDF.type, VNKG.Term))
    twice.add((URIRef(str(term) + "-again"), RDFS.label, Literal("khóa XVI", lang="vi")))
    twice.add((URIRef(str(term) + "-again"), VNKG.termOrdinal, Literal(16, datatype=XSD.integer)))
    report = validate(twice)
    assert not report.conforms and "at most one term" in report.text()
