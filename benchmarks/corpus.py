"""How `kg build` scales over a corpus: throughput, CPU, memory, the store, and a rebuild with nothing changed.

    python benchmarks/corpus.py [--sizes 1000 10000] [--jobs 1 2] [--keep DIR]

Makes a synthetic corpus of N articles from invented sentences in the genre's style
(invented names; districts, their province and communes from the reference data;
varied dates; never real text), then for each --jobs runs `python -m kg build` in a
fresh process on it, twice: a fresh build and a rebuild with nothing changed. Prints
articles/s, CPU ms per article (all processes, the pool's workers included, and that of the
process that started the run alone), peak RSS
(the largest single process), the store's load time (reported by the build), and the
rebuild's wall time against the fresh build's. Targets (issue 9, on a 2-core machine):
CPU <= 30 ms/article, --jobs 2 >= 1.7x --jobs 1, RSS at 10,000 <= 1.2x RSS at 1,000 and
under 1 GB, store load per article at 10,000 <= 1.2x at 1,000, unchanged rebuild <= 2%.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Xuân", "Thu"]
GIVEN = ["Khoa", "Lan", "Hưng", "Tâm", "Sơn", "Hạnh", "Toản", "Yến", "Phúc", "Thảo", "Long", "Vy", "Khánh", "Nga",
         "Dũng", "Hòa", "Trung", "Huyền", "Quang", "Mai"]
TOPICS = ["sơ kết công tác xây dựng Đảng quý I", "tổng kết công tác kiểm tra, giám sát năm",
          "triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm",
          "đánh giá kết quả thực hiện chương trình xây dựng nông thôn mới"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def surnames() -> list[str]:
    from importlib import resources

    text = resources.files("kg.data").joinpath("surnames.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")][:40]


def districts() -> list[tuple[str, list[str]]]:
    """(rural district, its communes) from the reference data."""
    from kg.gazetteer import Gazetteer

    g = Gazetteer()
    out = []
    for unit in g.units(kind="district"):
        if unit.level_label == "Huyện":
            communes = [c.name for c in g.children(unit) if c.level_label == "Xã" and not c.name.isdigit()]
            if len(communes) >= 2:
                out.append((unit.name, communes))
    return out


def article(rng: random.Random, names: list[str], places: list[tuple[str, list[str]]]) -> str:
    def person() -> str:
        return f"{rng.choice(names)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    import datetime as dt

    day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    event_day = day - dt.timedelta(days=1)
    district, communes = rng.choice(places)
    chair, deputy, head = person(), person(), person()
    commune = rng.choice(communes)
    weekday = WEEKDAYS[day.weekday()]
    paragraphs = [
        f"{rng.choice(['Sáng', 'Chiều'])} {event_day.day}/{event_day.month}, Ban Thường vụ Huyện ủy {district} tổ chức "
        f"hội nghị {rng.choice(TOPICS)}. Đồng chí {chair}, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí "
        f"{deputy}, Phó Bí thư Thường trực Huyện ủy.",
        f"Trong kỳ, toàn huyện kết nạp mới {rng.randrange(20, 300)} đảng viên; xã {commune} hoàn thành "
        f"{rng.randrange(60, 100)}% kế hoạch được giao.",
        f"Phát biểu kết luận, đồng chí {chair} đề nghị các cấp ủy tập trung chỉ đạo hoàn thành các chỉ tiêu. "
        f"Đồng chí {head}, Trưởng Ban Tổ chức Huyện ủy báo cáo tình hình công tác cán bộ.",
    ]
    return (f"Print {weekday}, {day.day:02d}/{day.month:02d}/{day.year} {rng.randrange(7, 18):02d}:30\n\n"
            + "\n\n".join(paragraphs) + f"\n\n{person()}\n\nNguồn. Cổng thông tin điện tử huyện\n")


def make_corpus(folder: Path, count: int, seed: int = 9) -> None:
    rng = random.Random(seed)
    names, places = surnames(), districts()
    for i in range(count):
        path = folder / f"{i // 1000:03d}" / f"bai-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, names, places), encoding="utf-8")


def measured(command: list[str]) -> dict:
    """Run command in a child that reports its own children's CPU and peak RSS (so runs do not mix)."""
    probe = ("import json, resource, subprocess, sys, time\n"
             "t = time.perf_counter()\n"
             "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "wall = time.perf_counter() - t\n"
             "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "print(json.dumps({'wall': wall, 'cpu': r.ru_utime + r.ru_stime, 'rss_mb': r.ru_maxrss / 1024,\n"
             "                  'code': done.returncode, 'out': done.stdout, 'err': done.stderr[-2000:]}))\n")
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# `python -m kg`, printing at exit the CPU of its own process (the one that fills the store and resolves the
# persons; its pool's workers are not in it): the serial share that bounds what --jobs 2 can gain
KG_SAYING_ITS_CPU = ("import atexit, resource, runpy, sys\n"
                     "def said():\n"
                     "    r = resource.getrusage(resource.RUSAGE_SELF)\n"
                     "    print(f'kg main process CPU: {r.ru_utime + r.ru_stime} s', file=sys.stderr)\n"
                     "atexit.register(said)\n"
                     "sys.argv = ['kg'] + sys.argv[1:]\n"
                     "runpy.run_module('kg', run_name='__main__')\n")


def main_process_seconds(stderr: str) -> float | None:
    m = re.search(r"kg main process CPU: ([\d.]+) s", stderr)
    return float(m.group(1)) if m else None


def store_seconds(stdout: str) -> float | None:
    m = re.search(r"loaded in ([\d.]+) s", stdout)
    return float(m.group(1)) if m else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path, default=None, help="make the corpora and outputs here, and keep them")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="vnkg-corpus-bench-"))
    rows = []
    try:
        for size in args.sizes:
            corpus = root / f"corpus-{size}"
            if not corpus.exists():
                t = time.perf_counter()
                make_corpus(corpus, size)
                print(f"made {size:,} articles in {time.perf_counter() - t:.1f} s -> {corpus}", flush=True)
            for jobs in args.jobs:
                out = root / f"out-{size}-j{jobs}"
                shutil.rmtree(out, ignore_errors=True)
                command = [sys.executable, "-c", KG_SAYING_ITS_CPU, "build", str(corpus), "--out", str(out),
                           "--jobs", str(jobs)]
                fresh = measured(command)
                again = measured(command)
                for run in (fresh, again):
                    if run["code"] != 0:
                        print(f"kg build exited {run['code']}:\n{run['err']}", file=sys.stderr)
                row = {"articles": size, "jobs": jobs, "articles_per_s": size / fresh["wall"],
                       "cpu_ms_per_article": fresh["cpu"] / size * 1000, "peak_rss_mb": fresh["rss_mb"],
                       "main_cpu_ms_per_article": (main_process_seconds(fresh["err"]) or float("nan")) / size * 1000,
                       "store_s": store_seconds(fresh["out"]), "wall_s": fresh["wall"],
                       "rebuild_s": again["wall"], "rebuild_pct": 100 * again["wall"] / fresh["wall"]}
                rows.append(row)
                print(f"N={size:>6,} --jobs {jobs}: {row['articles_per_s']:6.1f} articles/s, "
                      f"{row['cpu_ms_per_article']:6.1f} ms CPU/article "
                      f"({row['main_cpu_ms_per_article']:.1f} in the main process), "
                      f"peak RSS {row['peak_rss_mb']:6.0f} MB, "
                      f"store {row['store_s'] if row['store_s'] is not None else float('nan'):6.2f} s, "
                      f"fresh {row['wall_s']:6.1f} s, unchanged rebuild {row['rebuild_s']:5.2f} s "
                      f"({row['rebuild_pct']:.1f}%)", flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
