"""A read-only view of a graph, indexed in plain dicts, answering the few rdflib calls the site's writers make.

Rendering a site asks the graph hundreds of thousands of small questions (this node's labels,
who points here); rdflib's store answers each through its generic triple matcher. Two dicts
(subject → predicate → objects, predicate → object → subjects) answer them several times faster,
which is what keeps a page at a few milliseconds on an archive of a thousand articles.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph


class TripleIndex:
    def __init__(self, graph: Graph):
        self.spo: dict = {}
        self.pos: dict = {}
        self._namespaces = list(graph.namespaces())
        count = 0
        # sorted, so that value() and every listing answer the same whatever order the store keeps
        for s, p, o in sorted(graph, key=_order):
            self.spo.setdefault(s, {}).setdefault(p, []).append(o)
            self.pos.setdefault(p, {}).setdefault(o, []).append(s)
            count += 1
        self._len = count

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[tuple]:
        for s, by_p in self.spo.items():
            for p, objects in by_p.items():
                for o in objects:
                    yield s, p, o

    def __contains__(self, triple) -> bool:
        return next(iter(self.triples(triple)), None) is not None

    def namespaces(self):
        return iter(self._namespaces)

    def triples(self, pattern) -> Iterator[tuple]:
        s, p, o = pattern
        if s is not None:
            by_p = self.spo.get(s, {})
            for pred in ([p] if p is not None else list(by_p)):
                for obj in by_p.get(pred, ()):
                    if o is None or obj == o:
                        yield s, pred, obj
        elif p is not None:
            by_o = self.pos.get(p, {})
            for obj in ([o] if o is not None else list(by_o)):
                for subj in by_o.get(obj, ()):
                    yield subj, p, obj
        else:
            for triple in self:
                if o is None or triple[2] == o:
                    yield triple

    def objects(self, subject=None, predicate=None) -> Iterator:
        if subject is not None and predicate is not None:
            return iter(self.spo.get(subject, {}).get(predicate, ()))
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def subjects(self, predicate=None, object=None) -> Iterator:  # noqa: A002 - rdflib's name
        if predicate is not None and object is not None:
            return iter(self.pos.get(predicate, {}).get(object, ()))
        if predicate is None and object is None:
            return iter(self.spo)
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def predicates(self, subject=None, object=None) -> Iterator:  # noqa: A002 - rdflib's name
        if subject is not None and object is None:
            return iter(self.spo.get(subject, {}))
        return (p for _, p, _ in self.triples((subject, None, object)))

    def subject_objects(self, predicate=None) -> Iterator:
        return ((s, o) for s, _, o in self.triples((None, predicate, None)))

    def value(self, subject=None, predicate=None, object=None, default=None, any=True):  # noqa: A002
        """The first match, in the order of the graph the index was made from (as rdflib's Memory store)."""
        if object is None:
            found = next(self.objects(subject, predicate), None)
        else:
            found = next(self.subjects(predicate, object), None)
        return default if found is None else found


def _order(triple) -> tuple:
    s, p, o = triple
    return (str(s), str(p), type(o).__name__, str(o), getattr(o, "language", None) or "",
            str(getattr(o, "datatype", None) or ""))
