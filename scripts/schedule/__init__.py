"""Schedule and session plans: pure functions that know nothing of MkDocs.

- Every chapter and example page (the nav sections "Bab" and "Contoh nyata", minus their overview
  pages) declares its suggested minutes in front matter: `waktu: {paparan: 15, kegiatan: 10}`
  (paparan = teaching, kegiatan = activity).
- data/sesi.yml holds the session plans of the facilitator guide. A step either takes its minutes
  from a page (`halaman` + `bagian`: paparan, kegiatan or semua) or states them (`menit`); each plan
  must add up to its `durasi`.
- render_schedule() is the Markdown of the generated page pelatih/jadwal.md; render_plan() is one
  plan's table, which the hook puts where a page says `<!-- rencana-sesi: ID -->`.

    model.py    minutes, lessons, plans and steps; the page names
    load.py     the minutes in front matter and the plans of data/sesi.yml (every problem with its line)
    render.py   the schedule page, a plan's table, the markers filled in (templates/ beside it)
    __main__.py `python -m scripts.schedule check` validates; `write DIR` writes pelatih/jadwal.md and the
                guide with its tables filled in under DIR (for a build without MkDocs)
"""

from scripts.schedule.load import load_lessons, load_project, parse_minutes, parse_plans
from scripts.schedule.model import GUIDE_PAGE, MARKER, PLANS_FILE, SCHEDULE_PAGE, Lesson, Minutes, Plan, Step
from scripts.schedule.render import clock, fill_markers, relative, render_plan, render_schedule

__all__ = ["GUIDE_PAGE", "MARKER", "PLANS_FILE", "SCHEDULE_PAGE", "Lesson", "Minutes", "Plan", "Step", "clock",
           "fill_markers", "load_lessons", "load_project", "parse_minutes", "parse_plans", "relative", "render_plan",
           "render_schedule"]
