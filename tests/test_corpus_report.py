"""What a corpus run says: warnings counted by kind, progress as plain lines off a terminal."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.corpus.progress import Progress
from kg.corpus.report import Summary, closing_lines, warning_kind, write_report


@pytest.mark.parametrize("message,kind", [
    ("places: 'Kim Sơn' is ambiguous, no code given: 2 units match in province Tỉnh Ninh Bình: Huyện Kim Sơn",
     "places: '…' is ambiguous, no code given"),
    ("places: 'xã Hòa Bình' is unresolved, no code given: no legacy unit named 'Hòa Bình'",
     "places: '…' is unresolved, no code given"),
    ("xã Tân Lập: no enclosing district or city known; left out", "no enclosing district or city known; left out"),
    ("no publication date found (no Print/date line): the date is left unknown", "no publication date found"),
    ("stray HTML markup stripped from the text (3 tag(s) or entities)", "stray HTML markup stripped from the text"),
])
def test_warnings_of_one_kind_count_together(message, kind):
    assert warning_kind(message) == kind


def test_closing_lines_count_warnings_by_kind_most_common_first(tmp_path):
    summary = Summary(articles=3, built=["a", "b"], failed=["c"])
    summary.warnings.update(["no publication date found"] * 2 + ["places: '…' is ambiguous, no code given"])
    lines = closing_lines(summary, tmp_path, 1.5)
    assert lines[0].startswith("kg: 3 articles: 2 built, 0 unchanged, 0 rejected by the shapes, 1 failed")
    assert lines[-3:] == [f"kg: 3 warnings by kind (all of them in {tmp_path / 'build.log'}):",
                          "        2  no publication date found",
                          "        1  places: '…' is ambiguous, no code given"]


def test_off_a_terminal_progress_is_a_plain_line_now_and_then_and_at_the_end():
    stream = io.StringIO()
    progress = Progress(3, stream=stream, every=0.0)
    for failed in (False, True, False):
        progress.advance(failed)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("kg: 1/3 articles, 0 failed, ")
    assert lines[-1].startswith("kg: 3/3 articles, 1 failed, ") and lines[-1].endswith(" articles/s")
    assert "\r" not in stream.getvalue()


def test_on_a_terminal_progress_is_a_bar():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = Progress(4, stream=stream)
    for _ in range(4):
        progress.advance(False)
    progress.close()
    assert "\r" in stream.getvalue() and "4/4" in stream.getvalue() and "article" in stream.getvalue()


def test_one_article_shows_no_progress():
    stream = io.StringIO()
    progress = Progress(1, stream=stream, every=0.0)
    progress.advance(False)
    progress.close()
    assert stream.getvalue() == ""


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="no pseudo-terminals here")
def test_a_run_on_a_real_terminal_draws_the_bar_and_a_pipe_gets_none(tmp_path):
    """The whole command under a pseudo-terminal, as a user at a shell sees it: tqdm's bar on stderr;
    the same run with stderr on a pipe writes no carriage returns."""
    import os
    import subprocess
    import sys

    from corpus_samples import text_corpus
    from kg_helpers import ROOT

    text_corpus(tmp_path / "in", count=3)
    command = [sys.executable, "-m", "kg", "build", str(tmp_path / "in"), "--no-store", "--jobs", "1"]
    leader, follower = os.openpty()
    try:
        done = subprocess.run(command + ["--out", str(tmp_path / "tty")], stderr=follower,
                              stdout=subprocess.DEVNULL, cwd=ROOT, timeout=300)
        os.close(follower)
        follower = -1
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything written has been read
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    drawn = seen.decode("utf-8", "replace")
    assert done.returncode == 0
    assert "\r" in drawn and "3/3" in drawn and "article" in drawn
    piped = subprocess.run(command + ["--out", str(tmp_path / "pipe")], capture_output=True, text=True,
                           cwd=ROOT, timeout=300)
    assert piped.returncode == 0 and "\r" not in piped.stderr


def _document(entries: list[dict], summary_removed: list[str]) -> tuple[str, str]:
    """report.json and build.log as one json.dumps of the whole document made them (the reference)."""
    from collections import Counter

    articles, log, kinds = [], [], Counter()
    for e in entries:
        articles.append({"id": e["id"], "input": e["input"], "status": e["status"], "skipped": e["skipped"],
                         "counts": e["counts"], "warnings": e["warnings"], "error": e["error"] or None})
        log += [f"{e['id']}: warning: {w}" for w in e["warnings"]]
        if e["error"]:
            log.append(f"{e['id']}: {e['status']}: {' '.join(e['error'].split())}")
        kinds.update(warning_kind(w) for w in e["warnings"])
    totals = {"articles": len(articles), **{s: sum(e["status"] == s for e in entries)
                                            for s in ("built", "rejected", "failed")},
              "skipped": sum(bool(e["skipped"]) for e in entries), "removed": len(summary_removed)}
    document = {"articles": articles, "totals": totals, "warnings": dict(sorted(kinds.items())),
                "removed": sorted(summary_removed)}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n", "".join(line + "\n" for line in log)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_entry = st.fixed_dictionaries({
    "input": _text, "status": st.sampled_from(["built", "rejected", "failed"]), "skipped": st.booleans(),
    "counts": st.dictionaries(st.sampled_from(["persons", "bodies", "places"]),
                              st.integers(0, 9) | st.lists(st.integers(0, 3), max_size=2), max_size=3),
    "warnings": st.lists(st.sampled_from(["places: 'Xã Ấp Mới' is unresolved, no code given", "a \"quoted\" 3 x",
                                          "xã Tân Lập: no enclosing district", "dòng\nmới"]) | _text, max_size=3),
    "error": st.none() | _text})


@settings(max_examples=60, deadline=None)
@given(st.lists(_entry, max_size=5), st.lists(st.sampled_from(["r2", "r0", "r1"]), unique=True))
def test_the_report_written_article_by_article_is_the_one_json_dumps_makes_of_the_whole(tmp_path_factory,
                                                                                        entries, removed):
    entries = [dict(e, id=f"bai-{i:03d}") for i, e in enumerate(entries)]
    out = tmp_path_factory.mktemp("out")
    summary = Summary(removed=removed)
    write_report(out, iter([dict(e) for e in entries]), summary)  # a generator, as the runner gives it
    report, log = _document(entries, removed)
    assert (out / "report.json").read_bytes() == report.encode("utf-8")
    assert (out / "build.log").read_bytes() == log.encode("utf-8")  # bytes: a warning may hold a carriage return
    assert json.loads(report)["totals"]["articles"] == len(entries)
    assert sorted(p.name for p in out.iterdir()) == ["build.log", "report.json"]  # no temporary file left
