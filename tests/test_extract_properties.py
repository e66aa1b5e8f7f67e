"""Property-based tests (Hypothesis) over the extractor and the shapes: on generated sentences of the
genre and on mutations of the bundled article, the flow never raises (a refused article is an
InputError), never breaks its own shapes, and gives byte-identical Turtle when run again.

Derandomised (a fixed seed), few examples: a few seconds in CI. benchmarks/fuzz.py runs ~10,000.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.pipeline import seed_path

SETTINGS = settings(derandomize=True, max_examples=6, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ"]
GIVEN = ["Văn An", "Thị Bình", "Quốc Dũng", "Thu Hà", "Hữu Nam", "Thị Sương"]
ROLES = ["Bí thư Huyện ủy", "Phó Chủ tịch UBND huyện", "Trưởng Ban Tổ chức Huyện ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"]
EVENTS = ["tổ chức hội nghị sơ kết công tác xây dựng Đảng", "làm việc với Ban Thường vụ Huyện ủy",
          "kiểm tra công tác chuẩn bị đại hội"]
PLACES = ["huyện Tiên Lãng", "quận Lê Chân", "quận 8", "quận ٨", "xã Đại Thắng"]


def build(text: str):
    """(Turtle, report) of an article's text, or None when the article is refused as unreadable."""
    from kg.extract import extract
    from kg.ids import DEFAULT_BASE
    from kg.mapping import to_graph
    from kg.places import place_graph
    from kg.reader import parse_article
    from kg.serialize import to_turtle
    from kg.validate import validate

    try:
        article = parse_article(text, "prop")
    except InputError:
        return None
    facts = extract(article)
    graph = to_graph(article, facts, DEFAULT_BASE)
    graph += place_graph(article, facts, DEFAULT_BASE)
    return to_turtle(graph), validate(graph)


def check(text: str) -> None:
    first = build(text)
    if first is None:
        return
    turtle, report = first
    assert report.violations == (), report.text()
    assert build(text)[0] == turtle, "the same text gave different Turtle"


person = st.builds(lambda s, g: f"{s} {g}", st.sampled_from(SURNAMES), st.sampled_from(GIVEN))
sentence = st.one_of(
    st.builds(lambda d, m, e, p, r: f"Sáng {d}/{m}, Ban Thường vụ Huyện ủy {e}. Đồng chí {p}, {r} chủ trì.",
              st.integers(1, 28), st.integers(1, 12), st.sampled_from(EVENTS), person, st.sampled_from(ROLES)),
    st.builds(lambda p, r: f"Cùng dự có đồng chí {p}, {r}.", person, st.sampled_from(ROLES)),
    st.builds(lambda pl, a, b, w, c: f"Hiện {pl} có {a} tổ chức cơ sở đảng. So với giai đoạn 2011 – 2015 là {b} tổ "
                                     f"chức cơ sở đảng. Số tổ chức cơ sở đảng {w} {c}%.",
              st.sampled_from(PLACES), st.integers(1, 300), st.integers(1, 300), st.sampled_from(["tăng", "giảm"]),
              st.integers(0, 120)),
    st.builds(lambda a, b: f"Quận đã thực hiện nhập 2 phường {a} và phường {b}.",
              st.sampled_from(["Cầu Đất", "Lạc Viên", "Máy Tơ"]), st.sampled_from(["Lương Khánh Thiện", "Gia Viên"])),
)


@SETTINGS
@given(st.lists(sentence, min_size=1, max_size=4), st.integers(1, 28), st.integers(1, 12))
def test_generated_articles_build_without_error_or_self_violation(sentences, day, month):
    check(f"Print Thứ Hai, {day:02d}/{month:02d}/2019 08:00\n\n" + " ".join(sentences) + "\n\nPhạm Quốc Bảo\n")


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return seed_path().read_text(encoding="utf-8").split("\n")


edit = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 10_000)),
    st.tuples(st.just("duplicate"), st.integers(0, 10_000)),
    st.tuples(st.just("truncate"), st.integers(0, 10_000)),
    st.tuples(st.just("digit"), st.integers(0, 10_000), st.characters(whitelist_categories=("Nd",))),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.text(st.characters(blacklist_categories=("Cs",)),
                                                                 min_size=1, max_size=8)),
)


def apply(lines: list[str], change: tuple) -> list[str]:
    kind, at = change[0], change[1] % max(1, len(lines))
    if kind == "drop":
        return lines[:at] + lines[at + 1:]
    if kind == "duplicate":
        return lines[:at + 1] + lines[at:]
    if kind == "truncate":
        return lines[:at + 1]
    line = lines[at] if lines else ""
    if kind == "digit":
        spots = [i for i, c in enumerate(line) if c.isdigit()]
        if spots:
            i = spots[change[1] % len(spots)]
            line = line[:i] + change[2] + line[i + 1:]
    else:
        i = change[1] % (len(line) + 1)
        line = line[:i] + change[2] + line[i:]
    return lines[:at] + [line] + lines[at + 1:]


@SETTINGS
@given(st.lists(edit, min_size=1, max_size=4))
def test_mutations_of_the_bundled_article_build_without_error_or_self_violation(seed_lines, edits):
    lines = list(seed_lines)
    for change in edits:
        lines = apply(lines, change)
    check("\n".join(lines))


def test_a_place_written_with_other_digits_is_the_same_place():
    ascii_digits = build("Print Thứ Hai, 05/08/2019 08:00\n\nSáng 4/8, đoàn công tác làm việc tại phường 3, "
                         "quận 8. Đồng chí Vũ Văn An, Bí thư Quận ủy chủ trì.\n")
    other_digits = build("Print Thứ Hai, 05/08/2019 08:00\n\nSáng 4/8, đoàn công tác làm việc tại phường ٣, "
                         "quận ８. Đồng chí Vũ Văn An, Bí thư Quận ủy chủ trì.\n")
    assert "<https://w3id.org/vnkg/place/8/3> a schema:Place" in ascii_digits[0]
    assert ascii_digits[0] == other_digits[0]
