"""A bare council or committee in one person's chain of titles takes the unit another title of the chain names
(kg/extract/chain_units.py)."""
from extract_helpers import facts_of

# a commune's article that names its district too: a bare 'HĐND' alone cannot say whose it is
LEAD = "Sáng 6-2, Đoàn công tác xã Tân Lập, huyện Yên Bình đến thăm các gia đình chính sách."


def _post_body(facts, person: str, title: str) -> str | None:
    return next(p.body for p in facts.posts if p.person == person and p.title == title)


def test_a_bare_body_takes_the_unit_written_after_it_in_the_chain():
    f = facts_of(LEAD + " Dự có đồng chí Trần Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập; bà Lê Thị Mai – "
                        "Phó Chủ tịch UBND, Chủ tịch Ủy ban Bầu cử huyện.")
    assert _post_body(f, "Trần Văn Hải", "Bí thư Đảng ủy") == "Đảng ủy xã Tân Lập"
    assert _post_body(f, "Lê Thị Mai", "Phó Chủ tịch UBND") == "Ủy ban nhân dân huyện Yên Bình"


def test_a_bare_body_takes_the_unit_written_before_it_when_none_follows():
    f = facts_of(LEAD + " Dự có ông Hà Văn An, Bí thư Đảng ủy xã kiêm Chủ tịch HĐND.")
    assert _post_body(f, "Hà Văn An", "Chủ tịch HĐND") == "Hội đồng nhân dân xã Tân Lập"


def test_a_departments_unit_and_a_party_commission_take_no_unit_from_the_chain():
    f = facts_of(LEAD + " Dự có ông Lò Văn Bình, Trưởng Công an xã, Chủ tịch HĐND; ông Vi Văn Tú, Trưởng Ban Dân "
                        "vận, Phó Chủ tịch UBND xã.")
    assert _post_body(f, "Lò Văn Bình", "Chủ tịch HĐND") is None
    assert _post_body(f, "Vi Văn Tú", "Trưởng Ban Dân vận") != "Ban Dân vận xã Tân Lập"
