"""Titles that run on through an association's or a centre's name ('Hội …', 'Trung tâm …'), and the common
nouns that open with the same words."""
from extract_helpers import bodies_of, facts_of, titles_of

LEAD = "Sáng 14-1, Huyện ủy Thanh Hà tổ chức tiếp xúc cử tri."


def test_a_title_runs_on_through_an_association_named_with_capitals():
    f = facts_of(LEAD + " Dự có ông Nguyễn Văn An, Phó Chủ tịch Hội Luật gia tỉnh Hải Dương; bà Lê Thị Hoa, "
                        "Chủ tịch Hội LHTN Việt Nam tỉnh.")
    assert titles_of(f, "Nguyễn Văn An") == {"Phó Chủ tịch Hội Luật gia tỉnh Hải Dương"}
    assert titles_of(f, "Lê Thị Hoa") == {"Chủ tịch Hội LHTN Việt Nam tỉnh"}
    assert bodies_of(f, "Nguyễn Văn An") == {"Hội Luật gia tỉnh Hải Dương"}


def test_an_official_name_written_in_lower_case_is_kept_whole():
    f = facts_of(LEAD + " Dự có ông Trần Văn Bình, Chủ tịch Hội người khuyết tật huyện; bà Vũ Thị Em, "
                        "Phó Giám đốc Trung tâm Bồi dưỡng chính trị huyện.")
    assert titles_of(f, "Trần Văn Bình") == {"Chủ tịch Hội người khuyết tật huyện"}
    assert titles_of(f, "Vũ Thị Em") == {"Phó Giám đốc Trung tâm Bồi dưỡng chính trị huyện"}
    assert bodies_of(f, "Vũ Thị Em") == {"Trung tâm Bồi dưỡng chính trị huyện Thanh Hà"}


def test_the_association_named_alone_after_its_title():
    f = facts_of(LEAD + " Ông Đỗ Văn Dũng được bầu làm Chủ tịch Hội. Chủ tịch Hội Hà Văn Giang phát biểu.")
    assert titles_of(f, "Hà Văn Giang") == {"Chủ tịch Hội"}
    assert titles_of(f, "Đỗ Văn Dũng") == {"Chủ tịch Hội"}


def test_common_nouns_that_open_with_hoi_or_trung_tam_are_no_bodies():
    f = facts_of("Sáng 14-1, tại Trung tâm Hội nghị tỉnh Hải Dương, Huyện ủy Thanh Hà tổ chức Hội nghị tiếp xúc "
                 "cử tri và Ngày hội đại đoàn kết. HỘI NHẬP QUỐC TẾ LÀ XU THẾ.")
    assert set(f.bodies) == {"Huyện ủy Thanh Hà"}


def test_the_central_committee_of_an_association_is_not_the_partys():
    f = facts_of("Sáng 14-1, Hội Nông dân tỉnh Hải Dương khai mạc Đại hội. Dự có bà Lê Thị Hoa, Phó Chủ tịch Ban "
                 "Chấp hành Trung ương Hội Nông dân Việt Nam; ông Lê Văn Tư, Ủy viên Ban Chấp hành Trung ương Đảng.")
    assert bodies_of(f, "Lê Thị Hoa") == {"Ban Chấp hành Trung ương Hội Nông dân Việt Nam"}
    assert bodies_of(f, "Lê Văn Tư") == {"Ban Chấp hành Trung ương Đảng"}
