"""Scripts loaded by some pages only, as the browser gets them (minified by the build, gzip as a host
sends it), against their budgets. Part of `make bench` (BENCH_ONLY=asset_sizes runs it alone)."""

from __future__ import annotations

from benchmarks.common import ROOT, Section, kb, table
from benchmarks.serve_gzip import gzip_bytes

PWA_BUDGET = 3072
ASSETS = [
    # (file in the built site, budget in bytes gzip or None, what it is)
    ("assets/javascripts/quiz.js", 4096, "kuis; pembanding: mkdocs-quiz menyisipkan sekitar 14 KB gzip"),
    ("assets/javascripts/cek.js", 3072, "cek kolaborasi, hanya di halamannya"),
    ("assets/javascripts/present.js", None, "mode presentasi, dimuat saat dinyalakan"),
    ("assets/vendor/qrcode-generator/qrcode.js", None, "kode QR cek, dimuat hanya saat diminta (di luar anggaran)"),
]


def run_benchmark(builds) -> Section:
    rows, misses = [], []
    for rel, budget, what in ASSETS:
        raw = (builds.ours / rel).read_bytes()
        size = len(gzip_bytes(raw))
        rows.append([f"`{rel}`", kb(len(raw)), kb(size), kb(budget) if budget else "–", what])
        if budget and size > budget:
            misses.append(f"{rel}: {kb(size)} KB gzip, anggaran {kb(budget)} KB (lebih {kb(size - budget)} KB)")
    # Reading offline: the worker (its own file) and its page script (luring.js, inside the bundle), together.
    from scripts import assets

    script = assets.minify((ROOT / "docs/assets/javascripts/luring.js").read_text(encoding="utf-8"), "js")
    worker = (builds.ours / "sw.js").read_bytes()
    size = len(gzip_bytes(script.encode())) + len(gzip_bytes(worker))
    rows.append(["`sw.js` + `luring.js`", kb(len(script) + len(worker)), kb(size), kb(PWA_BUDGET),
                 "baca luring: service worker dan skrip halamannya bersama"])
    if size > PWA_BUDGET:
        misses.append(f"sw.js + luring.js: {kb(size)} KB gzip, anggaran {kb(PWA_BUDGET)} KB (lebih {kb(size - PWA_BUDGET)} KB)")
    return Section("Skrip yang dimuat sebagian halaman",
                   table(["berkas", "KB", "KB gzip", "anggaran", "untuk"], rows), misses)
