"""Extracting the prose a reader sees from Markdown and YAML, keeping line numbers.

Code, URLs, HTML tags, attribute lists, abbreviation definitions and front matter keys are blanked out,
so spelling is checked only on words a reader reads.
"""

from __future__ import annotations

import re

import yaml

FENCE = re.compile(r"^\s*(```|~~~)")
FRONT_MATTER = re.compile(r"^---\s*$")
ABBR_DEF = re.compile(r"^\*\[[^\]]+\]:")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
# The text of a link to another site is the title of someone else's work: not our spelling to fix.
EXTERNAL_LINK = re.compile(r"\[[^\]]*\]\((?:https?:)?//[^)]*\)")
REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+")
INLINE_CODE = re.compile(r"`[^`]*`")
URL = re.compile(r"<?\b(?:https?://|www\.)\S+")
HTML_TAG = re.compile(r"<[^>]+>")
ATTR_LIST = re.compile(r"\{[:#.][^}]*\}")
ADMONITION = re.compile(r"^(\s*)(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*")
SNIPPET = re.compile(r"^-{2,}8<-{2,}.*$")
EMAIL = re.compile(r"\S+@\S+\.\w+")


def blank_markup(line: str) -> str:
    """The line with everything that is not prose replaced by spaces."""
    for pattern in (EXTERNAL_LINK, URL, LINK_TARGET, INLINE_CODE, HTML_TAG, ATTR_LIST, EMAIL):
        line = pattern.sub(lambda m: " " * len(m.group(0)), line)
    return ADMONITION.sub(lambda m: m.group(1), line)


def markdown_prose(text: str) -> list[tuple[int, str]]:
    """(line number, prose) for every line of a Markdown page that a reader sees."""
    lines = text.splitlines()
    result: list[tuple[int, str]] = []
    in_fence = False
    in_front = bool(lines) and FRONT_MATTER.match(lines[0]) is not None
    for number, line in enumerate(lines, start=1):
        if in_front:
            if number > 1 and FRONT_MATTER.match(line):
                in_front = False
            elif ":" in line and not line.startswith((" ", "-")):
                key, _, value = line.partition(":")
                result.append((number, " " * (len(key) + 1) + blank_markup(value)))
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:  # fenced code; indented lines are admonition or list prose here, not code
            continue
        if ABBR_DEF.match(line) or REF_DEF.match(line) or SNIPPET.match(line):
            continue
        result.append((number, blank_markup(line)))
    return result


def yaml_prose(text: str) -> list[tuple[int, str]]:
    """(line number, prose) for every string value of a YAML data file; ids and keys are skipped."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return []  # the data checks report syntax errors with their line
    found: list[tuple[int, str]] = []

    def walk(node, key=None):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                walk(v, k.value if isinstance(k, yaml.ScalarNode) else None)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item, key)
        elif isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
            if key in SKIPPED_YAML_KEYS or node.tag != "tag:yaml.org,2002:str":
                return
            start = node.start_mark.line + 1
            offset = 1 if node.style in ("|", ">") else 0
            for index, part in enumerate(node.value.splitlines()):
                found.append((start + offset + index, blank_markup(part)))

    walk(root)
    return found


# Keys whose values are identifiers, paths or addresses, not prose.
SKIPPED_YAML_KEYS = {
    "id", "ids", "related", "type", "correct", "chapter", "learn_more", "link", "url", "source_url", "href",
    "page", "anchor", "slug", "kind", "source_kind", "topics", "goal", "section",
    "halaman",  # data/sesi.yml: a docs path
    "aliases",  # glossary: words readers type into search, misspellings included on purpose
}
