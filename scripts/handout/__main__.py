"""CLI: `python -m scripts.handout check` builds every handout page; `write DIR` writes them as Markdown."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts import cli
from scripts.core.pages import markdown_from_config
from scripts.handout.load import ROOT, build_handouts, load_quizzes, pages_in_order
from scripts.handout.model import HandoutError
from scripts.handout.render import all_pages


def generate(root: Path = ROOT) -> dict[str, str]:
    """Every handout page of the project at root (as the build makes them)."""
    from scripts.site_config import load_config

    config = load_config(root)
    to_html = markdown_from_config(config, without=("pymdownx.snippets",))
    pages = pages_in_order(root / config.get("docs_dir", "docs"), config.get("nav"))
    return all_pages(build_handouts(pages, load_quizzes(root), to_html))


def main(argv: list[str]) -> int:
    def produce():
        pages = generate()
        return pages, f"Bahan cetak: {len(pages)} halaman, semuanya dapat dibuat."
    return cli.check_or_write(argv, "scripts.handout", produce, HandoutError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
