"""'Ông A – Trưởng ban Pháp chế': a committee of a people's council named in a title without its council belongs to
the council that the sentence, or its paragraph before it, names (Luật Tổ chức chính quyền địa phương 2015, Điều 18,
25, 32: the Ban of a council are the council's own; bodies.tsv, kind 'council-board')."""
from __future__ import annotations

from ..model import Body
from .context import ResolvedBody, is_council, resolve_body
from .english_names import english_of_place
from .phrases import BodyPhrase, TitlePhrase
from .setting import Setting


def council_board(title: TitlePhrase, candidates: list[BodyPhrase], setting: Setting) -> ResolvedBody | None:
    """The council committee a bare title names, within the first council among `candidates` (nearest first);
    None when the title names another body or no council is named near it."""
    if title.body is None or len(title.body.segments) != 1:
        return None
    seg = title.body.segments[0]
    if seg.head.kind != "council-board" or seg.place is not None or seg.modifiers:
        return None
    for phrase in candidates:
        resolved = resolve_body(phrase, setting)
        council = next((b for b in resolved.chain if is_council(b)), None) if resolved else None
        if council is None:
            continue
        body = Body(f"{seg.head.text} {council.name}", seg.head.kind,
                    english_of_place(seg.head.english, None, council), council.name, None)
        local = {body.name, council.name} if council.name in resolved.local else set()
        return ResolvedBody(body, (body, council), frozenset(local))
    return None
