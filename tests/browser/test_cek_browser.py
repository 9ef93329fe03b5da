"""Cek kolaborasi in chromium: fill in, result per key, answers kept, the result link in a fresh browser,
the team view, damaged links, blocked or corrupt storage, the QR code, no JavaScript, accessibility."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from support.browser import PHONE, PROJECTOR

from support.quality import axe_violations

pytestmark = pytest.mark.browser

FORM, TEAM = "cek/", "cek/tim/"
THROWING_STORAGE = """
for (const name of ["getItem", "setItem", "removeItem", "clear", "key"]) {
  Storage.prototype[name] = function () { throw new DOMException("diblokir", "SecurityError"); };
}
"""
NAMES = {"low": "rendah", "middle": "sedang", "high": "tinggi"}


def open_form(page, server, fragment=""):
    page.goto(server + FORM + fragment)
    page.wait_for_function("document.querySelector('[data-cek-ringkas]').textContent.length > 0")
    return page


def statements(page) -> list[tuple[str, str]]:
    """(statement id, key id) in page order."""
    return page.eval_on_selector_all(
        "[data-cek-soal]", "els => els.map(e => [e.dataset.cekSoal, e.dataset.cekKunci])")


def fill(page, values):
    for (sid, _), value in zip(statements(page), values):
        if value is not None:
            page.locator(f"[data-cek-soal='{sid}'] input[value='{value}']").check()


def pattern(count: int) -> list[int | None]:
    """A varied set of answers: every scale point, "tidak tahu", and one left empty."""
    base = [1, 2, 0, 4, 3, 2, 1, 3, 4, 2, 1, 1, 2, 0, 3, 4, 4, 3, 2, 4, 1, 2, 3, 4]
    values = base[:count]
    values[-1] = None
    return values


def expected_result(page, values) -> list[tuple[str, str]]:
    """(key title, mean or "belum dinilai") per key, weakest first, computed here from the page's data."""
    keys: dict[str, list] = {}
    for (_, key), value in zip(statements(page), values):
        keys.setdefault(key, [])
        if value:
            keys[key].append(value)
    titles = {k: page.locator(f"h2#{k}").evaluate("h => h.firstChild.textContent.replace(/^\\d+\\.\\s*/, '').trim()")
              for k in keys}
    order = sorted(keys, key=lambda k: (not keys[k], sum(keys[k]) / len(keys[k]) if keys[k] else 0, list(keys).index(k)))
    return [(titles[k], one_decimal(sum(keys[k]) / len(keys[k])) if keys[k] else "–") for k in order]


def one_decimal(x: float) -> str:
    """Rounded half up, with a decimal comma, as readers expect (3,25 -> 3,3)."""
    return str(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",")


def shown_result(page) -> list[tuple[str, str]]:
    return [tuple(row) for row in page.eval_on_selector_all(
        "[data-cek-tabel] tr", "rows => rows.map(r => [r.cells[0].textContent, r.cells[1].textContent])")]


def test_fill_in_see_the_result_and_keep_it_after_reload(make_page, server):
    page = open_form(make_page(viewport=PHONE), server)
    assert page.locator("[data-cek-ringkas]").inner_text().startswith("Belum ada jawaban")
    assert page.locator("[data-cek-grafik]").is_hidden()
    values = pattern(len(statements(page)))
    fill(page, values)
    answered = sum(v is not None for v in values)
    assert page.locator("[data-cek-ringkas]").inner_text().startswith(
        f"Terjawab {answered} dari {len(values)} pernyataan, {values.count(0)} di antaranya")
    expected = expected_result(page, values)
    assert shown_result(page) == expected
    # One bar per key, and the advice in the same order, weakest first, matching the level of its mean.
    assert page.locator("[data-cek-batang] svg rect.cek-batang__latar").count() == len(expected)
    advice = page.eval_on_selector_all("[data-cek-saran-urut] h3", "hs => hs.map(h => h.textContent)")
    assert [a.split(":")[0] for a in advice] == [title for title, _ in expected]
    title, mean = expected[0]
    level = "low" if float(mean.replace(",", ".")) < 2 else "high" if float(mean.replace(",", ".")) >= 3 else "middle"
    assert advice[0] == f"{title}: {NAMES[level]} (rata-rata {mean})"
    first = page.locator("[data-cek-saran-urut] section").first
    assert first.locator("a").count() >= 2  # the chapter section and an example
    page.reload()
    page.wait_for_function("document.querySelector('[data-cek-tabel] tr') !== null")
    assert shown_result(page) == expected
    checked = page.eval_on_selector_all("[data-cek-soal]", "els => els.map(e => { const i = e.querySelector('input:checked'); return i ? +i.value : null; })")
    assert checked == values


