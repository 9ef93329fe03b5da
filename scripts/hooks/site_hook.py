"""Site-wide MkDocs hook: small adjustments that belong to no single feature."""

from __future__ import annotations

import sys
from pathlib import Path

# MkDocs loads hooks by file path; make the `scripts` package importable.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
