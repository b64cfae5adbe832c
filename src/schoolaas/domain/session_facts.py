"""What the audit reads from one tuple of sessions, worked out once per tuple.

Every student who chose the same offering and groups gets the very same
``AuditItem.sessions`` tuple from the catalogue, so a city's audits read
the same few thousand tuples again and again. :func:`facts_of` remembers,
per tuple, what the checks would otherwise work out again for every plan:
the date of each session, the rooms of its sessions and the minutes per
ISO week. :func:`iso_text` shares one ISO text per moment for the ``Load``
keys (an ISO text per session was the most frequent single cost of the
capacity check).

The memo is pure and bounded: sessions and tuples are immutable; an entry
holds its tuple (so the id cannot be reused while the entry lives) and is
found only by that very tuple; dates and ISO texts are shared between
entries; everything is dropped when the memo passes :data:`LIMIT` tuples
(about 1.5 kB each; the scheduled items of 770 espoo plans use some 4 800).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from schoolaas.domain.model import Session

LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class SessionFacts:
    days: tuple[date, ...]  # the date each session starts on, aligned with the tuple
    room_names: tuple[str, ...]  # room of each session that names one, in tuple order
    weeks: tuple[tuple[int, int], ...] | None
    # (week_number(day), whole minutes) per week in order; None when a
    # session's length is not a whole number of minutes


def week_number(day: date) -> int:
    """Weeks since the Monday 0001-01-01: the same week as ISO's, as one int."""
    return (day.toordinal() - 1) // 7


_FACTS: dict[int, tuple[tuple[Session, ...], SessionFacts]] = {}
_DATES: dict[date, date] = {}  # one date object per day, shared by the entries
_ISO: dict[datetime, str] = {}  # one ISO text per moment, shared by the entries


def facts_of(sessions: tuple[Session, ...]) -> SessionFacts:
    """The SessionFacts of ``sessions``, remembered by the tuple's identity."""
    hit = _FACTS.get(id(sessions))
    if hit is not None and hit[0] is sessions:
        return hit[1]
    if len(_FACTS) >= LIMIT:
        forget()
    found = _work_out(sessions)
    _FACTS[id(sessions)] = (sessions, found)
    return found


def forget() -> None:
    """Empty the memo (when full, when the catalogue is replaced; tests)."""
    _FACTS.clear()
    _DATES.clear()
    _ISO.clear()


def held() -> int:
    """How many session tuples the memo holds."""
    return len(_FACTS)


def _work_out(sessions: tuple[Session, ...]) -> SessionFacts:
    """One pass over the sessions (the memo is built while the first plans
    are audited, so its cost shows there)."""
    days = []
    minutes: dict[int, int] | None = {}
    for session in sessions:
        start = session.start
        day = start.date()
        day = _DATES.setdefault(day, day)
        days.append(day)
        if minutes is None:
            continue
        length = session.end - start  # positive: a Session ends after it starts
        if length.microseconds or length.seconds % 60:
            minutes = None  # not whole minutes: the week check sums day by day
            continue
        week = (day.toordinal() - 1) // 7  # week_number(day), written out
        minutes[week] = minutes.get(week, 0) + length.days * 1440 + length.seconds // 60
    return SessionFacts(
        days=tuple(days),
        room_names=tuple(s.room for s in sessions if s.room is not None),
        weeks=None if minutes is None else tuple(sorted(minutes.items())),
    )


def iso_text(moment: datetime) -> str:
    """``moment.isoformat()``, one shared text per moment (Load keys)."""
    text = _ISO.get(moment)
    if text is None:
        if len(_ISO) >= 4 * LIMIT:
            _ISO.clear()
        text = _ISO[moment] = moment.isoformat()
    return text
