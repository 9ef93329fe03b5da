"""Each generator's `write` output equals its golden files (tests/golden/, refreshed with `make golden`)."""

from __future__ import annotations

import difflib

import pytest

from support.golden import GENERATORS, GOLDEN, tree, write

FIX = "Bila perubahan ini memang disengaja, jalankan `make golden` dan sertakan tests/golden/ dalam commit."


@pytest.mark.parametrize("generator", GENERATORS)
def test_write_output_matches_the_golden_files(generator, tmp_path):
    result = write(generator, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    made, golden = tree(tmp_path), tree(GOLDEN / generator)
    assert golden, f"tests/golden/{generator}/ kosong. {FIX}"
    assert sorted(made) == sorted(golden), (
        f"Berkas scripts.{generator} berbeda dari tests/golden/{generator}/: "
        f"baru {sorted(set(made) - set(golden))}, hilang {sorted(set(golden) - set(made))}. {FIX}")
    for name in sorted(made):
        if made[name] != golden[name]:
            diff = difflib.unified_diff(golden[name].decode("utf-8", "replace").splitlines(),
                                        made[name].decode("utf-8", "replace").splitlines(),
                                        f"tests/golden/{generator}/{name}", f"{generator} write: {name}", lineterm="", n=1)
            pytest.fail(f"{name} berubah. {FIX}\n" + "\n".join(list(diff)[:40]))
