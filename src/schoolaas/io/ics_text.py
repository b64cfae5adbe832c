"""What an event's SUMMARY says: the course codes and the study group.

Sisu writes e.g. "CS-A1111 Ohjelmoinnin peruskurssi Y1, L01 Luento", Peppi
"Ohjelmointi 1 (5G00DL92-3003)", a school timetable "MAA06.1 Derivaatta".
"""

from __future__ import annotations

import re

from schoolaas.domain.codes import normalise_code

# Aalto ABBR-LNNNN (and ALC-7240), Peppi 5G00DL92-3003, LOPS MAA06.1, numeric
# 47C48000, dotted BIZ3130.kand: a token with letters and digits.
_TOKEN = re.compile(r"[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9._-]*[A-Za-zÅÄÖåäö0-9]")
_GROUP = re.compile(r"^(?:XX)?(?:L|H|A|KT|ET|LAB|P|V|R|S|T)\d{1,3}$")
_EXAM_WORDS = re.compile(r"\b(tentti|exam|tentamen|koe|kuulustelu)\b", re.IGNORECASE)


def candidate_codes(summary: str) -> tuple[str, ...]:
    """Tokens of ``summary`` that could be course codes, normalised, in order.
    Group names (L01, H02) and plain numbers or words are left out."""
    out: list[str] = []
    for match in _TOKEN.finditer(summary):
        token = match.group(0).strip("._-")
        if len(token) < 3 or len(token) > 40 or _GROUP.match(token.upper()):
            continue
        has_digit = any(c.isdigit() for c in token)
        has_letter = any(c.isalpha() for c in token)
        if not (has_digit and has_letter):
            continue
        if token[0].isdigit() and not any(c.isupper() for c in token):
            continue  # "2h", "3rd"
        code = normalise_code(token)
        if code and code not in out:
            out.append(code)
    return tuple(out)


def group_in(summary: str) -> str | None:
    """The first study-group name in ``summary`` ("L01", "XXH02", "KT"), if any."""
    for match in _TOKEN.finditer(summary):
        token = match.group(0).upper()
        if _GROUP.match(token):
            return token
    if re.search(r"(^|[\s,:(])KT($|[\s,:)])", summary):
        return "KT"
    return None


def is_exam_text(summary: str, description: str = "") -> bool:
    group = group_in(summary)
    if group and group.startswith(("KT", "ET")):
        return True
    return bool(_EXAM_WORDS.search(summary) or _EXAM_WORDS.search(description[:200]))
