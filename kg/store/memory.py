"""Handing freed memory back to the operating system.

RocksDB's threads free what they held (table readers, the bulk loader's batches) into glibc's
per-thread arenas, which keep it: the process's RSS stays at its high-water mark although the
memory is free. malloc_trim(0) returns the free pages of every arena. Elsewhere than glibc it is
not there, and nothing is done.
"""
from __future__ import annotations

import ctypes
import functools


@functools.cache
def _malloc_trim():
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows)
        return None


def give_back_memory() -> bool:
    """Return freed heap memory to the OS -> whether it could be asked (glibc only)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
