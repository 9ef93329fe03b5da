"""Build time, ours and stock, median of 5, at the real content size and with every page ×10.

Budget: ours at most 1.3× stock at both sizes, and growth with content (×10 time / ×1 time) no
steeper than 1.3× stock's, i.e. linear like stock's.
"""

from __future__ import annotations

import os
import shutil

from benchmarks.common import ROOT, WORK, Section, log, median, mkdocs_build, multiply_docs, project_copy, \
    ratio, stock_config, stock_docs, table

RUNS = int(os.environ.get("BENCH_BUILD_RUNS", "3"))
TIMES = 10
BUDGET = 1.3


def _median_builds(ours_config, stock_config_path, site, label) -> tuple[float, float]:
    """Median CPU time of RUNS builds of each, alternating ours and stock, so that a busy spell on the
    shared machine slows both alike (run after run, the same build moves by up to half here)."""
    ours, stock = [], []
    for n in range(RUNS):
        for config, times in ((ours_config, ours), (stock_config_path, stock)):
            if site.exists():
                shutil.rmtree(site)
            times.append(mkdocs_build(config, site))
        log(f"build {label} {n + 1}/{RUNS}: kita {ours[-1]:.2f} s, stock {stock[-1]:.2f} s CPU")
    return median(ours), median(stock)


def run_benchmark(builds) -> Section:
    base = WORK / "build-time"
    # Real size.
    docs1 = stock_docs(base / "stock-docs-1")
    stock1 = stock_config(docs1, base / "stock-1.yml")
    ours_1, stock_1 = _median_builds(ROOT / "mkdocs.yml", stock1, base / "site", "×1")
    # Content ×10: copies of every hand-written page under docs/kopi-N/ in both. Stock gets the pages
    # the generators write for that content (worksheets of the copied chapters too), as ours builds them.
    copy = project_copy(base / "ours-x10")
    multiply_docs(copy / "docs", ROOT / "docs", TIMES)
    docs10 = stock_docs(base / "stock-docs-10", copy)
    stock10 = stock_config(docs10, base / "stock-10.yml")
    ours_10, stock_10 = _median_builds(copy / "mkdocs.yml", stock10, base / "site", f"×{TIMES}")
    shutil.rmtree(base / "site", ignore_errors=True)

    # Share images (Pillow, one per page) on their own: the same copy built with and without its
    # picture cache (.cache/share/, keyed by content); every other build above reuses the cache.
    pictures = project_copy(base / "ours-share")
    warm, cold = [], []
    for n in range(RUNS):
        shutil.rmtree(pictures / ".cache", ignore_errors=True)
        shutil.rmtree(base / "site", ignore_errors=True)
        cold.append(mkdocs_build(pictures / "mkdocs.yml", base / "site"))
        shutil.rmtree(base / "site", ignore_errors=True)
        warm.append(mkdocs_build(pictures / "mkdocs.yml", base / "site"))
        log(f"build gambar pratinjau {n + 1}/{RUNS}: tanpa cache {cold[-1]:.2f} s, dengan cache {warm[-1]:.2f} s CPU")
    images = sum(1 for _ in (base / "site").rglob("assets/images/share/*.png"))
    shutil.rmtree(base / "site", ignore_errors=True)
    share_cost = median(cold) - median(warm)

    pages1 = sum(1 for _ in (ROOT / "docs").rglob("*.md"))
    rows = [
        [f"×1 ({pages1} halaman Markdown)", f"{ours_1:.2f}", f"{stock_1:.2f}", ratio(ours_1, stock_1)],
        [f"×{TIMES} ({pages1 * TIMES} halaman Markdown)", f"{ours_10:.2f}", f"{stock_10:.2f}", ratio(ours_10, stock_10)],
        [f"pertumbuhan ×{TIMES} / ×1", f"{ours_10 / ours_1:.2f}", f"{stock_10 / stock_1:.2f}",
         ratio(ours_10 / ours_1, stock_10 / stock_1)],
    ]
    misses = []
    for label, ours, stock in (("×1", ours_1, stock_1), (f"×{TIMES}", ours_10, stock_10),
                               ("pertumbuhan", ours_10 / ours_1, stock_10 / stock_1)):
        if ours > BUDGET * stock:
            misses.append(f"waktu build {label}: {ours / stock:.2f}× stock, anggaran {BUDGET}× "
                          f"(lebih {ours - BUDGET * stock:.2f})")
    lines = [f"Median {RUNS} build (`mkdocs build`) berselang-seling kita dan stock, waktu CPU proses (user + sistem, detik) termasuk awal Python: "
             f"waktu dinding terlalu dipengaruhi beban lain di mesin bersama. Anggaran: ≤ {BUDGET}× stock.", ""]
    lines += table(["Konten", "Kita (s)", "Stock (s)", "Kita/stock"], rows)
    lines += ["", f"Gambar pratinjau berbagi ({images} gambar 1200×630, Pillow), dihitung terpisah: build ×1 tanpa "
              f"cache {median(cold):.2f} s, dengan cache {median(warm):.2f} s, jadi membuat semuanya {share_cost:.2f} s CPU. "
              "Cache (`.cache/share/`) memakai judul, bagian, nama situs, host, fon dan versi desain sebagai kunci, "
              "jadi build biasa hanya menggambar halaman yang berubah."]
    return Section("Waktu build", lines, misses)
