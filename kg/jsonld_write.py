"""Compacted JSON-LD 1.1 of an article graph (kg.serialize.to_jsonld), written without a JSON-LD processor.

A small compactor against the context shipped in kg/data/context.jsonld, embedded in each document; nodes,
keys and values sorted; the text exactly json.dumps(indent=2)'s.
"""
from __future__ import annotations

import functools
import json

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .article_store import by_subject
from .ids import CACHED_IRIS, DEFAULT_BASE

_RDF_TYPE, _XSD_STRING = RDF.type, XSD.string  # read once: rdflib answers each use of RDF.x in Python code


class _Compactor:
    def __init__(self, ctx: dict):
        self.ctx = ctx["@context"]
        self.prefixes = sorted(((v, k) for k, v in self.ctx.items() if isinstance(v, str) and not v.startswith("@")),
                               key=lambda vk: -len(vk[0]))
        self._short: dict[str, str] = {}  # IRI -> its compact form
        self.terms: dict[str, list[tuple[str, dict]]] = {}
        for term, definition in self.ctx.items():
            if isinstance(definition, dict):
                self.terms.setdefault(self.expand(definition["@id"]), []).append((term, definition))

    def expand(self, value: str) -> str:
        prefix, _, rest = value.partition(":")
        if rest and prefix in self.ctx and isinstance(self.ctx[prefix], str):
            return self.ctx[prefix] + rest
        return value

    def iri(self, value: str) -> str:
        found = self._short.get(value)
        if found is None:
            if len(self._short) >= CACHED_IRIS:
                self._short.clear()
            found = self._short[value] = self._shortened(value)
        return found

    def _shortened(self, value: str) -> str:
        for namespace, prefix in self.prefixes:
            if value.startswith(namespace) and len(value) > len(namespace):
                return f"{prefix}:{value[len(namespace):]}"
        return value

    def value_object(self, obj) -> dict:
        if isinstance(obj, URIRef):
            return {"@id": self.iri(str(obj))}
        if isinstance(obj, BNode):
            raise ValueError("blank nodes are not written: every node gets an IRI")
        out: dict = {"@value": str(obj)}
        if obj.language:
            out["@language"] = obj.language
        elif obj.datatype and obj.datatype != _XSD_STRING:
            out["@type"] = self.iri(str(obj.datatype))
        return out

    def property(self, predicate: URIRef, objects: list) -> tuple[str, object]:
        for term, definition in self.terms.get(str(predicate), []):
            shaped = self._by_definition(definition, objects)
            if shaped is not None:
                return term, shaped
        values = [self.value_object(o) for o in objects]
        return self.iri(str(predicate)), values[0] if len(values) == 1 else values

    def _by_definition(self, definition: dict, objects: list):
        container, kind = definition.get("@container"), definition.get("@type")
        if container == "@language":
            if not all(isinstance(o, Literal) and o.language for o in objects):
                return None
            by_lang: dict[str, list[str]] = {}
            for o in objects:
                by_lang.setdefault(o.language, []).append(str(o))
            return {lang: v[0] if len(v) == 1 else v for lang, v in sorted(by_lang.items())}
        if kind == "@id":
            if not all(isinstance(o, URIRef) for o in objects):
                return None
            values = [self.iri(str(o)) for o in objects]
        elif kind:
            if not all(isinstance(o, Literal) and o.datatype and str(o.datatype) == self.expand(kind)
                       for o in objects):
                return None
            values = [str(o) for o in objects]
        else:
            if not all(isinstance(o, Literal) and not o.language and o.datatype in (None, _XSD_STRING)
                       for o in objects):
                return None
            values = [str(o) for o in objects]
        return values[0] if len(values) == 1 else values


@functools.lru_cache(maxsize=8)
def _compactor(base: str) -> _Compactor:
    from .serialize import context

    return _Compactor(context(base))


def to_jsonld(graph: Graph, base: str = DEFAULT_BASE) -> str:
    """Compacted JSON-LD 1.1 with the context embedded; nodes sorted by IRI."""
    from .serialize import sorted_objects

    compactor = _compactor(base)
    described = by_subject(graph)  # subject -> predicate -> objects, in the graph's order
    nodes = []
    for subject in sorted(described, key=str):
        if not described[subject]:
            continue
        if isinstance(subject, BNode):
            raise ValueError("blank nodes are not written: every node gets an IRI")
        node: dict = {"id": compactor.iri(str(subject))}
        by_predicate = described[subject]
        types = sorted(compactor.iri(str(t)) for t in by_predicate.get(_RDF_TYPE, ()))
        if types:
            node["type"] = types[0] if len(types) == 1 else types
        properties = {}
        for predicate in sorted((p for p in by_predicate if p != _RDF_TYPE), key=str):
            objects = sorted_objects(by_predicate[predicate])
            key, value = compactor.property(predicate, objects)
            properties[key] = value
        node.update(sorted(properties.items()))
        nodes.append(node)
    # json.dumps(doc, ensure_ascii=False, indent=2), the context's text made once per base
    out = ["{\n  \"@context\": ", _context_json(base), ",\n  \"@graph\": "]
    _indented_json(nodes, "  ", out)
    out.append("\n}\n")
    return "".join(out)


@functools.lru_cache(maxsize=8)
def _context_json(base: str) -> str:
    """The context's value as json.dumps(indent=2) writes it one level in."""
    from .serialize import context

    return json.dumps(context(base)["@context"], ensure_ascii=False, indent=2).replace("\n", "\n  ")


def _indented_json(value, indent: str, out: list) -> None:
    """json.dumps(value, ensure_ascii=False, indent=2) nested at `indent`, appended to out; strings are
    quoted by json's own C function (json.dumps with an indent runs its pure-Python encoder)."""
    if isinstance(value, str):
        out.append(_quote(value))
    elif isinstance(value, (dict, list)) and value:
        inner = indent + "  "
        is_dict = isinstance(value, dict)
        out.append("{" if is_dict else "[")
        separator = "\n" + inner
        for item in value.items() if is_dict else value:
            out.append(separator)
            separator = ",\n" + inner
            if is_dict:
                out.append(_quote(item[0]) + ": ")
                item = item[1]
            _indented_json(item, inner, out)
        out.append("\n" + indent + ("}" if is_dict else "]"))
    else:  # an empty dict or list, a number, a boolean, null
        out.append(json.dumps(value))


_quote = json.encoder.encode_basestring  # ensure_ascii=False: non-ASCII written as it is
