"""Which line is prose and which is a photo caption (kg/line_kinds.py); invented sentences in the genre's style."""
import pytest

from kg.line_kinds import line_kind


@pytest.mark.parametrize("line", [
    "Đồng chí Trần Văn Hòa, Bí thư Huyện ủy phát biểu tại hội nghị",
    "Quang cảnh hội nghị",
    "Các đại biểu dự kỳ họp thứ 9 HĐND phường khóa XI",
    "Quang cảnh ngày làm việc thứ hai của Đại hội. Ảnh: Minh Khoa",
    "Đồng chí Lê Thị Mai (thứ hai từ trái sang) trao quyết định cho đồng chí Phạm Văn Tùng",
    "Lãnh đạo phường chụp ảnh lưu niệm với các đại biểu. Ảnh: TP. Vinh",
])
def test_photo_captions(line):
    assert line_kind(line) == "caption"


@pytest.mark.parametrize("line", [
    # a dated lead whose final stop the portal dropped
    "Sáng ngày 9/1/2020, tại Phòng họp số 2, HĐND phường Tân Mỹ tổ chức họp thống nhất nội dung kỳ họp thứ 9",
    "Ngày 4-12 Đảng ủy xã Tân Mỹ tổ chức Đại hội đại biểu lần thứ X nhiệm kỳ 2020 - 2025",
    "Chiều nay, Huyện ủy Tân Mỹ tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I",
    # a paragraph cut short in an excerpt: a lead-in and a comma, a list, two sentences
    "Phát biểu tại hội nghị, đồng chí Trần Văn Hòa, Bí thư Huyện ủy đề nghị các cấp ủy",
    "Cùng với đó, Ban Thường vụ Huyện ủy cũng chỉ định ông Lê Văn An giữ chức Bí thư Đảng ủy xã",
    "Về phía huyện có các đồng chí: Trần Văn Hòa, Bí thư Huyện ủy; Lê Thị Mai, Chủ tịch UBND",
    "Xã đã phát triển theo hướng sản xuất hàng hóa. Xã tiếp tục duy trì các vùng rau tập trung",
    "Đồng chí Trần Văn Hòa chủ trì hội nghị.",
])
def test_prose_without_or_with_a_final_stop(line):
    assert line_kind(line) == "paragraph"


def test_a_short_dated_phrase_is_still_a_caption():
    assert line_kind("Sáng 9/1 tại hội trường") == "caption"  # too short to be a lead
