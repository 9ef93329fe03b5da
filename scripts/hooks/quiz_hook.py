"""MkDocs hook for quizzes: generated pages from data/kuis/, links from chapters, script flag."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from _bootstrap import ROOT  # noqa: E402  (makes `scripts` importable)

from scripts import generated_pages  # noqa: E402
from scripts import quiz as quizlib  # noqa: E402
from scripts.core import pages as site  # noqa: E402
from scripts.core.data import DataError  # noqa: E402

DATA = ROOT / "data" / "kuis"
_state: dict = {}


def on_files(files, config):
    try:
        quizzes = quizlib.load_quizzes(DATA, ROOT)
        pages = {}
        for file in files.documentation_pages():
            pages[file.src_uri] = site.page_info(file.content_string, file.name)
        quizlib.validate_links(quizzes, pages)
    except DataError as exc:
        raise PluginError("Data kuis tidak valid:\n" + str(exc)) from None

    to_html = site.make_markdown(config.markdown_extensions, config.mdx_configs)
    data_files = {q.id: (DATA / f"{q.id}.yml").relative_to(ROOT).as_posix() for q in quizzes}
    for src in quizlib.generated_sources(q.id for q in quizzes):
        # A quiz page is edited in its data file; the index and progress pages come from all of them.
        quiz_id = src[len("kuis/"):-len(".md")]
        sources = [data_files[quiz_id]] if quiz_id in data_files else sorted(data_files.values())
        generated_pages.add_page(files, config, src, "", sources=sources)

    def href(from_src, page):
        return files.get_file_from_path(page).url_relative_to(files.get_file_from_path(from_src))

    resolver = site.link_resolver(pages, href)
    for src, content in quizlib.all_pages(quizzes, to_html, resolver).items():
        files.get_file_from_path(src).content_string = content
    _state["chapters"] = {q.chapter: q for q in quizzes if q.chapter}
    return files


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    quiz = _state.get("chapters", {}).get(src)
    if quiz is not None:
        markdown = markdown.rstrip() + quizlib.chapter_link(quiz, src)
    return markdown
