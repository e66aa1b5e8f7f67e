"""What the shapes require holds by construction: a merger names two known units, the author link
points to a person, small bodies get an English label that names them or none."""
from extract_helpers import facts_of

from kg.extract import extract
from kg.extract.english_names import english_of_modified
from kg.mapping import english_title, to_graph
from kg.reader import parse_article
from kg.validate import validate


def test_a_merger_of_one_unit_named_twice_is_no_merger():
    f = facts_of("Chiều 2/4, Quận ủy Lê Chân họp với đồng chí Phạm Văn Tú. Quận đã thực hiện nhập phường "
                 "Dư Hàng và phường Dư Hàng.")
    assert [e for e in f.events if e.kind == "merger"] == []


def test_a_merger_whose_units_are_not_known_places_is_no_merger():
    f = facts_of("Nhập phường Tân Lập và phường Tân Hòa.", stamp=None)
    assert all(len(e.places) >= 2 and set(e.places) <= set(f.places) for e in f.events if e.kind == "merger")


def test_a_byline_naming_a_site_builds_a_graph_that_conforms():
    text = ("Print Thứ Hai, 14/01/2021 08:00\n\nSáng 14-1, Huyện ủy Thanh Hà làm việc với xã Tân Lập. Đồng chí "
            "Lê Văn An, Bí thư Huyện ủy chủ trì.\n\nHanoimoi Online\n")
    article = parse_article(text, "site-byline")
    report = validate(to_graph(article, extract(article)))
    assert report.conforms, report.text()


def test_english_labels_name_the_small_body_itself_or_are_left_out():
    assert english_of_modified("khảo sát số 1", "Group") == "Survey Group No. 1"
    assert english_of_modified("kiểm tra, giám sát số 04", "Delegation") == "Inspection and Supervision Delegation No. 4"
    assert english_of_modified("xây dựng Đảng, hệ thống chính trị", "Team") is None
    f = facts_of("Sáng 5/3, Nhóm khảo sát số 1 của Tổ giúp việc - Tiểu ban Văn kiện Đại hội làm việc với Huyện ủy "
                 "Thanh Hà.")
    assert f.bodies["Nhóm khảo sát số 1"].english == "Survey Group No. 1"
    assert f.bodies["Tiểu ban Văn kiện Đại hội"].english is None


def test_a_role_that_names_its_kind_of_body_is_not_told_it_twice():
    assert english_title("Head of the Delegation", "Inspection Delegation No. 2") == \
        "Head of the Inspection Delegation No. 2"
    assert english_title("Head of the Delegation", None) == "Head of the Delegation"
