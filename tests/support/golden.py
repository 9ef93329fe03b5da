"""Golden files: what each generator's `write` command makes of the project's data and pages, committed under
tests/golden/GENERATOR/ so that a pull request shows, file by file, what a change does to the generated pages.

    make golden        # refresh them after a deliberate change (data, pages, templates or a generator)

tests/unit/test_golden.py runs every `write` again and compares.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
# The generators with a `python -m scripts.NAME write FOLDER` command (scripts/cli.py).
GENERATORS = ("cek", "quiz", "glossary", "diagrams", "schedule", "handout")


def write(generator: str, dest: Path) -> subprocess.CompletedProcess:
    """Run the generator's `write` into dest (the generators read the project from the working directory)."""
    return subprocess.run([sys.executable, "-m", f"scripts.{generator}", "write", str(dest)],
                          cwd=ROOT, capture_output=True, text=True)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder, by its path relative to it."""
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def refresh() -> int:
    for generator in GENERATORS:
        target = GOLDEN / generator
        shutil.rmtree(target, ignore_errors=True)
        result = write(generator, target)
        if result.returncode != 0:
            print(f"scripts.{generator} write gagal:\n{result.stdout}{result.stderr}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(ROOT)}/: {len(tree(target))} berkas")
    return 0


if __name__ == "__main__":
    sys.exit(refresh())
