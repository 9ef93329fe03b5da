"""Makes the `scripts` package importable from a hook. MkDocs loads each hook by its file path with this folder
on sys.path, so every hook starts with `from _bootstrap import ROOT`."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
