"""Fuzzing the whole flow of one article: read -> extract -> map -> validate -> Turtle.

    python benchmarks/fuzz.py [--count N] [--jobs J] [--seed S] [--check-every K] [--minutes M] [--json]

Inputs are mutations of the bundled article and of invented articles in the genre (invented names,
bodies and figures): lines dropped, duplicated, shuffled or truncated, digits swapped (also for digits
of other scripts), random Unicode inserted (zero-width, bidi, combining marks, emoji, CJK, controls),
long runs of capitalised words. Each input is built by one pool of workers (PYTHONHASHSEED=1); every
K-th input is built again by a second pool (PYTHONHASHSEED=2) and the two Turtle outputs compared.

Prints the counts of:
    crashes            an exception other than InputError (a refused article is not a crash)
    self-violations    a built graph that breaks the shipped shapes (sh:Violation)
    over 5 s           inputs whose build took more than 5 s (given up at 30 s)
    non-deterministic  inputs whose Turtle differs between the two hash seeds
The targets are 0, 0, 0 and 0. The first few of each are printed, with a way to rebuild them.
With --minutes M the run stops starting new batches after M minutes and reports on what it built.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

SLOW = 5.0
GIVE_UP = 30
ROOT = Path(__file__).resolve().parents[1]

GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Hải", "Thị Lan", "Văn Long",
         "Ngọc Mai", "Hữu Nam", "Thị Oanh", "Văn Phúc", "Thanh Quang", "Thị Sương", "Văn Tâm", "Minh Tuấn"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
ROLES = ["Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch HĐND huyện",
         "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
         "Giám đốc Sở Nội vụ", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"]
PLACES = ["huyện Tiên Lãng", "huyện Vĩnh Bảo", "quận Lê Chân", "quận 8", "xã Đại Thắng", "phường Cát Dài"]
EVENTS = ["tổ chức hội nghị sơ kết công tác xây dựng Đảng", "làm việc với Ban Thường vụ Huyện ủy",
          "kiểm tra công tác chuẩn bị đại hội", "tiếp và làm việc với đoàn công tác", "dự lễ khánh thành cầu"]
UNICODE_POOLS = ["\u200b\u200c\u200d\u2060\ufeff", "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
                 "\u0300\u0301\u0303\u0309\u0323\u0302", "\x01\x07\x1b\x7f\x85\x0b\x0c", "😀🇻🇳👍🏽",
                 "漢字越南", "٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９", "\u2028\u2029", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĐĨŨƠƯ"]


def invented_article(rng: random.Random) -> str:
    """A short article in the genre with invented people and figures."""
    def person() -> str:
        return f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    lines = [f"Print Thứ Hai, {day + 1:02d}/{month:02d}/{year} 08:00", ""]
    part = rng.choice(["Sáng", "Chiều", "Ngày"])
    lines.append(f"{part} {day}/{month}, Ban Thường vụ Huyện ủy {rng.choice(EVENTS)}. Đồng chí {person()}, "
                 f"{rng.choice(ROLES)} chủ trì. Cùng dự có đồng chí {person()}, {rng.choice(ROLES)}.")
    before, after = rng.randint(50, 200), rng.randint(50, 200)
    change = round(abs(after - before) * 100 / before, 1)
    word = "tăng" if after >= before else "giảm"
    if rng.random() < 0.3:
        change += rng.choice([1, 5, -0.5])  # the source's own slip
    lines.append(f"Hiện {rng.choice(PLACES)} có {after} tổ chức cơ sở đảng. So với giai đoạn 2011 – 2015 là "
                 f"{before} tổ chức cơ sở đảng. Số tổ chức cơ sở đảng {word} {change:g}%.")
    lines.append(f"Đồng chí {person()} đề nghị {rng.choice(PLACES)} tiếp tục thực hiện tốt nhiệm vụ năm {year}.")
    lines += ["", person(), "", "Nguồn. haiphong.gov.vn"]
    return "\n".join(lines) + "\n"


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(MUTATIONS)(text, rng)
    return text


def _lines(text, rng):
    return text.split("\n")


def drop_lines(text, rng):
    lines = _lines(text, rng)
    return "\n".join(line for line in lines if rng.random() > 0.3)


def duplicate_lines(text, rng):
    lines = _lines(text, rng)
    i = rng.randrange(len(lines))
    return "\n".join(lines[:i] + [lines[i]] * rng.randint(2, 5) + lines[i + 1:])


def shuffle_lines(text, rng):
    lines = _lines(text, rng)
    rng.shuffle(lines)
    return "\n".join(lines)


def truncate(text, rng):
    return text[:rng.randrange(1, len(text) + 1)]


def swap_digits(text, rng):
    digits = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "０１２３４５６７８９"
    chars = list(text)
    places = [i for i, c in enumerate(chars) if c.isdigit()]
    for i in rng.sample(places, min(len(places), rng.randint(1, 6))):
        chars[i] = rng.choice(digits)
    return "".join(chars)


def random_unicode(text, rng):
    chars = list(text)
    for _ in range(rng.randint(1, 20)):
        pool = rng.choice(UNICODE_POOLS)
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pool) if rng.random() < 0.8
                     else chr(rng.randrange(0x20, 0x2FFFF)))
    return "".join(c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF)


def capitalised_run(text, rng):
    words = [w for w in rng.choice(GIVEN + SURNAMES + ROLES).split()]
    run = " ".join(rng.choice(words + SURNAMES) for _ in range(rng.randint(20, 150)))
    i = rng.randrange(len(text) + 1)
    return text[:i] + " " + run + " " + text[i:]


MUTATIONS = [drop_lines, duplicate_lines, shuffle_lines, truncate, swap_digits, random_unicode, capitalised_run]


def make_input(seed: int, i: int) -> str:
    rng = random.Random(seed * 1_000_003 + i)
    from kg.pipeline import seed_path

    base = seed_path().read_text(encoding="utf-8") if rng.random() < 0.5 else invented_article(rng)
    return mutate(base, rng) if rng.random() < 0.95 else base


# --- the workers ------------------------------------------------------------------------------------------------------
def _alarm(*_):
    raise TimeoutError(f"gave up after {GIVE_UP} s")


def build_one(task: tuple[int, int, bool]) -> dict:
    """Build input i; with validate, check it against the shapes too."""
    seed, i, validate_it = task
    from kg.errors import InputError
    from kg.extract import extract
    from kg.ids import DEFAULT_BASE
    from kg.mapping import to_graph
    from kg.places import place_graph
    from kg.reader import parse_article
    from kg.serialize import to_turtle
    from kg.validate import validate

    text = make_input(seed, i)
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(GIVE_UP)
    start = time.perf_counter()
    out = {"i": i, "refused": False, "crash": None, "violations": 0, "hash": None}
    try:
        article = parse_article(text, f"fuzz-{i}")
        facts = extract(article)
        graph = to_graph(article, facts, DEFAULT_BASE)
        graph += place_graph(article, facts, DEFAULT_BASE)
        out["hash"] = hashlib.sha256(to_turtle(graph).encode("utf-8")).hexdigest()
        if validate_it:
            report = validate(graph)
            out["violations"] = len(report.violations)
            out["first_violation"] = str(report.violations[0]) if report.violations else ""
    except InputError:
        out["refused"] = True
    except TimeoutError as exc:
        out["crash"] = None
        out["gave_up"] = str(exc)
    except Exception as exc:  # noqa: BLE001 - counting crashes is the point
        out["crash"] = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
    finally:
        signal.alarm(0)
    out["seconds"] = time.perf_counter() - start
    return out


def _pool(jobs: int, hash_seed: str) -> ProcessPoolExecutor:
    import multiprocessing

    os.environ["PYTHONHASHSEED"] = hash_seed
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(int).result()  # the workers start now, with this hash seed
    return pool


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--check-every", type=int, default=5, help="rebuild every K-th input under another hash seed")
    parser.add_argument("--minutes", type=float, default=0, help="stop starting new inputs after this many minutes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    first = _pool(args.jobs, "1")
    second = _pool(max(1, args.jobs // 2), "2")
    start = time.perf_counter()
    deadline = start + args.minutes * 60 if args.minutes else None
    results: list[dict] = []
    repeats: dict[int, dict] = {}
    batch = 200
    for low in range(0, args.count, batch):  # in batches, so that a time budget can end the run cleanly
        if deadline and time.perf_counter() > deadline:
            break
        ids = range(low, min(args.count, low + batch))
        checked = [i for i in ids if i % max(1, args.check_every) == 0]
        again = second.map(build_one, [(args.seed, i, False) for i in checked], chunksize=4)
        results += first.map(build_one, [(args.seed, i, True) for i in ids], chunksize=4)
        repeats.update((r["i"], r) for r in again)
        print(f"fuzz: {len(results):,} inputs, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    wall = time.perf_counter() - start
    first.shutdown()
    second.shutdown()
    args.count = len(results)

    crashes = [r for r in results if r["crash"]] + [r for r in repeats.values() if r["crash"]]
    violating = [r for r in results if r["violations"]]
    slow = [r for r in results if r["seconds"] > SLOW or r.get("gave_up")]
    nondet = [i for i, r in repeats.items() if r["hash"] != results[i]["hash"] and not results[i]["crash"]]
    figures = {"inputs": args.count, "built": sum(1 for r in results if r["hash"]),
               "refused": sum(1 for r in results if r["refused"]), "crashes": len(crashes),
               "self_violations": len(violating), "over_5_s": len(slow), "determinism_checked": len(repeats),
               "non_deterministic": len(nondet), "wall_s": round(wall, 1),
               "median_s": round(sorted(r["seconds"] for r in results)[len(results) // 2], 3),
               "max_s": round(max(r["seconds"] for r in results), 2)}
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"fuzz: {figures['inputs']:,} inputs (seed {args.seed}) in {figures['wall_s']} s with {args.jobs} jobs: "
          f"{figures['built']:,} built, {figures['refused']:,} refused as unreadable")
    print(f"  crashes:           {figures['crashes']}")
    print(f"  self-violations:   {figures['self_violations']}")
    print(f"  over {SLOW:.0f} s:          {figures['over_5_s']}   (median {figures['median_s']} s, "
          f"max {figures['max_s']} s)")
    print(f"  non-deterministic: {figures['non_deterministic']}   (of {figures['determinism_checked']:,} built "
          f"again under another hash seed)")
    for label, items in (("crash", crashes), ("self-violation", violating), ("slow", slow)):
        for r in items[:3]:
            detail = r["crash"] or r.get("first_violation") or f"{r['seconds']:.1f} s {r.get('gave_up', '')}"
            print(f"  {label} #{r['i']}: {detail}")
    for i in nondet[:3]:
        print(f"  non-deterministic #{i}")
    if crashes or violating or slow or nondet:
        print(f"  (rebuild input N: python -c 'import benchmarks.fuzz as f; print(f.make_input({args.seed}, N))')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
