"""Reading offline on a phone: the web app manifest, its icons, and a service worker that knows every file.

After a build (scripts/hooks/pwa_hook.py), the site gets
- manifest.webmanifest and three icons drawn from one SVG (scripts/pwa/ikon.svg): 192 px, 512 px, and
  512 px "maskable" (the drawing inside the safe zone on a full-bleed background);
- offline-manifest.json: {URL path: [revision, bytes]} for every file a reader may need offline (Workbox's
  precache manifest, by another name): revision = content hash, so an update fetches only what changed;
- sw.js: scripts/pwa/sw.js with the build's version filled in (its bytes change with every content change,
  which is how the browser notices an update).

Nothing is registered for the offline zip (file://) or `mkdocs serve`; see enabled(). Pure functions, no MkDocs.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
from pathlib import Path

from scripts import assets
from scripts.core.cache import CACHE, cached, keep

HERE = Path(__file__).resolve().parent
ICON_SVG = HERE / "ikon.svg"
WORKER = HERE / "sw.js"
ICONS = {  # site path -> (size, maskable)
    "assets/images/ikon-192.png": (192, False),
    "assets/images/ikon-512.png": (512, False),
    "assets/images/ikon-maskable-512.png": (512, True),
}
MANIFEST, FILE_LIST, WORKER_NAME = "manifest.webmanifest", "offline-manifest.json", "sw.js"
THEME, BACKGROUND = "#0b5d55", "#ffffff"
ICON_VERSION = "1"  # bump when _draw_icon draws differently
# Not needed to read offline: source maps, share previews, slide QR codes (a phone scanning them is online),
# the worker's own files, and lunr languages the search does not use.
SKIPPED = re.compile(r"(\.map$|\.gz$|\.zip$|^assets/images/share/|^assets/qr/|^sw\.js$|^offline-manifest\.json$"
                     r"|^assets/javascripts/lunr/(?!min/))")
TEXT = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest"}
LUNR = re.compile(r"^assets/javascripts/lunr/min/lunr\.([\w.]+)\.min\.js$")


def enabled(command: str | None, extra: dict) -> bool:
    """The worker belongs to a hosted build: not `mkdocs serve` (live reload), not the offline zip."""
    return command != "serve" and not extra.get("offline_copy")


def url_path(file_path: str) -> str:
    """The URL path (relative to the site root) a file is requested by: 'a/index.html' -> 'a/'."""
    if file_path == "index.html":
        return ""
    return file_path[: -len("index.html")] if file_path.endswith("/index.html") else file_path


def file_list(site: Path, search_langs: list[str], sizes: Path | None = None) -> dict[str, list]:
    """{URL path: [revision (12 hex digits of SHA-256), bytes on the wire]}, sorted by path.

    The bytes on the wire of a text file (gzip level 6) are kept in `sizes` (a JSON file, by SHA-256 of
    the content, default .cache/pwa/gzip-sizes.json), so a build compresses only the files that changed."""
    sizes = CACHE / "pwa" / "gzip-sizes.json" if sizes is None else sizes
    try:
        known = json.loads(sizes.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    used = {}
    keep_lunr = {"stemmer.support", "multi", *search_langs}
    entries = {}
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = file.relative_to(site).as_posix()
        lunr = LUNR.match(rel)
        if SKIPPED.search(rel) or (lunr and lunr.group(1) not in keep_lunr):
            continue
        data = file.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if file.suffix in TEXT:
            # Bytes as a host sends them (text compressed), for the size a reader is told before saving.
            sent = known.get(digest)
            if not isinstance(sent, int):
                sent = len(gzip.compress(data, compresslevel=6, mtime=0))
            used[digest] = sent
        else:
            sent = len(data)
        entries[url_path(rel)] = [digest[:12], sent]
    if used != known:
        keep(sizes, json.dumps(used, sort_keys=True).encode("utf-8"))
    return entries


def version(entries: dict[str, list]) -> str:
    return hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()[:12]


def worker_script(entries: dict[str, list], minify) -> str:
    """sw.js for this build: the readable source with its version filled in, minified like our own scripts."""
    source = WORKER.read_text(encoding="utf-8").replace("__VERSION__", version(entries))
    return minify(source)


def web_manifest(name: str, short_name: str, description: str) -> dict:
    """start_url and scope are relative to the manifest, so a project site under /repo/ works unchanged."""
    icons = [{"src": path, "sizes": f"{size}x{size}", "type": "image/png", "purpose": "maskable" if mask else "any"}
             for path, (size, mask) in ICONS.items()]
    return {"name": name, "short_name": short_name, "description": description, "lang": "id", "dir": "ltr",
            "start_url": "./", "scope": "./", "display": "standalone", "theme_color": THEME,
            "background_color": BACKGROUND, "icons": icons}


def icon_png(size: int, maskable: bool) -> bytes:
    """The icon SVG drawn at size px; maskable: inside the central 80 % on the theme colour, edge to edge.
    Reused from .cache/pwa/ while the SVG, size, colour and drawing code stay the same."""
    svg = ICON_SVG.read_text(encoding="utf-8")
    return cached(CACHE / "pwa", [ICON_VERSION, svg, str(size), str(maskable), THEME], ".png",
                  lambda: _draw_icon(svg, size, maskable))


def _draw_icon(svg: str, size: int, maskable: bool) -> bytes:
    import resvg_py
    from PIL import Image

    inner = int(size * 0.8) if maskable else size
    drawing = Image.open(io.BytesIO(bytes(resvg_py.svg_to_bytes(svg_string=svg, width=inner, height=inner))))
    if not maskable:
        canvas = drawing.convert("RGBA")
    else:
        canvas = Image.new("RGBA", (size, size), THEME)
        offset = (size - inner) // 2
        canvas.alpha_composite(drawing.convert("RGBA"), (offset, offset))
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=True)
    return out.getvalue()


def minify_worker(text: str) -> str:
    """The worker minified like our other scripts (an error names scripts/pwa/sw.js)."""
    return assets.minify(text, "js", "scripts/pwa/sw.js")


def write_all(site: Path, name: str, short_name: str, description: str, search_langs: list[str],
              minify=minify_worker) -> dict:
    """Write icons, manifest, file list and worker into a built site; returns the file list."""
    for path, (size, maskable) in ICONS.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(icon_png(size, maskable))
    (site / MANIFEST).write_text(json.dumps(web_manifest(name, short_name, description), ensure_ascii=False,
                                            indent=1), encoding="utf-8")
    entries = file_list(site, search_langs)
    (site / FILE_LIST).write_text(json.dumps(entries, separators=(",", ":")), encoding="utf-8")
    (site / WORKER_NAME).write_text(worker_script(entries, minify), encoding="utf-8")
    return entries
