"""MkDocs hook for Cek kolaborasi: the pages built from data/cek.yml and the QR encoder they load on request.

Thin layer over scripts/cek/. Runs after the handout hook, so the handouts are not made of these pages.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from _bootstrap import ROOT  # noqa: E402  (makes `scripts` importable)

from scripts import cek, generated_pages  # noqa: E402
from scripts.core import pages as site  # noqa: E402
from scripts.core.data import DataError  # noqa: E402

QR_SOURCE = ROOT / "vendor" / "qrcode-generator" / "qrcode.js"
QR_URI = "assets/vendor/qrcode-generator/qrcode.js"


def on_files(files, config):
    pages = {file.src_uri: site.page_info(file.content_string, file.name) for file in files.documentation_pages()}
    try:
        check = cek.load(ROOT / cek.DATA, cek.DATA.as_posix())
        cek.validate_links(check, pages)
    except DataError as error:
        raise PluginError("Data cek kolaborasi tidak valid:\n" + str(error)) from None
    for src in (cek.PAGE, cek.TEAM, cek.HANDOUT):
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"docs/{src} sudah ada, padahal halaman ini dibuat dari {cek.DATA.as_posix()}. Hapus berkasnya.")
        # The form and the team view are in the nav; the checklist is reached from Bahan cetak and the form.
        inclusion = InclusionLevel.NOT_IN_NAV if src == cek.HANDOUT else InclusionLevel.UNDEFINED
        generated_pages.add_page(files, config, src, "", sources=[cek.DATA.as_posix()], inclusion=inclusion)

    def href(from_src, page):
        return files.get_file_from_path(page).url_relative_to(files.get_file_from_path(from_src))

    to_html = site.make_markdown(config.markdown_extensions, config.mdx_configs)
    for src, content in cek.all_pages(check, to_html, site.link_resolver(pages, href)).items():
        files.get_file_from_path(src).content_string = content
    files.append(File.generated(config, QR_URI, abs_src_path=str(QR_SOURCE), inclusion=InclusionLevel.NOT_IN_NAV))
    return files
