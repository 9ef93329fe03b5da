"""One way to make a feature's Jinja environment: its templates folder beside its code, HTML autoescaped, an
undefined name an error, block tags leaving no blank lines. Options override (a Markdown template turns
autoescape off and escapes each value itself)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined


def environment(folder: Path, filters: dict[str, Callable] | None = None, **options) -> Environment:
    settings = dict(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                    trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env = Environment(**{**settings, **options})
    env.filters.update(filters or {})
    return env
