"""Worst-case extraction cost: pathological texts of a given size, each read and extracted in a fresh
process, with the time taken and the process's peak memory. Every sentence pattern should be linear:
the target is 1 MB of text in at most 5 s and 300 MB.

    python benchmarks/extraction_worst.py [MEGABYTES]      (default 1)

Cases (all text invented):
  capitals   one run of capitalised words, no punctuation ('Ông Lạc Hồng Sơn Minh …')
  appositions  'name, title, ' repeated in one sentence
  one-line   an ordinary paragraph repeated on a single line (many sentences, one block)
  no-stop    the same paragraph without full stops: one sentence of the whole size
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = "Print Thứ Hai, 14/01/2021 08:00\n\n"
PARAGRAPH = ("Sáng 14-1, Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Thanh Hà về công tác xây dựng Đảng. Dự có "
             "các đồng chí: Lê Văn Sơn, Phó Bí thư Tỉnh ủy; Đặng Thị Mai, Giám đốc Sở Thông tin và Truyền thông; "
             "Vũ Hữu Tài, Trưởng phòng Lao động - Thương binh và Xã hội huyện. Năm 2020, huyện có 12.345 hộ, "
             "tăng 2,1% so với năm trước. ")
CAPITALS = ("Lạc", "Hồng", "Sơn", "Minh", "Phúc", "Tân", "Lập", "An", "Bình", "Hòa")


def case_text(name: str, size: int) -> str:
    if name == "capitals":
        words, total = ["Ông"], 0
        while total < size:
            words.append(CAPITALS[len(words) % len(CAPITALS)])
            total += len(words[-1].encode()) + 1
        return HEADER + " ".join(words) + ".\n"
    if name == "appositions":
        unit = "Nguyễn Văn An, Phó Chủ tịch UBND huyện, "
        return HEADER + "Dự có " + unit * (size // len(unit.encode()) + 1) + "và các đại biểu.\n"
    if name == "one-line":
        return HEADER + PARAGRAPH * (size // len(PARAGRAPH.encode()) + 1) + "\n"
    if name == "no-stop":
        plain = PARAGRAPH.replace(".", ",")
        return HEADER + plain * (size // len(plain.encode()) + 1) + ".\n"
    raise ValueError(name)


CASES = ("capitals", "appositions", "one-line", "no-stop")


def run_one(name: str, size: int) -> None:
    from kg.extract import extract
    from kg.reader import parse_article

    extract(parse_article(HEADER + "Sáng 1/2, Huyện ủy họp.\n", "warm"))
    text = case_text(name, size)
    start = time.perf_counter()
    extract(parse_article(text, name))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name:12s} {len(text.encode()) / 1e6:6.2f} MB  {elapsed:7.2f} s  peak {peak:6.0f} MB")


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--case":
        run_one(sys.argv[2], int(float(sys.argv[3]) * 1e6))
        return 0
    megabytes = sys.argv[1] if len(sys.argv) > 1 else "1"
    for name in CASES:
        done = subprocess.run([sys.executable, __file__, "--case", name, megabytes], capture_output=True, text=True)
        print(done.stdout.strip() or f"{name:12s} failed: {done.stderr.strip().splitlines()[-1:]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
