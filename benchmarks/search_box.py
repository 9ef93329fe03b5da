"""The search box in a browser page, for the search benchmark and the search tests (Playwright)."""

from __future__ import annotations

from urllib.parse import urlparse


def search(page, query: str, timeout: float = 15_000) -> list[str]:
    """Type query into Material's search box; return the page paths of the results, in order.

    Waits until the search worker is ready and the list has stopped changing for this query.
    """
    box = page.locator(".md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=5)
    page.wait_for_function(
        """(q) => {
            const meta = document.querySelector('.md-search-result__meta');
            const input = document.querySelector('.md-search__input');
            return meta && input && input.value === q && !/Mempersiapkan|Ketik untuk/.test(meta.textContent);
        }""",
        arg=query,
        timeout=timeout,
    )
    previous, waited = None, 0
    while waited < timeout:
        current = (meta_text(page), result_paths(page))
        if current == previous:
            return current[1]
        previous = current
        page.wait_for_timeout(200)
        waited += 200
    return previous[1]


def result_paths(page) -> list[str]:
    """Page path (no fragment/query, no leading slash) of each result group, in order."""
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item > a.md-search-result__link",
        "els => els.map(a => a.href)",
    )
    paths = []
    for href in hrefs:
        path = urlparse(href).path.lstrip("/")
        if path not in paths:
            paths.append(path)
    return paths


def meta_text(page) -> str:
    return page.locator(".md-search-result__meta").inner_text().strip()


def wait_for_ready(page, timeout: float = 15_000):
    """Until Material's search says it is ready for a query ("Ketik untuk mulai pencarian"): its worker
    has loaded the index. The line is blank while the dialog is still fading in."""
    page.wait_for_function("() => /Ketik untuk/.test(document.querySelector('.md-search-result__meta')?.innerText || '')",
                           timeout=timeout)
