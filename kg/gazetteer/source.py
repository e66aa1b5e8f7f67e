"""Locate the data files shipped by the ``vietnamadminunits`` package.

Only the package *directory* is looked up (``importlib.util.find_spec`` on a
top-level package does not execute its ``__init__``), so none of the
package's modules -- which load large JSON parsers at import time -- are
imported.  The files are read with :mod:`sqlite3` and :mod:`json` only.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
from pathlib import Path

PACKAGE = "vietnamadminunits"
DB_FILE = "data/dataset.db"
CONVERTER_FILE = "data/converter_2025.json"
LEGACY_TABLE = "admin_units_legacy"
TABLE_2025 = "admin_units"


class GazetteerDataError(RuntimeError):
    """The ``vietnamadminunits`` data files cannot be found or read."""


@functools.cache
def package_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerDataError(
            f"Python package {PACKAGE!r} is not installed; it provides the "
            "administrative-unit data (pip install vietnamadminunits)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def data_paths() -> tuple[Path, Path]:
    """Paths of ``dataset.db`` and ``converter_2025.json``."""
    base = package_dir()
    db, conv = base / DB_FILE, base / CONVERTER_FILE
    for path in (db, conv):
        if not path.is_file():
            raise GazetteerDataError(f"missing data file {path}")
    return db, conv


@functools.cache
def package_version() -> str:
    return importlib.metadata.version(PACKAGE)


@functools.cache
def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
