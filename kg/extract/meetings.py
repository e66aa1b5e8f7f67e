"""Events and who took part: the dated sentences that open a meeting, a conference or a congress, the chairs
and attendees named in them and in the sentences up to the next event, and mergers of wards or districts."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..model import Body, Event, Facts, Participation
from ..reader import Article
from ..text import fold
from .setting import Setting, resolve_place
from .absence import absent, heard, honoured, regarded
from .dates import (EventDate, find_dates, planned, with_anniversary_year, with_stated_year, with_year_of_account,
                    with_year_of_day, with_year_of_month, years_of_dated_days, years_of_days,
                    years_of_months)
from .elections import named_in_result
from .events import (CHAIR_CUES, SPEECH_CUES, cue_positions, event_kind, has_cue, is_attendance_sentence,
                     leads_something, lists_members, lists_those_present, merger_cue, presented_by, roles_in_event_sentence, stands_alone, topic_of)
from .leads import (dated_lead, headed_entry, held_in_dated_lead, lead_event_without_date,
                    named_event, opening_at_the_event, opens_with_entry, refers_back,
                    another_event_that_day)
from .parsed import Parsed, written_name
from .past import tells_another_time
from .persons import Occurrence
from .photos import describes_a_photo
from .phrases import BodyPhrase
from .recipients import recipients
from .tokens import Sentence


def find_events(parsed: list[Parsed], article: Article, facts: Facts) -> None:
    reference = article.reference_date
    years = years_of_days([item.sentence.text for item in parsed])
    dated = [(i, _recent_first(with_year_of_day(_with_years_stated(find_dates(item.sentence.text, reference),
                                                                   item.sentence.text), years), reference))
             for i, item in enumerate(parsed) if not item.sentence.caption]
    dated = _years_of_accounts(_dates_written_alone(dated, parsed), parsed)
    months = years_of_months([article.title or ""] + [item.sentence.text for item in parsed])
    dated = [(i, with_year_of_month(dates, months)) for i, dates in dated]
    days = years_of_dated_days([dates for _, dates in dated])
    dated = [(i, with_year_of_day(dates, days)) for i, dates in dated]
    starts = []
    for index, dates in dated:
        item = parsed[index]
        if not dates or planned(item.sentence.text, dates[0]) or (starts and refers_back(item.sentence, dates[0])):
            continue
        kind = event_kind(item.sentence, _in_bodies(item))
        if kind is None and item.persons:
            cue = has_cue(item.sentence.keys, CHAIR_CUES)
            kind = ("meeting", cue) if cue is not None else None  # 'Sáng 5/4, đồng chí X chủ trì …'
        kind = kind or held_in_dated_lead(item.sentence, dates[0])
        if kind is not None and (item.persons or item.bodies or named_event(item.sentence, kind)
                                 or dated_lead(dates[0], kind, item.sentence.text)):
            starts.append((index, dates[0], kind))
    lead = lead_event_without_date(parsed, article)
    if lead and (not starts or (lead[0][0] < starts[0][0] and not dict(dated).get(lead[0][0]))):
        starts = lead + starts  # 'Vừa qua, Đảng ủy xã tổ chức Đại hội …' above a dated sentence about another day
    told_back = _told_back(starts, parsed)
    keys = [_day_key(parsed, start) for start in starts]
    seen = set()
    for n, (index, when, kind) in enumerate(starts):
        key = keys[n]
        if key in seen:
            continue
        seen.add(key)
        item = parsed[index]
        chairs, attendees = _roles(parsed[index])
        # the sentences up to the next event are about this one; so are those after a later sentence that
        # names this event's day again (a lead repeated under the title, 'Sáng 12-6, … Đại hội …')
        for m, (again, later, _) in enumerate(starts[n:], start=n):
            if m > n and keys[m] != key:
                continue
            stop = _end_of_account(starts, m, told_back, len(parsed))
            more_chairs, more_attendees = _participants_after(parsed, again + 1, stop,
                                                              when.date.year if when.date else None)
            if m > n:
                more_chairs, more_attendees = _merge_roles(_roles(parsed[again]),
                                                           (more_chairs, more_attendees))
            chairs += [c for c in more_chairs if c not in chairs]
            attendees += more_attendees
        if n == 0 and not chairs and not attendees:
            chairs = _leaders_named_before(parsed, index)
        # the person the lead says the event honours does not take part in it when named again ('Nhân kỷ niệm …
        # ngày sinh đồng chí X (…) … Đoàn vào viếng nhà thờ đồng chí X có …')
        remembered = honoured(item)
        chairs = [c for c in chairs if c not in remembered]
        attendees = [a for a in attendees if a not in remembered]
        participants = tuple(Participation(p, "chair") for p in dict.fromkeys(chairs)) + tuple(
            Participation(p, "attendee") for p in dict.fromkeys(attendees) if p not in chairs)
        topic_at = _topic_start(item.sentence, kind[1])
        bodies = tuple(dict.fromkeys(b.name for b in (_resolved_name(p, facts) for p in item.bodies
                                                      if p.start < topic_at) if b))
        if kind[0] == "meeting" and not participants and not (bodies and stands_alone(item.sentence, kind[1])):
            continue  # a working session that names nobody is not reported; a council's session names its body
        if kind[0] == "merger":
            continue  # a merger is stated with the units it joins (find_mergers); a dated lead names none
        facts.events.append(Event(kind[0], _label(item.sentence, kind[1]), when.date, item.mention,
                                  when.part_of_day, when.text, participants, bodies,
                                  topic_of(item.sentence, kind[1]), month_day=(when.month, when.day)))


def _day_key(parsed: list[Parsed], start: tuple[int, EventDate, tuple[str, int]]) -> tuple:
    """The day an event start tells; starts with one key tell one event (a lead repeated under the title), unless
    the sentence says it is another event that day ('Cũng trong chiều 15/10, …'): its key is its own."""
    index, when, _ = start
    day = (when.date, when.month, when.day)
    return day + (index,) if another_event_that_day(parsed[index].sentence.text, when) else day


def _in_bodies(item: Parsed) -> set[int]:
    return {k for phrase in item.bodies for k in range(phrase.start, phrase.end)}


_ALONE_REACH = 2  # sentences after a date written alone that may hold its event: 'Tại hội trường UBND xã.' between


def _dates_written_alone(dated: list[tuple[int, list[EventDate]]],
                         parsed: list[Parsed]) -> list[tuple[int, list[EventDate]]]:
    """'Sáng ngày 20/6/2021. Tại hội trường UBND xã. Hội Cựu chiến binh xã tổ chức Đại hội …': a date written as a
    sentence of its own dates the next sentence with an event word, when none between has a date of its own."""
    out = list(dated)
    for n, (index, dates) in enumerate(dated):
        if not dates or parsed[index].sentence.text.strip(" .,:;") != dates[0].text:
            continue
        for m in range(n + 1, min(n + 1 + _ALONE_REACH, len(dated))):
            later, own = dated[m]
            if own:
                break
            if event_kind(parsed[later].sentence, _in_bodies(parsed[later])) is not None:
                out[m] = (later, [replace(d, start=0, end=0) for d in dates])
                break
    return out


def _with_years_stated(dates: list[EventDate], sentence: str) -> list[EventDate]:
    return with_stated_year(with_anniversary_year(dates, sentence), sentence)


_ACCOUNT_LENGTH = 8  # sentences after a dated one that may still tell its event


def _years_of_accounts(dated: list[tuple[int, list[EventDate]]],
                       parsed: list[Parsed]) -> list[tuple[int, list[EventDate]]]:
    """Each sentence's dates whose year is unknown take the one year stated by the sentences after it, up to
    the next dated sentence, and by those before it in its paragraph that date nothing ('Thực hiện chương trình
    công tác năm 2023. Chào mừng … (02/09/1945 - 02/09/2023). Tối ngày 01/09, …') (with_year_of_account)."""
    out = []
    own_dates = dict(dated)
    for n, (index, dates) in enumerate(dated):
        if dates and any(d.date is None for d in dates):
            stop = next((i for i, later in dated[n + 1:] if later), len(parsed))
            account = [item.sentence.text for item in parsed[index + 1:min(stop, index + 1 + _ACCOUNT_LENGTH)]
                       if not item.sentence.caption]
            dates = with_year_of_account(dates, _opening_of_paragraph(parsed, index, own_dates) + account)
        out.append((index, dates))
    return out


def _opening_of_paragraph(parsed: list[Parsed], index: int, own_dates: dict[int, list[EventDate]]) -> list[str]:
    """The sentences of the paragraph before sentence `index`, back to one that dates something of its own."""
    out: list[str] = []
    k = index - 1
    while k >= 0 and parsed[k].paragraph == parsed[index].paragraph and not own_dates.get(k):
        if not parsed[k].sentence.caption:
            out.insert(0, parsed[k].sentence.text)
        k -= 1
    return out


def _recent_first(dates: list[EventDate], reference: date | None) -> list[EventDate]:
    """'Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), ngày 11/7, …': a day years
    before publication is what the event remembers; another date of the sentence dates the event."""
    if reference is None:
        return dates
    recent = [d for d in dates if d.date is None or d.date.year >= reference.year - 1]
    return recent + [d for d in dates if d not in recent] if recent else dates


def _opens_a_list(sent: Sentence) -> bool:
    keys = sent.keys
    return is_attendance_sentence(sent) and bool(keys) and keys[-1] in (":", "có", "chí")


def _leaders_named_before(parsed: list[Parsed], index: int) -> list[str]:
    """'… thành lập 3 đoàn công tác, đoàn 1 do đồng chí X … làm trưởng đoàn …' above 'Thời gian các đoàn công
    tác làm việc … từ ngày 17/4 …': when the first event names no one from its date on, the leaders that the
    sentences before it name with a chair cue lead it (who is said to attend there is left out)."""
    chairs: list[str] = []
    for item in parsed[:index]:
        if item.sentence.caption or not item.persons or has_cue(item.sentence.keys, CHAIR_CUES) is None:
            continue
        chairs += [c for c in _roles(item)[0] if c not in chairs]
    return chairs


def _told_back(starts: list[tuple[int, EventDate, tuple[str, int]]], parsed: list[Parsed]) -> set[int]:
    """The starts that recall an earlier day in the account of the lead event and name no one who takes part in it
    (only the person a decision was about, or no one at all: 'Sáng 12/1, …
    hội nghị … Ngày 20/11/2020, Huyện ủy đã làm việc với 5 xã. Phát biểu tại hội nghị, …'): they do not cut
    the lead event's account, and the sentences after them are not theirs."""
    first = starts[0][1].date if starts else None
    return {n for n, (index, when, _) in enumerate(starts) if n > 0 and first is not None and when.date is not None
            and when.date < first and not _takes_part(parsed[index])}


def _takes_part(item: Parsed) -> bool:
    """Whether the sentence names someone who may take part: not only the person a decision is about ('… ban hành
    Nghị quyết xác nhận kết quả bầu … đối với đồng chí X') or whom an event honours."""
    away = regarded(item) | honoured(item)
    return any(occ.name not in away for occ in item.persons)


def _end_of_account(starts: list[tuple[int, EventDate, tuple[str, int]]], m: int, told_back: set[int],
                    end: int) -> int:
    """Where the sentences about start m end: at the next start that is not a day told back, or right after
    start m when it is one."""
    if m in told_back:
        return starts[m][0] + 1
    return next((starts[k][0] for k in range(m + 1, len(starts)) if k not in told_back), end)


def _roles(item: Parsed) -> tuple[list[str], list[str]]:
    """Chairs and attendees of a sentence that names who took part, without the person the event honours."""
    chairs, attendees = roles_in_event_sentence(item.persons)
    away = honoured(item) | (regarded(item) - set(recipients(item)))
    return [c for c in chairs if c not in away], [a for a in attendees if a not in away]


def _merge_roles(first: tuple[list[str], list[str]], second: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    return first[0] + second[0], first[1] + second[1]


def _topic_start(sent: Sentence, after: int) -> int:
    keys = sent.keys
    return next((k for k in range(after, len(keys)) if keys[k] == "về"), len(keys))


def _participants_after(parsed: list[Parsed], first: int, stop: int,
                        year: int | None = None) -> tuple[list[str], list[str]]:
    """Chairs and attendees named in the sentences after the event sentence, up to the next event:
    'Cùng dự có các đồng chí …', '… chủ trì hội nghị', 'Phát biểu tại hội nghị, đồng chí X …'; not in a
    sentence about another time ('Trước đó, …', 'Năm 2019, …' before the event's `year`)."""
    chairs: list[str] = []
    attendees: list[str] = []
    # the sentence before named those who attended: a list may run on into the next one (the event's own
    # sentence too: '… tổ chức hội nghị. Đến dự, về cấp huyện có …' read as one)
    listing = first > 0 and not parsed[first - 1].sentence.caption and is_attendance_sentence(parsed[first - 1].sentence)
    for item in parsed[first:stop]:
        sent = item.sentence
        if listing and sent.caption and item.persons and _entry_line(item):
            attendees += [o.name for o in item.persons]  # '+ Bà X – Bí thư chi bộ' under 'Tới dự có:'
            continue
        if sent.caption or not item.persons or describes_a_photo(sent.text) or tells_another_time(sent.text, year):
            # 'Tham dự hội nghị có các đồng chí:' with the entries in the paragraphs below
            listing = (listing and sent.caption) or _opens_a_list(sent)
            continue
        was_listing, listing = listing, False
        if leads_something(sent.keys):
            c, a = _roles(item)
            chairs += c
            if is_attendance_sentence(sent) or lists_members(sent):
                attendees += a
            else:
                attendees += [n for n in _speakers(item) if n not in c]
        elif is_attendance_sentence(sent) or lists_those_present(sent) \
                or (was_listing and (opens_with_entry(item) or headed_entry(item) or _goes_on_with_others(item))):
            away = honoured(item) | (regarded(item) - set(recipients(item)))  # a former official listed took part
            attendees += [o.name for o in item.persons if o.name not in away]
            listing = True
        else:
            attendees += _speakers(item)
    return chairs, attendees


def _entry_line(item: Parsed) -> bool:
    """A line with no full stop (read as a caption) under a list of those who attended, that is a list's item:
    it holds entries only, after a list marker or none ('+ Bà X – Bí thư chi bộ', 'Đồng chí Y – Chủ tịch UBND
    xã'), not a photo's caption ('Đồng chí X phát biểu tại hội nghị')."""
    return bool(item.sentence.keys) and opens_with_entry(item)


def _goes_on_with_others(item: Parsed) -> bool:
    """'Đồng chí X - Bí thư Đảng ủy cùng các đồng chí trong Thường trực …' after a list of those who attended:
    a sentence that opens with a person's entry and goes on with 'cùng' and the others there, no verb of its own
    (a speech cue would make it a speech), continues the list."""
    keys = item.sentence.keys
    first = item.persons[0]
    opening = min([first.start, *(t.title.start for t in first.titles)])
    if set(keys[:opening]) - _ENTRY_MARKERS or has_cue(keys, SPEECH_CUES) is not None:
        return False
    end = first.entry_end
    return end + 1 < len(keys) and keys[end] == "cùng" and keys[end + 1] in _OTHERS_THERE


_ENTRY_MARKERS = {"đồng", "chí", "ông", "bà", "đ/c", "-", "–", "•", "+"}
_OTHERS_THERE = {"các", "đại", "lãnh", "đồng", "toàn", "thường"}  # 'cùng các đồng chí', 'cùng đại diện', 'cùng lãnh đạo'


def _speakers(item: Parsed) -> list[str]:
    """The subject of a speech verb took part: 'X phát biểu', 'Phát biểu tại hội nghị, X nhấn mạnh …';
    a person named after the verb is its object ('thông báo quyết định … phân công ông Y'); so did the agent
    of a report presented ('Báo cáo … do đồng chí X trình bày'), and whoever received an award or a decision
    there (recipients); not one the sentence shows away ('gửi lẵng hoa chúc mừng')."""
    agents = [o.name for o in item.persons if presented_by(item.sentence.keys, o)]
    away = absent(item) | honoured(item) | (regarded(item) - set(recipients(item)))
    return [n for n in dict.fromkeys(agents + _subjects_of_speech(item) + recipients(item) + heard(item)
                                     + named_in_result(item) + _subject_at_the_event(item)) if n not in away]


_SUBJECT_MARKERS = {"đồng", "chí", "ông", "bà", "đ/c"}


def _subject_at_the_event(item: Parsed) -> list[str]:
    """'Tại hội nghị, đồng chí X … thông tin về …': the subject of a sentence that opens at the event was there,
    whatever the verb; not a person named further on ('Tại kỳ họp, các đại biểu đã bầu ông Y …': the object)."""
    comma = opening_at_the_event(item.sentence)
    if comma is None or not item.persons:
        return []
    first = item.persons[0]
    begins = min([first.start, *(t.title.start for t in first.titles)])
    return [first.name] if begins > comma and set(item.sentence.keys[comma + 1:begins]) <= _SUBJECT_MARKERS else []


def _subjects_of_speech(item: Parsed) -> list[str]:
    in_bodies = _in_bodies(item)
    # nor does a person's title: 'X, Trưởng phòng Văn hóa và Thông tin huyện', 'Y, Trưởng Ban Chỉ đạo Đại hội'
    in_bodies |= {k for occ in item.persons for t in occ.titles for k in range(t.title.start, t.title.end)}
    # 'Ban Chỉ đạo của huyện gồm: …' names a body, not a speech
    cue = next((k for k in cue_positions(item.sentence.keys, SPEECH_CUES) if k not in in_bodies), None)
    if cue is None:
        return []
    persons = [o for o in item.persons if not _former_only(o)]
    before = [o.name for o in persons if o.start < cue]
    if before:  # and a later subject of its own cue: '…; ông Y trúng cử chức vụ Chủ tịch UBND xã'
        return before + [o.name for o in persons if o.start > cue and _subject_of_cue(item.sentence.keys, o)]
    first_clause_end = next((k for k in range(cue, len(item.sentence.keys)) if item.sentence.keys[k] == ","), None)
    if cue <= 1 and first_clause_end is not None:
        after = [o for o in persons if o.start > first_clause_end]
        return [after[0].name] if after else []
    return []


_BEFORE_VERB = {"đã", "cũng", "tiếp", "tục", "được", "vừa"}


def _subject_of_cue(keys: list[str], occ: Occurrence) -> bool:
    """The person's entry runs straight into a speech cue, give or take 'đã', 'cũng', 'tiếp tục'."""
    k = occ.entry_end
    while k < len(keys) and keys[k] in _BEFORE_VERB and has_cue(keys, SPEECH_CUES, k, k + 1) is None:
        k += 1
    return has_cue(keys, SPEECH_CUES, k, k + 1) is not None


def _former_only(occ: Occurrence) -> bool:
    return bool(occ.titles) and all(t.status == "former" for t in occ.titles)


def _resolved_name(phrase: BodyPhrase, facts: Facts) -> Body | None:
    written = written_name(phrase)
    for body in facts.bodies.values():
        if written and (fold(body.name) == fold(written) or fold(written) in {fold(a) for a in body.aliases}):
            return body
    return None


def _label(sent: Sentence, at: int) -> str:
    keys = sent.keys
    end = at
    while end < len(keys) and keys[end] not in ("về", ".", ";", ",") and end - at < 14:
        end += 1
    return sent.between(at, end)


def find_mergers(parsed: list[Parsed], setting: Setting, facts: Facts) -> None:
    for item in parsed:
        cue = merger_cue(item.sentence)
        if cue is None:
            continue
        units = [p for p in item.places if p.start > cue and p.name and p.level in ("ward", "district")]
        if len(units) < 2:
            continue
        places = [resolve_place(p, setting) for p in units]
        keys = tuple(dict.fromkeys(p.key for p in places if p and p.key in facts.places))
        if len(keys) < 2:
            continue  # a merger names at least two units the graph knows as places
        label = item.sentence.between(cue, units[-1].end)
        facts.events.append(Event("merger", label, None, item.mention, places=keys,
                                  bodies=()))
