"""Lighthouse 12.2.3 (npm, pinned in package-lock.json) with Debian's chromium, mobile and desktop,
median of several runs, on the home page, a chapter, an example, the glossary and a quiz (those
present), ours and stock.

Budget (ours, mobile): accessibility, best practices and SEO 100; performance at least 99.

CPU slowdown, calibrated to this machine. Lighthouse's mobile preset slows the CPU 4×, a figure tuned
for a high-end desktop host (benchmarkIndex 1500-2000, Lighthouse docs/throttling.md, "CPU
throttling"); on a slower host the same 4× emulates a slower phone than Lighthouse intends. Lighthouse
reports the host's benchmarkIndex in every run and points to its calculator for the multiplier that
matches (the link is in node_modules/lighthouse/core/config/lr-mobile-config.js, whose 1.2× is that
calculator's answer for PageSpeed Insights' own servers). So the bench first runs Lighthouse three
times, takes the median benchmarkIndex, and applies the calculator's formula (cpu_multiplier) to every
run, ours and stock alike. BENCH_LIGHTHOUSE_CPU=4 restores the uncalibrated preset.
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

RUNS = int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "5"))  # mobile; desktop (no budget) runs 3
DESKTOP_RUNS = min(RUNS, 3)
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


def cpu_multiplier(benchmark_index: float) -> float:
    """The CPU slowdown Lighthouse's throttling calculator gives for a host's benchmarkIndex (linear
    between its anchors: 150 → 1×, 800 → 2×, 1300 → 3×, then +1× per 233)."""
    if benchmark_index >= 1300:
        return 3 + (benchmark_index - 1300) / 233
    if benchmark_index >= 800:
        return 2 + (benchmark_index - 800) / 500
    return max(1.0, 1 + (benchmark_index - 150) / 650)


def run_lighthouse(url: str, form: str, categories: list[str], cpu: float | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                   f"--only-categories={','.join(categories)}", f"--chrome-flags={CHROME_FLAGS}"]
        if form == "desktop":
            command.append("--preset=desktop")
        elif cpu is not None:
            command.append(f"--throttling.cpuSlowdownMultiplier={cpu:.2f}")
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"})
        if result.returncode != 0 or not out.exists():
            raise SystemExit(f"lighthouse gagal untuk {url}:\n{result.stderr[-2000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def calibrate(url: str) -> tuple[float, float]:
    """(median benchmarkIndex of three runs, the CPU multiplier for it); BENCH_LIGHTHOUSE_CPU overrides."""
    indexes = [run_lighthouse(url, "mobile", ["performance"])["environment"]["benchmarkIndex"] for _ in range(3)]
    index = median(indexes)
    override = os.environ.get("BENCH_LIGHTHOUSE_CPU")
    return index, float(override) if override else round(cpu_multiplier(index), 2)


def scores(url: str, form: str, cpu: float) -> dict[str, float]:
    runs = []
    for _ in range(RUNS if form == "mobile" else DESKTOP_RUNS):
        report = run_lighthouse(url, form, CATEGORIES, cpu)
        runs.append({key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES})
    return {key: median([run[key] for run in runs]) for key in CATEGORIES}


def _fmt(values: dict) -> str:
    return "/".join(f"{values[key]:g}" for key in CATEGORIES)


def run_benchmark(builds) -> Section:
    if not LIGHTHOUSE.exists():
        return Section("Lighthouse", ["Lighthouse belum terpasang: jalankan `npm ci` (atau `make bench`)."],
                       ["lighthouse tidak terpasang"])
    rows, misses = [], []
    index, cpu = calibrate(builds.stock_url)
    log(f"lighthouse: benchmarkIndex {index:g}, perlambatan CPU ponsel {cpu:g}×")
    for label, path in pick_pages(builds.pages):
        for form in ("mobile", "desktop"):
            ours = scores(urljoin(builds.ours_url, path), form, cpu)
            stock = scores(urljoin(builds.stock_url, path), form, cpu)
            log(f"lighthouse {form} /{path}: kita {_fmt(ours)}, stock {_fmt(stock)}")
            rows.append([f"{label} (/{path})", "ponsel" if form == "mobile" else "desktop", _fmt(ours), _fmt(stock)])
            if form == "mobile":
                for key, floor in BUDGET.items():
                    if ours[key] < floor:
                        misses.append(f"Lighthouse ponsel /{path} {key}: {ours[key]:g}, anggaran {floor} "
                                      f"(kurang {floor - ours[key]:g})")
    lines = [f"Median {RUNS} kali (ponsel) dan {DESKTOP_RUNS} kali (desktop), skor kinerja/aksesibilitas/praktik "
             "terbaik/SEO. Anggaran (kita, ponsel): 99/100/100/100.", "",
             f"Perlambatan CPU ponsel dikalibrasi ke mesin ini: benchmarkIndex {index:g} (median 3 kali), jadi "
             f"{cpu:g}× menurut kalkulator throttling Lighthouse, bukan 4× bawaan yang disetel untuk komputer "
             "desktop kelas atas (benchmarkIndex 1500–2000). Kita dan stock diukur dengan angka yang sama. "
             "`BENCH_LIGHTHOUSE_CPU=4` mengukur dengan angka bawaan.", ""]
    lines += table(["Halaman", "Bentuk", "Kita", "Stock"], rows)
    return Section("Lighthouse", lines, misses)
