"""Schedule page and session plans: minutes from front matter, plans from data/sesi.yml.

Thin layer over scripts/schedule/. `on_files` validates every chapter and example page's `waktu`
and data/sesi.yml (a bad value stops the build with file, line and fix) and adds the virtual page
pelatih/jadwal.md; `on_page_markdown` puts each plan's table where a page says
`<!-- rencana-sesi: ID -->`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

import _bootstrap  # noqa: E402,F401  (makes `scripts` importable)

from scripts import generated_pages, schedule  # noqa: E402
from scripts.core.data import DataError  # noqa: E402

# Plans of the current build (rebuilt on every build, also under `mkdocs serve`).
_plans: list = []


def on_files(files, config):
    root = Path(config["config_file_path"]).resolve().parent
    docs_name = Path(config["docs_dir"]).resolve().relative_to(root).as_posix()
    try:
        lessons, plans = schedule.load_project(root, {"docs_dir": docs_name, "nav": config["nav"]})
    except DataError as error:
        raise PluginError(str(error)) from None
    _plans[:] = plans
    # Built from every lesson's front matter and the plans: no single source to edit.
    generated_pages.add_page(files, config, schedule.SCHEDULE_PAGE, schedule.render_schedule(lessons, plans),
                             sources=[schedule.PLANS_FILE, *(f"{docs_name}/{lesson.src}" for lesson in lessons)])
    return files


def on_page_markdown(markdown, page, config, files):
    if "rencana-sesi" not in markdown or page.file.abs_src_path is None:
        return markdown
    source = Path(page.file.abs_src_path)
    root = Path(config["config_file_path"]).resolve().parent
    shown = source.resolve().relative_to(root).as_posix()
    text = source.read_text(encoding="utf-8")
    try:
        return schedule.fill_markers(markdown, _plans, page.file.src_uri, shown, source=text)
    except DataError as error:
        raise PluginError(str(error)) from None
