"""A role followed by a generic body word alone ('Chủ tịch Hội') names the association the article named in full
before it (kg/extract/bare_generic.py)."""
from extract_helpers import bodies_of, facts_of


def test_the_chair_of_the_association_is_the_association_named_before():
    f = facts_of("Sáng 14-1, Hội Cựu chiến binh xã Tân Lập tổ chức Đại hội lần thứ VII.\n\nTại Đại hội, ông Lê Văn "
                 "An - Chủ tịch Hội khóa VI trình bày báo cáo. Ông Trần Văn Ngọc được bầu làm Chủ tịch Hội.")
    assert bodies_of(f, "Lê Văn An") == {"Hội Cựu chiến binh xã Tân Lập"}
    assert bodies_of(f, "Trần Văn Ngọc") == {"Hội Cựu chiến binh xã Tân Lập"}


def test_no_association_named_before_leaves_the_bare_word_with_no_body():
    f = facts_of("Sáng 14-1, UBND xã Tân Lập tổ chức hội nghị. Ông Lê Văn An - Chủ tịch Hội phát biểu. Hội Nông dân "
                 "xã Tân Lập nhận cờ thi đua.")
    assert bodies_of(f, "Lê Văn An") == {None}
