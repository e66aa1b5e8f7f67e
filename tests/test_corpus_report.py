"""What a corpus run says: warnings counted by kind, progress as plain lines off a terminal."""
from __future__ import annotations

import io

import pytest

from kg.corpus.progress import Progress
from kg.corpus.report import Summary, closing_lines, warning_kind


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
