"""Gazetteer of Vietnamese administrative units (pre- and post-2025 reform).

Resolves place mentions in articles to official units of the article's time
and links legacy units to the 2025 units that took their ground.  Pure
Python; data from the ``vietnamadminunits`` package (read with sqlite3/json).
"""
from .gazetteer import Gazetteer, default_gazetteer
from .model import REFORM_DATE, era_for
from .model import (
    AMBIGUOUS,
    ERA_2025,
    KINDS,
    LEGACY,
    RESOLVED,
    UNKNOWN,
    AdminUnit,
    Resolution,
    Succession,
)
from .normalize import ascii_key, canon, split_type_word
from .source import GazetteerDataError

__all__ = [
    "AdminUnit",
    "Resolution",
    "Succession",
    "Gazetteer",
    "GazetteerDataError",
    "default_gazetteer",
    "era_for",
    "canon",
    "ascii_key",
    "split_type_word",
    "REFORM_DATE",
    "LEGACY",
    "ERA_2025",
    "KINDS",
    "RESOLVED",
    "AMBIGUOUS",
    "UNKNOWN",
]
