"""Shared by the benchmarks: the two builds (ours and stock), their pages, and the result table."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
RESULTS = ROOT / "benchmarks" / "results"
STOCK_YML = ROOT / "benchmarks" / "stock.yml"
GENERATORS = ("glossary", "quiz", "handout", "schedule")  # `python -m scripts.<name> write DIR`

sys.path.insert(0, str(ROOT))
from scripts.site_config import load_config  # noqa: E402


def log(message: str):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values)


# Sources


def _generator_present(name: str) -> bool:
    return (ROOT / "scripts" / f"{name}.py").exists() or (ROOT / "scripts" / name / "__main__.py").exists()


def write_generated(docs: Path, cwd: Path = ROOT) -> list[str]:
    """Write the generators' pages into docs (for the stock build, which runs no hooks)."""
    written = []
    for name in GENERATORS:
        if not _generator_present(name):
            continue
        result = subprocess.run([sys.executable, "-m", f"scripts.{name}", "write", str(docs)], cwd=cwd,
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"scripts.{name} write gagal:\n{result.stdout}{result.stderr}")
        written.append(name)
    return written


def stock_docs(target: Path, project: Path = ROOT) -> Path:
    """project's docs/ plus the pages its generators write from that content, as plain files."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(project / "docs", target)
    write_generated(target, cwd=project)
    return target


def stock_config(docs: Path, target: Path) -> Path:
    """stock.yml with docs_dir set and our nav appended."""
    text = STOCK_YML.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^docs_dir:.*$", f"docs_dir: {docs.resolve().as_posix()}", text)
    nav = load_config(ROOT).get("nav")
    if nav:
        text += "\n" + yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def multiply_docs(docs: Path, originals: Path, times: int):
    """Add times-1 copies of every Markdown page of originals under docs/kopi-N/ (content ×times)."""
    for n in range(1, times):
        for page in originals.rglob("*.md"):
            rel = page.relative_to(originals)
            dest = docs / f"kopi-{n}" / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(page, dest)


def project_copy(target: Path) -> Path:
    """The project without tools and caches, for builds of modified content."""
    if target.exists():
        shutil.rmtree(target)
    ignore = shutil.ignore_patterns(".git", ".venv", "node_modules", "site", ".work", "__pycache__", "tests",
                                    "results", ".pytest_cache")
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


# Builds


def mkdocs_build(config: Path, site: Path, env: dict | None = None) -> float:
    """Build (not strict: copies of pages sit outside nav) and return its CPU time (user + system) in
    seconds: unlike wall time, it hardly moves when other work shares the machine's cores."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "--site-dir", str(site)],
        cwd=config.parent, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"build {config} gagal:\n{result.stdout}{result.stderr}")
    return elapsed


@dataclass
class Builds:
    """Ours and stock, built once with site_url pointing at their bench servers."""

    ours: Path
    stock: Path
    ours_url: str
    stock_url: str
    pages: list[str] = field(default_factory=list)  # URL paths present in both, in nav order


def page_paths(site: Path) -> list[str]:
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel == "404.html" or rel.startswith(("assets/", "search/")):
            continue
        paths.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paths


def nav_order(paths: list[str]) -> list[str]:
    """Pages in the order of our nav, then the rest alphabetically."""
    order = []

    def walk(items):
        for item in items or []:
            value = list(item.values())[0] if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                url = value[:-3]
                url = "" if url == "index" else (url[: -len("index")] if url.endswith("/index") else url + "/")
                order.append(url)

    walk(load_config(ROOT).get("nav"))
    known = [p for p in order if p in paths]
    return known + sorted(p for p in paths if p not in known)


# Result table


@dataclass
class Section:
    title: str
    lines: list[str]
    misses: list[str] = field(default_factory=list)


def table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def kb(size: float) -> str:
    return f"{size / 1024:.1f}"


def ratio(ours: float, stock: float) -> str:
    return f"{ours / stock:.2f}" if stock else "–"
