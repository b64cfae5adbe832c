"""What importers say about bad input: a whole file that cannot be read
(:class:`ParseError`) or one record skipped inside a readable file
(:class:`Problem`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class ImportProblem(ValueError):
    """Base of every error an importer raises on bad input. ``str()`` is a
    one-line message a user can act on; the CLI prints it and exits 2."""


class ParseError(ImportProblem):
    """A file that cannot be read at all. The message names the file and,
    where known, the place (line, column, record index)."""

    def __init__(self, reason: str, *, path: str | Path | None = None, where: str = "") -> None:
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.where = where
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [p for p in (self.path, self.where) if p]
        prefix = ": ".join(parts)
        return f"{prefix}: {self.reason}" if prefix else self.reason

    def located(self, path: str | Path) -> ParseError:
        """The same error naming ``path`` (parsers of text know no file name)."""
        if self.path:
            return self
        return ParseError(self.reason, path=path, where=self.where)


def parse_located(path: str | Path, parse: Callable[[], T]) -> T:
    """``parse()``, a ParseError it raises naming the file ``path``: how
    every importer's ``load_file`` wraps its text parser."""
    try:
        return parse()
    except ParseError as exc:
        raise exc.located(path) from None


@dataclass(frozen=True, slots=True)
class Problem:
    """One record of a readable file that was skipped, and why.

    ``index`` is the record's position (0-based) in the file's list of records,
    or the line number for line-based formats (then ``line`` is True)."""

    index: int
    id: str
    reason: str
    line: bool = False

    def __str__(self) -> str:
        where = f"line {self.index}" if self.line else f"record {self.index}"
        ident = f" ({self.id})" if self.id else ""
        return f"{where}{ident}: {self.reason}"
