"""`make bench`: build ours and stock once, serve both with gzip, run every benchmark module present
(any benchmarks/*.py with `run_benchmark(builds) -> Section`), write a dated table to
benchmarks/results/, and exit non-zero naming each missed budget and by how much.

BENCH_ONLY=page_weight,paint runs a subset. Modules in DEFAULT_SKIP (Lighthouse and the
cost of each Material feature: slow, report only) run only when BENCH_ONLY names them
(`make bench-lighthouse`, `make bench-features`).
"""

from __future__ import annotations

import datetime
import importlib
import os
import pkgutil
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import RESULTS, ROOT, WORK, Builds, log, mkdocs_build, nav_order, page_paths, \
    stock_config, stock_docs
from benchmarks.serve_gzip import GzipServer, free_port

ORDER = ["build_time", "page_weight", "paint", "features", "lighthouse"]  # the rest follow alphabetically
DEFAULT_SKIP = {"lighthouse", "features"}  # run only when BENCH_ONLY names them
NOT_BENCHMARKS = {"run", "common", "serve_gzip"}


def prepare() -> Builds:
    WORK.mkdir(parents=True, exist_ok=True)
    ours_port, stock_port = free_port(), free_port()
    ours_url, stock_url = f"http://127.0.0.1:{ours_port}/", f"http://127.0.0.1:{stock_port}/"
    ours_site, stock_site = WORK / "site-ours", WORK / "site-stock"
    for site in (ours_site, stock_site):
        shutil.rmtree(site, ignore_errors=True)
    log("build kita dan stock")
    # site_url is the bench server, so canonical links, the sitemap and instant navigation match it.
    mkdocs_build(ROOT / "mkdocs.yml", ours_site, {"SITE_URL": ours_url})
    config = stock_config(stock_docs(WORK / "stock-docs"), WORK / "stock.yml")
    mkdocs_build(config, stock_site, {"SITE_URL": stock_url})
    ours_pages, stock_pages = page_paths(ours_site), page_paths(stock_site)
    common = [p for p in nav_order(ours_pages) if p in stock_pages]
    builds = Builds(ours_site, stock_site, ours_url, stock_url, common)
    builds.ours_server = GzipServer(ours_site, ours_port).start()
    builds.stock_server = GzipServer(stock_site, stock_port).start()
    return builds


def modules() -> list:
    names = [info.name for info in pkgutil.iter_modules([str(Path(__file__).parent)])
             if info.name not in NOT_BENCHMARKS]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    only = {n.strip() for n in os.environ.get("BENCH_ONLY", "").split(",") if n.strip()}
    found = []
    for name in names:
        if (only and name not in only) or (not only and name in DEFAULT_SKIP):
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        if hasattr(module, "run_benchmark"):
            found.append(module)
    return found


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or "?"


def main() -> int:
    start = time.monotonic()
    builds = prepare()
    log(f"build kita dan stock selesai dalam {time.monotonic() - start:.0f} detik")
    sections = []
    try:
        for module in modules():
            log(f"menjalankan {module.__name__}")
            start = time.monotonic()
            sections.append(module.run_benchmark(builds))
            log(f"{module.__name__} selesai dalam {time.monotonic() - start:.0f} detik")
    finally:
        builds.ours_server.shutdown()
        builds.stock_server.shutdown()
    now = datetime.datetime.now(datetime.timezone.utc)
    misses = [miss for section in sections for miss in section.misses]
    lines = [f"# Tolok ukur {now:%Y-%m-%d %H:%M} UTC", "",
             f"Commit `{_commit()}`, {os.cpu_count()} inti, Python {platform.python_version()}. "
             "Kita = mkdocs.yml; stock = benchmarks/stock.yml (Material polos atas Markdown yang sama). "
             f"Halaman yang dibandingkan: {', '.join('/' + p for p in builds.pages)}.", ""]
    for section in sections:
        lines += [f"## {section.title}", "", *section.lines, ""]
    lines += ["## Anggaran", ""]
    lines += [f"- MELESET: {miss}" for miss in misses] or ["- Semua anggaran terpenuhi."]
    text = "\n".join(lines) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    only = os.environ.get("BENCH_ONLY", "").replace(",", "-").strip("-")
    out = RESULTS / (f"{now:%Y-%m-%d}-{only}.md" if only else f"{now:%Y-%m-%d}.md")
    out.write_text(text, encoding="utf-8")
    print(text)
    print(f"Ditulis ke {out.relative_to(ROOT)}")
    if misses:
        print(f"{len(misses)} anggaran meleset.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
