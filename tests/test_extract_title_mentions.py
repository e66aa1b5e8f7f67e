"""Titles that stand for their holder, with no name after them."""
from kg.extract.persons import find_persons
from kg.extract.title_mentions import listed_titles, title_only_mentions
from kg.extract.tokens import tokenize
from kg.text import Span


def _sentence(text: str):
    return tokenize(Span(text, 0, len(text)))


def _mentions(text: str) -> list[str]:
    return [t.written for t in title_only_mentions(_sentence(text), set())]


def _listed(text: str) -> list[str]:
    sent = _sentence(text)
    return [t.written for t in listed_titles(sent, set(), find_persons(sent, set()))]


def test_a_title_in_apposition_after_a_name_is_no_title_only_mention():
    assert _mentions("Đoàn do ông Lạc Văn Thu, Phó Chủ tịch UBND huyện làm trưởng đoàn.") == []


def test_a_title_opening_a_clause_stands_for_its_holder():
    assert _mentions("Kết luận buổi làm việc, Phó Chủ tịch UBND huyện yêu cầu các xã khẩn trương.") == [
        "Phó Chủ tịch UBND huyện"]


def test_a_title_after_dong_chi_with_no_name_stands_for_its_holder():
    assert _mentions("Phát biểu tại hội nghị, đồng chí Phó Bí thư Thường trực Huyện ủy đánh giá cao kết quả.") == [
        "Phó Bí thư Thường trực Huyện ủy"]


def test_titles_listed_on_their_own_each_stand_for_a_holder():
    assert _listed("Tham dự có Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Mạc Thị Loan, "
                   "Phó Chủ tịch HĐND huyện.") == ["Bí thư Huyện ủy", "Chủ tịch UBND huyện"]
