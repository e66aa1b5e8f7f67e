"""Evidence that two groups of person records are one person, or two.

Everything here compares what the articles state: the name as written, the provinces of the posts, the
bodies and posts themselves and the titles as written, the other persons named beside them, and whether the
posts fit one life (one person does not lead bodies in two provinces, or a central and a provincial body, in
the same months). A name alone is never enough. The role and body words come from
kg/data/people_evidence.tsv.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from .provinces import any_related
from .records import Holding, Record

CLASH_DAYS = 90  # two current leading posts stated this close together are held at the same time
REFORM = "2025-07-01"  # the provinces merged: a head of the old province may head the new one weeks later
SAME_AT = 2.0  # the score at which two groups are one person


@dataclass
class Profile:
    """What a group of records (a person being built) states, for comparing it with another."""

    names: set[str] = field(default_factory=set)  # folded names as written
    provinces: set = field(default_factory=set)  # of the posts' bodies
    context: set = field(default_factory=set)  # of the places the articles name
    bodies: set[str] = field(default_factory=set)
    family: set[str] = field(default_factory=set)  # the bodies and the bodies they belong to
    posts: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)  # folded titles as written, of leading posts
    placed_titles: set[str] = field(default_factory=set)  # those that also name the body's place ('… Tây Ninh')
    companions: set[str] = field(default_factory=set)
    leads: list[tuple[str, str, object, str]] = field(default_factory=list)  # (role slug, body, place, date)
    seats: set[tuple[str, str, object]] = field(default_factory=set)  # (role slug, kind of body, province)
    articles: set[str] = field(default_factory=set)
    forbidden: set[str] = field(default_factory=set)  # record IRIs a decision keeps apart from this group
    members: set[str] = field(default_factory=set)

    def add(self, rec: Record) -> None:
        from ..text import fold, slug

        self.names.add(fold(rec.name))
        self.provinces |= rec.provinces
        self.context |= rec.context
        for h in rec.holdings:
            if h.body:
                self.bodies.add(h.body)
                self.family.add(h.body)
            if h.parent:
                self.family.add(h.parent)
            if h.post:
                self.posts.add(h.post)
            role = _slug(h.role)
            if role in vocabulary("lead") and h.status != "former" and (slug(h.title) != role
                                                                        or role in vocabulary("unique")):
                self.titles.add(fold(h.title))  # a title that names its body too ('Bí thư Tỉnh ủy'), not 'Chủ tịch'
                if role in vocabulary("unique") or _names_its_place(h):
                    self.placed_titles.add(fold(h.title))

            if role in vocabulary("lead") and h.body_name and h.provinces:
                self.seats.add((role, _kind_of_body(h), min(h.provinces)))
            when = h.date or rec.date
            if role in vocabulary("lead") and h.body and h.status == "current" and when:
                self.leads.append((role, h.body, _place(h), when))
        self.companions.update(rec.companions)
        self.articles.add(rec.article)
        self.members.add(rec.iri)

    def merge(self, other: Profile) -> None:
        for name in ("names", "provinces", "context", "bodies", "family", "posts", "titles", "placed_titles",
                     "companions",
                     "articles", "forbidden", "members", "seats"):
            getattr(self, name).update(getattr(other, name))
        self.leads.extend(other.leads)


@dataclass(frozen=True, slots=True)
class Verdict:
    same: bool  # enough evidence to join them
    conflict: str  # why they cannot be one person ('' when nothing speaks against it)
    score: float
    reasons: tuple[str, ...]


def compare(a: Profile, b: Profile) -> Verdict:
    """Whether two groups of records with the same name are one person, with the reasons."""
    if a.forbidden & b.members or b.forbidden & a.members:
        return Verdict(False, "a decision keeps them apart", 0.0, ("decision: different",))
    if not a.names & b.names:
        return Verdict(False, "", 0.0, ("the name is written with other diacritics",))
    if a.articles & b.articles:
        return Verdict(False, "one article names both apart", 0.0, ("one article names both apart",))
    clash = _clash(a, b)
    if clash:
        return Verdict(False, clash, 0.0, (clash,))
    reasons: list[str] = []
    score = 0.0
    strong = False  # evidence from the posts themselves, which may join persons named in different places
    if a.posts & b.posts:
        score, strong = score + 3, True
        reasons.append("same post")
    elif a.bodies & b.bodies:
        score, strong = score + 2, True
        reasons.append("same body")
    elif a.family & b.family:
        score += 1
        reasons.append("bodies in one hierarchy")
    same_body = strong  # the very post or body: the only evidence that outweighs posts in two provinces
    if a.placed_titles & b.placed_titles:
        score, strong = score + 2, True
        reasons.append("same title as written, naming its place")
    elif a.titles & b.titles:  # 'Phó Bí thư Tỉnh ủy' is held in every province: not enough across provinces
        score += 2
        reasons.append("same title as written")
    elif _same_seat(a.seats, b.seats):
        score, strong = score + 2, True
        reasons.append("same role in the same kind of body of one province (across the 2025 merger)")
    if a.provinces and b.provinces:
        if any_related(a.provinces, b.provinces):
            score += 1
            reasons.append("posts in the same province")
        elif not same_body:
            return Verdict(False, "posts in different provinces", score,
                           tuple(reasons + ["posts in different provinces"]))
    else:
        mine, theirs = a.provinces or a.context, b.provinces or b.context
        if mine and theirs and any_related(mine, theirs):
            score += 1
            reasons.append("articles about the same province")
        elif mine and theirs and not strong:
            return Verdict(False, "", score, tuple(reasons + ["articles about different provinces"]))
    shared = a.companions & b.companions
    if shared:
        score += min(1, len(shared))
        reasons.append(f"named with the same persons ({len(shared)})")
    return Verdict(score >= SAME_AT, "", score, tuple(reasons))


def _clash(a: Profile, b: Profile) -> str:
    """Posts that do not fit one life: one person heads one body of a kind at a time, and leads in one
    province (or at the centre) at a time. A group that itself leads in two places then (an article that
    names the post a person leaves and the one they take) clashes with neither."""
    for role, body, place, day in a.leads:
        for role2, body2, place2, day2 in b.leads:
            if body == body2 or not _together(day, day2):
                continue
            if role == role2 and role in vocabulary("head") and not (_places(a, day2) & _places(b, day)) - {""}:
                return "heads two bodies at the same time"
            if place and place2 and not _overlap(_places(a, day2), _places(b, day)):
                return "leads in two places at the same time"
    return ""


def _together(day: str, day2: str) -> bool:
    return (day < REFORM) == (day2 < REFORM) and abs(_days(day) - _days(day2)) <= CLASH_DAYS


def _places(p: Profile, day: str) -> set:
    return {place for _, _, place, when in p.leads if _together(when, day)}


def _overlap(xs: set, ys: set) -> bool:
    xs, ys = xs - {""}, ys - {""}
    if "central" in xs and "central" in ys:
        return True
    return any_related(xs - {"central"}, ys - {"central"})


def _same_seat(xs: set, ys: set) -> bool:
    from .provinces import related

    return any(r == r2 and k == k2 and related(p, p2) for r, k, p in xs for r2, k2, p2 in ys)


def _kind_of_body(h: Holding) -> str:
    """'Ủy ban nhân dân tỉnh Sóc Trăng' -> 'uy-ban-nhan-dan': the body's name without its place."""
    import re

    from ..text import slug

    name = slug(h.body_name)
    for province in h.provinces:
        name = re.sub(rf"-{re.escape(province.slug)}$", "", name)
    return re.sub(r"-(tinh|thanh-pho|tp)$", "", name)


def _names_its_place(h: Holding) -> bool:
    """Whether the title names the place of its body too: 'Bí thư Tỉnh ủy Tây Ninh', not 'Bí thư Tỉnh ủy'."""
    from ..text import fold

    words = fold(h.body_name).split()
    return bool(words) and words[-1] in fold(h.title).split()


def _place(h: Holding):
    """The province a post is in, 'central' for a central body, '' when the article does not say."""
    if h.provinces:
        return min(h.provinces)
    if any(word in h.body_name for word in vocabulary("central")):
        return "central"
    return ""


def _slug(role_iri: str) -> str:
    return role_iri.rstrip("/").rsplit("/", 1)[-1]


def _days(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


@functools.lru_cache(maxsize=None)
def vocabulary(kind: str) -> frozenset[str]:
    from importlib import resources

    text = resources.files("kg.data").joinpath("people_evidence.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(value.strip() for k, value in rows if k == kind)
