"""Offline copy: pack a site built with mkdocs.offline.yml into a zip that opens from file://.

CLI: `python -m scripts.offline zip SITE_DIR OUT.zip`
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIM_SOURCE = ROOT / "vendor" / "iframe-worker" / "shim.js"
SHIM_URI = "assets/vendor/iframe-worker/shim.js"
TOP_FOLDER = "kolaborasi"
# Fixed timestamp so the same site gives the same zip.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

README_TEXT = """\
Kolaborasi - salinan luring (offline)

Cara membuka:
1. Ekstrak (unzip) berkas ini ke laptop Anda, misalnya ke folder Dokumen.
2. Buka folder "kolaborasi", lalu klik dua kali berkas "index.html".
   Situs terbuka di peramban (Chrome, Edge, atau Firefox) tanpa internet.

Semua halaman, pencarian, glosarium, kuis, dan mode presentasi bekerja tanpa internet.
Jawaban kuis tersimpan di peramban laptop ini saja.
Bahan cetak (lembar kerja dan kunci jawaban) ada di menu "Bahan cetak".
"""


def offline_requested(extra) -> bool:
    """True when the configuration asks for the offline copy (mkdocs.offline.yml)."""
    return bool((extra or {}).get("offline_copy"))


def offline_features(features: list[str]) -> list[str]:
    """Theme features without instant loading (it needs fetch(), which file:// pages cannot use)."""
    return [f for f in features if not f.startswith("navigation.instant")]


def pack(site_dir: Path, out: Path) -> int:
    """Write site_dir into out under kolaborasi/ plus a BACA-SAYA.txt; return the number of files."""
    site_dir = Path(site_dir)
    if not (site_dir / "index.html").is_file():
        raise FileNotFoundError(f"{site_dir}/index.html tidak ada: bangun situs luring dulu (make offline).")
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo("BACA-SAYA.txt", ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, README_TEXT)
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            rel = path.relative_to(site_dir).as_posix()
            info = zipfile.ZipInfo(f"{TOP_FOLDER}/{rel}", ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
            count += 1
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "zip":
        print("Pemakaian: python -m scripts.offline zip FOLDER_SITUS BERKAS.zip", file=sys.stderr)
        return 2
    try:
        count = pack(Path(argv[1]), Path(argv[2]))
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    size = Path(argv[2]).stat().st_size
    print(f"{argv[2]}: {count} berkas, {size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
