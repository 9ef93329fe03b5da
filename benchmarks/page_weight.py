"""Page weight, ours and stock, for every page both builds have: bytes on the wire (gzip) and requests
on a first load with an empty cache, bytes for a second page reached by a link click (instant
navigation in ours), and our own JS + CSS per page (gzip).

Budgets: our own JS + CSS on any page ≤ 8 KB gzip; first load of any page ≤ stock + 8 KB.
"""

from __future__ import annotations

import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin

from benchmarks.common import Section, kb, log, ratio, table
from benchmarks.serve_gzip import gzip_bytes

BUDGET_OWN = 8 * 1024
BUDGET_EXTRA = 8 * 1024
PHONE = {"width": 390, "height": 844}
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


OWN_ASSET = re.compile(r'(?:src|href)="((?:\.\./)*assets/(?:javascripts|stylesheets)/([^"/]+\.(?:js|css)))"')
MATERIAL_ASSET = re.compile(r"^(?:bundle|main|palette)\.[0-9a-f]+\.min\.(?:js|css)$")


def own_assets(page_file, page_html: str) -> list:
    """Files of our own CSS/JS that the page loads when it opens (Material's bundles excluded;
    files fetched later on demand, such as present.js, are not in the HTML and do not count)."""
    found = {}
    for href, name in OWN_ASSET.findall(page_html):
        if not MATERIAL_ASSET.match(name):
            found[name] = (page_file.parent / href).resolve()
    return sorted(found.values())


INLINE_OWN = re.compile(r'<script id="kolaborasi-head">.*?</script>', re.S)


def inline_own_size(page_html: str) -> int:
    """What our inline <head> scripts add to the page, gzip: the page with them minus the page without."""
    without = INLINE_OWN.sub("", page_html)
    if without == page_html:
        return 0
    return len(gzip_bytes(page_html.encode("utf-8"))) - len(gzip_bytes(without.encode("utf-8")))


def settle(server, quiet: float = 0.6, limit: float = 20.0):
    """Wait until the server has seen no request for `quiet` seconds."""
    last, since, start = server.snapshot(), time.monotonic(), time.monotonic()
    while time.monotonic() - start < limit:
        time.sleep(0.1)
        now = server.snapshot()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return


def measure(browser, server, base: str, path: str, second: str) -> dict:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    server.reset()
    page.goto(urljoin(base, path), wait_until="load")
    settle(server)
    first_bytes, first_requests = server.snapshot()
    page.evaluate("window.__benchMarker = 1")
    server.reset()
    page.evaluate("""href => { const a = document.createElement('a'); a.href = href;
                             document.body.append(a); a.click(); }""", urljoin(base, second))
    page.wait_for_url(urljoin(base, second))
    page.wait_for_load_state("load")
    settle(server)
    second_bytes, second_requests = server.snapshot()
    instant = page.evaluate("window.__benchMarker === 1")
    context.close()
    return {"first": first_bytes, "requests": first_requests, "second": second_bytes,
            "second_requests": second_requests, "instant": instant}


def _side(server, base: str, pairs: list[tuple[str, str]]) -> list[dict]:
    """measure() every (page, next page) on one side, in a browser of its own (Playwright's sync API wants
    one instance per thread)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
        try:
            return [measure(browser, server, base, path, second) for path, second in pairs]
        finally:
            browser.close()


def run_benchmark(builds) -> Section:
    rows, misses = [], []
    pages = builds.pages
    pairs = [(path, pages[(index + 1) % len(pages)] if len(pages) > 1 else path) for index, path in enumerate(pages)]
    # Bytes, not time: ours and stock have a server (and byte count) each, so both sides run at once, and
    # the benchmark keeps within its time as pages are added.
    with ThreadPoolExecutor(max_workers=2) as pool:
        ours_runs = pool.submit(_side, builds.ours_server, builds.ours_url, pairs)
        stock_runs = pool.submit(_side, builds.stock_server, builds.stock_url, pairs)
        measured = list(zip(pages, ours_runs.result(), stock_runs.result()))
    for path, ours, stock in measured:
        html_file = builds.ours / (path + "index.html" if path.endswith("/") or not path else path)
        html = html_file.read_text(encoding="utf-8")
        own_size = sum(len(gzip_bytes(p.read_bytes())) for p in own_assets(html_file, html))
        own_size += inline_own_size(html)
        log(f"bobot /{path}: kita {ours['first']} B, stock {stock['first']} B, aset sendiri {own_size} B")
        rows.append([f"/{path}", kb(ours["first"]), kb(stock["first"]), ratio(ours["first"], stock["first"]),
                     f"{ours['requests']} / {stock['requests']}",
                     f"{kb(ours['second'])} / {kb(stock['second'])}" + (" (instan)" if ours["instant"] else ""),
                     kb(own_size)])
        if own_size > BUDGET_OWN:
            misses.append(f"/{path}: JS+CSS sendiri {kb(own_size)} KB gzip, anggaran 8 KB (lebih {kb(own_size - BUDGET_OWN)} KB)")
        if ours["first"] > stock["first"] + BUDGET_EXTRA:
            over = ours["first"] - stock["first"] - BUDGET_EXTRA
            misses.append(f"/{path}: muat pertama {kb(ours['first'])} KB, stock + 8 KB = "
                          f"{kb(stock['first'] + BUDGET_EXTRA)} KB (lebih {kb(over)} KB)")
    lines = ["Chromium 390×844, cache kosong, server gzip lokal; byte = header + isi yang dikirim server "
             "(termasuk indeks pencarian yang dimuat worker). Halaman kedua: klik tautan ke halaman berikutnya "
             "di urutan nav (kita: navigasi instan; stock: muat penuh dengan cache). "
             "JS+CSS sendiri: berkas kita yang ditautkan halaman ditambah skrip sisipan kita di <head> "
             "(selisih gzip halaman dengan dan tanpa skrip itu). "
             "Anggaran: JS+CSS sendiri ≤ 8 KB gzip; muat pertama ≤ stock + 8 KB.", ""]
    lines += table(["Halaman", "Muat pertama kita (KB)", "Stock (KB)", "Kita/stock", "Permintaan kita / stock",
                    "Halaman kedua kita / stock (KB)", "JS+CSS sendiri (KB gzip)"], rows)
    return Section("Bobot halaman", lines, misses)
