"""Course and module codes: the forms people and systems write them in."""

from __future__ import annotations

import re

_WILMA = re.compile(r"^([A-ZÅÄÖ]+?)0*(\d+)(?:\.\d+)?$")


def normalise_code(raw: str) -> str:
    """Canonical form of a code.

    LOPS module codes come as MAA2, Wilma's zero-padded MAA02 and group codes
    MAA02.3: all become "MAA2". Aalto codes keep their shape but lose stray
    white space ("MUO-E0019 " -> "MUO-E0019"); dotted codes such as
    "BIZ3130.kand" and numeric ones ("47C48000") are kept as they are.
    """
    code = raw.strip().upper() if _looks_like_module(raw.strip()) else raw.strip()
    match = _WILMA.match(code)
    if match and "-" not in code:
        return f"{match.group(1)}{int(match.group(2))}"
    return code


def _looks_like_module(code: str) -> bool:
    return bool(_WILMA.match(code.upper())) and "-" not in code
