"""First paint and main-thread work, ours and stock, on the home page, a chapter, an example, the
glossary and a quiz (those both builds have).

Each load gets a fresh browser context (empty cache) in Playwright's Chromium, 390×844 at device scale
1, with the CPU slowed 4× through the DevTools protocol (Emulation.setCPUThrottlingRate, set before
navigation) and no network throttling, from the local gzip servers. Observers for
largest-contentful-paint and longtask are added by an init script, so they exist before the page's
own scripts run. The measurement window ends at the load event plus network quiet (no request for
0.6 s, at most 20 s, as page_weight.settle); every metric is read at that moment:

- FCP: the first-contentful-paint entry's startTime;
- LCP: the last largest-contentful-paint entry's startTime;
- TBT: sum of (duration − 50 ms) of long tasks on the main thread that start after FCP;
- main-thread task time: Performance.getMetrics "TaskDuration" (Performance.enable before navigation);
- DOM elements: document.getElementsByTagName("*").length;
- bytes before interactive: what the gzip server sent (headers + bodies) in the window, including the
  search index when Material's search worker fetches it within the window, ours and stock alike.

BENCH_PAINT_RUNS loads per page and side (default 5), ours and stock alternating; the table gives the
median and the spread (min–max) of each side.

A second table follows a reader who goes on to the next page (a chapter to the next chapter, an example
to the next example): the page is loaded and settled as above, then a link to the next page is clicked,
and the time runs until the next page's heading is on screen (polled every animation frame). Ours swaps
the page in place (Material's instant navigation); stock loads it whole. Reported, not a budget: it is
what the start-up work of instant navigation buys.

Budgets (ours against the stock median): FCP and LCP ≤ stock × 1.05; TBT ≤ max(stock × 1.05,
stock + 10 ms), since 5 % of a TBT near 0 is below what a single long task can vary; main-thread task
time ≤ stock × 1.1; DOM elements ≤ stock × 1.3; bytes before interactive ≤ stock.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urljoin

from benchmarks.common import Section, log, median, table
from benchmarks.page_weight import CHROMIUM_FLAGS, PHONE, settle

RUNS = int(os.environ.get("BENCH_PAINT_RUNS", "5"))
CPU_SLOWDOWN = 4
LONG_TASK_MS = 50
PAGES = [("Beranda", ""), ("Bab", "apa-itu-kolaborasi/"), ("Contoh", "examples/ykp-madani/"),
         ("Glosarium", "glosarium/"), ("Kuis", "kuis/definisi/")]

# (label, from, to): a reader going on to the next page.
NEXT_PAGES = [("Bab → bab berikutnya", "apa-itu-kolaborasi/", "kunci-keberhasilan/"),
              ("Contoh → contoh berikutnya", "examples/ykp-madani/", "examples/icw-jurnalis/")]

OBSERVERS = """
window.__bench = {lcp: [], longtasks: []};
try {
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) window.__bench.lcp.push(entry.startTime);
  }).observe({type: 'largest-contentful-paint', buffered: true});
} catch (e) {}
try {
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) window.__bench.longtasks.push([entry.startTime, entry.duration]);
  }).observe({type: 'longtask', buffered: true});
} catch (e) {}
"""

READ = """() => {
  const fcp = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
  const bench = window.__bench || {lcp: [], longtasks: []};
  return {fcp: fcp ? fcp.startTime : null, lcp: bench.lcp.length ? bench.lcp[bench.lcp.length - 1] : null,
          longtasks: bench.longtasks, dom: document.getElementsByTagName('*').length};
}"""


# Pure helpers


def pick_pages(pages: list[str]) -> list[tuple[str, str]]:
    """(label, path) of PAGES that both builds have."""
    return [(label, path) for label, path in PAGES if path in pages]


def total_blocking_time(longtasks: list, fcp: float | None) -> float:
    """Sum of the time beyond 50 ms of each long task [start, duration] that starts after FCP."""
    if fcp is None:
        return 0.0
    return sum(max(0.0, duration - LONG_TASK_MS) for start, duration in longtasks if start >= fcp)


def tbt_limit(stock: float) -> float:
    return max(stock * 1.05, stock + 10)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str  # shown in the table, Indonesian
    unit: str
    limit: Callable[[float], float]  # the most ours may be, given the stock median
    rule: str  # the limit in words, Indonesian
    fmt: Callable[[float], str]


def _ms(value: float) -> str:
    return f"{value:.0f}"


def _kb(value: float) -> str:
    return f"{value / 1024:.1f}"


METRICS = [
    Metric("fcp", "FCP", "ms", lambda s: s * 1.05, "≤ stock × 1.05", _ms),
    Metric("lcp", "LCP", "ms", lambda s: s * 1.05, "≤ stock × 1.05", _ms),
    Metric("tbt", "TBT", "ms", tbt_limit, "≤ maks(stock × 1.05; stock + 10 ms)", _ms),
    Metric("task", "Kerja utas utama", "ms", lambda s: s * 1.1, "≤ stock × 1.1", _ms),
    Metric("dom", "Elemen DOM", "", lambda s: s * 1.3, "≤ stock × 1.3", lambda v: f"{v:.0f}"),
    Metric("bytes", "Byte sebelum interaktif", "KB", lambda s: s, "≤ stock", _kb),
]


def spread(values: list[float], fmt: Callable[[float], str]) -> str:
    """'median (min–max)', or only the median when every run gave the same figure; '–' without values."""
    values = [v for v in values if v is not None and not math.isnan(v)]
    if not values:
        return "–"
    low, mid, high = fmt(min(values)), fmt(median(values)), fmt(max(values))
    return mid if low == high else f"{mid} ({low}–{high})"


def miss(metric: Metric, path: str, ours: float | None, stock: float | None) -> str | None:
    """The budget miss, in Indonesian, when ours is above the limit the stock median sets."""
    if ours is None or stock is None:
        return None
    limit = metric.limit(stock)
    if ours <= limit:
        return None
    unit = f" {metric.unit}" if metric.unit else ""
    return (f"Cat /{path} {metric.label}: kita {metric.fmt(ours)}{unit}, stock {metric.fmt(stock)}{unit}, "
            f"batas {metric.fmt(limit)}{unit} ({metric.rule}); lebih {metric.fmt(ours - limit)}{unit}")


def side_median(runs: list[dict], key: str) -> float | None:
    values = [run[key] for run in runs if run[key] is not None]
    return median(values) if values else None


# Browser


def measure(browser, server, url: str) -> dict:
    """One cold load of url, CPU 4× slower; every metric read at the end of the window."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    context.add_init_script(OBSERVERS)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    cdp.send("Performance.enable")
    server.reset()
    page.goto(url, wait_until="load", timeout=60_000)
    settle(server)
    sent, _requests = server.snapshot()
    values = page.evaluate(READ)
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    context.close()
    return {"fcp": values["fcp"], "lcp": values["lcp"], "tbt": None if values["fcp"] is None else total_blocking_time(values["longtasks"], values["fcp"]),
            "task": metrics.get("TaskDuration", 0.0) * 1000, "dom": values["dom"], "bytes": sent}


