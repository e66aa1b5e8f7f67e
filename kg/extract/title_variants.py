"""One post written twice in an article, once cut short: 'Phó Bí thư' and 'Phó Bí thư Huyện ủy', 'Chủ tịch
HĐND quận' and 'Chủ tịch HĐND quận 4'. The short form names no body or the same body as the long one: it is
the same post, not another one, and is dropped. A place name written after the title ('Bí thư Tỉnh ủy' and
'Bí thư Tỉnh ủy Gia Lai') is not a cut, but still one post of one body: it is kept as first written."""
from __future__ import annotations

from ..model import Post
from ..text import fold
from ..vocab import vocabulary


def without_cut_variants(posts: list[Post], known_places: set[str]) -> list[Post]:
    held: dict[tuple[str, str], list[Post]] = {}
    for post in posts:
        held.setdefault((post.person, post.status), []).append(post)
    kept = [post for post in posts
            if not any(_cut_of(post, longer, known_places) for longer in held[(post.person, post.status)])]
    return _first_of_place_variants(kept, known_places)


def _first_of_place_variants(posts: list[Post], known_places: set[str]) -> list[Post]:
    """'Bí thư Tỉnh ủy Gia Lai', then 'Bí thư Tỉnh ủy' further on: one post, kept as first written."""
    out: list[Post] = []
    for post in posts:
        if any(p.person == post.person and p.status == post.status and p.body == post.body
               and _place_variant(p.title, post.title, known_places) for p in out):
            continue
        out.append(post)
    return out


def _place_variant(a: str, b: str, known_places: set[str]) -> bool:
    short, long = sorted((fold(a), fold(b)), key=len)
    return long.startswith(short + " ") and _names_place(long[len(short) + 1:], known_places)


def _cut_of(short: Post, longer: Post, known_places: set[str]) -> bool:
    short_text, long_text = fold(short.title), fold(longer.title)
    if not long_text.startswith(short_text + " ") or short.body not in (None, longer.body):
        return False
    return not _names_place(long_text[len(short_text) + 1:], known_places)


def _names_place(words: str, known_places: set[str]) -> bool:
    """'gia lai', 'tỉnh đắk lắk': a place name, with or without its type word."""
    voc = vocabulary()
    keys = words.split()
    hit = voc.place_types.longest(keys, 0)
    name = " ".join(keys[hit[0]:]) if hit else words
    if not name or name.isdigit():
        return False  # 'Chủ tịch HĐND quận' beside 'Chủ tịch HĐND quận 4': the unit's number, cut off
    return name in known_places or name in voc.province_by_key
