"""IRIs minted from content: the same name gives the same IRI in every run and every article.

Persons, bodies, places, roles and posts are identified by their names, so two
articles that name the same person meet at one IRI. Things that exist only in
one article (its post holdings, events, figures, sentences) live under the
article's IRI, and so do bodies the article names by a bare level ('Tỉnh ủy', 'UBND phường') without
ever naming the unit: two such articles may speak of two provinces.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rdflib import URIRef

from .text import fold, slug

DEFAULT_BASE = "https://w3id.org/vnkg/"
# How many IRIs the writers' caches keep (their terms, prefixes, short forms): a corpus worker meets new IRIs in
# every article, so each cache is cleared when full (a few MB; at 50,000 they held ~12 MB a worker)
CACHED_IRIS = 8_192


def name_id(name: str, key: str | None = None) -> str:
    """A readable ASCII slug plus 6 hex digits of the name's hash: the slug alone would merge names that
    differ only in their diacritics (Hùng and Hưng), while spelling variants (Thuý, Thúy) still meet."""
    digest = hashlib.sha256(fold(key or name).encode("utf-8")).hexdigest()[:6]
    return f"{slug(name)}-{digest}"


@dataclass(frozen=True)
class Minter:
    base: str = DEFAULT_BASE
    article_id: str | None = None  # the article whose `local_bodies` are minted under its IRI
    local_bodies: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def article(self, article_id: str) -> URIRef:
        return self._iri("article", slug(article_id))

    def dataset(self, article_id: str) -> URIRef:
        return self._iri("article", slug(article_id), "figures")

    def person(self, name: str) -> URIRef:
        return self._iri("person", name_id(name))

    def article_person(self, article_id: str, name: str) -> URIRef:
        """A person as one article names them: namesakes in different articles stay apart until the people
        layer (kg/people) resolves them into persons across articles."""
        return self._iri("article", slug(article_id), "person", name_id(name))

    def body(self, name: str) -> URIRef:
        return self._iri(*self._local(name), "org", name_id(name))

    def _local(self, body: str | None) -> tuple[str, ...]:
        """The article's path for a body of its own (named without its unit), or nothing."""
        if body and self.article_id is not None and body in self.local_bodies:
            return "article", slug(self.article_id)
        return ()

    def place(self, key: str) -> URIRef:
        # the path of enclosing units already tells same-named places apart
        return self._iri("place", *(slug(p) for p in key.split("/")))

    def place_resolution(self, article_id: str, key: str) -> URIRef:
        # the reading of a place is the article's (its date and context decide it), so it lives under the article
        return self._iri("article", slug(article_id), "place", *(slug(p) for p in key.split("/")))

    def role(self, role: str) -> URIRef:
        return self._iri("role", slug(role))

    def post(self, body: str | None, role: str) -> URIRef:
        # the body as its own IRI names it (slug and hash): two bodies whose slugs alone meet keep their posts apart
        return self._iri(*self._local(body), "post", name_id(body) if body else "unknown-body", slug(role))

    def term(self, body: str | None, article_id: str, ordinal: int | None, start: int | None,
             end: int | None) -> URIRef:
        """A body's term, the same in every article that states it alike: `term/<body>/khoa-15-2020-2025`;
        a term of no named body lives under the article."""
        key = "-".join([f"khoa-{ordinal}"] * (ordinal is not None) + [f"{start}-{end}"] * (start is not None))
        if body:
            return self._iri(*self._local(body), "term", name_id(body), key)
        return self._iri("article", slug(article_id), "term", key)

    def holding(self, article_id: str, person: str, title: str, status: str) -> URIRef:
        # the hash keeps apart what the slugs alone would merge: 'Nghĩa' and 'Nghìa', or two titles that
        # differ only in their diacritics, each a statement of its own
        suffix = "" if status == "current" else f"-{status}"
        digest = hashlib.sha256(f"{fold(person)}\t{fold(title)}".encode("utf-8")).hexdigest()[:6]
        return self._iri("article", slug(article_id), "holding", f"{slug(person)}--{slug(title)}{suffix}-{digest}")

    def event(self, article_id: str, kind: str, n: int) -> URIRef:
        return self._iri("article", slug(article_id), "event", f"{kind}-{n}")

    def observation(self, article_id: str, n: int) -> URIRef:
        return self._iri("article", slug(article_id), "figure", str(n))

    def mention(self, article_id: str, start: int, end: int) -> URIRef:
        # RFC 5147 style, as NIF does: the sentence's character range in the article text
        return URIRef(f"{self.article(article_id)}#char={start},{end}")
