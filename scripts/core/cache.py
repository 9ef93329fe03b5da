"""A file cache for bytes that are slow to make and depend only on known inputs (pictures drawn at build
time): kept under .cache/ at the project root (ignored by git), keyed by a hash of every input.

    cached(CACHE / "share", [VERSION, title, ...], ".png", lambda: draw(title, ...)) -> bytes

A key must name everything the bytes depend on, including a version to bump when the drawing code
changes. A read-only checkout still builds: the bytes are then made every time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable, Iterable

CACHE = Path(__file__).resolve().parents[2] / ".cache"


def cache_key(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def cached(directory: Path, parts: Iterable[str], suffix: str, make: Callable[[], bytes]) -> bytes:
    """make(), or the bytes it gave before for the same parts."""
    path = directory / f"{cache_key(parts)}{suffix}"
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = make()
    keep(path, data)
    return data


def keep(path: Path, data: bytes):
    """Write a cache file whole or not at all: builds side by side (the tests) share .cache/, and a reader
    must never see half a file. A read-only checkout keeps nothing, silently."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        pass
