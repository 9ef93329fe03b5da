"""Reading offline for a site built by another engine: `python -m scripts.pwa write SITE` adds to a built site
exactly what the hook adds after `mkdocs build` (manifest, icons, file list, worker)."""

from __future__ import annotations

import shutil

from scripts import pwa
from scripts.pwa.__main__ import main

ADDED = (pwa.MANIFEST, pwa.FILE_LIST, pwa.WORKER_NAME, *pwa.ICONS)


def test_the_cli_writes_what_the_hook_wrote(built_site, tmp_path, capsys):
    site = tmp_path / "situs"
    shutil.copytree(built_site, site)
    for name in ADDED:
        (site / name).unlink()
    assert main(["check", str(site)]) == 0
    assert "dapat disimpan pembaca" in capsys.readouterr().out
    assert main(["write", str(site)]) == 0
    assert "sw.js ditulis ke" in capsys.readouterr().out
    assert [name for name in ADDED if (site / name).read_bytes() != (built_site / name).read_bytes()] == []


def test_the_cli_asks_for_a_built_site(tmp_path, capsys):
    assert main(["write", str(tmp_path)]) == 1
    assert "index.html tidak ada: bangun situsnya dulu (make build)" in capsys.readouterr().err
    assert main(["tulis", str(tmp_path)]) == 2
    assert "Pemakaian: python -m scripts.pwa check | write FOLDER_SITUS" in capsys.readouterr().err
