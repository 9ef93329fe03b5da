"""`make check`: the fast checks a contributor runs before a pull request.

    python -m scripts.check            # data, Markdown rules, spelling
    python -m scripts.check --tanpa-ejaan   # skip spelling (e.g. hunspell not installed)

Every message names the file and line, in Indonesian. Exit status 1 when anything needs fixing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from scripts.checks import Finding
from scripts.core.nav import lesson_pages
from scripts.checks.links import check_links
from scripts.checks.markdown_rules import check_page
from scripts.checks.prose import markdown_prose, yaml_prose
from scripts.checks.spelling import SpellingUnavailable, check_lines, load_wordlist
from scripts.checks.style import check_style
from scripts.site_config import load_config

ROOT = Path(__file__).resolve().parents[1]
WORDLIST = "data/kata-proyek.txt"
# Generator CLIs that validate data; each is run only when its module exists.
DATA_CHECKS = ("scripts.glossary", "scripts.quiz", "scripts.quiz.lint", "scripts.diagrams", "scripts.schedule",
               "scripts.cek")


def chapter_pages(config: dict) -> set[str]:
    """Docs paths under the chapter and example sections of the nav (overview pages excluded)."""
    return {page.src for page in lesson_pages(config.get("nav"))}


def generated_pages(root: Path) -> set[str]:
    """Docs paths the generators add at build time, so links to them count as links to pages."""
    from scripts import cek, glossary, handout, quiz, schedule

    pages = {glossary.GLOSSARY_SRC, schedule.SCHEDULE_PAGE, f"{handout.FOLDER}/index.md", cek.PAGE, cek.TEAM}
    # Quiz pages are named after their data files, valid or not: a mistake in one question (which the quiz
    # check reports) must not also turn every link to a quiz into a broken-link message.
    folder = root / "data" / "kuis"
    pages.update(quiz.generated_sources(f.stem for f in sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])))
    return pages


def markdown_findings(root: Path, config: dict) -> list[Finding]:
    chapters = chapter_pages(config)
    docs = root / "docs"
    generated = generated_pages(root)

    def exists(target: str) -> bool:
        # Worksheets and answer keys (handout/*) follow the pages; the build checks those links.
        return (docs / target).is_file() or target in generated or target.startswith("handout/")

    findings = []
    for path in sorted(docs.rglob("*.md")):
        rel_docs = path.relative_to(docs).as_posix()
        shown = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        findings += check_page(shown, text, rel_docs in chapters)
        findings += check_links(shown, rel_docs, text, exists)
    return findings


def prose_entries(root: Path) -> list[tuple[str, int, str]]:
    entries = []
    for path in sorted((root / "docs").rglob("*.md")):
        rel = path.relative_to(root).as_posix()
        entries += [(rel, n, t) for n, t in markdown_prose(path.read_text(encoding="utf-8"))]
    for path in sorted((root / "data").rglob("*.yml")):
        rel = path.relative_to(root).as_posix()
        entries += [(rel, n, t) for n, t in yaml_prose(path.read_text(encoding="utf-8"))]
    return entries


def data_messages(root: Path) -> list[str]:
    """Messages of the generators' own `check` commands (already file:line: message)."""
    messages = []
    for module in DATA_CHECKS:
        # The module must exist in the checked project (it runs there), not merely be importable here.
        base = root / module.replace(".", "/")
        if not (base.with_suffix(".py").exists() or (base / "__init__.py").exists()):
            continue
        result = subprocess.run(
            [sys.executable, "-m", module, "check"], cwd=root, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))},
        )
        if result.returncode != 0:
            messages += [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    return messages


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.check", description="Pemeriksaan cepat sebelum PR.")
    parser.add_argument("--tanpa-ejaan", action="store_true", help="lewati pemeriksaan ejaan")
    args = parser.parse_args(argv)
    config = load_config(root)
    messages = data_messages(root)
    findings = markdown_findings(root, config)
    prose = prose_entries(root)
    findings += check_style(prose)
    if not args.tanpa_ejaan:
        try:
            findings += check_lines(prose, load_wordlist(root / WORDLIST))
        except SpellingUnavailable as error:
            messages.append(f"ejaan: {error}")
    messages += [str(f) for f in sorted(set(findings))]
    for message in messages:
        print(message)
    if messages:
        print(f"\n{len(messages)} masalah perlu diperbaiki.", file=sys.stderr)
        return 1
    print("Semua pemeriksaan lolos.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
