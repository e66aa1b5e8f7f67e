"""Persons and the titles the article gives them.

The genre's patterns, each a rule below:
- apposition after the name: 'đồng chí X, T1, T2; Y, T3' (titles split at ',', ' - ' and ';');
- titles before the name: 'Ủy viên Trung ương Đảng, Bí thư Thành ủy X';
- a heading shared by a list, or a title named before its holders (shared_titles.py);
- lower-case roles after a verb: 'làm Trưởng đoàn', 'được bầu giữ chức Bí thư Huyện ủy';
- former posts: 'nguyên Chủ tịch', 'thôi giữ chức' are kept as former, never current.
"""
from __future__ import annotations

import bisect

from ..vocab import phrase_trie, vocabulary
from .cues import cue_at, past_skipped
from .decisions import decided_posts
from .names import colon_place_items, is_person_named_place, match_name
from .occurrence import Occurrence, TitleUse
from .phrases import TitlePhrase, match_body, match_title
from .shared_titles import shared_headings, titles_before_plural_names, titles_named_after
from .terms import term_end
from .tokens import Sentence

_SEPARATORS = {",", "-", "–", "—", "(", "/"}
_FORMER = {"nguyên", "từng", "cựu"}
_POSSESSORS = {"của"}  # a title after it names whose authority, not the next person
_NEW = {"tân"}  # 'Ông X, tân Bí thư Tỉnh ủy': the post just taken


def find_persons(sent: Sentence, known_places: set[str]) -> list[Occurrence]:
    occurrences: list[Occurrence] = []
    toks = sent.tokens
    i = 0
    limit = 0  # tokens before this belong to the previous person's entry
    listed_units = colon_place_items(sent, known_places)
    while i < len(toks):
        hit = match_name(sent, i, known_places)
        if not hit:
            i += 1
            continue
        start, end = hit
        if start in listed_units:
            i = end  # 'các tổ dân phố: Quảng An, Vũ Hạ': a unit of the list, not a person
            continue
        if _after_opening_quote(toks, start) or _named_after(sent, start):
            i = end  # 'thi đua “Đồng Khởi mới”', 'Trường THCS Lê Văn Tám': named after someone, not a person
            continue
        occ = Occurrence(sent.name_between(start, end), sent, start, end, end)
        if is_person_named_place(sent, start, end):
            occ.historical = True  # 'Chủ tịch Hồ Chí Minh sáng lập': a person named, his title no post of the article
            occurrences.append(occ)
            i = limit = end
            continue
        occ.titles = _titles_before(sent, start, limit, known_places) or _titles_dashed_before(
            sent, start, end, limit, known_places)
        occ.entry_end = _titles_after(sent, occ, known_places)
        occurrences.append(occ)
        limit = occ.entry_end
        i = max(occ.entry_end, end)
    shared_headings(sent, occurrences, known_places)
    decided_posts(sent, occurrences, known_places)
    titles_named_after(sent, occurrences, known_places)
    titles_before_plural_names(sent, occurrences)
    _cued_posts(sent, occurrences, known_places)
    return occurrences


def _after_opening_quote(toks: list, start: int) -> bool:
    """'“Đồng Khởi', or a straight quote that opens (an even number of them before it)."""
    if start == 0:
        return False
    before = toks[start - 1].text
    return before == "“" or before == '"' and sum(t.text == '"' for t in toks[:start - 1]) % 2 == 0


def _named_after(sent: Sentence, start: int) -> bool:
    """'Trường THCS Nguyễn Văn Trỗi', 'đường Lê Duẩn': a word of named_after_words.txt right before the name,
    opening its phrase ('phường Thanh Trường Nguyễn Văn A': 'Trường' ends a place's name there)."""
    words = phrase_trie("named_after_words.txt")
    toks = sent.tokens
    for n in (1, 2, 3):
        k = start - n
        hit = words.longest(sent.keys, k) if k >= 0 else None
        if hit is not None and hit[0] == n and not (k > 0 and toks[k - 1].is_title_word
                                                    and words.longest(sent.keys, k - 1) is None):
            return True  # 'Trường THCS …': a naming word before another one still opens the phrase
    return False


def _status_before(sent: Sentence, i: int) -> str:
    return "former" if i > 0 and sent.tokens[i - 1].key in _FORMER else "current"


