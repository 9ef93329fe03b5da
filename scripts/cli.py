"""The shared shape of the generators' command lines: `check` validates, `write FOLDER` writes.

    python -m scripts.quiz check          # exit 0 and a summary, or 1 and the messages (file:line)
    python -m scripts.quiz write FOLDER   # the generated files, to read or diff without MkDocs
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def check_or_write(argv: list[str], prog: str, produce: Callable[[], tuple[dict[str, str], str]],
                   errors: type[Exception] | tuple[type[Exception], ...]) -> int:
    """Run `produce()` -> ({relative path: text}, summary); print the summary or write the files."""
    if not argv or argv[0] not in ("check", "write") or (argv[0] == "write") != (len(argv) == 2):
        print(f"Pemakaian: python -m {prog} check | write FOLDER", file=sys.stderr)
        return 2
    try:
        files, summary = produce()
    except errors as error:
        print(error, file=sys.stderr)
        return 1
    if argv[0] == "check":
        print(summary)
        return 0
    out = Path(argv[1])
    for name, text in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"{summary} {len(files)} berkas ditulis ke {out}/.")
    return 0
