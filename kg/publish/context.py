"""The published JSON-LD context: made for people, versioned, shipped in the package.

Short camelCase terms, `@vi`/`@en` labels as language maps, typed dates, IRIs
compacted against `@base`, reverse terms (`holdings`, `subBodies`…) so that a
person embeds their posts. Every published document embeds this context inline:
no processor ever has to fetch one.
"""
from __future__ import annotations

import copy
import functools
import json
from importlib import resources

from ..ids import DEFAULT_BASE

CONTEXT_VERSION = "1.1.0"  # bump the major number when a term changes meaning or disappears
CONTEXT_PATH = "context/v1.jsonld"  # where the site publishes it, relative to the base


@functools.cache
def _shipped() -> dict:
    return json.loads(resources.files("kg.publish").joinpath("context.jsonld").read_text(encoding="utf-8"))


def context(base: str = DEFAULT_BASE) -> dict:
    """The context document `{"@context": {...}}` with `@base` set to `base`."""
    doc = copy.deepcopy(_shipped())
    doc["@context"]["@base"] = base
    return doc


def context_text(base: str = DEFAULT_BASE) -> str:
    return json.dumps(context(base), ensure_ascii=False, indent=2) + "\n"
