"""The Lighthouse benchmark's CPU calibration (benchmarks/lighthouse.py), without running Lighthouse."""

from __future__ import annotations

import pytest

from benchmarks.lighthouse import cpu_multiplier


@pytest.mark.parametrize("index, expected", [(150, 1.0), (800, 2.0), (1050, 2.5), (1300, 3.0), (1533, 4.0),
                                             (2000, 6.0)])
def test_cpu_multiplier_follows_lighthouse_calculator_anchors(index, expected):
    assert cpu_multiplier(index) == pytest.approx(expected, abs=0.01)


def test_cpu_multiplier_grows_with_host_speed_and_never_speeds_up():
    values = [cpu_multiplier(index) for index in range(0, 2600, 25)]
    assert values == sorted(values)
    assert min(values) == 1.0
