"""Sentences that describe a photo: 'Bí thư Huyện ủy trao quyết định cho ông X (bên phải)', '… (Ảnh: Y).'
They read as prose (a stop at the end) but are captions: a person named in them is in the picture, which
says nothing of who else took part or of whether the text itself names them at the event."""
from __future__ import annotations

import re

from ..text import fold, normalize
from ..vocab import data_rows

_POSITIONS = {" ".join(fold(row[0]).split()) for row in data_rows("photo_positions.txt")}
_PARENTHESIS = re.compile(r"\(([^()]{1,40})\)")
_ORDINAL = re.compile(r"^thứ\s+\S+\s+")
_CREDIT = re.compile(r"\(\s*(?:ảnh|ảnh minh họa)\s*:", re.IGNORECASE)


def describes_a_photo(text: str) -> bool:
    """A parenthesis that places someone in the photo ('(thứ hai từ trái sang)'), or a photo credit."""
    text = normalize(text)
    if _CREDIT.search(text):
        return True
    for m in _PARENTHESIS.finditer(text):
        inner = " ".join(fold(m.group(1)).split())
        if _ORDINAL.sub("", inner) in _POSITIONS:
            return True
    return False
