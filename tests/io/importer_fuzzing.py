"""Shared pieces of the parser fuzz tests: every parser run from raw bytes,
the way load_file runs it, and the one rule: a result or a ParseError."""

from __future__ import annotations

import os
from collections.abc import Callable

from schoolaas.io import aalto, eperusteet, ics, planfile, tray
from schoolaas.io.files import decode_text, parse_json

# A normal run stays quick; SCHOOLAAS_FUZZ_EXAMPLES=5000 runs a long budget.
EXAMPLES = int(os.environ.get("SCHOOLAAS_FUZZ_EXAMPLES", "40"))


def _json(data: bytes) -> object:
    return parse_json(decode_text(data, expected="JSON"))


PARSERS: dict[str, Callable[[bytes], object]] = {
    "aalto": lambda data: aalto.parse_realisations(_json(data)),
    "plan": lambda data: planfile.parse_plan(_json(data)),
    "eperusteet": lambda data: eperusteet.parse_eperusteet(_json(data)),
    "ics": lambda data: ics.parse_ics(decode_text(data, expected="an iCalendar file")),
    "tray": lambda data: tray.parse_tray(decode_text(data, expected="a CSV file")),
}
