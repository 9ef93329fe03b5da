"""Two builds of the same commit are byte-identical, even on different days."""

from __future__ import annotations

from support.site import ROOT, run_mkdocs_build
from support.quality import tree_differences

ANOTHER_DAY = "978307200"  # 2001-01-01: without git dates, sitemap.xml(.gz) would carry the build day


def test_two_builds_are_byte_identical(built_site, tmp_path):
    other = tmp_path / "site"
    result = run_mkdocs_build(ROOT, other, {"SOURCE_DATE_EPOCH": ANOTHER_DAY})
    assert result.returncode == 0, result.stderr
    differences = tree_differences(built_site, other)
    assert not differences, "Build tidak dapat diulang:\n" + "\n".join(differences)


def test_tree_differences_sees_changed_and_missing_files(tmp_path):
    left, right = tmp_path / "a", tmp_path / "b"
    for root in (left, right):
        (root / "bab").mkdir(parents=True)
        (root / "sama.html").write_bytes(b"<p>sama</p>")
    (left / "bab" / "index.html").write_bytes(b"<p>1</p>")
    (right / "bab" / "index.html").write_bytes(b"<p>2</p>")
    (right / "baru.xml").write_bytes(b"")
    assert tree_differences(left, right) == ["baru.xml: hanya ada di salah satu build", "bab/index.html: isi berbeda"]
