"""Report the gzip size of the quiz and trainer-view assets against their budgets (not a test).

Usage: .venv/bin/python -m benchmarks.asset_sizes
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = [
    # (file, budget in bytes gzip or None)
    ("docs/assets/javascripts/quiz.js", 4096),
    ("docs/assets/stylesheets/quiz.css", 2048),
    ("docs/assets/javascripts/trainer.js", None),
    ("docs/assets/stylesheets/trainer.css", None),
]


def main() -> int:
    over = 0
    print(f"{'berkas':45} {'mentah':>8} {'gzip':>8} {'batas':>8}")
    for rel, budget in ASSETS:
        raw = (ROOT / rel).read_bytes()
        size = len(gzip.compress(raw, compresslevel=9))
        verdict = "" if budget is None else ("ok" if size <= budget else "MELEBIHI")
        over += verdict == "MELEBIHI"
        print(f"{rel:45} {len(raw):8} {size:8} {budget or '-':>8} {verdict}")
    print("Pembanding: mkdocs-quiz menambah sekitar 14 KB gzip yang disisipkan di setiap halaman kuis.")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
