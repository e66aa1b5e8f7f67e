"""The store an article's graph is built on: rdflib's SimpleMemory, made cheaper to fill and to read.

The same three indexes (subject -> predicate -> object, predicate -> object -> subject, object -> subject ->
predicate), filled in the same order, so every lookup yields the same triples in the same order as
SimpleMemory. What differs is only the cost: an add looks a key up once instead of raising KeyError for each
new one (most adds make new keys); a lookup hands back one shared empty tuple as a triple's contexts instead
of a new generator per triple (there are none: the store is not context-aware); and `len` counts the index's
objects instead of walking every triple. In a corpus worker, rdflib's adds, lookups and counts were about a
fifth of its CPU.
"""
from __future__ import annotations

from rdflib.plugins.stores.memory import SimpleMemory

_NO_CONTEXTS: tuple = ()  # SimpleMemory yields an empty generator: iterated alike


class ArticleMemory(SimpleMemory):
    removed = False  # a removal may leave empty inner dicts: by_subject then reads the graph instead

    def remove(self, triple_pattern, context=None) -> None:
        self.removed = True
        super().remove(triple_pattern, context)

    def add(self, triple, context, quoted: bool = False) -> None:
        subject, predicate, obj = triple
        po = self._SimpleMemory__spo.get(subject)
        if po is None:
            po = self._SimpleMemory__spo[subject] = {}
        objects = po.get(predicate)
        if objects is None:
            objects = po[predicate] = {}
        objects[obj] = 1
        os_ = self._SimpleMemory__pos.get(predicate)
        if os_ is None:
            os_ = self._SimpleMemory__pos[predicate] = {}
        subjects = os_.get(obj)
        if subjects is None:
            subjects = os_[obj] = {}
        subjects[subject] = 1
        sp = self._SimpleMemory__osp.get(obj)
        if sp is None:
            sp = self._SimpleMemory__osp[obj] = {}
        predicates = sp.get(subject)
        if predicates is None:
            predicates = sp[subject] = {}
        predicates[predicate] = 1

    def triples(self, triple_pattern, context=None):
        """SimpleMemory.triples, branch for branch (the same triples, in the same order)."""
        subject, predicate, obj = triple_pattern
        none = _NO_CONTEXTS
        if subject is not None:
            po = self._SimpleMemory__spo.get(subject)
            if po is None:
                return
            if predicate is not None:
                objects = po.get(predicate)
                if objects is None:
                    return
                if obj is not None:
                    if obj in objects:
                        yield (subject, predicate, obj), none
                else:
                    for o in objects:
                        yield (subject, predicate, o), none
            else:
                for p in po:
                    if obj is not None:
                        if obj in po[p]:
                            yield (subject, p, obj), none
                    else:
                        for o in po[p]:
                            yield (subject, p, o), none
        elif predicate is not None:
            os_ = self._SimpleMemory__pos.get(predicate)
            if os_ is None:
                return
            if obj is not None:
                subjects = os_.get(obj)
                if subjects is not None:
                    for s in subjects:
                        yield (s, predicate, obj), none
            else:
                for o in os_:
                    for s in os_[o]:
                        yield (s, predicate, o), none
        elif obj is not None:
            sp = self._SimpleMemory__osp.get(obj)
            if sp is not None:
                for s in sp:
                    for p in sp[s]:
                        yield (s, p, obj), none
        else:
            for s, po in self._SimpleMemory__spo.items():
                for p in po:
                    for o in po[p]:
                        yield (s, p, o), none

    def __len__(self, context=None) -> int:
        return sum(len(objects) for po in self._SimpleMemory__spo.values() for objects in po.values())


def by_subject(graph) -> dict:
    """The graph's triples as subject -> predicate -> {object: 1}, in the graph's own order: an article
    graph's index itself (not to be changed), any other graph's read once."""
    store = graph.store
    if type(store) is ArticleMemory and not store.removed:
        return store._SimpleMemory__spo
    spo: dict = {}
    for s, p, o in graph:
        spo.setdefault(s, {}).setdefault(p, {})[o] = 1
    return spo


def indexes(graph) -> tuple[dict, dict] | None:
    """An article graph's subject -> predicate -> objects and object -> subject -> predicates indexes
    themselves (not to be changed), or None for any other graph."""
    store = graph.store
    if type(store) is ArticleMemory and not store.removed:
        return store._SimpleMemory__spo, store._SimpleMemory__osp
    return None