def measure_next(browser, server, base: str, path: str, target: str) -> float:
    """Milliseconds from the click on a link to target until target's heading is on screen."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.goto(urljoin(base, path), wait_until="load", timeout=60_000)
    settle(server)
    heading = page.evaluate("document.querySelector('article h1').textContent")
    start = time.monotonic()
    # The click leaves from a task of its own, so that a full page load cannot cut the evaluate short.
    page.evaluate("""target => setTimeout(() => [...document.querySelectorAll('a[href]')]
        .find(a => new URL(a.href, location.href).pathname.endsWith('/' + target)).click())""", target)
    page.wait_for_function("""([target, old]) => {
        const h1 = document.querySelector('article h1');
        return location.pathname.endsWith('/' + target) && h1 && h1.textContent !== old
            && h1.getBoundingClientRect().height > 0;
    }""", arg=[target, heading], polling="raf", timeout=60_000)
    elapsed = (time.monotonic() - start) * 1000
    context.close()
    return elapsed


def next_page_lines(browser, builds) -> list[str]:
    rows = []
    for label, path, target in NEXT_PAGES:
        if path not in builds.pages or target not in builds.pages:
            continue
        times: dict[str, list[float]] = {"ours": [], "stock": []}
        for _ in range(RUNS):
            times["ours"].append(measure_next(browser, builds.ours_server, builds.ours_url, path, target))
            times["stock"].append(measure_next(browser, builds.stock_server, builds.stock_url, path, target))
        ours, stock = median(times["ours"]), median(times["stock"])
        rows.append([f"{label} (/{path} → /{target})", spread(times["ours"], _ms), spread(times["stock"], _ms),
                     f"{ours / stock:.2f}" if stock else "–"])
        log(f"pindah /{path} → /{target}: kita {ours:.0f} ms, stock {stock:.0f} ms")
    if not rows:
        return []
    return ["", "Pindah ke halaman berikutnya (dilaporkan, bukan anggaran): halaman dimuat dan tenang seperti di "
            "atas, lalu tautan ke halaman berikutnya diklik; waktu berjalan sampai judul halaman itu tampil "
            "(diperiksa tiap bingkai animasi). Kita: navigasi instan Material (halaman ditukar di tempat); "
            "stock: muat penuh.", "",
            *table(["Perpindahan", "Kita (ms)", "Stock (ms)", "Kita/stock"], rows)]


def run_benchmark(builds) -> Section:
    from playwright.sync_api import sync_playwright

    rows, misses, missing_paint = [], [], 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        for label, path in pick_pages(builds.pages):
            runs: dict[str, list[dict]] = {"ours": [], "stock": []}
            for _ in range(RUNS):
                runs["ours"].append(measure(browser, builds.ours_server, urljoin(builds.ours_url, path)))
                runs["stock"].append(measure(browser, builds.stock_server, urljoin(builds.stock_url, path)))
            missing_paint += sum(run["fcp"] is None for side in runs.values() for run in side)
            for metric in METRICS:
                ours, stock = side_median(runs["ours"], metric.key), side_median(runs["stock"], metric.key)
                ratio = f"{ours / stock:.2f}" if ours is not None and stock else "–"
                rows.append([f"{label} (/{path})", metric.label + (f" ({metric.unit})" if metric.unit else ""),
                             spread([r[metric.key] for r in runs["ours"]], metric.fmt),
                             spread([r[metric.key] for r in runs["stock"]], metric.fmt), ratio, metric.rule])
                found = miss(metric, path, ours, stock)
                if found:
                    misses.append(found)
            log(f"cat /{path}: FCP kita {side_median(runs['ours'], 'fcp')}, stock {side_median(runs['stock'], 'fcp')}")
        following = next_page_lines(browser, builds)
        browser.close()
    lines = [f"Chromium 390×844 (skala 1), konteks baru (cache kosong) tiap muat, CPU diperlambat {CPU_SLOWDOWN}× "
             "lewat protokol DevTools, tanpa perlambatan jaringan, server gzip lokal. "
             f"Median {RUNS} muat per halaman dan sisi, kita dan stock bergantian; dalam kurung rentang (min–maks). "
             "Jendela ukur berakhir pada event load ditambah jaringan tenang (tanpa permintaan 0,6 detik, paling "
             "lama 20 detik); semua metrik dibaca saat itu. TBT: jumlah (durasi − 50 ms) tugas panjang utas utama "
             "yang mulai sesudah FCP. Kerja utas utama: TaskDuration dari Performance.getMetrics. Byte sebelum "
             "interaktif: header + isi yang dikirim server dalam jendela itu, termasuk indeks pencarian bila "
             "worker pencarian Material memuatnya di dalam jendela, dihitung sama untuk kita dan stock.", ""]
    if missing_paint:
        lines += [f"{missing_paint} muat tanpa entri first-contentful-paint; muat itu tidak ikut median FCP/LCP "
                  "dan TBT (tanpa FCP).", ""]
    lines += table(["Halaman", "Metrik", "Kita", "Stock", "Kita/stock", "Batas kita"], rows)
    lines += following
    return Section("Cat pertama dan kerja utas utama", lines, misses)
