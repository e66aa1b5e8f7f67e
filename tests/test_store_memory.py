"""kg.store.memory: freed memory handed back to the OS where glibc can be asked."""
from __future__ import annotations

import platform

from kg.store.memory import give_back_memory


def test_memory_is_handed_back_on_glibc_and_nothing_is_done_elsewhere():
    assert give_back_memory() is (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
