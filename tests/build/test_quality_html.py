"""HTML validity: the Nu checker (npm vnu-jar, Java) runs once over every built HTML file, plus a small
invalid fixture that shows the gate and its allow-list (tests/support/quality.py: VNU_ALLOWED) work."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.quality import VNU_ALLOWED, format_vnu, run_vnu, vnu_is_allowed

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vnu_invalid.html"


@pytest.fixture(scope="session")
def vnu_report(built_site):
    site_files = sorted(built_site.rglob("*.html"))
    report = run_vnu([*site_files, FIXTURE])
    return {path: messages for path, messages in report.items()}, [p.resolve() for p in site_files]


def test_every_page_is_valid_html(vnu_report, built_site):
    report, site_files = vnu_report
    assert site_files, "build tanpa berkas HTML"
    problems = []
    for path in site_files:
        for message in report.get(path, []):
            if not vnu_is_allowed(message):
                problems.append(f"{path.relative_to(built_site.resolve())}: {format_vnu(message)}")
    assert not problems, "HTML tidak sah (validator Nu):\n" + "\n".join(problems)


def test_validator_reports_errors_and_allows_only_materials_markup(vnu_report):
    report, _ = vnu_report
    messages = report[FIXTURE.resolve()]
    allowed = [m for m in messages if vnu_is_allowed(m)]
    rejected = [m for m in messages if not vnu_is_allowed(m)]
    assert [m["lastLine"] for m in allowed] == [6]
    assert sorted(m["lastLine"] for m in rejected) == [8, 11]
    assert any("Duplicate ID" in m["message"] for m in rejected)


def test_allow_list_is_short_and_explained():
    assert len(VNU_ALLOWED) <= 5
    assert all(reason.strip() for _, _, reason in VNU_ALLOWED)
