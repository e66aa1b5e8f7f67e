"""Sentences that describe a photo name no participant, though they end with a stop."""
from extract_helpers import facts_of, participants

from kg.extract.photos import describes_a_photo


def test_a_sentence_that_places_persons_in_a_photo_names_no_participant():
    f = facts_of("Chiều 13/10, Thành ủy tổ chức lễ trao quyết định cán bộ. Đồng chí Lưu Văn Phước, Phó Bí thư Thành "
                 "ủy chủ trì buổi lễ.\n\n"
                 "Phó Bí thư Thành ủy Lưu Văn Phước trao quyết định cho ông Kha Minh Đạt (ngoài cùng bên phải).")
    assert participants(f) == {("Lưu Văn Phước", "chair")}


def test_photo_positions_and_credits():
    assert describes_a_photo("Đồng chí Lê Văn An (thứ hai từ trái sang) tặng hoa chúc mừng.")
    assert describes_a_photo("Lãnh đạo huyện trao quyết định cho ông Lê Văn An (bên phải).")
    assert describes_a_photo("Lãnh đạo huyện trao quyết định (Ảnh: Minh Khoa).")
    assert not describes_a_photo("Đại hội bầu 15 đồng chí (trong đó có 3 nữ) vào Ban Chấp hành.")
