"""When each page last changed, from git, in Indonesian ("Diperbarui 29 November 2026").

One `git log` over the whole history gives the last commit of every file at once (a plugin asking git
once per page cost a subprocess per page). A page built from one Markdown file takes that file's
date; a generated page (glossary, quizzes, handouts, schedule) takes the newest date of the files it
is built from (scripts/generated_pages.py), so its date moves only when its data does, and two builds
of the same commit are byte-identical.

The same date serves the visible "Diperbarui" line and the sitemap's <lastmod> (scripts/hooks/site_hook.py),
so the two never disagree. Without git history (a downloaded zip) or for a file not committed yet, the date
is the build's: SOURCE_DATE_EPOCH when set, else the moment the build started.
"""

from __future__ import annotations

import os
import subprocess
import time
from datetime import datetime, timezone
from pathlib import Path

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
MARK = "\x1e"  # starts each commit in the log output


def last_changes(root: Path) -> dict[str, int]:
    """{path relative to root: unix time of the last commit that touched it}; {} without git."""
    try:
        result = subprocess.run(
            ["git", "log", f"--format={MARK}%ct", "--name-only", "--relative", "--no-renames", "--", "."],
            cwd=root, capture_output=True, text=True, check=False,
        )
    except OSError:  # git is not installed
        return {}
    if result.returncode != 0:  # not a repository, or no commit yet
        return {}
    changes: dict[str, int] = {}
    for block in result.stdout.split(MARK)[1:]:
        lines = block.strip().splitlines()
        if not lines:
            continue
        stamp = int(lines[0])
        for name in lines[1:]:
            if name:
                changes.setdefault(name, stamp)  # the log is newest first
    return changes


def build_time() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else int(time.time())


def indonesian_date(stamp: int) -> str:
    moment = datetime.fromtimestamp(stamp, tz=timezone.utc)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def iso_date(stamp: int) -> str:
    """The date MkDocs writes as the sitemap's <lastmod> (page.update_date)."""
    return f"{datetime.fromtimestamp(stamp, tz=timezone.utc):%Y-%m-%d}"


def revision_html(stamp: int) -> str:
    """The text Material shows beside its clock icon at the end of the page (page.meta.revision_date)."""
    moment = datetime.fromtimestamp(stamp, tz=timezone.utc)
    return (f'<span class="kol-diperbarui">Diperbarui <time datetime="{moment:%Y-%m-%dT%H:%M:%SZ}">'
            f"{indonesian_date(stamp)}</time></span>")


def page_stamp(sources: list[str], changes: dict[str, int], fallback: int) -> int:
    """Newest commit time among the sources; the fallback when none of them is committed."""
    known = [changes[name] for name in sources if name in changes]
    return max(known) if known else fallback
