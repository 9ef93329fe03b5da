"""Lighthouse 12.2.3 (npm, pinned in package-lock.json) with Debian's chromium, mobile and desktop,
median of 3 runs, on the home page, a chapter, an example, the glossary and a quiz (those present),
ours and stock.

Budget (ours, mobile): accessibility, best practices and SEO 100; performance at least 99.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urljoin

from benchmarks.common import ROOT, Section, log, median, table

RUNS = int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "3"))
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUDGET = {"performance": 99, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run " \
               "--disable-background-networking --disable-component-update --disable-sync"
CHAPTERS = ["apa-itu-kolaborasi/", "kunci-keberhasilan/", "tujuan-kolaborasi/"]


def pick_pages(pages: list[str]) -> list[tuple[str, str]]:
    """(label, path) for home, a chapter, an example, the glossary and a quiz, where they exist."""
    picks = [("Beranda", "")] if "" in pages else []
    chapter = next((p for p in CHAPTERS if p in pages), None)
    example = next((p for p in pages if p.startswith("examples/") and p != "examples/"), None)
    quiz = next((p for p in pages if p.startswith("kuis/") and p not in ("kuis/", "kuis/kemajuan/")), None)
    for label, path in (("Bab", chapter), ("Contoh", example), ("Glosarium", "glosarium/" if "glosarium/" in pages else None),
                        ("Kuis", quiz)):
        if path is not None:
            picks.append((label, path))
    return picks


def lighthouse(url: str, form: str) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                   f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
        if form == "desktop":
            command.append("--preset=desktop")
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"})
        if result.returncode != 0 or not out.exists():
            raise SystemExit(f"lighthouse gagal untuk {url}:\n{result.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    return {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}


def scores(url: str, form: str) -> dict[str, float]:
    runs = [lighthouse(url, form) for _ in range(RUNS)]
    return {key: median([run[key] for run in runs]) for key in CATEGORIES}


def _fmt(values: dict) -> str:
    return "/".join(f"{values[key]:g}" for key in CATEGORIES)


def run_benchmark(builds) -> Section:
    if not LIGHTHOUSE.exists():
        return Section("Lighthouse", ["Lighthouse belum terpasang: jalankan `npm ci` (atau `make bench`)."],
                       ["lighthouse tidak terpasang"])
    rows, misses = [], []
    for label, path in pick_pages(builds.pages):
        for form in ("mobile", "desktop"):
            ours = scores(urljoin(builds.ours_url, path), form)
            stock = scores(urljoin(builds.stock_url, path), form)
            log(f"lighthouse {form} /{path}: kita {_fmt(ours)}, stock {_fmt(stock)}")
            rows.append([f"{label} (/{path})", "ponsel" if form == "mobile" else "desktop", _fmt(ours), _fmt(stock)])
            if form == "mobile":
                for key, floor in BUDGET.items():
                    if ours[key] < floor:
                        misses.append(f"Lighthouse ponsel /{path} {key}: {ours[key]:g}, anggaran {floor} "
                                      f"(kurang {floor - ours[key]:g})")
    lines = [f"Median {RUNS} kali, skor kinerja/aksesibilitas/praktik terbaik/SEO. Anggaran (kita, ponsel): "
             "99/100/100/100.", ""]
    lines += table(["Halaman", "Bentuk", "Kita", "Stock"], rows)
    return Section("Lighthouse", lines, misses)
