"""CLI: `python -m scripts.schedule check` validates the pages' minutes and data/sesi.yml; `write DIR` writes
pelatih/jadwal.md and the guide with its tables filled in."""

from __future__ import annotations

import sys
from pathlib import Path

from scripts import cli
from scripts.core.data import DataError
from scripts.schedule.load import load_project
from scripts.schedule.model import GUIDE_PAGE, SCHEDULE_PAGE
from scripts.schedule.render import clock, fill_markers, render_schedule

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    """`check` validates front matter and plans; `write DIR` writes the schedule page and the filled guide."""
    argv, options = cli.take_options(argv, {"--root": ROOT})

    def produce():
        from scripts.site_config import load_config

        root = Path(options["--root"])
        config = load_config(root)
        lessons, plans = load_project(root, config)
        docs_name = config.get("docs_dir", "docs")
        guide_path = root / docs_name / GUIDE_PAGE
        # The guide's markers are checked by `check` too; the schedule page is only rendered for `write`.
        guide = fill_markers(guide_path.read_text(encoding="utf-8"), plans, GUIDE_PAGE,
                             f"{docs_name}/{GUIDE_PAGE}") if guide_path.is_file() else None

        def files():
            return {SCHEDULE_PAGE: render_schedule(lessons, plans), **({GUIDE_PAGE: guide} if guide is not None else {})}
        total = sum(lesson.minutes.total for lesson in lessons)
        summary = [f"Jadwal: {len(lessons)} halaman, {total} menit ({clock(total)})."]
        summary += [f'Rencana "{plan.id}": {len(plan.steps)} langkah, {plan.total} menit.' for plan in plans]
        return files, "\n".join(summary)

    return cli.check_or_write(argv, "scripts.schedule", produce, DataError, options="[--root PROYEK] ")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
