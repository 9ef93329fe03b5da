"""Search benchmark: recall@5 of the real search box, ours next to stock Material, plus index size,
the size of lunr.id.min.js and the time from page load until the first query is answered.

    python -m benchmarks.search_recall      (make bench)

Builds ours (mkdocs.yml) and stock (benchmarks/stock.yml) into benchmarks/.work/, serves each on
127.0.0.1 with gzip like a real host, types every query of benchmarks/search_queries.yml into the
search box in chromium, prints a side-by-side table and writes benchmarks/results/DATE-search.md.
A query counts as found when one of its expected pages is among the first 5 page results.
Also exposes run_benchmark(builds) for a shared benchmark runner that builds and serves both sites.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.search_box import search  # noqa: E402

WORK = ROOT / "benchmarks" / ".work"
RESULTS = ROOT / "benchmarks" / "results"
QUERIES = ROOT / "benchmarks" / "search_queries.yml"
LANG_FILE = ROOT / "docs" / "assets" / "javascripts" / "lunr" / "min" / "lunr.id.min.js"
GOAL_RECALL = 0.95
BUDGET_LANG_GZIP = 4 * 1024
RUNS = 3
PROBE = "kolaborasi"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# A phone on slow mobile data: 4x slower CPU, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
SLOW_PHONE = {"cpu": 4, "network": {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
                                    "uploadThroughput": 750_000 / 8}}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


def log(message: str):
    print(f"[search] {message}", file=sys.stderr, flush=True)


# Serving (standalone mode)


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        if path.suffix in COMPRESSIBLE and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            import io
            return io.BytesIO(data)
        return super().send_head()


def serve(site: Path):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def build(config: Path, site: Path):
    shutil.rmtree(site, ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "--site-dir", str(site)],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if result.returncode != 0:
        raise SystemExit(f"build {config.relative_to(ROOT)} gagal:\n{result.stdout}{result.stderr}")


# Measuring


def load_queries() -> list[dict]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]


def index_words(site: Path) -> set[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    words = set()
    for doc in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", f"{doc.get('title', '')} {doc.get('text', '')}").lower()
        words.update(w.strip(".,;:!?()[]\"'“”‘’") for w in separator.split(text))
    return words


def index_size(site: Path) -> tuple[int, int]:
    data = (site / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


def time_to_first_answer(browser, base: str, profile: dict | None) -> float:
    """Milliseconds from navigation start until the search box has answered PROBE (empty cache)."""
    context = browser.new_context(viewport={"width": 390, "height": 844} if profile else {"width": 1366, "height": 768})
    try:
        page = context.new_page()
        if profile:
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", profile["network"])
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile["cpu"]})
        page.goto(base, wait_until="commit")
        # Focuses the box and types the probe again every 50 ms until the search answers: keystrokes
        # made before Material's script has attached its listeners are lost, as they would be for a
        # student. Ours fetches the index only once the reader turns to search (search-defer.js), so
        # this includes that download.
        page.wait_for_function(
            """(probe) => {
                const meta = document.querySelector('.md-search-result__meta');
                if (meta && /ditemukan|Tidak ada dokumen/.test(meta.textContent)) return true;
                const box = document.querySelector('.md-search__input');
                if (box) {
                    if (document.activeElement !== box) box.focus();
                    box.value = probe;
                    for (const type of ['focus', 'input', 'keyup']) box.dispatchEvent(new Event(type, {bubbles: true}));
                }
                return false;
            }""",
            arg=PROBE, polling=50, timeout=120_000,
        )
        return page.evaluate("performance.now()")
    finally:
        context.close()


def ready_times(browser, bases: list[str]) -> list[dict]:
    """Median time to first answer per site and profile; runs alternate between the sites so a busy
    machine slows both alike."""
    times = [{"desktop": [], "ponsel lambat": []} for _ in bases]
    for _ in range(RUNS):
        for name, profile in (("desktop", None), ("ponsel lambat", SLOW_PHONE)):
            for slot, base in zip(times, bases):
                slot[name].append(time_to_first_answer(browser, base, profile))
    return [{name: statistics.median(values) for name, values in slot.items()} for slot in times]


def measure(browser, site: Path, base: str, queries: list[dict]) -> dict:
    log(f"recall {base}")
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(base)
    outcomes = []
    for query in queries:
        paths = search(page, query["q"])
        found = any(expected in paths[:5] for expected in query["expect"])
        outcomes.append({"q": query["q"], "found": found, "top": paths[:5]})
    context.close()
    raw, packed = index_size(site)
    return {"outcomes": outcomes, "index_raw": raw, "index_gzip": packed,
            "recall": sum(o["found"] for o in outcomes) / len(outcomes)}


def report(ours: dict, stock: dict, queries: list[dict], ours_site: Path) -> tuple[list[str], list[str]]:
    """Markdown lines and the list of missed goals."""
    lang_gzip = len(gzip.compress(LANG_FILE.read_bytes(), compresslevel=9, mtime=0))
    prefixed = [q for q in queries if q.get("prefixed")]
    present = [q for q in queries if any((ours_site / e / "index.html").is_file() for e in q["expect"])]
    literal = sorted(q["q"] for q in prefixed if q["q"].lower() in index_words(ours_site))
    pct = lambda r: f"{r * 100:.1f}%"  # noqa: E731
    ms = lambda v: f"{v:.0f} ms"  # noqa: E731
    kb = lambda v: f"{v / 1024:.1f} KB"  # noqa: E731

    def recall_of(result, subset):
        names = {q["q"] for q in subset}
        hits = [o["found"] for o in result["outcomes"] if o["q"] in names]
        return sum(hits) / len(hits) if hits else 0.0

    lines = [
        f"{len(queries)} kueri ({len(prefixed)} berimbuhan) dari benchmarks/search_queries.yml. "
        "Recall@5: halaman yang diharapkan ada di antara 5 hasil halaman pertama kotak cari.",
        "",
        "| | kita | stock |",
        "|---|---|---|",
        f"| recall@5 semua kueri | {pct(ours['recall'])} | {pct(stock['recall'])} |",
        f"| recall@5 kueri yang halamannya sudah ada ({len(present)}) | {pct(recall_of(ours, present))} "
        f"| {pct(recall_of(stock, present))} |",
        f"| recall@5 kueri berimbuhan | {pct(recall_of(ours, prefixed))} | {pct(recall_of(stock, prefixed))} |",
        f"| indeks search_index.json (mentah / gzip) | {kb(ours['index_raw'])} / {kb(ours['index_gzip'])} "
        f"| {kb(stock['index_raw'])} / {kb(stock['index_gzip'])} |",
        f"| muat halaman → kueri pertama terjawab, desktop (median {RUNS}) | {ms(ours['ready']['desktop'])} "
        f"| {ms(stock['ready']['desktop'])} |",
        f"| sama, ponsel lambat (CPU 4×, 1,6 Mbit/s, RTT 150 ms) | {ms(ours['ready']['ponsel lambat'])} "
        f"| {ms(stock['ready']['ponsel lambat'])} |",
        f"| lunr.id.min.js (gzip -9; anggaran 4 KB) | {lang_gzip} B | – |",
        "",
        "| kueri | kita | stock | 5 hasil teratas (kita) |",
        "|---|---|---|---|",
    ]
    for o, s in zip(ours["outcomes"], stock["outcomes"]):
        top = ", ".join("/" + p for p in o["top"]) or "–"
        lines.append(f"| {o['q']} | {'ya' if o['found'] else 'TIDAK'} | {'ya' if s['found'] else 'TIDAK'} | {top} |")
    if literal:
        lines += ["", "Kueri bertanda berimbuhan yang ternyata tertulis apa adanya di situs: " + ", ".join(literal)]
    misses = []
    if ours["recall"] < GOAL_RECALL:
        misses.append(f"recall@5 kita {pct(ours['recall'])} < {pct(GOAL_RECALL)}")
    if lang_gzip > BUDGET_LANG_GZIP:
        misses.append(f"lunr.id.min.js {lang_gzip} B gzip > {BUDGET_LANG_GZIP} B")
    return lines, misses


def run(ours_site: Path, ours_url: str, stock_site: Path, stock_url: str) -> tuple[list[str], list[str]]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        raise SystemExit("chromium tidak ditemukan. Pasang dengan: sudo apt-get install chromium")
    queries = load_queries()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            log("waktu sampai kueri pertama terjawab")
            ours_ready, stock_ready = ready_times(browser, [ours_url, stock_url])
            ours = {**measure(browser, ours_site, ours_url, queries), "ready": ours_ready}
            stock = {**measure(browser, stock_site, stock_url, queries), "ready": stock_ready}
        finally:
            browser.close()
    return report(ours, stock, queries, ours_site)


def run_benchmark(builds):
    """Entry point for a shared runner (benchmarks/run.py) that has built and served both sites."""
    from benchmarks.common import Section

    lines, misses = run(builds.ours, builds.ours_url, builds.stock, builds.stock_url)
    return Section("Pencarian", lines, misses)


def main() -> int:
    ours_site, stock_site = WORK / "search-ours", WORK / "search-stock"
    log("build kita dan stock")
    build(ROOT / "mkdocs.yml", ours_site)
    build(ROOT / "benchmarks" / "stock.yml", stock_site)
    (ours_httpd, ours_url), (stock_httpd, stock_url) = serve(ours_site), serve(stock_site)
    try:
        lines, misses = run(ours_site, ours_url, stock_site, stock_url)
    finally:
        ours_httpd.shutdown()
        stock_httpd.shutdown()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    text = "\n".join([f"# Pencarian {now:%Y-%m-%d %H:%M} UTC", "",
                      f"Commit `{commit.stdout.strip() or '?'}`, {os.cpu_count()} inti. Kita = mkdocs.yml; "
                      "stock = benchmarks/stock.yml (Material polos atas dokumen yang sama).", "", *lines, "",
                      "## Sasaran", "", *([f"- MELESET: {m}" for m in misses] or ["- Semua sasaran terpenuhi."])]) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{now:%Y-%m-%d}-search.md"
    out.write_text(text, encoding="utf-8")
    print(text)
    print(f"Ditulis ke {out.relative_to(ROOT)}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
