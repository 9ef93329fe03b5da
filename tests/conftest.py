"""Test set-up: makes the project (scripts, benchmarks) and tests/support importable, and registers the
fixture plugins. Tests live by kind in tests/unit (no build, no browser), tests/build (a MkDocs build) and
tests/browser (chromium)."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
for path in (TESTS.parent, TESTS):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

pytest_plugins = [
    "plugins.site",
    "plugins.browser",
    "plugins.offline",
    "plugins.workshop",
]
