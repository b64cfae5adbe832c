"""The facts half of the timetable index (timetable_index.py): for every
choice (offering key, chosen group keys) of a catalogue one frozen
:class:`ChoiceFacts`: the sessions of the chosen groups in time order (one
tuple shared by every plan that makes the choice) and what the checks read
from them (dates, buildings, rooms, week minutes; for the clash questions
the start and end of each session as integer minutes), worked out on the
first ask.

The facts are found by the tuple's identity, so the audit of an item whose
sessions came from :meth:`TimetableFacts.choice` reads them with one lookup;
sessions made by hand (tests, a plan from a file) get their facts worked out
on first ask and kept too. What is kept is owned by the object: it is
bounded (:attr:`TimetableFacts.limit` tuples, then emptied) and goes with
it, when the catalogue is loaded again. The audit's checks need only this
half (timeline, capacity, workload import it); the clash questions on top
live in timetable_index.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from schoolaas.domain.model import Offering, Session
from schoolaas.domain.premises import Room, TravelModel

LIMIT = 50_000  # tuples kept (about 1.5 kB each; 770 espoo plans use some 4 800)

WEEK_BITS = 64  # bits per week in ChoiceFacts.week_bits

Choice = tuple[str, tuple[str, ...]]
"""(offering key, chosen group keys)."""

Span = tuple[datetime, datetime, int, int]
"""A session's start and end, and the same as whole minutes since
0001-01-01 (the end rounded up): what the clash questions compare."""


def week_number(day: date) -> int:
    """Weeks since the Monday 0001-01-01: the same week as ISO's, as one int."""
    return (day.toordinal() - 1) // 7


def minute_of(moment: datetime) -> int:
    """Whole minutes since 0001-01-01 00:00 (seconds dropped)."""
    return moment.toordinal() * 1440 + moment.hour * 60 + moment.minute


@dataclass(frozen=True, slots=True)
class ChoiceFacts:
    """What the checks read from one tuple of sessions (a choice's)."""

    sessions: tuple[Session, ...]  # as given; a choice's in time order
    dates: tuple[date, ...]  # the date each session starts on, aligned
    buildings: tuple[str | None, ...]  # the session's, else its room's; aligned
    room_names: tuple[str, ...]  # room of each session that names one, in order
    weeks: tuple[tuple[int, int], ...] | None
    # (week_number(day), whole minutes) per week in order; None when a
    # session's length is not a whole number of minutes
    week_bits: tuple[int, int] | None = None
    # the same minutes as one int: (first week, the minutes of week
    # first + n in bits 64n .. 64n + 63); (0, 0) without sessions. Adding
    # these (shifted to one first week) sums a plan's weeks in a few big-int
    # additions: no plan comes near 2**64 minutes in a week