def _titles_before(sent: Sentence, name_start: int, limit: int, known: set[str]) -> list[TitleUse]:
    """Titles that end right where the name starts, and the comma-joined titles before them."""
    out: list[TitleUse] = []
    end = name_start
    while end > limit:
        found = None
        for p in range(max(limit, end - 30), end):
            title = match_title(sent, p, known, allow_lower=_rank_at(sent, p) or _lower_title_may_open(sent, p))
            if title and title.end == end and _clean_between(sent, p, end) \
                    and (title.body is not None or sent.tokens[p].is_capitalized or _rank_at(sent, p)):
                found = title
                break
        if not found:
            found = _title_with_parent_before(sent, end, limit, known)
        if not found or (out and found.start > 0 and sent.keys[found.start - 1] in _POSSESSORS):
            break  # 'thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá X': the first title is another's
        out.insert(0, TitleUse(found, _status_before(sent, found.start)))
        before = found.start - 1
        if before > limit and sent.tokens[before].text in (",", "-", "–"):
            end = before
        else:
            break
    return out


_DASHES = {"-", "–", "—"}
_LOWER_TITLE_OPENERS = {"và", ",", "cùng"}


def _lower_title_may_open(sent: Sentence, p: int) -> bool:
    """'… và chủ tịch UBND huyện Hương Khê Lê Văn A': a title in lower case before a name, after 'và' or a comma,
    counts when it names its body (checked by the caller)."""
    return p > 0 and sent.keys[p - 1] in _LOWER_TITLE_OPENERS


def _titles_dashed_before(sent: Sentence, start: int, end: int, limit: int, known: set[str]) -> list[TitleUse]:
    """'Bí thư Huyện ủy Tháp Mười – Nguyễn Văn A phát biểu': titles, a dash, then a name that has no titles of
    its own after it, are that name's."""
    if start - 1 <= limit or sent.tokens[start - 1].text not in _DASHES or _has_apposition(sent, end, known):
        return []
    return _titles_before(sent, start - 1, limit, known)


def _has_apposition(sent: Sentence, end: int, known: set[str]) -> bool:
    toks = sent.tokens
    return end + 1 < len(toks) and toks[end].text in _SEPARATORS | {";"} \
        and match_title(sent, end + 1, known, allow_lower=True) is not None


def _rank_at(sent: Sentence, p: int) -> bool:
    """'đại tá Trần Văn A': a rank right before a name is its title, in lower case too."""
    return any(tuple(sent.keys[p:p + n]) in vocabulary().ranks for n in (1, 2))


def _title_with_parent_before(sent: Sentence, end: int, limit: int, known: set[str]) -> TitlePhrase | None:
    """A title, a comma, then its body's parent, then the name: the title is the first part."""
    for p in range(max(limit, end - 12), end):
        body = match_body(sent, p, known)
        if body and body.end == end and p - 1 > limit and sent.tokens[p - 1].text == ",":
            for q in range(max(limit, p - 20), p - 1):
                title = match_title(sent, q, known)
                if title and title.end == p - 1 and title.body is not None and _clean_between(sent, q, p - 1):
                    return TitlePhrase(title.start, end, title.role, title.body, title.written)
    return None


def _clean_between(sent: Sentence, p: int, end: int) -> bool:
    """A title before a name may not contain a person marker ('đồng chí', 'đ/c') or a sentence break; the
    'đồng' of 'Hội đồng' is no marker ('Chủ tịch Hội đồng nhân dân tỉnh Nguyễn Văn A')."""
    keys = sent.keys[p:end]
    return not any(k in (";", ":", ".", "đ/c") or (k == "đồng" and keys[n + 1:n + 2] == ["chí"])
                   for n, k in enumerate(keys))


def _titles_after(sent: Sentence, occ: Occurrence, known: set[str]) -> int:
    """Apposition: ', T1, T2' or ' - T1 - T2' or ' (T1)'; returns the index after the entry."""
    toks = sent.tokens
    k = occ.end
    status = "current"  # 'X, nguyên Tỉnh ủy viên, Bí thư Huyện ủy': 'nguyên' covers the rest of the list
    joined = _joined_title(sent, k, known)
    while joined:  # 'Lê Văn An Tỉnh ủy viên', 'bà X phó chủ tịch UBND phường': no separator written,
        occ.titles.append(TitleUse(joined, "new" if toks[k].key in _NEW else status))
        k = joined.end  # nor between two titles: 'ông X Phó Bí thư Chủ tịch UBND xã'
        joined = _joined_title(sent, k, known) if joined.body is None else None
    while k < len(toks) and (toks[k].text in _SEPARATORS or _last_title_after_semicolon(sent, k, known)):
        j = k + 1
        if j < len(toks) and toks[j].key in _FORMER:
            status, j = "former", j + 1
        new = j < len(toks) and toks[j].key in _NEW
        j += new
        title = match_title(sent, j, known, allow_lower=True)
        if title and _chain_ends_in_name(sent, title, known):
            break  # 'X, Phó Bí thư Thành ủy Y đánh giá', 'X, T1 - T2 Y': the titles are Y's, written before Y's name
        if not title:
            skipped = _birth_clause(sent, j) or _unknown_title_before_title(sent, j, known)
            if skipped:
                k = skipped
                continue
            break
        occ.titles.append(TitleUse(title, "new" if new else status))
        k = title.end
        if k < len(toks) and toks[k].text == ")":
            k += 1
        after_term = term_end(sent, k)  # 'Đại biểu HĐND huyện khóa XIX – Bí thư …': the list goes on after a term
        if after_term > k and after_term < len(toks) and toks[after_term].text in _SEPARATORS:
            k = after_term
    return k


