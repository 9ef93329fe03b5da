"""What each Material feature we switch on costs a reader's first load (`make bench-features`; reported,
never a budget).

The paint benchmark compares ours with Material as it comes, which switches on no feature at all. This
one builds ours again without one feature at a time (mkdocs.yml inherited, only `theme:` changed) and
measures each build the way benchmarks/paint.py does (same browser set-up, same measure()), alternating
with ours and stock, so that the table says what a feature costs next to what it is for:

- the colour-scheme toggle (Material's palette component, two schemes with a toggle): replaced by the
  light scheme alone;
- instant navigation (`navigation.instant`, `navigation.instant.progress`);
- `toc.follow`;
- every feature and the toggle: Material with our content, templates, CSS and scripts only.

BENCH_FEATURE_RUNS loads per page and build (default 5); BENCH_FEATURE_PAGES the pages (default the
chapter and the home page).
"""

from __future__ import annotations

import os
import shutil
from urllib.parse import urljoin

import yaml

from benchmarks.common import ROOT, WORK, Section, load_config, log, mkdocs_build, table
from benchmarks.page_weight import CHROMIUM_FLAGS
from benchmarks.paint import METRICS, measure, side_median, spread
from benchmarks.serve_gzip import GzipServer, free_port

RUNS = int(os.environ.get("BENCH_FEATURE_RUNS", "5"))
PAGES = [p.strip() for p in os.environ.get("BENCH_FEATURE_PAGES", "apa-itu-kolaborasi/,").split(",")]


def variants(theme: dict) -> list[tuple[str, dict]]:
    """(label, theme overrides) of each build without one feature, in the table's order."""
    features = list(theme.get("features") or [])
    palette = theme.get("palette")
    light = None
    if isinstance(palette, list) and palette:
        light = {key: value for key, value in palette[0].items() if key not in ("media", "toggle")}
    found = []
    if light is not None:
        found.append(("tanpa tombol skema warna (hanya skema terang)", {"palette": light}))
    instant = [f for f in features if f.startswith("navigation.instant")]
    if instant:
        found.append(("tanpa navigasi instan", {"features": [f for f in features if f not in instant]}))
    if "toc.follow" in features:
        found.append(("tanpa toc.follow", {"features": [f for f in features if f != "toc.follow"]}))
    bare = {"features": []}
    if light is not None:
        bare["palette"] = light
    found.append(("tanpa fitur Material apa pun dan tanpa tombol skema", bare))
    return found


def _build(label: str, overrides: dict, number: int):
    """Build ours with `overrides` merged into theme:, served on its own port (site_url matches it)."""
    port = free_port()
    site = WORK / f"features-{number}"
    shutil.rmtree(site, ignore_errors=True)
    # Beside mkdocs.yml: relative paths (docs_dir, custom_dir, hooks) are read from the inheriting file.
    config = ROOT / f".bench-features-{number}.yml"
    config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", "theme": overrides}, allow_unicode=True),
                      encoding="utf-8")
    try:
        mkdocs_build(config, site, {"SITE_URL": f"http://127.0.0.1:{port}/"})
    finally:
        config.unlink()
    log(f"build fitur: {label}")
    return GzipServer(site, port).start()


def run_benchmark(builds) -> Section:
    from playwright.sync_api import sync_playwright

    sides = [("kita (mkdocs.yml)", builds.ours_server, builds.ours_url)]
    servers = []
    try:
        for number, (label, overrides) in enumerate(variants(load_config(ROOT)["theme"]), start=1):
            server = _build(label, overrides, number)
            servers.append(server)
            sides.append((label, server, server.base))
        sides.append(("stock (Material polos)", builds.stock_server, builds.stock_url))
        rows = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
            for path in PAGES:
                if path not in builds.pages:
                    continue
                runs: dict[str, list[dict]] = {label: [] for label, _, _ in sides}
                for _ in range(RUNS):
                    for label, server, base in sides:
                        runs[label].append(measure(browser, server, urljoin(base, path)))
                for label, _, _ in sides:
                    rows.append([f"/{path}", label, *(spread([r[m.key] for r in runs[label]], m.fmt) for m in METRICS)])
                log(f"fitur /{path}: " + ", ".join(f"{label} {side_median(runs[label], 'task'):.0f} ms"
                                                   for label, _, _ in sides))
            browser.close()
    finally:
        for server in servers:
            server.shutdown()
    lines = ["Harga setiap fitur Material yang kita nyalakan pada muat pertama (dilaporkan, bukan anggaran): "
             "situs kita dibangun ulang tanpa satu fitur (mkdocs.yml diwarisi, hanya `theme:` yang berubah) dan "
             "diukur persis seperti tabel cat pertama, bergantian dengan kita dan stock. "
             f"Median {RUNS} muat per halaman dan build; dalam kurung rentang (min–maks).", ""]
    lines += table(["Halaman", "Build", *(m.label + (f" ({m.unit})" if m.unit else "") for m in METRICS)], rows)
    return Section("Harga fitur Material", lines)
