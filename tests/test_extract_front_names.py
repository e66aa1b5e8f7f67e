"""The Front's committee named as the article writes it, one body however often it is written short."""
from extract_helpers import facts_of


def test_the_front_written_without_viet_nam_keeps_the_articles_words():
    f = facts_of("Sáng 5/5, MTTQ tỉnh Kon Tum tổ chức hội nghị; ông Lê Văn An, Chủ tịch MTTQ tỉnh phát biểu.")
    assert list(f.bodies) == ["Ủy ban Mặt trận Tổ quốc tỉnh Kon Tum"]


def test_the_front_written_with_and_without_viet_nam_is_one_body_named_in_full():
    f = facts_of("Sáng 5/5, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị. Ông Lê Văn An, Chủ tịch MTTQ "
                 "tỉnh, bà Lò Thị Mai, Phó Chủ tịch Thường trực UBMTTQ tỉnh phát biểu.")
    assert [b for b in f.bodies if "Mặt trận" in b] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"]
    assert {p.body for p in f.posts} == {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"}
    assert "Ủy ban Mặt trận Tổ quốc tỉnh Kon Tum" in f.bodies["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"].aliases


def test_fronts_of_two_units_stay_two_bodies():
    f = facts_of("Sáng 5/5, Ủy ban MTTQ Việt Nam tỉnh Kon Tum làm việc với Ủy ban MTTQ huyện Kon Plông.")
    assert {b for b in f.bodies if "Mặt trận" in b} == {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum",
                                                          "Ủy ban Mặt trận Tổ quốc huyện Kon Plông"}


def test_a_board_of_the_front_written_short_keeps_its_words_and_lies_within_the_committee():
    f = facts_of("Sáng 5/5, Ủy ban MTTQ Việt Nam huyện Kon Plông họp; Thường trực Ủy ban MTTQ huyện Kon Plông báo cáo; "
                 "ông Lê Văn An, Chủ tịch Ủy ban MTTQ huyện Kon Plông phát biểu.")
    board = "Thường trực Ủy ban Mặt trận Tổ quốc huyện Kon Plông"
    assert f.bodies[board].parent == "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Kon Plông"
    assert "Ủy ban Mặt trận Tổ quốc huyện Kon Plông" not in f.bodies
