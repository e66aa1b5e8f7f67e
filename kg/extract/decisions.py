"""Posts a decision gives by name after the title: 'bầu các chức danh: Phó Trưởng ban Kinh tế - Xã hội HĐND quận
khóa X, nhiệm kỳ 2016-2021 đối với ông A; Ủy viên UBND quận … đối với bà B'. The title written before 'đối với'
is the named person's; the decision's verb (decision_verbs.tsv) says whether the post is taken or left."""
from __future__ import annotations

import functools

from ..vocab import Trie, data_rows, words
from .occurrence import Occurrence, TitleUse
from .phrases import match_title
from .tokens import Sentence

_MARKERS = {"ông", "bà", "chí", "đ/c"}


def decided_posts(sent: Sentence, occurrences: list[Occurrence], known: set[str]) -> None:
    keys = sent.keys
    for occ in occurrences:
        k = occ.start
        while k > 0 and keys[k - 1] in _MARKERS | {"đồng"}:
            k -= 1
        if k < 2 or keys[k - 2:k] != ["đối", "với"]:
            continue
        end = _before_term(sent, k - 2)
        title = next((t for p in range(max(0, end - 25), end)
                      if (t := match_title(sent, p, known, allow_lower=True)) is not None and t.end == end), None)
        status = _status_before(keys, title.start) if title else None
        if title and status and all(t.title.start != title.start for t in occ.titles):
            occ.titles.append(TitleUse(title, status))


def _before_term(sent: Sentence, k: int) -> int:
    """Back over the term written after the title: ', khóa X, nhiệm kỳ 2016 - 2021'."""
    toks = sent.tokens
    while True:
        m = k
        while m > 0 and toks[m - 1].text in (",", "-", "–"):
            m -= 1
        n = m
        while n > 0 and (toks[n - 1].is_number or toks[n - 1].is_roman or toks[n - 1].text in ("-", "–")):
            n -= 1
        if n == m:
            return k
        if n >= 1 and toks[n - 1].key in ("khóa", "khoá"):
            k = n - 1
        elif n >= 2 and sent.keys[n - 2:n] == ["nhiệm", "kỳ"]:
            k = n - 2
        else:
            return k
        while k > 0 and toks[k - 1].text == ",":
            k -= 1


@functools.cache
def _verbs() -> Trie:
    trie = Trie()
    for verb, status in data_rows("decision_verbs.tsv"):
        trie.add(words(verb), status)
    return trie


def _status_before(keys: list[str], start: int) -> str | None:
    """The status given by the last decision verb of the sentence before the title."""
    found = None
    k = 0
    while k < start:
        hit = _verbs().longest(keys, k)
        if hit:
            found = str(hit[1])
            k += hit[0]
        else:
            k += 1
    return found
