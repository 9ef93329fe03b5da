"""Reading mkdocs.yml outside MkDocs (tests, CLI, benchmarks), with its !ENV tags resolved."""

from __future__ import annotations

import os
from pathlib import Path

import yaml


class _EnvLoader(yaml.SafeLoader):
    """SafeLoader that understands MkDocs' `!ENV [NAME, default]` and ignores `!!python` tags."""


def _env(loader, node):
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)
        names, default = items[:-1] if len(items) > 1 else items, items[-1] if len(items) > 1 else None
    for name in names:
        if name in os.environ:
            return os.environ[name]
    return default


_EnvLoader.add_constructor("!ENV", _env)
_EnvLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load_config(root: Path) -> dict:
    """mkdocs.yml as plain data."""
    with open(root / "mkdocs.yml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_EnvLoader)


def site_url(root: Path) -> str:
    """The configured public address, always ending in a slash."""
    url = load_config(root)["site_url"]
    return url if url.endswith("/") else url + "/"
