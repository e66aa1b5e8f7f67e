"""Bylines and photo credits: the persons an article names as its authors, and the outlet names that are not persons."""
from __future__ import annotations

import functools
import re

from ..model import Facts, Mention
from ..reader import Article, name_case
from ..text import fold, normalize
from ..vocab import data_rows, vocabulary


def add_authors(article: Article, facts: Facts) -> None:
    """The byline's author, its co-authors and the photo credits: each names a person unless it names a site."""
    if article.author and article.author_span and not names_a_site(article.author):
        span = article.author_span
        facts.add_person(article.author, Mention(span.text, span.start, span.end))
    for span in article.co_authors:  # 'Ngọc Mai - Thanh Bình': each name of the byline is a person
        if not names_a_site(span.text):
            facts.add_person(name_case(span.text), Mention(span.text, span.start, span.end))
    for name, mention in photo_credits(article):
        if not names_a_site(name):
            facts.add_person(name, mention)


def names_a_site(name: str) -> bool:
    """'Hanoimoi Online', 'Báo Hà Tĩnh': a byline that names an outlet; a word in one piece with no tone
    mark and more than one capital ('HanoiMoi', 'VnExpress') is a brand, not a Vietnamese name."""
    keys = fold(name).split()
    sites = vocabulary().site_words
    if any(_site_word_at(sites, keys, k) for k in range(len(keys))):
        return True
    return any(sum(c.isupper() for c in w) > 1 and not w.isupper() for w in name.split())


def _site_word_at(sites, keys: list[str], k: int) -> bool:
    """A site word at keys[k]; a site word that is also a given name and ends the name is the given name
    ('Đỗ Trang', 'Thu Trang'), not the 'Trang' that opens 'Trang TTĐT huyện'."""
    hit = sites.longest(keys, k)
    if not hit:
        return False
    given_name = hit[0] == 1 and 0 < k == len(keys) - 1 and keys[k] in _site_given_names()
    return not given_name


@functools.cache
def _site_given_names() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("site_given_names.txt"))


_CREDIT = re.compile(r"\bẢnh\s*:\s*([^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){1,3})\s*(?=\)|$|\n|\.\s*$)", re.MULTILINE)


def photo_credits(article: Article) -> list[tuple[str, Mention]]:
    """'Ảnh: Duy Phú', '(Ảnh: CHÍ BẢO)': a photographer is a person (never a participant); initials
    ('Ảnh: ĐT') and generic credits ('Ảnh: tư liệu') are not names."""
    out = []
    text = normalize(article.text)
    for m in _CREDIT.finditer(text):
        words = m.group(1).split()
        if not all(w[0].isupper() for w in words) or any(len(w) < 2 for w in words):
            continue
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        out.append((name, Mention(article.text[line_start:line_end].strip(), line_start, line_end)))
    return out
