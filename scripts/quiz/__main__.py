"""CLI: `python -m scripts.quiz check` validates data/kuis/; `write DIR` writes the quiz pages as Markdown."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from scripts import cli
from scripts.core.data import DataError
from scripts import quiz as quizlib
from scripts.core import pages as site
from scripts.site_config import load_config

ROOT = Path(__file__).resolve().parents[2]
NO_DATA = "Tidak ada data kuis (data/kuis/) untuk diperiksa."


def load(root: Path):
    config = load_config(root)
    docs = root / config.get("docs_dir", "docs")
    quizzes = quizlib.load_quizzes(root / "data" / "kuis", root)
    pages = site.pages_from_docs(docs)
    quizlib.validate_links(quizzes, pages)
    return config, quizzes, pages


def main(argv: list[str], root: Path | None = None) -> int:
    root = cli.project(argv, root, ROOT, "data/kuis", NO_DATA)
    if root is None:
        return 0

    def produce():
        start = time.perf_counter()
        config, quizzes, pages = load(root)
        resolver = site.link_resolver(pages, site.relative_href)
        written = quizlib.all_pages(quizzes, site.markdown_from_config(config), resolver)
        count = sum(len(q.questions) for q in quizzes)
        return written, (f"Kuis valid: {len(quizzes)} kuis, {count} pertanyaan "
                         f"({time.perf_counter() - start:.2f} detik).")
    return cli.check_or_write(argv, "scripts.quiz", produce, DataError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