def _last_title_after_semicolon(sent: Sentence, k: int, known: set[str]) -> bool:
    """'đ/c X, QUV – Bí thư Đảng ủy; Chủ tịch HĐND phường.': a title after ';' that ends the sentence is one
    more post of the same person (a list of persons would name the next one)."""
    toks = sent.tokens
    if toks[k].text != ";":
        return False
    title = match_title(sent, k + 1, known)
    return title is not None and (title.end == len(toks) or toks[title.end].text in (".", "!"))


def _joined_title(sent: Sentence, k: int, known: set[str]) -> TitlePhrase | None:
    """A title written right after the name with no separator: 'Lê Văn An Tỉnh ủy viên', or in lower case
    ('Đồng chí X ủy viên ban thường vụ huyện ủy, phó chủ tịch UBND huyện'); 'tân' marks the new holder.
    A lower-case title must end where the entry does (a separator, a verb or the sentence's end)."""
    toks = sent.tokens
    if k < len(toks) and toks[k].key in _NEW:
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return None
    lower = not toks[k].is_capitalized
    title = match_title(sent, k, known, allow_lower=lower)
    if title is None or match_name(sent, title.end, known):
        return None
    if lower and title.end < len(toks) and not (toks[title.end].text in _SEPARATORS | {";", "."}
                                                or _boundary(sent, title.end)):
        return None
    return title


def _chain_ends_in_name(sent: Sentence, title: TitlePhrase, known: set[str]) -> bool:
    """Whether the title, and the titles joined to it by dashes or commas, run straight into a name."""
    toks = sent.tokens
    k = title.end
    for step in range(8):
        if match_name(sent, k, known):
            return True
        name = match_name(sent, k + 1, known) if step == 0 and k + 1 < len(toks) and toks[k].text in _DASHES else None
        if name and not _has_apposition(sent, name[1], known):
            return True  # 'X – T1, T2 - Y cùng dự': T2 is Y's, written before Y's name
        if k + 1 < len(toks) and toks[k].text in ("-", "–", ","):
            nxt = match_title(sent, k + 1, known, allow_lower=True)
            if nxt:
                k = nxt.end
                continue
        return False
    return False


def _unknown_title_before_title(sent: Sentence, j: int, known: set[str]) -> int | None:
    """'X, UVT.Ư Đảng, Bí thư Tỉnh ủy': a short chunk the vocabulary does not know, between two commas,
    followed by a title it does know, is passed over instead of ending the apposition."""
    keys = sent.keys
    k = j
    while k < len(keys) and keys[k] not in (",", ";", ":") and k - j < 5:
        k += 1
    if k >= len(keys) or keys[k] != "," or k == j or match_name(sent, j, known):
        return None
    if any(_boundary(sent, m) for m in range(j, k)):
        return None
    return k if match_title(sent, k + 1, known) else None


def _boundary(sent: Sentence, k: int) -> bool:
    tok = sent.tokens[k]
    return tok.is_word and not tok.is_capitalized and not tok.is_acronym


def _birth_clause(sent: Sentence, j: int) -> int | None:
    """'X, sinh ngày 28/10/1969, T1': the birth date inside an apposition is skipped, not a stop; in parentheses
    ('X (SN 1971) từng giữ …') it ends at the closing one."""
    keys = sent.keys
    if j < len(keys) and keys[j] in ("sinh", "sn"):
        closing = ")" if j > 0 and keys[j - 1] == "(" else ","
        k = j + 1
        while k < len(keys) and keys[k] not in (",", ";", ".", ")"):
            k += 1
        if closing == ")":
            return k + 1 if k < len(keys) and keys[k] == ")" and k + 1 < len(keys) and keys[k + 1] == "," else None
        return k if k < len(keys) and keys[k] == "," else None
    return None


