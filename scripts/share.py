"""Share previews: Open Graph / Twitter data per page and a 1200×630 PNG with the page title.

Pure functions that know nothing of MkDocs:
- image_path(page_url) -> "assets/images/share/<slug>.png"   where the page's picture lives in the site
- share_meta(...) -> dict                                     what overrides/partials/share-meta.html prints
- render_png(title, section, site_name, host) -> bytes        the picture, drawn with Pillow
- cached_png(..., cache_dir) -> bytes                         the same, reused while its inputs are unchanged

The font (DejaVu Sans, scripts/fonts/, licence beside it) is part of the cache key, as is RENDER_VERSION:
bump it whenever render_png draws differently.

CLI: `python -m scripts.share write DIR "Judul halaman" [Bagian]` writes one picture to DIR/contoh.png,
to look at a design change without a build.
"""

from __future__ import annotations

import hashlib
import io
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from PIL import Image, ImageDraw, ImageFont

from scripts.core.cache import CACHE, cached

# Data

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = Path(__file__).resolve().parent / "fonts"
CACHE_DIR = CACHE / "share"
IMAGE_DIR = "assets/images/share"
SIZE = (1200, 630)
RENDER_VERSION = "2"

# The site's design (docs/assets/stylesheets/site.css): deep teal with white text.
BACKGROUND = (11, 93, 85)
BACKGROUND_DARK = (7, 68, 62)
INK = (255, 255, 255)
INK_SOFT = (215, 236, 232)
ACCENT = (255, 183, 77)


# Paths and meta


def image_path(page_url: str) -> str:
    """Site-relative path of a page's picture: "" -> beranda.png, "a/b/" -> a-b.png."""
    slug = page_url.strip("/").removesuffix(".html").replace("/", "-") or "beranda"
    return f"{IMAGE_DIR}/{slug}.png"


def absolute(site_url: str, path: str) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + path.lstrip("/")


def share_meta(title: str, description: str, site_url: str, page_url: str, site_name: str) -> dict:
    """Values for og:* and twitter:* tags of one page."""
    return {
        "title": title,
        "description": " ".join(description.split()),
        "url": absolute(site_url, page_url),
        "image": absolute(site_url, image_path(page_url)),
        "image_alt": f"{title} · {site_name}",
        "site_name": site_name,
        "width": SIZE[0],
        "height": SIZE[1],
    }


# Drawing


@lru_cache(maxsize=None)
def _font(size: int, bold: bool = True):
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def render_png(title: str, section: str, site_name: str, host: str) -> bytes:
    """The page title, large, on the site's teal, with three linked circles as the site's mark."""
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    draw.rectangle((0, height - 90, width, height), fill=BACKGROUND_DARK)
    # Three overlapping rings: parties that work together.
    for i, (cx, cy) in enumerate(((1010, 150), (1090, 260), (930, 260))):
        draw.ellipse((cx - 95, cy - 95, cx + 95, cy + 95), outline=ACCENT if i == 0 else INK_SOFT, width=10)
    margin = 80
    draw.text((margin, 70), site_name.upper(), font=_font(34), fill=ACCENT)
    if section:
        draw.text((margin, 122), section, font=_font(30, bold=False), fill=INK_SOFT)
    text_width = 760
    for size in (76, 66, 58, 50):
        font = _font(size)
        lines = _wrap(draw, title, font, text_width)
        if len(lines) <= 3:
            break
    lines = lines[:4]
    line_h = int(font.size * 1.2)
    top = 190 + max(0, (3 - len(lines)) * line_h // 2)
    for i, line in enumerate(lines):
        draw.text((margin, top + i * line_h), line, font=font, fill=INK)
    draw.text((margin, height - 68), host, font=_font(30, bold=False), fill=INK_SOFT)
    out = io.BytesIO()
    # A flat picture needs few colours: 64 in a palette keep the edges smooth, make the file about 15 KB
    # and encode about three times faster than an optimised full-colour PNG.
    image.quantize(64, method=Image.Quantize.FASTOCTREE).save(out, format="PNG", compress_level=6)
    return out.getvalue()


# Cache


@lru_cache(maxsize=1)
def _fonts_digest() -> str:
    digest = hashlib.sha256()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        digest.update((FONT_DIR / name).read_bytes())
    return digest.hexdigest()


def cached_png(title: str, section: str, site_name: str, host: str, cache_dir: Path = CACHE_DIR) -> bytes:
    """render_png, reused from cache_dir while title, section, site name, host, font and design stay the same."""
    return cached(cache_dir, [RENDER_VERSION, _fonts_digest(), title, section, site_name, host], ".png",
                  lambda: render_png(title, section, site_name, host))


def host_of(site_url: str) -> str:
    return urlparse(site_url).netloc or site_url


# CLI


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or argv[0] != "write":
        print('Pemakaian: python -m scripts.share write FOLDER "Judul halaman" [Bagian]', file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    from scripts.site_config import load_config, site_url

    config = load_config(ROOT)
    data = render_png(argv[2], argv[3] if len(argv) == 4 else "", config["site_name"], host_of(site_url(ROOT)))
    (out / "contoh.png").write_bytes(data)
    print(f"Ditulis: {out / 'contoh.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
