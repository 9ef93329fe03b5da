"""The feature-cost benchmark's choice of builds (benchmarks/features.py), without a browser."""

from __future__ import annotations

from benchmarks.features import variants
from scripts.site_config import load_config
from support.site import ROOT

THEME = {
    "name": "material",
    "palette": [
        {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "custom",
         "toggle": {"icon": "material/weather-night", "name": "Ganti ke mode gelap"}},
        {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "custom",
         "toggle": {"icon": "material/weather-sunny", "name": "Ganti ke mode terang"}},
    ],
    "features": ["navigation.instant", "navigation.instant.progress", "navigation.footer", "toc.follow"],
}


def test_each_build_leaves_out_one_feature_and_the_last_leaves_out_all():
    found = dict(variants(THEME))
    light = {"scheme": "default", "primary": "custom"}
    assert list(found) == ["tanpa tombol skema warna (hanya skema terang)", "tanpa navigasi instan",
                           "tanpa toc.follow", "tanpa fitur Material apa pun dan tanpa tombol skema"]
    assert found["tanpa tombol skema warna (hanya skema terang)"] == {"palette": light}
    assert found["tanpa navigasi instan"] == {"features": ["navigation.footer", "toc.follow"]}
    assert found["tanpa toc.follow"] == {"features": ["navigation.instant", "navigation.instant.progress",
                                                      "navigation.footer"]}
    assert found["tanpa fitur Material apa pun dan tanpa tombol skema"] == {"features": [], "palette": light}


def test_a_feature_that_is_off_gets_no_build_of_its_own():
    found = dict(variants({"name": "material", "features": ["navigation.footer"]}))
    assert list(found) == ["tanpa fitur Material apa pun dan tanpa tombol skema"]
    assert found["tanpa fitur Material apa pun dan tanpa tombol skema"] == {"features": []}


def test_our_config_has_a_build_for_each_costly_feature():
    labels = [label for label, _ in variants(load_config(ROOT)["theme"])]
    assert len(labels) == 4, labels
