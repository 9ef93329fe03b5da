"""Heading permalinks that screen readers do not read as part of the heading.

Python-Markdown's toc extension (`permalink: true`) appends `<a class="headerlink">¶</a>` inside each
heading. Browsers include a child link's text in the heading's accessible name, so a screen reader
announced "Tujuan belajar ¶". toc has no option for that, so this extension runs right after it and
marks the link as decoration (aria-hidden, out of the tab order), as GitHub does with its heading
anchors. The link still works with a mouse; keyboard and screen-reader users reach the same anchors
through the table of contents. Added to the build by scripts/hooks/site_hook.py (on_config).
"""

from __future__ import annotations

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

PERMALINK_CLASS = "headerlink"


class _HeaderlinkProcessor(Treeprocessor):
    def run(self, root):
        for link in root.iter("a"):
            if PERMALINK_CLASS in (link.get("class") or "").split():
                link.set("aria-hidden", "true")
                link.set("tabindex", "-1")


class HeaderlinkExtension(Extension):
    def extendMarkdown(self, md):
        # toc runs at priority 5; lower runs later, after toc has added its links.
        md.treeprocessors.register(_HeaderlinkProcessor(md), "kol_headerlink", 4)
