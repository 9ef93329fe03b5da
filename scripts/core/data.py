"""One YAML reader for every data file: line marks, every problem collected, one wording for syntax errors.

    text = read_text(file, "data/cek.yml")          # DataError if missing or not UTF-8
    root = compose(text, "data/cek.yml")            # a yaml.Node (or None when empty); DataError on bad syntax
    reader = Reader("data/cek.yml")
    fields = reader.mapping(root, "isi berkas", allowed=("title", "keys"), required=("title",))
    ...
    reader.done()                                   # DataError listing every problem, sorted by line

A syntax error names the line to fix. For a quote or bracket that was opened and never closed, PyYAML reports
wherever it finally gave up (often far below); we name the line where it was opened instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, NamedTuple

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NULL_TAG = "tag:yaml.org,2002:null"
STR_TAG = "tag:yaml.org,2002:str"
SYNTAX_HINT = "Periksa indentasi, titik dua, dan tanda kutip di baris ini."


class Problem(NamedTuple):
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class DataError(Exception):
    """One or more problems in data files; str() gives one `path:line: message` per line, in the order given."""

    def __init__(self, problems: Iterable[Problem | tuple | str]):
        self.problems = [Problem(*p) if isinstance(p, tuple) else p for p in problems]
        self.messages = [str(p) for p in self.problems]
        super().__init__("\n".join(self.messages))

    @classmethod
    def at(cls, path: str, line: int, message: str) -> "DataError":
        return cls([Problem(path, line, message)])


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def shown_path(path: Path, root: Path) -> str:
    """How a data file is named in messages: relative to the project when inside it, else as given."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def read_text(file: Path, shown: str) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataError.at(shown, 1, "berkas bukan teks UTF-8. Simpan ulang dengan pengodean UTF-8.") from None
    except OSError as error:
        raise DataError.at(shown, 1, f"berkas tidak dapat dibaca ({error.strerror}).") from None


def compose(text: str, shown: str, first_line: int = 1) -> yaml.Node | None:
    """The node tree of `text`; marks count from `first_line` (front matter starts at line 2)."""
    try:
        return yaml.compose("\n" * (first_line - 1) + text, Loader=_LOADER)
    except yaml.YAMLError as error:
        line, reason = _syntax_problem(error, "\n" * (first_line - 1) + text)
        raise DataError.at(shown, line, f"YAML tidak sah: {reason}. {SYNTAX_HINT}") from None


# PyYAML's wording -> ours. Unlisted problems keep PyYAML's words in brackets.
_REASONS = (
    ("end of stream", "tanda kutip yang dibuka di baris ini tidak ditutup"),
    ("mapping values are not allowed", "titik dua di tengah nilai; apit nilai itu dengan tanda kutip"),
    ("cannot start any token", "ada karakter yang tidak boleh mengawali nilai (tab? pakai spasi untuk indentasi)"),
    ("did not find expected key", "indentasi tidak cocok dengan baris di atasnya"),
    ("expected <block end>", "indentasi tidak cocok dengan baris di atasnya"),
    ("could not find expected ':'", "titik dua (:) tidak ditemukan setelah kunci"),
    ("did not find expected ',' or ']'", "kurung siku [ yang dibuka di baris ini tidak ditutup"),
    ("did not find expected ',' or '}'", "kurung kurawal { yang dibuka di baris ini tidak ditutup"),
)
# An opened bracket is reported where it opened, not where PyYAML noticed.
_OPENED_HERE = ("end of stream", "expected ',' or ']'", "expected ',' or '}'")
# Inside a quoted value, a new line that looks like `key: value` or `- key: value` means the quote ran on.
_LOOKS_LIKE_KEY = re.compile(r"\n[ \t]*(?:- )?[A-Za-z_][\w-]*:[ \t\n]")


def _syntax_problem(error: yaml.YAMLError, text: str) -> tuple[int, str]:
    problem = getattr(error, "problem", None) or str(error)
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark else 1
    reason = next((ours for theirs, ours in _REASONS if theirs in problem), f"({problem})")
    context_mark = getattr(error, "context_mark", None)
    if context_mark is not None and any(key in problem for key in _OPENED_HERE):
        return context_mark.line + 1, reason
    bracket = _unclosed_bracket(text, line)
    if bracket is not None:
        return bracket
    runaway = _runaway_quote(text, line)
    if runaway is not None:
        return runaway, f"tanda kutip yang dibuka di baris ini tampaknya tidak ditutup (kutipan terbaca sampai baris {line})"
    return line, reason


