"""The shared shape of the generators' command lines: `check` validates, `write FOLDER` writes.

    python -m scripts.quiz check          # exit 0 and a summary, or 1 and the messages (file:line)
    python -m scripts.quiz write FOLDER   # the generated files, to read or diff without MkDocs

A generator may take options (`--data FILE`, before or after the command); `produce` may return the files as a function,
called only for `write` (a `check` then skips the rendering).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def project(argv: list[str], root: Path | None, default: Path, data: str, nothing: str) -> Path | None:
    """The project to work on: root when given, else the current folder when it has a mkdocs.yml (scripts.check
    runs the checks there), else default. None, after printing `nothing`, when `check` finds no `data` in it."""
    if root is None:
        root = Path.cwd() if (Path.cwd() / "mkdocs.yml").exists() else default
    if argv[:1] == ["check"] and not (root / data).exists():
        print(nothing)
        return None
    return root


def take_options(argv: list[str], defaults: dict[str, object]) -> tuple[list[str], dict[str, object]]:
    """Take the `--name VALUE` pairs (names from defaults, before or after the command) out of argv. An option
    without its value stays in the rest, which check_or_write then refuses with the usage line."""
    values, rest, args = dict(defaults), [], list(argv)
    while args:
        word = args.pop(0)
        if word in defaults and args:
            values[word] = args.pop(0)
        else:
            rest.append(word)
    return rest, values


def check_or_write(argv: list[str], prog: str, produce: Callable[[], tuple[dict[str, str] | Callable, str]],
                   errors: type[Exception] | tuple[type[Exception], ...], options: str = "") -> int:
    """Run `produce()` -> ({relative path: text}, summary); print the summary or write the files.
    `options` is only shown in the usage line (e.g. "[--data BERKAS] ")."""
    if not argv or argv[0] not in ("check", "write") or (argv[0] == "write") != (len(argv) == 2):
        print(f"Pemakaian: python -m {prog} {options}check | write FOLDER", file=sys.stderr)
        return 2
    try:
        files, summary = produce()
        if argv[0] == "write" and callable(files):
            files = files()
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
