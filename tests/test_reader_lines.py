"""kg.reader_lines, through parse_article: line breaks that cut a sentence are joined, offsets kept."""
from kg.reader import parse_article


HARD_WRAPPED = """Sáng ngày 04/8, tại hội trường Huyện ủy
Thanh Bình, Ban Thường trực Ủy ban MTTQ huyện tổ chức kỳ họp thứ 6, nhiệm kỳ
2014-2019. Về dự kỳ họp có các đồng chí: Lê Văn Mạnh, Chủ tịch Ủy ban MTTQ
huyện; Đỗ Thị Ngân, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các tổ chức
thành viên, các vị Ủy viên Ủy ban MTTQ huyện.
Tại kỳ họp, đại diện Ban Thường trực Ủy ban
MTTQ huyện đã báo cáo kết quả công tác Mặt trận 6 tháng đầu năm, phương hướng
nhiệm vụ 6 tháng cuối năm. Đại diện HĐND, UBND thông báo kết quả thực hiện
Nghị quyết kỳ họp HĐND huyện.
Phát biểu bế mạc kỳ họp, đồng chí Lê Văn
Mạnh đề nghị MTTQ các cấp phối hợp chặt chẽ với chính quyền, các tổ chức
thành viên bám sát chương trình công tác.
"""


def test_a_text_wrapped_at_a_fixed_width_reads_as_whole_sentences():
    article = parse_article(HARD_WRAPPED, "wrapped")
    texts = [b.span.text for b in article.blocks]
    assert texts[0].startswith("Sáng ngày 04/8, tại hội trường Huyện ủy Thanh Bình, Ban Thường trực")
    assert "nhiệm kỳ 2014-2019. Về dự kỳ họp" in texts[0]
    assert any("đồng chí Lê Văn Mạnh đề nghị" in t for t in texts)
    # the joined lines keep their offsets: each block is the text between them, its line breaks read as spaces
    assert all(article.text[b.span.start:b.span.end].replace("\n", " ") == b.span.text for b in article.blocks)


def test_a_text_of_whole_lines_is_not_joined():
    text = ("Sáng 5/3, Huyện ủy tổ chức hội nghị.\nĐồng chí Lê Văn Mạnh phát biểu tại hội nghị\n"
            "Các đại biểu thảo luận sôi nổi về kế hoạch năm.\nHội nghị thống nhất các nội dung.\n"
            "Đồng chí Đỗ Thị Ngân trao đổi\nCuối buổi, hội nghị bế mạc.\nQuang cảnh hội nghị\n"
            "Huyện ủy giao nhiệm vụ cho các chi bộ.\n")
    article = parse_article(text, "lines")
    assert len(article.blocks) == 8


def test_a_date_alone_on_its_line_above_a_wrapped_lead_is_the_stamp_not_the_leads_start():
    article = parse_article("Xã Tân Mỹ tổ chức lễ ra mắt Tổ công nghệ số cộng đồng.\n28/05/2023\n"
                            + HARD_WRAPPED.replace("Sáng ngày 04/8,", "Ngày 26/5/2023,\nsáng"), "stamped")
    assert article.published_date.isoformat() == "2023-05-28"
    assert any(b.span.text.startswith("Ngày 26/5/2023, sáng tại hội trường") for b in article.blocks)
    assert not any(b.span.text.startswith("28/05/2023") for b in article.blocks)
