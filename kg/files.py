"""What vnkg agrees to open: regular files only (a FIFO would block for ever, a device never end), and
articles up to a size limit (5 MB by default, `--max-size`)."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_SIZE = 5 * 1024 * 1024  # bytes per article
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "g": 1024 ** 3, "gb": 1024 ** 3}


def regular_file(path: str | Path) -> Path:
    """The path, if it names a regular file (links followed); InputError on one line otherwise. Only
    stat() is called, which never blocks, even on a FIFO."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: cannot read the file (no such file)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: this is a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        raise InputError(f"{path}: this is {kind}, not a regular file; vnkg reads only regular files")
    return path


def check_size(path: str | Path, max_size: int | None) -> None:
    if max_size is None:
        return
    size = os.stat(path).st_size
    if size > max_size:
        raise InputError(f"{path}: {human(size)} is over the limit of {human(max_size)} per article; split it, or "
                         f"raise the limit with --max-size (e.g. --max-size {human(size * 2).replace(' ', '')})")


def parse_size(text: str) -> int:
    """'5MB', '500k', '1048576' -> bytes."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*", text, re.IGNORECASE)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not a size: {text!r} (e.g. 5MB, 500KB, 1048576)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def human(size: int) -> str:
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"