class TimetableFacts:
    """The facts of every choice of one catalogue (see module doc)."""

    limit = LIMIT

    def __init__(
        self,
        offerings: Mapping[str, Offering] | None = None,
        travel: TravelModel | None = None,
        rooms: Mapping[str, Room] | None = None,
    ) -> None:
        self.offerings: Mapping[str, Offering] = offerings if offerings is not None else {}
        self.travel = travel
        self.rooms: Mapping[str, Room] = rooms if rooms is not None else {}
        self._facts: dict[int, ChoiceFacts] = {}  # by id(sessions); the entry holds the tuple
        self._choices: dict[Choice, ChoiceFacts] = {}
        self._sessions: dict[Choice, tuple[Session, ...]] = {}
        self._defaults: dict[str, ChoiceFacts] = {}  # by offering key
        self._spans: dict[int, tuple[ChoiceFacts, dict[int, tuple[Span, ...]]]] = {}
        self._dates: dict[date, date] = {}  # one date object per day
        self._numbers: dict[int, int] = {}  # one int object per value (minutes, days)
        self._span_objects: dict[Span, Span] = {}  # one tuple per distinct span
        self._week_minutes: dict[tuple[int, int], tuple[int, int]] = {}  # ... per (week, minutes)
        self._day_spans: dict[tuple[Span, ...], tuple[Span, ...]] = {}  # ... per day's spans
        self._iso: dict[datetime, str] = {}  # one ISO text per moment
        self._max_travel: int | None = None

    # --- the facts -------------------------------------------------------
    def choice(self, offering_key: str, group_keys: tuple[str, ...]) -> ChoiceFacts:
        """The facts of a choice: the sessions of the chosen groups (in the
        order of ``group_keys``, then sorted by start; unknown groups give
        none). KeyError for an offering the catalogue does not hold."""
        key = (offering_key, group_keys)
        found = self._choices.get(key)
        if found is None:
            found = self._choices[key] = self.facts(self.sessions(offering_key, group_keys))
        return found

    def sessions(self, offering_key: str, group_keys: tuple[str, ...]) -> tuple[Session, ...]:
        """The sessions of a choice (as :meth:`choice` orders them), one
        tuple per choice, without working out its facts: plan items take
        theirs from here, and only the scheduled ones (what the audit reads)
        ever have their facts worked out."""
        key = (offering_key, group_keys)
        found = self._sessions.get(key)
        if found is None:
            found = self._sessions[key] = tuple(
                choice_sessions(self.offerings[offering_key], group_keys)
            )
        return found

    def default_choice(self, offering_key: str) -> ChoiceFacts:
        """The facts of an offering's default groups."""
        found = self._defaults.get(offering_key)
        if found is None:
            offering = self.offerings[offering_key]
            found = self._defaults[offering_key] = self.choice(
                offering_key, offering.default_groups()
            )
        return found

    def facts(self, sessions: tuple[Session, ...]) -> ChoiceFacts:
        """The facts of ``sessions``, kept by the tuple's identity."""
        found = self._facts.get(id(sessions))
        if found is not None and found.sessions is sessions:
            return found
        if len(self._facts) >= self.limit:
            self.forget()
        found = self._work_out(sessions)
        self._facts[id(sessions)] = found
        return found

    def spans(self, facts: ChoiceFacts) -> Mapping[int, tuple[Span, ...]]:
        """The Spans of ``facts``' sessions by day ordinal (worked out for
        the clash questions only, on first ask, and kept: the audit's facts
        stay one date per session)."""
        found = self._spans.get(id(facts.sessions))
        if found is not None and found[0] is facts:
            return found[1]
        by_day: dict[int, list[Span]] = {}
        # one object per distinct span, day's spans and day ordinal: they
        # repeat across the catalogue ("fits my timetable" asks of all
        # 450,000 sessions of espoo, which have 5,371 distinct times; an
        # object per session held some 100 MB)
        number = self._numbers.setdefault
        shared_span = self._span_objects.setdefault
        for day, session in zip(facts.dates, facts.sessions, strict=True):
            start, end = session.start, session.end
            first = minute_of(start)
            last = minute_of(end) + (1 if end.second or end.microsecond else 0)
            ordinal = day.toordinal()
            span = (start, end, number(first, first), number(last, last))
            by_day.setdefault(number(ordinal, ordinal), []).append(shared_span(span, span))
        shared_day = self._day_spans.setdefault
        spans: dict[int, tuple[Span, ...]] = {}
        for ordinal, found_spans in by_day.items():
            on_day = tuple(found_spans)
            spans[ordinal] = shared_day(on_day, on_day)
        self._spans[id(facts.sessions)] = (facts, spans)
        return spans

    def held(self) -> int:
        """How many session tuples the index keeps facts of."""
        return len(self._facts)

    def forget(self) -> None:
        """Drop what was worked out (when full; tests)."""
        self._facts.clear()
        self._choices.clear()
        self._sessions.clear()
        self._defaults.clear()
        self._spans.clear()
        self._dates.clear()
        self._numbers.clear()
        self._span_objects.clear()
        self._week_minutes.clear()
        self._day_spans.clear()
        self._iso.clear()

    def iso_text(self, moment: datetime) -> str:
        """``moment.isoformat()``, one shared text per moment (Load keys)."""
        text = self._iso.get(moment)
        if text is None:
            if len(self._iso) >= 4 * self.limit:
                self._iso.clear()
            text = self._iso[moment] = moment.isoformat()
        return text

    def building(self, session: Session) -> str | None:
        """The session's building, else its room's (None when unknown)."""
        if session.building:
            return session.building
        room = self.rooms.get(session.room) if session.room else None
        return room.building if room else None

    def max_travel(self) -> int:
        """The longest travel time between two known buildings (0 without a
        travel model): no break longer than this is ever too short."""
        if self._max_travel is None:
            most = 0
            travel = self.travel
            if travel is not None:
                codes = list(travel.buildings)
                for a in codes:
                    for b in codes:
                        minutes = travel.minutes(a, b)
                        if minutes is not None and minutes > most:
                            most = minutes
            self._max_travel = most
        return self._max_travel

    def _work_out(self, sessions: tuple[Session, ...]) -> ChoiceFacts:
        """One pass over the sessions."""
        dates: list[date] = []
        minutes: dict[int, int] | None = {}
        shared = self._dates.setdefault
        for session in sessions:
            start = session.start
            day = start.date()
            day = shared(day, day)
            dates.append(day)
            if minutes is None:
                continue
            length = session.end - start  # positive: a Session ends after it starts
            if length.microseconds or length.seconds % 60:
                minutes = None  # not whole minutes: the week check sums day by day
                continue
            week = (day.toordinal() - 1) // 7  # week_number(day), written out
            minutes[week] = minutes.get(week, 0) + length.days * 1440 + length.seconds // 60
        # one (week, minutes) tuple per distinct value: they repeat across the
        # choices (151,000 on espoo, some 10 MB when each had its own)
        week_minutes = self._week_minutes.setdefault
        week_bits = None
        if minutes is not None:
            first = min(minutes, default=0)
            bits = 0
            for week, total in minutes.items():
                bits |= total << (WEEK_BITS * (week - first))
            week_bits = (first, bits)
        return ChoiceFacts(
            sessions=sessions,
            dates=tuple(dates),
            buildings=tuple(self.building(s) for s in sessions),
            room_names=tuple(s.room for s in sessions if s.room is not None),
            weeks=None
            if minutes is None
            else tuple(week_minutes(pair, pair) for pair in sorted(minutes.items())),
            week_bits=week_bits,
        )


def _start(session: Session) -> datetime:
    return session.start


def choice_sessions(offering: Offering, group_keys: Iterable[str]) -> list[Session]:
    """The sessions of ``offering``'s groups ``group_keys`` (unknown ones
    give none) sorted by start, the groups' order kept for equal starts."""
    out: list[Session] = []
    for group_key in group_keys:
        group = offering.group(group_key)
        if group is not None:
            out.extend(group.sessions)
    out.sort(key=_start)
    return out


__all__ = [
    "WEEK_BITS",
    "Choice",
    "ChoiceFacts",
    "Span",
    "TimetableFacts",
    "choice_sessions",
    "minute_of",
    "week_number",
]
