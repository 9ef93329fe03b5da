"""Generated (virtual) pages and the files they are made from.

Every hook that adds a page the reader sees but no Markdown file holds (glossary, quizzes, handouts,
schedule) adds it through `add_page`, naming the project files the page is built from. From that one
list come two things a reader sees:

- the "edit this page" link: to the one source file when there is exactly one (the glossary opens
  data/glosarium.yml), none when the page is built from several;
- the "last updated" date: the newest git date of the sources (scripts/git_dates.py), so a generated
  page changes only when its data changes, and two builds of the same commit are byte-identical.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

_SOURCES = "kolaborasi_sources"


def add_page(files: Files, config, src: str, content: str, sources: Iterable[str],
             inclusion: InclusionLevel = InclusionLevel.UNDEFINED) -> File:
    """Add the virtual page `src` (a docs path) built from `sources` (paths relative to the project)."""
    file = File.generated(config, src, content=content, inclusion=inclusion)
    names = tuple(dict.fromkeys(sources))
    setattr(file, _SOURCES, names)
    if len(names) == 1:
        # edit_uri is relative to docs/ (e.g. edit/main/docs/); the URL join resolves "..".
        target = project_root(config) / names[0]
        file.edit_uri = os.path.relpath(target, config.docs_dir).replace(os.sep, "/")
    else:
        file.edit_uri = None
    files.append(file)
    return file


def sources_of(page) -> tuple[str, ...] | None:
    """The sources a generated page was registered with, or None for a page from a Markdown file."""
    return getattr(page.file, _SOURCES, None)


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent
