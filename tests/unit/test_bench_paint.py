"""The paint benchmark's pure parts (benchmarks/paint.py): page choice, total blocking time, the budget
rules and the median-with-spread cells, without a browser."""

from __future__ import annotations

import pytest

from benchmarks import paint
from benchmarks.paint import METRICS, miss, pick_pages, side_median, spread, tbt_limit, total_blocking_time

BY_KEY = {metric.key: metric for metric in METRICS}


def test_only_pages_both_builds_have_are_picked_in_a_fixed_order():
    pages = ["kuis/definisi/", "", "glosarium/", "tentang/", "examples/ykp-madani/"]
    assert pick_pages(pages) == [("Beranda", ""), ("Contoh", "examples/ykp-madani/"), ("Glosarium", "glosarium/"),
                                 ("Kuis", "kuis/definisi/")]


def test_blocking_time_counts_only_the_part_of_long_tasks_after_fcp_beyond_50_ms():
    tasks = [[100, 400], [600, 120], [900, 50], [1200, 80.5]]
    assert total_blocking_time(tasks, fcp=500) == pytest.approx(70 + 0 + 30.5)
    assert total_blocking_time(tasks, fcp=50) == pytest.approx(350 + 70 + 30.5)
    assert total_blocking_time([], fcp=500) == 0
    assert total_blocking_time(tasks, fcp=None) == 0


@pytest.mark.parametrize("stock, limit", [(0, 10), (100, 110), (200, 210), (400, 420)])
def test_tbt_limit_is_the_larger_of_five_percent_and_ten_ms(stock, limit):
    assert tbt_limit(stock) == pytest.approx(limit)


def test_ours_within_the_limit_is_no_miss():
    assert miss(BY_KEY["fcp"], "", 525, 500) is None
    assert miss(BY_KEY["tbt"], "", 10, 0) is None
    assert miss(BY_KEY["task"], "", 1100, 1000) is None
    assert miss(BY_KEY["dom"], "", 1300, 1000) is None
    assert miss(BY_KEY["bytes"], "", 50_000, 50_000) is None


def test_a_miss_names_page_metric_limit_and_excess_in_indonesian():
    text = miss(BY_KEY["lcp"], "glosarium/", 600, 400)
    assert text.startswith("Cat /glosarium/ LCP: kita 600 ms, stock 400 ms, batas 420 ms")
    assert text.endswith("lebih 180 ms")
    assert "lebih 5 ms" in miss(BY_KEY["tbt"], "", 15, 0)
    assert "lebih 1.0 KB" in miss(BY_KEY["bytes"], "", 51_200, 50_176)
    assert "lebih 70" in miss(BY_KEY["dom"], "kuis/definisi/", 1370, 1000)


def test_no_miss_without_a_measurement():
    assert miss(BY_KEY["fcp"], "", None, 500) is None
    assert miss(BY_KEY["fcp"], "", 500, None) is None


def test_spread_gives_median_and_range_or_just_the_value():
    assert spread([512, 488, 470], paint._ms) == "488 (470–512)"
    assert spread([1234, 1234], lambda v: f"{v:.0f}") == "1234"
    assert spread([2048, None, 3072, 4096], paint._kb) == "3.0 (2.0–4.0)"
    assert spread([None], paint._ms) == "–"


def test_side_median_skips_loads_without_a_value():
    runs = [{"fcp": 300}, {"fcp": None}, {"fcp": 500}, {"fcp": 400}]
    assert side_median(runs, "fcp") == 400
    assert side_median([{"fcp": None}], "fcp") is None
