"""A document loader for pyld that refuses every URL: remote contexts are never fetched.

    from pyld import jsonld
    from kg.publish.loader import refuse_remote
    jsonld.expand(doc, {"documentLoader": refuse_remote})

Every vnkg document embeds its context, so nothing ever needs loading; a document
that names a remote context fails loudly instead of reaching out to the network
(the way rdflib's and pyld's default loaders can be turned into SSRF).
"""
from __future__ import annotations


class RemoteContextRefused(Exception):
    pass


def refuse_remote(url, options=None):
    """pyld calls this to load a context or document by URL; it never does."""
    try:
        from pyld.jsonld import JsonLdError
    except ImportError:  # pyld is not installed: nothing could call us but a test
        raise RemoteContextRefused(f"refused to load {url!r}: remote contexts are never fetched") from None
    raise JsonLdError(f"refused to load {url!r}: remote contexts are never fetched",
                      "jsonld.LoadDocumentError", {"url": url}, code="loading document failed")
