"""Checks shared by the quality gates (tests/*/test_quality_*.py): pure functions over HTML, files and
validator output, so each gate can also be shown to fail on a small bad example."""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require_tool(message: str):
    """Skip with an install hint; fail instead under REQUIRE_BROWSER=1 or in CI."""
    if os.environ.get("REQUIRE_BROWSER") == "1" or os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message + " (REQUIRE_BROWSER=1/CI mewajibkan pemeriksaan ini)")
    pytest.skip(message)


# Static HTML checks


def images_without_alt(tree: HTMLParser) -> list[str]:
    """<img> elements with no or empty alt text (elements hidden with aria-hidden="true" excepted)."""
    missing = []
    for img in tree.css("img"):
        if img.attributes.get("aria-hidden") == "true":
            continue
        alt = img.attributes.get("alt")
        if alt is None or not alt.strip():
            missing.append(img.attributes.get("src") or img.html[:80])
    return missing


def heading_problems(tree: HTMLParser) -> list[str]:
    """Heading levels that skip (h2 followed by h4) and a first heading that is not h1."""
    problems = []
    previous = 0
    for node in tree.css("h1, h2, h3, h4, h5, h6"):
        level = int(node.tag[1])
        text = node.text(strip=True)[:60]
        if previous == 0 and level != 1:
            problems.append(f"judul pertama adalah h{level} ({text!r}), seharusnya h1")
        elif level > previous + 1 and previous:
            problems.append(f"h{previous} langsung ke h{level} ({text!r})")
        previous = level
    return problems


def links_without_noopener(tree: HTMLParser, site_url: str) -> list[str]:
    """External <a href> (another host than site_url's) whose rel lacks noopener."""
    site_host = urlparse(site_url).netloc.lower()
    missing = []
    for link in tree.css("a[href]"):
        parsed = urlparse(link.attributes.get("href") or "")
        if parsed.scheme not in ("http", "https") or parsed.netloc.lower() == site_host:
            continue
        if "noopener" not in (link.attributes.get("rel") or "").lower().split():
            missing.append(link.attributes["href"])
    return missing


def meta_description(tree: HTMLParser) -> str | None:
    nodes = tree.css('meta[name="description"]')
    if len(nodes) != 1:
        return None
    return (nodes[0].attributes.get("content") or "").strip()


# Reproducible builds


def tree_differences(left: Path, right: Path) -> list[str]:
    """Files that exist on one side only or whose bytes differ, as paths relative to the roots."""
    differences = []
    left_files = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    right_files = {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    for rel in sorted(left_files ^ right_files):
        differences.append(f"{rel}: hanya ada di salah satu build")
    for rel in sorted(left_files & right_files):
        if not filecmp.cmp(left / rel, right / rel, shallow=False):
            differences.append(f"{rel}: isi berbeda")
    return differences


# Nu HTML checker

# Errors in markup that Material itself emits, each matched on message and on the element, so the same
# error in our own markup still fails.
VNU_ALLOWED = [
    (
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
        re.compile(r'<input class="md-toggle" data-md-toggle="\w+" type="checkbox"'),
        "Material memberi autocomplete=\"off\" pada checkbox laci dan pencarian (base.html) agar Firefox "
        "tidak memulihkan keadaan terbuka saat tombol Kembali; atributnya tidak berbahaya.",
    ),
    (
        re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"),
        re.compile(r'<label class="md-nav__link[^"]*" for="__nav_[\w_]+" id="__nav_[\w_]+_label" tabindex="">'),
        "Material (partials/nav-item.html) menulis tabindex kosong pada judul bagian navigasi "
        "(navigation.sections); peramban mengabaikannya.",
    ),
]


def run_vnu(files: list[Path]) -> dict[Path, list[dict]]:
    """Run the Nu checker once over files; its errors grouped by file (every file has an entry)."""
    java = shutil.which("java")
    if java is None:
        require_tool("java tidak ditemukan; validator HTML memerlukannya. Pasang: sudo apt-get install default-jre-headless")
    if not VNU_JAR.exists():
        if shutil.which("npm") is None:
            require_tool("npm tidak ditemukan; validator HTML (vnu-jar) dipasang lewat npm. "
                         "Pasang: sudo apt-get install nodejs npm, lalu jalankan make test lagi")
        require_tool("node_modules/vnu-jar belum terpasang. Jalankan: npm ci (atau make test)")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True,
    )
    try:
        report = json.loads(result.stderr or result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"validator HTML gagal berjalan (kode {result.returncode}):\n{result.stderr[-2000:]}")
    grouped: dict[Path, list[dict]] = {Path(f).resolve(): [] for f in files}
    for message in report.get("messages", []):
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(unquote(urlparse(message.get("url", "")).path)).resolve()
        grouped.setdefault(path, []).append(message)
    return grouped


def vnu_is_allowed(message: dict) -> bool:
    text, extract = message.get("message", ""), message.get("extract", "")
    return any(msg.search(text) and element.search(extract) for msg, element, _ in VNU_ALLOWED)


def format_vnu(message: dict) -> str:
    return f"baris {message.get('lastLine', '?')}: {message.get('message')}  [{(message.get('extract') or '').strip()[:120]}]"


# axe-core


def axe_violations(page) -> list[str]:
    """axe-core violations on the page as it is now, one readable line each."""
    from axe_playwright_python.sync_playwright import Axe

    global _AXE
    # Let CSS transitions end first: axe measures contrast through the opacity of a fading dialog.
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running'"
        " || (a.effect && a.effect.getTiming().iterations === Infinity))"
    )
    if _AXE is None:
        _AXE = Axe()
    response = _AXE.run(page).response
    lines = []
    for violation in response["violations"]:
        targets = ", ".join(" ".join(map(str, node["target"])) if isinstance(node["target"], list) else str(node["target"])
                            for node in violation["nodes"][:4])
        summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:200] if violation["nodes"] else ""
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets} — {summary}")
    return lines


_AXE = None