def test_keys_nobody_answered_are_not_called_tidak_tahu(make_page, server):
    # Only the first key's statements answered, one of the second key's with "tidak tahu": the untouched
    # keys say they are not answered yet, not that the team does not know.
    page = open_form(make_page(viewport=PHONE), server)
    keys = [key for _, key in statements(page)]
    first, second = keys[0], next(key for key in keys if key != keys[0])
    values = [3 if key == first else None for key in keys]
    values[keys.index(second)] = 0
    fill(page, values)
    advice = {h.split(":")[0]: h for h in page.eval_on_selector_all("[data-cek-saran-urut] h3", "hs => hs.map(h => h.textContent)")}
    sections = page.locator("[data-cek-saran-urut] section")
    titles = [title for title, _ in expected_result(page, values)]
    assert len(advice) == len(set(keys)) >= 3
    for index, title in enumerate(titles):  # the advice comes in the order of the result table
        text = sections.nth(index).inner_text()
        if "belum dinilai" in advice[title]:
            assert advice[title].endswith("1 jawaban \u201ctidak tahu\u201d") and "mengapa anggota tim tidak tahu" in text
        elif "belum dijawab" in advice[title]:
            assert advice[title] == f"{title}: belum dijawab" and "belum dijawab. Jawablah" in text
            assert "tidak tahu" not in text
    assert sum("belum dijawab" in a for a in advice.values()) == len(set(keys)) - 2
    assert sum("belum dinilai" in a for a in advice.values()) == 1


def test_a_result_link_opens_the_same_result_in_a_fresh_browser(make_page, server):
    page = make_page(viewport=PHONE)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_form(page, server)
    values = pattern(len(statements(page)))
    fill(page, values)
    expected = shown_result(page)
    page.locator("[data-cek-salin]").click()
    page.wait_for_function("document.querySelector('[data-cek-status]').textContent === 'Tautan hasil disalin.'")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link.startswith(server + FORM + "#hasil=")
    assert link.endswith("." + "".join("-" if v is None else str(v) for v in values))

    other = make_page(viewport=PROJECTOR)  # a new context: empty storage
    other.goto(link)
    other.wait_for_function("document.querySelector('[data-cek-tabel] tr') !== null")
    assert shown_result(other) == expected
    assert other.locator("[data-cek-tautan-aktif]").is_visible()
    assert other.locator("[data-cek-soal] input").first.is_disabled()
    # Viewing someone's link never writes it into this browser's own answers.
    other.locator("[data-cek-milik-saya]").click()
    other.wait_for_function("!location.hash")
    assert other.locator("[data-cek-soal] input:checked").count() == 0
    assert other.locator("[data-cek-grafik]").is_hidden()


@pytest.mark.parametrize("fragment", ["#hasil=zzz", "#hasil=000000.1234", "VERSION_WITH_ONE_MARK_TOO_MANY"])
def test_a_damaged_link_gives_a_message_and_an_empty_form(make_page, server, fragment):
    if fragment.startswith("VERSION"):
        first = open_form(make_page(viewport=PHONE), server)
        version = first.locator("[data-cek]").first.get_attribute("data-cek")
        fragment = f"#hasil={version}." + "1" * (len(statements(first)) + 1)
    page = open_form(make_page(viewport=PHONE), server, fragment)
    message = page.locator("[data-cek-pesan]")
    assert message.is_visible() and "tidak bisa dibaca" in message.inner_text()
    assert page.locator("[data-cek-soal] input:checked").count() == 0
    assert page.locator("[data-cek-soal] input").first.is_enabled()
    assert "#" not in page.url  # the damaged fragment is dropped, so a reload starts clean
    page.locator("[data-cek-soal] input[value='3']").first.check()
    assert page.locator("[data-cek-ringkas]").inner_text().startswith("Terjawab 1 dari")


def team_link(server, version, marks: str) -> str:
    return f"{server}{FORM}#hasil={version}.{marks}"


def test_team_view_shows_the_spread_widest_disagreement_first(make_page, server):
    page = make_page(viewport=PROJECTOR)
    page.goto(server + TEAM)
    version = page.locator("[data-cek-tim]").get_attribute("data-cek-tim")
    ids = page.eval_on_selector_all("[data-cek-baris]", "rows => rows.map(r => r.dataset.cekBaris)")
    n = len(ids)
    # Statement 3 splits the team (1, 4, 4); statement 5 a little (2, 3, 3); the rest all agree (3).
    rows = []
    for member in range(3):
        marks = ["3"] * n
        marks[2] = "1" if member == 0 else "4"
        marks[4] = "2" if member == 0 else "3"
        marks[6] = "0" if member < 2 else "3"
        marks[7] = "-"
        rows.append("".join(marks))
    page.fill("[data-cek-tautan]", "\n".join([team_link(server, version, m) for m in rows] + ["", "bukan tautan"]))
    page.locator("[data-cek-tampilkan]").click()
    page.wait_for_function("document.querySelector('[data-cek-tim-status]').textContent.includes('dibaca')")
    assert page.locator("[data-cek-tim-status]").inner_text() == (
        "3 tautan hasil dibaca. Baris 5 dilewati: bukan tautan hasil cek ini, atau rusak.")
    order = page.eval_on_selector_all("[data-cek-baris]", "rows => rows.map(r => r.dataset.cekBaris)")
    assert order[:3] == [ids[2], ids[4], ids[6]]  # widest spread, then smaller, then most "tidak tahu"

    def cells(sid):
        return page.eval_on_selector_all(f"[data-cek-baris='{sid}'] td", "tds => tds.map(t => t.textContent)")
    assert cells(ids[2]) == ["1", "0", "0", "2", "0", "1–4"]
    assert cells(ids[4]) == ["0", "1", "2", "0", "0", "2–3"]
    assert cells(ids[6]) == ["0", "0", "1", "0", "2", "3–3"]
    assert cells(ids[7]) == ["0", "0", "0", "0", "0", "–"]  # nobody answered it
    # The links stay for the facilitator after a reload.
    page.reload()
    page.wait_for_function("document.querySelector('[data-cek-tim-status]').textContent.includes('dibaca')")
    assert page.eval_on_selector_all("[data-cek-baris]", "rows => rows.map(r => r.dataset.cekBaris)")[:3] == order[:3]


