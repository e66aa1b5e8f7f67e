"""Sentences about another time ('Trước đó, …', 'Năm 2019, …') and recalled words name no participant."""
import pytest
from extract_helpers import facts_of, participants

LEAD_OF_A_CONFERENCE = ("Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm. Dự hội nghị có đồng chí Lê Văn Tâm, "
                        "Phó Bí thư Tỉnh ủy. ")


@pytest.mark.parametrize("sentence", [
    "Như Tổng Bí thư Lạc Văn Quý đã nhấn mạnh, công tác xây dựng Đảng là nhiệm vụ then chốt.",
    "Năm 2019, đồng chí Lạc Văn Quý, Chủ tịch UBND tỉnh về làm việc tại huyện và chỉ đạo nhiều nội dung.",
    "Trước đó, đồng chí Lạc Văn Quý, Chủ tịch UBND tỉnh đã đến thăm và chúc mừng các gia đình chính sách.",
])
def test_words_recalled_and_deeds_of_another_time_are_no_part_in_the_event(sentence):
    assert participants(facts_of(LEAD_OF_A_CONFERENCE + sentence)) == {("Lê Văn Tâm", "attendee")}


def test_a_speaker_of_the_event_s_own_year_and_a_list_with_nhu_still_take_part():
    f = facts_of(LEAD_OF_A_CONFERENCE + "Năm 2021, đồng chí Lạc Văn Quý, Chủ tịch UBND huyện đề nghị các xã tiếp tục "
                 "cố gắng.")
    assert ("Lạc Văn Quý", "attendee") in participants(f)
    f = facts_of("Sáng 5/1, Huyện ủy tổ chức hội nghị. Tham dự có lãnh đạo tỉnh, như đồng chí Lạc Văn Quý, Phó Bí thư "
                 "Tỉnh ủy.")
    assert participants(f) == {("Lạc Văn Quý", "attendee")}