_GROUP_ENDS = {"chí", "đ/c", "vị"}


def _cued_posts(sent: Sentence, occurrences: list[Occurrence], known: set[str]) -> None:
    """'X … làm Trưởng đoàn', 'X được bầu giữ chức Bí thư': the title goes to the nearest person before."""
    keys = sent.keys
    ends = [o.entry_end for o in occurrences]
    k = 0
    while k < len(keys):
        cue = cue_at(keys, k)
        if not cue or _plural_subject(keys, k):  # 'cùng các đồng chí là Ủy viên …': not the person's
            k += 1
            continue
        length, status = cue
        after = past_skipped(keys, k + length)
        title = match_title(sent, after, known, allow_lower=True)
        if title is None and status == "new" and _ends_clause(keys, after):
            title = _title_named_before(sent, k, known)  # 'Chức danh T, ngoài ông A tái đắc cử, …'
        n = bisect.bisect_right(ends, k) - 1  # the last person whose entry ends before the cue
        owner = occurrences[n] if n >= 0 else None
        if title and owner and all(t.title.start != title.start for t in owner.titles):
            implied = _group_of_sentence(sent, owner.start, known) if title.body is None else None
            titles = [title] + _more_titles(sent, title.end, known)
            for person in _coordinated(occurrences, n):
                person.titles.extend(TitleUse(t, status, implied if t is title else None) for t in titles)
            k = titles[-1].end
        else:
            k += length


_PLURAL_ADDRESS = {"ông", "bà", ",", "vị", "đồng", "chí", "đ/c"}


def _plural_subject(keys: list[str], cue: int) -> bool:
    """'các đồng chí là Ủy viên …', 'các ông bà là đại biểu HĐND xã', 'các ông, bà là …': a cue whose subject is a
    plural address speaks of a group, not of the person named before it."""
    k = cue - 1
    while k >= 0 and keys[k] in _PLURAL_ADDRESS and cue - k <= 4:
        k -= 1
    return k < cue - 1 and k >= 0 and keys[k] == "các" or (cue > 0 and keys[cue - 1] in _GROUP_ENDS)


def _ends_clause(keys: list[str], k: int) -> bool:
    """'ông A tái đắc cử,', 'ông B đảm nhiệm chức vụ này': a cue whose title is not written after it."""
    return k >= len(keys) or keys[k] in (",", ".", ";", "này")


def _title_named_before(sent: Sentence, cue: int, known: set[str]) -> TitlePhrase | None:
    """The last title the sentence names after 'chức danh' or 'chức vụ' before the cue: the post it speaks of."""
    keys = sent.keys
    found = None
    for k in range(1, cue - 1):
        if keys[k - 1] == "chức" and keys[k] in ("danh", "vụ"):
            found = match_title(sent, k + 1, known, allow_lower=True) or found
    return found if found is not None and found.end <= cue else None


def _more_titles(sent: Sentence, k: int, known: set[str]) -> list[TitlePhrase]:
    """'giữ chức Phó Bí thư Huyện ủy, Chủ tịch UBND huyện': the titles listed after the cued one."""
    out = []
    while k < len(sent.tokens) and sent.tokens[k].text == ",":
        title = match_title(sent, k + 1, known, allow_lower=True)
        if not title or match_name(sent, title.end, known):
            break
        out.append(title)
        k = title.end
    return out


def _coordinated(occurrences: list[Occurrence], n: int) -> list[Occurrence]:
    """'Ông A và ông B được bầu giữ chức …': the persons joined to the n-th by 'và' share its cued title."""
    last = occurrences[n]
    keys = last.sentence.keys
    out = [last]
    while n > 0:
        gap = keys[occurrences[n - 1].entry_end:occurrences[n].start]
        if "và" not in gap or not set(gap) <= {"và", "ông", "bà", "đồng", "chí", ","}:
            break
        n -= 1
        out.insert(0, occurrences[n])
    return out


def _group_of_sentence(sent: Sentence, before: int, known: set[str]) -> TitlePhrase | None:
    """The first body named before the person: 'Đoàn kiểm tra … do đồng chí X … làm Trưởng đoàn'."""
    for p in range(0, before):
        body = match_body(sent, p, known)
        if body:
            return body  # type: ignore[return-value]
    return None