@pytest.mark.parametrize("storage", [pytest.param("throws", marks=pytest.mark.allow_console_errors), "garbage"])
def test_blocked_or_corrupt_storage_never_breaks_the_page(make_page, server, storage):
    page = make_page(viewport=PHONE)
    page.add_init_script(THROWING_STORAGE if storage == "throws" else
                         "localStorage.setItem('kolaborasi:cek', '{tidak json');"
                         "localStorage.setItem('kolaborasi:cek:tim', '{}')")
    open_form(page, server)
    fill(page, [4, 4, 4])
    assert page.locator("[data-cek-ringkas]").inner_text().startswith("Terjawab 3 dari")
    assert page.locator("[data-cek-tabel] tr").count() >= 1
    if storage == "garbage":  # the first answer replaces what could not be read, and is kept
        assert page.evaluate("JSON.parse(localStorage.getItem('kolaborasi:cek')).a")[statements(page)[0][0]] == 4


def test_qr_code_is_made_on_the_device_on_request(make_page, server):
    page = make_page(viewport=PHONE)
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    open_form(page, server)
    fill(page, [2])
    assert not any("qrcode" in url for url in requested)  # not loaded until asked for
    page.locator("[data-cek-qr]").click()
    page.locator("[data-cek-qr-kotak] svg").wait_for()
    assert any(url.endswith("/assets/vendor/qrcode-generator/qrcode.js") for url in requested)
    address = page.locator(".cek-qr__alamat").inner_text()
    assert address.startswith(server + FORM + "#hasil=") and page.locator("[data-cek-qr]").get_attribute("aria-expanded") == "true"
    page.locator("[data-cek-qr]").click()
    assert page.locator("[data-cek-qr-kotak]").is_hidden()


def test_without_javascript_it_is_a_printable_checklist(make_page, server):
    page = make_page(viewport=PHONE, java_script_enabled=False)
    page.goto(server + FORM)
    assert page.locator("[data-cek-soal]").count() >= 16
    assert page.locator("p[data-tanpa-js]").first.is_visible()
    assert page.locator("p[data-dengan-js]").first.is_hidden()
    assert page.locator(".cek-aksi").is_hidden()
    assert page.locator("#panduan-penilaian").is_visible()
    assert page.locator("[data-cek-saran]").first.is_visible()  # every advice text, to read by hand
    page.goto(server + "handout/cek-kolaborasi/")
    assert page.locator(".cek-kotak").count() == page.locator("table.cek-daftar tbody tr").count() * 5


@pytest.mark.parametrize("scheme, viewport", [("light", PHONE), ("dark", PROJECTOR)])
def test_result_and_team_view_are_accessible(make_page, server, scheme, viewport):
    page = make_page(viewport=viewport, color_scheme=scheme)
    open_form(page, server)
    fill(page, pattern(len(statements(page))))
    page.locator("[data-cek-qr]").click()
    page.locator("[data-cek-qr-kotak] svg").wait_for()
    problems = axe_violations(page)
    version = page.locator("[data-cek]").first.get_attribute("data-cek")
    page.goto(server + TEAM)
    count = page.locator("[data-cek-baris]").count()
    page.fill("[data-cek-tautan]", team_link(server, version, ("1234" * count)[:count]))
    page.locator("[data-cek-tampilkan]").click()
    page.wait_for_function("document.querySelector('[data-cek-tim-status]').textContent.length > 0")
    problems += axe_violations(page)
    assert not problems, "\n".join(problems)


def test_works_from_the_offline_copy(file_page, offline_root):
    page = file_page()
    page.goto((offline_root / "cek" / "index.html").as_uri())
    page.locator("[data-cek-soal] input[value='4']").first.check()
    page.wait_for_function("document.querySelector('[data-cek-tabel] tr') !== null")
    assert page.locator("[data-cek-ringkas]").inner_text().startswith("Terjawab 1 dari")
    page.locator("[data-cek-qr]").click()
    page.locator("[data-cek-qr-kotak] svg").wait_for()
