"""Rooms in an iCalendar LOCATION.

Real values: "" (none), "M1", "Otakaari 1, M1", "U006 (Otakaari 1)",
"Konemiehentie 2, T1; Otakaari 1, M2", "M1 / M2", "Sali 201". A street and
number (a word followed by a number) is an address that applies to the rooms
after it in the same part (or before it, for "U006 (Otakaari 1)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARTS = re.compile(r"\s*(?:;|/|\||\n|\s\+\s|\sja\s|\sand\s|\soch\s)\s*", re.IGNORECASE)
_STREET = (
    "tie|katu|kuja|tori|aukio|kaari|polku|väylä|rinne|ranta|puisto|raitti|piha|kulma|"
    "mäki|gatan|vägen|gränd|stigen|torget|road|street|avenue"
)
_ADDRESS = re.compile(rf"^([\wåäöÅÄÖ-]*(?:{_STREET}))\s+(\d{{1,3}}[A-Za-z]?)$", re.IGNORECASE)
_ROOM = re.compile(r"^[A-ZÅÄÖ]{0,4}\d{0,4}[A-ZÅÄÖ]?\d{0,4}$")
MAX_ROOM = 40


@dataclass(frozen=True, slots=True)
class RoomRef:
    """A room named in LOCATION: its code ("M1") and the address with it."""

    code: str
    address: str = ""
    text: str = ""  # the part of LOCATION it came from

    def __str__(self) -> str:
        return f"{self.address}, {self.code}" if self.address else self.code


def split_location(location: str) -> tuple[RoomRef, ...]:
    out: list[RoomRef] = []
    for part in _PARTS.split(location or ""):
        part = part.strip(" ,")
        if not part:
            continue
        address = ""
        codes: list[str] = []
        bracket = re.search(r"\(([^)]*)\)", part)
        if bracket and _ADDRESS.match(bracket.group(1).strip()):
            address = bracket.group(1).strip()
            part = (part[: bracket.start()] + part[bracket.end() :]).strip(" ,")
        for token in (t.strip() for t in part.split(",")):
            if not token:
                continue
            if _ADDRESS.match(token) and not address:
                address = token
            else:
                code, hint = _room_code(token)
                codes.append(code)
                address = address or hint
        if not codes and address:
            codes.append("")  # an address alone: building known, room not
        for code in codes:
            ref = RoomRef(code[:MAX_ROOM], address, part)
            if ref not in out:
                out.append(ref)
    return tuple(out)


def _room_code(token: str) -> tuple[str, str]:
    """(code, hint): "M1" stays; "Sali M1" and "OIH 201" give "M1" and "201",
    with the words before it as a hint of the building ("OIH")."""
    words = token.split()
    last = words[-1].upper() if words else ""
    if len(words) > 1 and _ROOM.match(last) and any(c.isdigit() for c in last):
        return last, " ".join(words[:-1])
    return token.strip(), ""
