"""Person identity across articles: how well, and how fast, kg/people tells persons and namesakes apart.

    python benchmarks/identity.py TEXT_DIR GOLD.json [--show-errors]     score a gold folder
    python benchmarks/identity.py --synthetic 100000 [--seed 7]         time the resolver

Scoring builds TEXT_DIR/*.txt with `kg build` into a temporary folder (one article at a time when the folder as
a whole does not build, as ../shared/eval/identity.py does), reads `kg query mentions` over the built .ttl files,
and prints pairwise precision, recall and F1 over pairs of gold mentions (a pair is "same" when both are one
person) and B-cubed precision, recall and F1. Gold: {"mentions": [{"article", "name", "cluster"}, ...]}, where
`article` is the text file's stem; a gold mention the system did not find counts as a person of its own.

The timing generates person records (no articles: the resolver's own cost) for persons with names drawn as
Vietnamese names are, many namesakes among them, each named by a few articles over the years with posts in a
province, and times kg.people.resolve on growing shares of them: near-linear time means the time per mention
stays flat as the number of mentions grows.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------- scoring a gold folder

def _key(text: str) -> str:
    from kg.text import fold

    return fold(unicodedata.normalize("NFC", text))


def system_mentions(text_dir: Path, out: Path) -> dict[tuple[str, str], str]:
    texts = sorted(text_dir.glob("*.txt"))
    kg = [sys.executable, "-m", "kg", "build"]
    done = subprocess.run(kg + [*map(str, texts), "--out", str(out), "--no-store"], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"the folder as a whole did not build (exit {done.returncode}); building one article at a time",
              file=sys.stderr)
        for text in texts:
            one = subprocess.run(kg + [str(text), "--out", str(out), "--no-store"], capture_output=True, text=True)
            if one.returncode != 0:
                print(f"  {text.name}: {(one.stderr.strip().splitlines() or ['?'])[-1]}", file=sys.stderr)
    from kg.query import FileSource, run

    files = [str(p) for p in sorted(out.glob("*.ttl"))]
    table = run("mentions", FileSource(files))
    found: dict[tuple[str, str], str] = {}
    for person, name, article, *_ in table.rows:
        found.setdefault((article.rstrip("/").rsplit("/", 1)[-1], _key(name)), person)
    return found


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[dict], found: dict[tuple[str, str], str]) -> dict:
    keys = [(m["article"], _key(m["name"])) for m in gold]
    gold_c = [m["cluster"] for m in gold]
    sys_c = [found.get(k, f"(not found) {k}") for k in keys]
    tp = n_sys = n_gold = 0
    false_merges, missed = [], []
    for i, j in combinations(range(len(keys)), 2):
        same_gold, same_sys = gold_c[i] == gold_c[j], sys_c[i] == sys_c[j]
        n_gold += same_gold
        n_sys += same_sys
        tp += same_gold and same_sys
        if same_sys and not same_gold:
            false_merges.append(f"{keys[i]} ~ {keys[j]}")
        if same_gold and not same_sys:
            missed.append(f"{keys[i]} ~ {keys[j]}")
    bp = br = 0.0
    for i in range(len(keys)):
        same_g = {j for j in range(len(keys)) if gold_c[j] == gold_c[i]}
        same_s = {j for j in range(len(keys)) if sys_c[j] == sys_c[i]}
        bp += len(same_g & same_s) / len(same_s)
        br += len(same_g & same_s) / len(same_g)
    n = len(keys) or 1
    b3 = (bp / n, br / n)
    return {"mentions": len(keys), "not_found": sorted(str(k) for k in keys if k not in found),
            "pairwise": prf(tp, n_sys, n_gold), "pairs": (n_gold, n_sys, tp),
            "bcubed": (*b3, 2 * b3[0] * b3[1] / (b3[0] + b3[1]) if sum(b3) else 0.0),
            "false_merges": false_merges, "missed_merges": missed}


def score_folder(text_dir: Path, gold_path: Path, show_errors: bool, as_json: bool) -> int:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["mentions"]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        found = system_mentions(text_dir, Path(tmp) / "out")
        seconds = time.perf_counter() - start
    res = score(gold, found)
    if as_json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    (p, r, f), (b_p, b_r, b_f) = res["pairwise"], res["bcubed"]
    n_gold, n_sys, tp = res["pairs"]
    print(f"{len(list(text_dir.glob('*.txt')))} articles, {res['mentions']} gold mentions "
          f"({len(res['not_found'])} not found by the system); built and resolved in {seconds:.1f} s")
    print(f"pairwise  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (same-person pairs: gold {n_gold}, system {n_sys}, "
          f"both {tp})")
    print(f"bcubed    P {b_p:.3f}  R {b_r:.3f}  F1 {b_f:.3f}")
    if show_errors:
        for k in ("not_found", "false_merges", "missed_merges"):
            print(f"\n{k} ({len(res[k])}):")
            for line in res[k]:
                print("  " + line)
    return 0


# ---------------------------------------------------------------- timing on synthetic records

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Hoàng", "Công", "Đình"]
GIVEN = ["Hùng", "Dũng", "Sơn", "Nam", "Hải", "Minh", "Tuấn", "Hà", "Lan", "Hoa", "Bình", "Thắng", "Quang",
         "Long", "Phong", "Trung", "Khoa", "Tâm", "Thành", "Vinh", "Tú", "Hưng", "Cường", "Linh", "Thủy", "Yến",
         "Phúc", "Lộc", "Toàn", "Hiếu", "Khải", "Nghĩa", "Đạt", "Huy", "Kiên", "Thái", "Lâm", "Hạnh", "Mai", "Nga"]
ROLES = [("chu-tich", "Chủ tịch UBND tỉnh", "uy-ban-nhan-dan-tinh"), ("bi-thu", "Bí thư Tỉnh ủy", "tinh-uy"),
         ("pho-chu-tich", "Phó Chủ tịch UBND tỉnh", "uy-ban-nhan-dan-tinh"),
         ("giam-doc", "Giám đốc Sở Y tế", "so-y-te"), ("pho-bi-thu", "Phó Bí thư Tỉnh ủy", "tinh-uy"),
         ("truong-ban", "Trưởng Ban Tuyên giáo Tỉnh ủy", "ban-tuyen-giao-tinh-uy"),
         ("uy-vien", "Ủy viên Ban Thường vụ Tỉnh ủy", "ban-thuong-vu-tinh-uy")]


def synthetic(n: int, seed: int) -> list:
    """About n records: persons named by 1-8 articles each, in one of 63 provinces, 2015-2025."""
    from kg.people.provinces import ProvinceRef
    from kg.people.records import Holding, Record

    rng = random.Random(seed)
    base = "https://w3id.org/vnkg/"
    provinces = [f"province-{k:02d}" for k in range(63)]
    records, person = [], 0
    while len(records) < n:
        person += 1
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
        province = rng.choice(provinces)
        role, title, body_kind = rng.choice(ROLES)
        year = rng.randint(2015, 2024)
        for k in range(rng.randint(1, 8)):
            article = f"p{person}-a{k}"
            day = f"{min(2025, year + rng.randint(0, 3))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            body = f"{base}org/{body_kind}-{province}"
            ref = ProvinceRef(province, "legacy")
            rec = Record(f"{base}article/{article}/person/x", name, f"{base}article/{article}", article, day)
            rec.holdings.append(Holding(f"{base}role/{role}", body, f"{base}post/{body_kind}-{province}/{role}",
                                        "current", day, f"{title} {province}", frozenset({ref}),
                                        f"{title} {province}"))
            rec.context.add(ref)
            records.append(rec)
    return records[:n]


def time_resolver(n: int, seed: int, as_json: bool) -> int:
    from kg.people.provinces import _successions
    from kg.people.resolve import block_key, resolve

    _successions()  # the gazetteer's successions, loaded once, as a build does
    records = synthetic(n, seed)
    rows = []
    for share in (0.1, 0.25, 0.5, 1.0):
        part = records[:int(n * share)]
        start = time.perf_counter()
        result = resolve(part)
        seconds = time.perf_counter() - start
        blocks = len({block_key(r.name) for r in part})
        rows.append({"mentions": len(part), "seconds": round(seconds, 2), "persons": len(result.clusters),
                     "blocks": blocks, "microseconds_per_mention": round(seconds / len(part) * 1e6, 1)})
    if as_json:
        print(json.dumps(rows, indent=2))
        return 0
    print("mentions   blocks   persons   seconds   µs per mention")
    for row in rows:
        print(f"{row['mentions']:>8,}  {row['blocks']:>7,}  {row['persons']:>8,}  {row['seconds']:>8.2f}  "
              f"{row['microseconds_per_mention']:>14.1f}")
    growth = rows[-1]["microseconds_per_mention"] / rows[0]["microseconds_per_mention"]
    print(f"time per mention at {rows[-1]['mentions']:,} / at {rows[0]['mentions']:,}: {growth:.2f}x "
          f"(1.0 is linear; a quadratic resolver would give {rows[-1]['mentions'] / rows[0]['mentions']:.0f}x)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text_dir", nargs="?")
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--synthetic", type=int, default=None, metavar="N", help="time the resolver on N mentions")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if a.synthetic:
        return time_resolver(a.synthetic, a.seed, a.json)
    if not (a.text_dir and a.gold):
        ap.error("give TEXT_DIR GOLD.json, or --synthetic N")
    return score_folder(Path(a.text_dir), Path(a.gold), a.show_errors, a.json)


if __name__ == "__main__":
    sys.exit(main())
