"""The committed gold records where each article came from, never its text."""

import json
from pathlib import Path

import pytest

DEVSET = Path(__file__).parent / "devset"
GOLD_FILES = sorted(p for p in DEVSET.rglob("*.json") if p.parent.name != "identity")
TEXT_KEYS = {"text", "content", "body", "excerpt"}


def test_there_is_gold_to_check():
    assert len(GOLD_FILES) > 100


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_names_url_and_query_and_holds_no_text(path):
    article = json.loads(path.read_text(encoding="utf-8"))["article"]
    assert article["url"].startswith("http")
    assert article["query"].strip()
    assert not TEXT_KEYS & set(article)
