"""`python -m scripts.diagrams check | write FOLDER` (scripts/cli.py)."""

from __future__ import annotations

import sys

from scripts import cli
from scripts.core.data import DataError
from scripts.diagrams.load import load_all
from scripts.diagrams.render import figure_markdown, render_canvas, wide_file


def main(argv: list[str]) -> int:
    def produce():
        diagrams = load_all()
        files = {f"{name}.html": figure_markdown(data).replace(f"<!-- diagram-svg: {name} -->", render_canvas(data))
                 for name, data in diagrams.items()}
        files.update(wide_file(data) for data in diagrams.values())
        return files, f"{len(diagrams)} diagram valid."
    return cli.check_or_write(argv, "scripts.diagrams", produce, DataError)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
