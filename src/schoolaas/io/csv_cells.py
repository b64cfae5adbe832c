"""CSV cells a spreadsheet will not run: the one helper every CSV writer
uses (OWASP's "CSV injection"). A text cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'`` so Excel,
LibreOffice and Google Sheets show it as text. Numbers written as numbers
(int, float) stay numbers, negative ones too: only user text is escaped,
so a student named ``-1`` or ``=HYPERLINK(...)`` comes out as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader

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
