"""A store that a load left half-written is never queried.

Oxigraph's bulk loader is not transactional, and a build replaces many graphs one after another, so a
load killed part way (kill -9, power loss, a full disk) can leave article graphs dropped while the
merged graph still holds their triples. Every load into the embedded store therefore first writes a
mark file into the store folder (synced to disk), and removes it only once the load has finished and
the store is flushed. While the mark is there, queries and `kg serve` refuse with one line that says
to rebuild; the next load that completes makes the merged graph anew from the graphs and clears it.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError

MARK = "VNKG-LOAD-IN-PROGRESS"


def mark_path(store: str | Path) -> Path:
    return Path(store) / MARK


def is_dirty(store: str | Path) -> bool:
    return mark_path(store).exists()


def mark_dirty(store: str | Path) -> None:
    """Write the mark and sync it (and its folder) to disk before the first write of a load."""
    path = mark_path(store)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"a load into this store began (process {os.getpid()}) and has not finished\n")
        handle.flush()
        os.fsync(handle.fileno())
    _sync_folder(path.parent)


def mark_clean(store: str | Path) -> None:
    path = mark_path(store)
    if path.exists():
        path.unlink()
        _sync_folder(path.parent)


def refuse_if_dirty(store: str | Path) -> None:
    if is_dirty(store):
        raise StoreError(f"the store at {store} was left half-written by a load that did not finish; rebuild it "
                         f"(run `kg build` or `kg load` again) before querying it")


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
