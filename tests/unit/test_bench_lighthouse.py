"""The Lighthouse benchmark's CPU calibration and stalled-paint retries (benchmarks/lighthouse.py), without
running Lighthouse."""

from __future__ import annotations

import pytest

from benchmarks import lighthouse
from benchmarks.lighthouse import cpu_multiplier


@pytest.mark.parametrize("index, expected", [(150, 1.0), (800, 2.0), (1050, 2.5), (1300, 3.0), (1533, 4.0),
                                             (2000, 6.0)])
def test_cpu_multiplier_follows_lighthouse_calculator_anchors(index, expected):
    assert cpu_multiplier(index) == pytest.approx(expected, abs=0.01)


def test_cpu_multiplier_grows_with_host_speed_and_never_speeds_up():
    values = [cpu_multiplier(index) for index in range(0, 2600, 25)]
    assert values == sorted(values)
    assert min(values) == 1.0


def _report(first_paint: float, load: float) -> dict:
    observed = {"observedFirstContentfulPaint": first_paint, "observedLoad": load}
    return {"audits": {"metrics": {"details": {"items": [observed]}}}}


@pytest.mark.parametrize("first_paint, load, expected", [(1210, 390, True), (230, 530, False), (260, 243, False),
                                                          (344, 243, True)])
def test_a_first_paint_long_after_load_counts_as_stalled(first_paint, load, expected):
    assert lighthouse.stalled(_report(first_paint, load)) is expected


def test_a_stalled_load_is_measured_again_up_to_the_limit(monkeypatch):
    loads = iter([_report(1210, 390), _report(1240, 400), _report(230, 500)])
    monkeypatch.setattr(lighthouse, "run_lighthouse", lambda url, form: next(loads))
    report, attempts = lighthouse.run_until_painted("http://127.0.0.1/", "mobile")
    assert attempts == 3 and not lighthouse.stalled(report)

    monkeypatch.setattr(lighthouse, "run_lighthouse", lambda url, form: _report(1210, 390))
    report, attempts = lighthouse.run_until_painted("http://127.0.0.1/", "mobile")
    assert attempts == lighthouse.ATTEMPTS and lighthouse.stalled(report)
