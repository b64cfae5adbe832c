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
