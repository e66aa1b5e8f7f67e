"""Progress of a run: a bar on a terminal (tqdm), a plain line every few seconds otherwise."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, every: float = 5.0, enabled: bool = True):
        self.total = total
        self.stream = stream or sys.stderr
        self.every = every
        self.done = 0
        self.failed = 0
        self.start = self.last = time.monotonic()
        self.bar = None
        self.enabled = enabled and total > 1
        if self.enabled and self.stream.isatty():
            from tqdm import tqdm

            # tqdm hides its bar on a pseudo-terminal that reports no size (script, docker -t): give it one
            sized = min(_size(self.stream)) > 0
            self.bar = tqdm(total=total, unit="article", file=self.stream, dynamic_ncols=sized, smoothing=0.1,
                            ncols=None if sized else 80, nrows=None if sized else 24)

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._line(now)

    def close(self, last_line: bool = True) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.enabled and self.done and last_line:
            self._line(time.monotonic())
        self.enabled = False

    def _line(self, now: float) -> None:
        rate = self.done / (now - self.start) if now > self.start else 0.0
        self.stream.write(f"kg: {self.done:,}/{self.total:,} articles, {self.failed:,} failed, "
                          f"{rate:.1f} articles/s\n")
        self.stream.flush()


def _size(stream: TextIO) -> tuple[int, int]:
    import io
    import os

    try:
        return tuple(os.get_terminal_size(stream.fileno()))
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):  # no file behind it: tqdm decides
        return (1, 1)
