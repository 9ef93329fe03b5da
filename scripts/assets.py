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

import rcssmin
import rjsmin

OWN_FOLDERS = ("assets/stylesheets/", "assets/javascripts/")
KINDS = {".css": "css", ".js": "js"}


def is_own(src_uri: str) -> bool:
    """Our hand-written CSS/JS (not vendored files in subfolders such as javascripts/lunr/)."""
    for folder in OWN_FOLDERS:
        if src_uri.startswith(folder) and "/" not in src_uri[len(folder):]:
            return src_uri.endswith((".css", ".js"))
    return False


def minify(text: str, kind: str) -> str:
    if kind == "css":
        return rcssmin.cssmin(text)
    if kind == "js":
        return rjsmin.jsmin(text)
    raise ValueError(kind)


def bundle(sources: list[tuple[str, str]], kind: str) -> str:
    """Minified concatenation of (name, text) in order; each script stays its own statement."""
    separator = "\n" if kind == "css" else ";\n"
    return separator.join(minify(text, kind) for _, text in sources) + "\n"


def bundle_name(content: str, kind: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]
    folder = "stylesheets" if kind == "css" else "javascripts"
    return f"assets/{folder}/kolaborasi.{digest}.min.{kind}"
