"""'Hội' and 'Trung tâm' open a body's name ('Hội Luật gia tỉnh', 'Trung tâm Y tế huyện') but also common nouns
('Hội nghị', 'Ngày hội', 'là trung tâm'): generic_body_words.txt lists them, and this says when one is a body."""
from __future__ import annotations

import functools

from ..text import fold
from ..vocab import data_rows, phrase_trie, vocabulary
from .tokens import Sentence


@functools.cache
def generic_words() -> frozenset[str]:
    return frozenset(fold(text) for (text,) in data_rows("generic_body_words.txt"))


def generic_word_refused(sent: Sentence, k: int, n: int, text: str) -> bool:
    """Whether the body word `text` at k..k+n is a generic one used as a common noun here: written other than
    with one capital, or followed by a lower-case word that is not a verb ('Hội nghị', 'Hội nhập')."""
    if fold(text) not in generic_words():
        return False
    if phrase_trie("venues.txt").longest(sent.keys, k) is not None:
        return True  # 'Trung tâm Hội nghị tỉnh': where a meeting is held
    first = sent.tokens[k].text
    if not first[:1].isupper() or first[1:] != first[1:].lower():
        return True  # 'hội', 'HỘI NGHỊ' (a headline in capitals)
    nxt = sent.tokens[k + n] if k + n < len(sent.tokens) else None
    if nxt is None or not nxt.is_word or nxt.is_capitalized or nxt.is_acronym:
        return False  # 'Chủ tịch Hội,', 'Hội Cựu chiến binh', 'Hội LHPN'
    return vocabulary().boundaries.longest(sent.keys, k + n) is None  # 'Chủ tịch Hội phát biểu' stays
