"""Heading permalinks that screen readers do not read as part of the heading.

Python-Markdown's toc extension (`permalink: true`) appends `<a class="headerlink">¶</a>` inside each
heading. Browsers include a child link's text in the heading's accessible name, so a screen reader
announced "Tujuan belajar ¶". toc has no option for that, so this extension runs right after it and
marks the link as decoration (aria-hidden, out of the tab order), as GitHub does with its heading
anchors. The link still works with a mouse; keyboard and screen-reader users reach the same anchors
through the table of contents. The page title (h1) gets no permalink at all: it would link to the top of
the page the reader is on, and on a phone it pushed itself onto an empty second line of the title. Added to
the build by scripts/hooks/site_hook.py (on_config).
"""

from __future__ import annotations

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

PERMALINK_CLASS = "headerlink"


def _is_permalink(element) -> bool:
    return element.tag == "a" and PERMALINK_CLASS in (element.get("class") or "").split()


class _HeaderlinkProcessor(Treeprocessor):
    def run(self, root):
        for title in root.iter("h1"):
            for link in [child for child in title if _is_permalink(child)]:
                title.remove(link)  # toc puts it last, with no text after it
        for link in root.iter("a"):
            if _is_permalink(link):
                link.set("aria-hidden", "true")
                link.set("tabindex", "-1")


class HeaderlinkExtension(Extension):
    def extendMarkdown(self, md):
        # toc runs at priority 5; lower runs later, after toc has added its links.
        md.treeprocessors.register(_HeaderlinkProcessor(md), "kol_headerlink", 4)
