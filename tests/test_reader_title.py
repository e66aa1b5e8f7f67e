"""kg.reader_title, through parse_article: which line above the text is the title."""
from kg.reader import parse_article


def test_a_headline_after_a_place_and_a_colon_is_the_title_but_a_rubric_or_a_label_is_not():
    body = "\n\nSáng 5/5, HĐND huyện Vũ Thư tổ chức kỳ họp thứ 9. Đồng chí Lê Văn Tám chủ trì.\n"
    a = parse_article("Huyện Vũ Thư: Kỳ họp thứ 9 HĐND huyện khóa XX thành công" + body, "t")
    assert a.title == "Huyện Vũ Thư: Kỳ họp thứ 9 HĐND huyện khóa XX thành công"
    b = parse_article("Ca khúc: Bài ca người làm báo của tỉnh nhà\n\nHĐND huyện Vũ Thư họp kỳ thứ 9" + body, "t")
    assert b.title == "HĐND huyện Vũ Thư họp kỳ thứ 9"


def test_a_title_broken_over_two_lines_is_one_title():
    a = parse_article("Đoàn công tác của HĐND tỉnh\n\nkhảo sát công tác giáo dục tại huyện Vũ Thư\n\n"
                      "Sáng 5/5, Đoàn công tác làm việc tại huyện Vũ Thư. Đồng chí Lê Văn Tám chủ trì.\n", "t")
    assert a.title == "Đoàn công tác của HĐND tỉnh khảo sát công tác giáo dục tại huyện Vũ Thư"
