"""A page's public address and its QR code as SVG (segno), written as one small file per page so phone readers
never download it: the presentation script loads it on demand."""

from __future__ import annotations

import io

import segno

from scripts.core.cache import CACHE, cached

QR_DIR = "assets/qr"
QR_VERSION = "1"  # bump when _draw_qr draws differently
# mkdocs.yml's site_url when SITE_URL is not set: no one can open it, so it gets no QR code.
PLACEHOLDER_SITE_URL = "https://kolaborasi.example.org/"


def public_url(site_url: str | None, page_url: str) -> str | None:
    """The address a phone opens: site_url + the page's URL (None without a site_url)."""
    if not site_url:
        return None
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + page_url.lstrip("/")


def qr_address(site_url: str | None, page_url: str) -> str | None:
    """The address a QR code encodes: the public one, None for no site_url or the placeholder."""
    if not site_url or site_url.rstrip("/") == PLACEHOLDER_SITE_URL.rstrip("/"):
        return None
    return public_url(site_url, page_url)


def qr_asset_path(page_url: str) -> str:
    """Site-relative path of a page's QR file, e.g. 'examples/ykp-madani/' -> 'assets/qr/examples--ykp-madani.svg'."""
    slug = page_url.strip("/")
    if slug.endswith(".html"):
        slug = slug[: -len(".html")]
    slug = slug.replace("/", "--") or "index"
    return f"{QR_DIR}/{slug}.svg"


def qr_svg(url: str) -> str:
    """The QR code of url as a standalone SVG: black on white (scannable in dark mode too), scales to its box.
    Reused from .cache/qr/ while the address, segno's version and QR_VERSION stay the same."""
    return cached(CACHE / "qr", [QR_VERSION, segno.__version__, url], ".svg",
                  lambda: _draw_qr(url).encode("utf-8")).decode("utf-8")


def _draw_qr(url: str) -> str:
    qr = segno.make_qr(url, error="m")
    buffer = io.BytesIO()
    qr.save(
        buffer,
        kind="svg",
        xmldecl=False,
        omitsize=True,
        border=4,
        dark="#000",
        light="#fff",
        title=f"Kode QR: {url}",
    )
    return buffer.getvalue().decode("utf-8")