def _unclosed_bracket(text: str, error_line: int) -> tuple[int, str] | None:
    """The line and wording of a [ or { still open where the text ran out, if any (PyYAML then only names
    the end of the file)."""
    opened: list[yaml.Token] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)):
                opened.append(token)
            elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)) and opened:
                opened.pop()
    except yaml.YAMLError:
        pass
    if not opened or opened[-1].start_mark.line + 1 > error_line:
        return None
    last = opened[-1]
    shape = "kurung siku [" if isinstance(last, yaml.FlowSequenceStartToken) else "kurung kurawal {"
    return last.start_mark.line + 1, f"{shape} yang dibuka di baris ini tidak ditutup"


def _runaway_quote(text: str, error_line: int) -> int | None:
    """Start line of the last quoted value before the error that swallowed a `key:` line, if any."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line + 1 > error_line:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") \
                    and token.end_mark.line > token.start_mark.line \
                    and _LOOKS_LIKE_KEY.search(text[token.start_mark.index:token.end_mark.index]):
                found = token.start_mark.line + 1
    except yaml.YAMLError:
        pass
    return found


def is_null(node: yaml.Node | None) -> bool:
    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG)


def kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "pasangan kunci: nilai"
    if isinstance(node, yaml.SequenceNode):
        return "daftar"
    return "teks"


class Reader:
    """Walks composed YAML nodes of one file, collecting every problem with its line."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    @property
    def errors(self) -> list[str]:
        return [str(p) for p in self.problems]

    def error(self, node_or_line: yaml.Node | int, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else line_of(node_or_line)
        self.problems.append(Problem(self.path, line, message))

    def done(self) -> None:
        if self.problems:
            raise DataError(self.problems)

    def mapping(self, node: yaml.Node, what: str, allowed: Iterable[str], required: Iterable[str] = (),
                prefix: str = "") -> dict[str, yaml.Node] | None:
        """{key: value node}; unknown, repeated and missing keys are problems."""
        allowed = tuple(allowed)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{prefix}{what} harus berupa pasangan kunci: nilai, bukan {kind(node)}.")
            return None
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                self.error(key_node, f'{prefix}kunci "{key}" tidak dikenal. Kunci yang boleh: {", ".join(allowed)}.')
            elif key in result:
                self.error(key_node, f'{prefix}kunci "{key}" ditulis dua kali.')
            else:
                result[key] = value_node
        for key in required:
            if key not in result:
                self.error(node, f'{prefix}{what} belum punya kunci "{key}".')
        return result

    def text(self, node: yaml.Node | None, what: str, at: yaml.Node | int = 1, strict: bool = False,
             fold: bool = True) -> str | None:
        """A non-empty text value with its white space folded (only stripped without `fold`), or None after
        recording why not. `strict` refuses a value YAML reads as something else (a bare number, date, yes/no)."""
        if is_null(node):
            self.error(node if node is not None else at, f"{what} tidak boleh kosong.")
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, f"{what} harus berupa teks, bukan {kind(node)}.")
            return None
        if strict and node.tag != STR_TAG:
            self.error(node, f'{what} harus berupa teks; apit nilainya dengan tanda kutip, misalnya "{node.value}".')
            return None
        value = " ".join(str(node.value).split()) if fold else str(node.value).strip()
        if not value:
            self.error(node, f"{what} tidak boleh kosong.")
            return None
        return value

    def sequence(self, node: yaml.Node | None, what: str, at: yaml.Node | int = 1, minimum: int = 1,
                 maximum: int | None = None) -> list:
        """The items of a list (a wrong number of them recorded as a problem: at least `minimum`, at most
        `maximum`), or [] after recording why there is no list."""
        if is_null(node):
            self.error(node if node is not None else at, f'{what} tidak ada atau kosong; tulis daftar (baris diawali "- ").')
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f'{what} harus berupa daftar (baris diawali "- "), bukan {kind(node)}.')
            return []
        if len(node.value) < minimum or (maximum is not None and len(node.value) > maximum):
            bound = f"sedikitnya {minimum}" if maximum is None else f"{minimum} sampai {maximum}"
            self.error(node, f"{what} perlu {bound} butir (sekarang {len(node.value)}).")
        return list(node.value)
