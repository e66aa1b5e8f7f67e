"""Posts introduced by election and appointment words after the name (kg/data/post_cues.tsv)."""
from extract_helpers import facts_of, titles_of

LEAD = "Sáng 14-1, HĐND huyện Phú Bình khai mạc kỳ họp thứ nhất."


def test_trung_cu_chuc_danh_gives_the_title_after_it():
    f = facts_of(LEAD + " Kết quả kiểm phiếu, ông Đỗ Văn Hải trúng cử chức danh Chủ tịch HĐND huyện; bà Đỗ Thị Hà "
                        "tái trúng cử chức danh Phó Chủ tịch UBND huyện.")
    assert titles_of(f, "Đỗ Văn Hải", "new") == {"Chủ tịch HĐND huyện"}
    assert titles_of(f, "Đỗ Thị Hà", "new") == {"Phó Chủ tịch UBND huyện"}


def test_chuc_vu_between_the_cue_and_the_title_is_passed_over():
    f = facts_of(LEAD + " Ông Lê Văn Nam và ông Lê Văn Hòa được bầu giữ chức vụ Phó Bí thư Huyện ủy. Ông Vũ Văn Sơn "
                        "đã được đắc cử vào chức vụ Bí thư Huyện ủy.")
    assert titles_of(f, "Lê Văn Nam", "new") == {"Phó Bí thư Huyện ủy"}
    assert titles_of(f, "Lê Văn Hòa", "new") == {"Phó Bí thư Huyện ủy"}
    assert titles_of(f, "Vũ Văn Sơn", "new") == {"Bí thư Huyện ủy"}


def test_a_title_before_a_re_election_verb_keeps_its_unit():
    f = facts_of(LEAD + " Đồng chí Dương Văn Hòa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện tái cử chức danh Chủ tịch "
                        "UBND huyện.")
    assert titles_of(f, "Dương Văn Hòa", "current") == {"Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"}
    assert titles_of(f, "Dương Văn Hòa", "new") == {"Chủ tịch UBND huyện"}


def test_a_former_post_is_kept_as_former():
    f = facts_of(LEAD + " Bà Mai Thị Lan thôi giữ chức Phó Chủ tịch UBND huyện.")
    assert titles_of(f, "Mai Thị Lan") == {"Phó Chủ tịch UBND huyện"}
    assert titles_of(f, "Mai Thị Lan", "former") == {"Phó Chủ tịch UBND huyện"}


def test_tan_marks_the_new_holder():
    f = facts_of(LEAD + " Ông Trần Văn Quế, tân Bí thư Huyện ủy phát biểu nhận nhiệm vụ.")
    assert titles_of(f, "Trần Văn Quế", "new") == {"Bí thư Huyện ủy"}


def test_a_cue_with_no_title_after_it_takes_the_post_the_sentence_names():
    f = facts_of(LEAD + " Ông Đinh Văn Dũ tái trúng cử chức danh Chủ tịch UBND huyện. Chức danh Phó Chủ tịch UBND "
                        "huyện, ngoài ông Nguyễn Thành Tâm tái đắc cử, các đại biểu đã bầu thêm ông Nguyễn Tuấn Hà đảm "
                        "nhiệm chức vụ này.")
    assert titles_of(f, "Đinh Văn Dũ", "new") == {"Chủ tịch UBND huyện"}
    assert titles_of(f, "Nguyễn Thành Tâm", "new") == {"Phó Chủ tịch UBND huyện"}
    assert titles_of(f, "Nguyễn Tuấn Hà", "new") == {"Phó Chủ tịch UBND huyện"}


def test_a_cue_with_no_title_and_no_post_named_gives_nothing():
    f = facts_of(LEAD + " Ông Nguyễn Thành Tâm tái đắc cử, các đại biểu chúc mừng.")
    assert titles_of(f, "Nguyễn Thành Tâm") == set()
