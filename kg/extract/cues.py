"""The words that introduce a post after a name ('được bầu giữ chức'), from kg/data/post_cues.tsv."""
from __future__ import annotations

import functools

from ..vocab import Trie, data_rows, words


@functools.cache
def _tables() -> tuple[Trie, Trie]:
    cues, skips = Trie(), Trie()
    for cue, status in data_rows("post_cues.tsv"):
        (skips if status == "skip" else cues).add(words(cue), status)
    return cues, skips


def cue_at(keys: list[str], k: int) -> tuple[int, str] | None:
    """The cue at token k: its length and the status of the post it introduces."""
    hit = _tables()[0].longest(keys, k)
    return (hit[0], str(hit[1])) if hit else None


def past_skipped(keys: list[str], k: int) -> int:
    """The index after the words a cue may have before its title: 'trúng cử chức danh Chủ tịch …'."""
    hit = _tables()[1].longest(keys, k)
    return k + hit[0] if hit else k
