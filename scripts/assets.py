"""Our own stylesheets and scripts as the browser gets them: minified, and the ones every page needs
joined into one file per kind.

Readers on slow mobile data pay for every byte and every request. The sources in
docs/assets/{stylesheets,javascripts}/ stay readable, commented files; the build serves
- one stylesheet and one script for everything in mkdocs.yml `extra_css` / `extra_javascript`
  (named after a hash of their content, so a host may cache them for good);
- every other file of ours (loaded by some pages only, or on demand) minified under its own name.

Pure functions; scripts/hooks/assets_hook.py wires them to MkDocs.
"""

from __future__ import annotations

import hashlib
import re

import minify as _minifier  # tdewolff/minify (Go, MIT): shortens local names, unlike plain strippers

OWN_FOLDERS = ("assets/stylesheets/", "assets/javascripts/")
KINDS = {".css": "css", ".js": "js"}


def is_own(src_uri: str) -> bool:
    """Our hand-written CSS/JS (not vendored files in subfolders such as javascripts/lunr/)."""
    for folder in OWN_FOLDERS:
        if src_uri.startswith(folder) and "/" not in src_uri[len(folder):]:
            return src_uri.endswith((".css", ".js"))
    return False


MEDIA_TYPES = {"css": "text/css", "js": "application/javascript"}


class AssetError(ValueError):
    """A stylesheet or script the minifier cannot read (a syntax error); the message names the file,
    the line and the fix, in Indonesian."""


_POSITION = re.compile(r" on line (\d+) and column (\d+)")


def minify(text: str, kind: str, name: str = "") -> str:
    """Minified text; name (the source path) only serves the error message."""
    try:
        return _minifier.string(MEDIA_TYPES[kind], text)
    except _minifier.MinifyError as error:
        detail = str(error).strip().splitlines()[0]
        where = _POSITION.search(detail)
        line = f":{where.group(1)}" if where else ""
        language = "CSS" if kind == "css" else "JavaScript"
        raise AssetError(f"{name or '(tanpa nama)'}{line}: {language} tidak bisa dibaca ({_POSITION.sub('', detail)}"
                         f"{f', kolom {where.group(2)}' if where else ''}). Perbaiki sintaksnya di baris itu, "
                         f"lalu bangun ulang.") from None


def bundle(sources: list[tuple[str, str]], kind: str) -> str:
    """Minified concatenation of (name, text) in order; each script stays its own statement."""
    separator = "\n" if kind == "css" else ";\n"
    return separator.join(minify(text, kind, name) for name, text in sources) + "\n"


def bundle_name(content: str, kind: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]
    folder = "stylesheets" if kind == "css" else "javascripts"
    return f"assets/{folder}/kolaborasi.{digest}.min.{kind}"
