"""Who a vote's result names after 'là', 'gồm' or ':' takes part like the subject of 'được bầu'."""
import pytest
from extract_helpers import facts_of, participants

LEAD = "Ngày 13/8, Đảng bộ khối các cơ quan huyện tổ chức Đại hội lần thứ VIII. "


def test_those_named_after_la_in_a_vote_s_result_take_part():
    f = facts_of(LEAD + "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ. Đồng chí Kha Ngọc Liên được bầu giữ "
                 "chức Bí thư Đảng ủy khối; Phó Bí thư Đảng ủy khối là hai đồng chí Lục Duy Phương và Mạc Văn Nghĩa.")
    assert participants(f) == {("Kha Ngọc Liên", "attendee"), ("Lục Duy Phương", "attendee"),
                               ("Mạc Văn Nghĩa", "attendee")}


def test_those_listed_after_gom_for_the_new_term_take_part():
    f = facts_of(LEAD + "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ.\n\n"
                 "Các Phó Bí thư Đảng ủy khối khóa mới gồm: bà Lục Thị Phương (tái cử), ông Mạc Văn Nghĩa.")
    assert participants(f) == {("Lục Thị Phương", "attendee"), ("Mạc Văn Nghĩa", "attendee")}


def test_the_subject_of_tai_dac_cu_takes_part():
    f = facts_of(LEAD + "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ.\n\n"
                 "Đồng chí Kha Ngọc Liên tái đắc cử Bí thư Đảng ủy khối nhiệm kỳ 2020 - 2025.")
    assert participants(f) == {("Kha Ngọc Liên", "attendee")}


@pytest.mark.parametrize("sentence", [
    "Người sáng lập phong trào là đồng chí Lục Duy Phương, nguyên Bí thư Huyện ủy.",  # 'là' with no vote
    "Ban Chỉ đạo của huyện gồm: ông Lục Duy Phương, bà Mạc Thị Nga.",  # 'gồm' with no new term; 'chỉ đạo' in a name
    "Tổ bầu cử số 2 gồm: ông Lục Duy Phương, bà Mạc Thị Nga.",  # a word of voting, but a board listed after 'gồm'
])
def test_a_list_that_is_no_vote_s_result_names_no_participant(sentence):
    f = facts_of(LEAD + "Dự Đại hội có đồng chí Kha Ngọc Liên, Phó Bí thư Huyện ủy.\n\n" + sentence)
    assert participants(f) == {("Kha Ngọc Liên", "attendee")}
