"""The national equivalence table of the maths syllabus switch.

When a student moves from long (MAA) to short (MAB) maths, the LOPS 2021
text (ePerusteet, mathematics, assessment, section "Oppimäärän
vaihtaminen") lists which completed long-maths modules count as which
short-maths modules. Only those pairs transfer; other long-maths modules
count as electives. The pairs are read from that text: the copy shipped in
``resources/data/eperusteet_lops2019_MA_arviointi.json``, or the section in
an ePerusteet export being loaded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from html.parser import HTMLParser
from importlib import resources

from schoolaas.io.errors import ParseError
from schoolaas.io.files import parse_json

SECTION = "Oppimäärän vaihtaminen"
SHIPPED = "eperusteet_lops2019_MA_arviointi.json"
_MODULE = re.compile(r"^(MAA|MAB)\d+$")


class _Tables(HTMLParser):
    """The cells of every table after the section heading, row by row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.after_heading = False
        self.rows: list[list[str]] = []
        self._text: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.after_heading:
            return
        if tag == "table":
            self._tables += 1
        elif tag == "tr" and self._tables == 1:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif not self.after_heading:
            self._text.append(data)
            if SECTION.lower() in " ".join("".join(self._text).split()).lower():
                self.after_heading = True


def pairs_from_html(text: str) -> dict[str, str]:
    """MAA module -> MAB module from the first table after the heading
    "Oppimäärän vaihtaminen" (the header row and rows that are not two
    module codes are passed over). ParseError without such a table."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    if not parser.after_heading:
        raise ParseError(f"no section '{SECTION}' in the mathematics text")
    pairs: dict[str, str] = {}
    for row in parser.rows:
        if len(row) >= 2 and _MODULE.match(row[0]) and _MODULE.match(row[1]):
            long, short = row[0], row[1]
            if long.startswith("MAA") and short.startswith("MAB"):
                pairs[long] = short
    if not pairs:
        raise ParseError(f"section '{SECTION}' has no table of MAA and MAB modules")
    return pairs


def pairs_from_eperusteet(data: object) -> dict[str, str] | None:
    """The pairs in an ePerusteet export (the mathematics subject's
    assessment text, Finnish), or None when the export has no such text."""
    if not isinstance(data, Mapping):
        return None
    body = data.get("lops2019")
    subjects = body.get("oppiaineet") if isinstance(body, Mapping) else None
    for subject in subjects if isinstance(subjects, list) else ():
        if not isinstance(subject, Mapping) or _code(subject) != "MA":
            continue
        text = _path(subject, "arviointi", "kuvaus", "fi")
        if isinstance(text, str) and SECTION.lower() in text.lower():
            return pairs_from_html(text)
    return None


@cache
def national_pairs() -> Mapping[str, str]:
    """The pairs of the LOPS 2021 text shipped with the program."""
    data = resources.files("schoolaas.resources") / "data" / SHIPPED
    found = pairs_from_eperusteet(parse_json(data.read_text(encoding="utf-8"), path=SHIPPED))
    if found is None:
        raise ParseError(f"{SHIPPED} holds no mathematics section '{SECTION}'")
    return dict(found)


def _code(node: Mapping[str, object]) -> str:
    koodi = node.get("koodi")
    value = koodi.get("arvo") if isinstance(koodi, Mapping) else None
    return value.strip() if isinstance(value, str) else ""


def _path(node: object, *keys: str) -> object:
    for key in keys:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node
