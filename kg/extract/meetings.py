"""Events and who took part: the dated sentences that open a meeting, a conference or a congress, the chairs
and attendees named in them and in the sentences up to the next event, and mergers of wards or districts."""
from __future__ import annotations

from ..model import Body, Event, Facts, Participation
from ..reader import Article
from ..text import fold
from .setting import Setting, resolve_place
from .absence import absent, heard, honoured, regarded
from .dates import EventDate, planned
from .event_dates import dated_sentences, in_bodies
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
    dated = dated_sentences(parsed, article)
    starts = []
    for index, dates in dated:
        item = parsed[index]
        if not dates or planned(item.sentence.text, dates[0]) or (starts and refers_back(item.sentence, dates[0])):
            continue
        kind = event_kind(item.sentence, in_bodies(item))
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
    keys = _day_keys(starts, parsed, told_back)
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
        if n == 0:
            before = _told_before(parsed, index, kind[0], dict(dated))
            chairs += [c for c in before[0] if c not in chairs]
            attendees += before[1]
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


def _day_keys(starts: list[tuple[int, EventDate, tuple[str, int]]], parsed: list[Parsed],
              told_back: set[int]) -> list[tuple]:
    """Each start's day key. A later start of a day already told is another event that day, not the lead told
    again, when it opens a paragraph with its date, tells another kind of event than each earlier start of that
    day, and the persons its account names share none with theirs, which all name someone (a digest of the day's
    news: 'Chiều 16-7, đồng chí X … làm việc với …' then 'Chiều 16-7, Ban Thường trực … tổ chức Hội nghị …
    Tham dự có Y, Z')."""
    keys: list[tuple] = []
    people: dict[int, set[str]] = {}

    def taking_part(m: int) -> set[str]:
        if m not in people:
            index, when, _ = starts[m]
            stop = _end_of_account(starts, m, told_back, len(parsed))
            after = _participants_after(parsed, index + 1, stop, when.date.year if when.date else None)
            people[m] = {name for names in (*_roles(parsed[index]), *after) for name in names}
        return people[m]

    for n, start in enumerate(starts):
        key = _day_key(parsed, start)
        same_day = [m for m in range(n) if keys[m][:3] == key]
        if same_day:
            shared = [m for m in same_day if taking_part(n) & taking_part(m)]
            if shared:
                key = keys[shared[0]]
            elif (taking_part(n) and all(taking_part(m) and starts[m][2][0] != start[2][0] for m in same_day)
                  and _opens_paragraph_with_date(parsed, start[0], start[1])):
                key = key + (start[0],)
        keys.append(key)
    return keys


def _opens_paragraph_with_date(parsed: list[Parsed], index: int, when: EventDate) -> bool:
    """The sentence opens its paragraph and its day opens the sentence ('Ngày 08/5/2019, Đoàn giám sát …')."""
    first = index == 0 or parsed[index - 1].paragraph != parsed[index].paragraph
    return first and not parsed[index].sentence.text[:when.start].strip(" (-–•+")


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


def _told_before(parsed: list[Parsed], index: int, kind: str,
                 own_dates: dict[int, list[EventDate]]) -> tuple[list[str], list[str]]:
    """'Bí thư Huyện ủy X dự và chỉ đạo Đại hội.' above 'Sáng 5/1, Đảng bộ xã tổ chức Đại hội …': a sentence before
    the first event's lead, with no date of its own, that names the same kind of event and says who attended or
    chaired it tells of that event."""
    chairs: list[str] = []
    attendees: list[str] = []
    for k, item in enumerate(parsed[:index]):
        if item.sentence.caption or not item.persons or own_dates.get(k):
            continue
        said = event_kind(item.sentence, in_bodies(item))
        if said is None or said[0] != kind:
            continue
        if leads_something(item.sentence.keys) or is_attendance_sentence(item.sentence):
            c, a = _roles(item)
            chairs += c
            attendees += a
    return chairs, attendees


def _told_back(starts: list[tuple[int, EventDate, tuple[str, int]]], parsed: list[Parsed]) -> set[int]:
    """The starts that recall an earlier day in the account of the lead event and name no one who takes part in it
    (only the person a decision was about, or no one at all: 'Sáng 12/1, …
    hội nghị … Ngày 20/11/2020, Huyện ủy đã làm việc với 5 xã. Phát biểu tại hội nghị, …'): they do not cut
    the lead event's account, and the sentences after them are not theirs."""
    first = starts[0][1].date if starts else None
    return {n for n, (index, when, _) in enumerate(starts) if n > 0 and first is not None and when.date is not None
            and when.date < first and not _takes_part(parsed[index])
            and not _paragraph_of_its_own(parsed, index, starts[n + 1][0] if n + 1 < len(starts) else len(parsed))}


def _paragraph_of_its_own(parsed: list[Parsed], index: int, stop: int) -> bool:
    """'Ngày 8/5, Ban Chỉ đạo … họp để triển khai … Đồng chí X, Trưởng Ban chủ trì cuộc họp.' in a digest of the
    week's news: an earlier day that opens its paragraph, whose next sentences there name who took part, tells an
    event of its own, not a day recalled in the lead event's account."""
    if index > 0 and parsed[index - 1].paragraph == parsed[index].paragraph:
        return False
    end = next((k for k in range(index + 1, stop) if parsed[k].paragraph != parsed[index].paragraph), stop)
    chairs, attendees = _participants_after(parsed, index + 1, end)
    return bool(chairs or attendees)


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
    named = in_bodies(item)
    # nor does a person's title: 'X, Trưởng phòng Văn hóa và Thông tin huyện', 'Y, Trưởng Ban Chỉ đạo Đại hội'
    named |= {k for occ in item.persons for t in occ.titles for k in range(t.title.start, t.title.end)}
    # 'Ban Chỉ đạo của huyện gồm: …' names a body, not a speech
    cue = next((k for k in cue_positions(item.sentence.keys, SPEECH_CUES) if k not in named), None)
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
