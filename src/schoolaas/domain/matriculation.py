"""Matriculation sittings: a student writes each subject in one sitting,
the spring or the autumn exam period of a year ("2027-spring",
"2027-autumn"). A matriculation day belongs to the sitting of its half of
the year; a clash on that day concerns only the subjects the student
writes in that sitting (a subject written with no sitting set counts in
every sitting, as before sittings were stored)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

SEASONS = ("spring", "autumn")
_WORDS = {
    **dict.fromkeys(("spring", "kevät", "kevat", "k", "vår", "var", "v"), "spring"),
    **dict.fromkeys(("autumn", "fall", "a", "syksy", "syys", "höst", "host", "h"), "autumn"),
}
_SITTING = re.compile(r"^\s*(?:(\d{4})\s*[-/ ]?\s*([^\W\d_]+)|([^\W\d_]+)\s*[-/ ]?\s*(\d{4}))\s*$")
MIN_YEAR, MAX_YEAR = 2000, 2100


def sitting_key(year: int, season: str) -> str:
    """ "2027-spring"."""
    return f"{year}-{season}"


def sitting_of(day: date) -> str:
    """The sitting a matriculation day belongs to: January-June spring,
    July-December autumn."""
    return sitting_key(day.year, "spring" if day.month <= 6 else "autumn")


def parse_sitting(text: str) -> str:
    """The key of a sitting written "2027-spring", "spring 2027",
    "kevät 2027", "K2027", "höst 2027" ... (English, Finnish or Swedish;
    the short forms K/V = spring, A/H = autumn; a lone S is refused: it is
    spring in English but syksy, autumn, in Finnish). ValueError naming
    what was wrong."""
    match = _SITTING.match(text or "")
    if not match:
        raise ValueError(f"sitting {text!r} is not like 'spring 2027' or '2027-autumn'")
    year_text = match.group(1) or match.group(4)
    word = (match.group(2) or match.group(3)).lower()
    season = _WORDS.get(word)
    if season is None:
        raise ValueError(f"sitting {text!r}: {word!r} is not spring or autumn (kevät/syksy)")
    year = int(year_text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"sitting {text!r}: {year} is not a plausible year")
    return sitting_key(year, season)


def sitting_order(key: str) -> tuple[int, int]:
    """(year, 0 spring / 1 autumn) of a sitting key, for sorting."""
    year, _, season = key.partition("-")
    return int(year), SEASONS.index(season) if season in SEASONS else 2


def writes_on(
    subject: str, day: date, subjects: frozenset[str], sittings: Mapping[str, str]
) -> bool:
    """Whether a student writing ``subjects`` (in ``sittings``: subject ->
    sitting key) writes ``subject`` in the sitting ``day`` belongs to."""
    if subject not in subjects:
        return False
    sitting = sittings.get(subject)
    return sitting is None or sitting == sitting_of(day)
