"""CSV cells a spreadsheet will not run: the one helper every CSV writer
uses (OWASP's "CSV injection"). A text cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'`` so Excel,
LibreOffice and Google Sheets show it as text. Numbers written as numbers
(int, float) stay numbers, negative ones too: only user text is escaped,
so a student named ``-1`` or ``=HYPERLINK(...)`` comes out as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _csv import Reader

    from schoolaas.io.errors import Problem

Row = TypeVar("Row")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` as a CSV cell: text starting like a formula gets a ``'``;
    numbers, None and booleans are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Iterable[object]) -> list[object]:
    return [safe_cell(value) for value in row]


def csv_text(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """Header and rows as CSV text (comma separated, ``\\n`` line ends),
    every cell through safe_cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(safe_row(header))
    writer.writerows(safe_row(row) for row in rows)
    return out.getvalue()


def read_table(
    text: str, required: Iterable[str], *, what: str, doc: str
) -> tuple[Reader, list[str]]:
    """The rows of a CSV file that a spreadsheet wrote (``;`` or ``,``,
    a byte-order mark, any header case): (the csv reader after the header,
    its ``line_num`` the line read last; the column names lower-cased). A missing
    header or required column is a ParseError naming ``what`` the file
    should be and the ``doc`` that describes it."""
    from schoolaas.io.errors import ParseError

    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ParseError("file is empty or has no header row", where="line 1")
    header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        columns = [c.strip().lower().lstrip("\ufeff") for c in next(reader)]
    except csv.Error as exc:
        raise ParseError(f"header row is not CSV: {exc}", where="line 1") from None
    required = list(required)
    missing = [c for c in required if c not in columns]
    if missing:
        raise ParseError(
            f"missing column(s) {', '.join(missing)}; {what} needs "
            f"{', '.join(required)} (see {doc})",
            where="line 1",
        )
    return reader, columns


def read_rows(
    text: str,
    required: Iterable[str],
    *,
    what: str,
    doc: str,
    most: int,
    row: Callable[[int, dict[str, str]], Row],
    key: Callable[[Row], Hashable],
    twice: Callable[[Row, int], str],
    ident: Callable[[dict[str, str]], str],
) -> tuple[list[Row], list[Problem]]:
    """The rows of a CSV table (read_table), each made by ``row`` from its
    line number and cells (column -> stripped text). A row ``row`` refuses
    (ValueError), or a second row with the same ``key`` (``twice`` words it,
    given the first one's line), is a Problem named by ``ident`` of its
    cells, and the reading goes on. Blank lines are skipped; more than
    ``most`` rows, or text that is not CSV, is a ParseError."""
    from schoolaas.io.errors import ParseError, Problem

    reader, columns = read_table(text, required, what=what, doc=doc)
    rows: list[Row] = []
    problems: list[Problem] = []
    seen: dict[Hashable, int] = {}
    try:
        for values in reader:
            line = reader.line_num
            if len(rows) + len(problems) >= most:
                raise ParseError(f"more than {most} rows", where=f"line {line}")
            if not any(v.strip() for v in values):
                continue
            cells = dict(zip(columns, (v.strip() for v in values), strict=False))
            try:
                made = row(line, cells)
                found = key(made)
                if found in seen:
                    raise ValueError(twice(made, seen[found]))
            except ValueError as exc:
                problems.append(Problem(line, ident(cells), str(exc), line=True))
                continue
            seen[found] = line
            rows.append(made)
    except csv.Error as exc:
        raise ParseError(f"broken CSV: {exc}", where=f"line {reader.line_num}") from None
    return rows, problems
