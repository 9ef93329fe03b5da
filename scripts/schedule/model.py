"""The schedule's model: minutes of a page, lessons, session plans and their steps; the page names."""

from __future__ import annotations

import re
from dataclasses import dataclass

META_KEY = "waktu"
TEACHING, ACTIVITY, BOTH = "paparan", "kegiatan", "semua"
MINUTE_KEYS = (TEACHING, ACTIVITY)
PARTS = (TEACHING, ACTIVITY, BOTH)
SCHEDULE_PAGE = "pelatih/jadwal.md"
GUIDE_PAGE = "pelatih/index.md"
PLANS_FILE = "data/sesi.yml"
EXAMPLE_META = "waktu: {paparan: 15, kegiatan: 10}"
MARKER = re.compile(r"^<!--\s*rencana-sesi:\s*(?P<id>[^\s>]*)\s*-->[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Minutes:
    teaching: int
    activity: int

    @property
    def total(self) -> int:
        return self.teaching + self.activity

    def part(self, name: str) -> int:
        return {TEACHING: self.teaching, ACTIVITY: self.activity, BOTH: self.total}[name]


@dataclass(frozen=True)
class Lesson:
    src: str  # path under docs/, e.g. "examples/ykp-madani.md"
    title: str  # nav title
    section: str  # nav section, e.g. "Bab"
    minutes: Minutes


@dataclass(frozen=True)
class Step:
    name: str
    goal: str
    activity: str
    materials: str
    page: str | None  # "apa-itu-kolaborasi.md#pentahelix" or None
    page_title: str | None
    shown: str  # what to project when there is no page ("" for nothing)
    part: str | None  # paparan / kegiatan / semua when the minutes come from the page
    minutes: int


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    length: int
    steps: tuple[Step, ...]

    @property
    def total(self) -> int:
        return sum(step.minutes for step in self.steps)
