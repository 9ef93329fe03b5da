"""Glossary: load and validate data/glosarium.yml, render the glossary page, mark terms in HTML.

Pure functions only: nothing here knows MkDocs. The hook (scripts/hooks/glossary_hook.py) and the CLI
(`python -m scripts.glossary check | write FOLDER`, __main__.py) are thin layers on top.

    model.py    entries, abbreviations, sources
    load.py     reading the YAML with every problem's line; abbreviation coverage of a text
    render.py   the glossary page and the abbreviation definitions (templates/ beside it)
    marker.py   terms marked in rendered HTML
"""

from scripts.glossary.load import capital_words, load_glossary, parse_glossary, uncovered_capital_words
from scripts.glossary.marker import MarkResult, TermMarker, first_abbreviations_only, insert_definitions
from scripts.glossary.model import DATA_PATH, GLOSSARY_SRC, Abbreviation, Entry, Glossary, Source, sort_key
from scripts.glossary.render import (abbreviation_glossary, abbreviation_markdown, definition_markdown,
                                     fill_appearances, render_glossary)

__all__ = [
    "DATA_PATH", "GLOSSARY_SRC", "Abbreviation", "Entry", "Glossary", "MarkResult", "Source", "TermMarker",
    "abbreviation_glossary", "abbreviation_markdown", "capital_words", "definition_markdown",
    "fill_appearances", "first_abbreviations_only", "insert_definitions", "load_glossary", "parse_glossary", "render_glossary",
    "sort_key", "uncovered_capital_words",
]
