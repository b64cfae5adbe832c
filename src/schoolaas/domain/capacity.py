"""Rooms and seats filled past their limits, counted across all students.

The counts come from the services in ``AuditInput.load``; this module only
compares them with the limits:

- ROOM_CAPACITY: ``load.room_session[(room key, session.start.isoformat())]``
  against ``rooms[room key].capacity``, for every session of a scheduled item.
- SEAT_LIMIT: ``load.offering[offering key]`` against
  ``seats[offering key]`` (seats open to upper secondary students), and
  ``load.group[(offering key, group key)]`` against
  ``seats[group_seat_key(offering key, group key)]`` (a study group's own
  capacity; the services put it there).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from schoolaas.domain.finding_keys import is_scheduled, item_ident, label
from schoolaas.domain.findings import FindingCode, Load
from schoolaas.domain.model import AuditItem, Finding, Severity
from schoolaas.domain.premises import Room

_ISO: dict[datetime, str] = {}  # session start -> ISO text, the Load key (a pure memo)
_ISO_LIMIT = 200_000


def _iso(moment: datetime) -> str:
    text = _ISO.get(moment)
    if text is None:
        if len(_ISO) >= _ISO_LIMIT:
            _ISO.clear()
        text = _ISO[moment] = moment.isoformat()
    return text


class _OverfullIndex:
    """The room sessions over capacity in one Load: room key -> {start:
    students}. Built when the same Load (and rooms) come twice in a row, as
    in an audit of every student; each session is then one dict lookup
    instead of an ISO text and a lookup. A pure memo: the Load is held
    weakly and compared by identity, so a new Load is never mistaken for
    the old one."""

    def __init__(self) -> None:
        self._seen: tuple[weakref.ref[Load], Mapping[str, Room]] | None = None
        self._index: (
            tuple[weakref.ref[Load], Mapping[str, Room], dict[str, dict[datetime, int]]] | None
        ) = None

    def get(self, load: Load, rooms: Mapping[str, Room]) -> dict[str, dict[datetime, int]] | None:
        index = self._index
        if index is not None and index[0]() is load and index[1] is rooms:
            return index[2]
        seen = self._seen
        try:
            ref = weakref.ref(load)
        except TypeError:  # a Load that cannot be referenced weakly: no memo
            return None
        if seen is None or seen[0]() is not load or seen[1] is not rooms:
            self._seen = (ref, rooms)
            return None
        table: dict[str, dict[datetime, int]] = {}
        for (room_key, start), count in load.room_session.items():
            room = rooms.get(room_key)
            if room is None or not room.capacity or count <= room.capacity:
                continue
            try:
                moment = datetime.fromisoformat(start)
            except ValueError:
                continue  # no session starts at an unreadable moment
            table.setdefault(room_key, {})[moment] = count
        self._index = (ref, rooms, table)
        return table


_OVERFULL = _OverfullIndex()


def group_seat_key(offering_key: str, group_key: str) -> str:
    """Key of a study group's capacity in ``AuditInput.seats``."""
    return f"{offering_key}#{group_key}"


def room_findings(
    items: Sequence[AuditItem], rooms: Mapping[str, Room], load: Load
) -> list[Finding]:
    """One ROOM_CAPACITY error per item and room, listing the full dates.

    numbers: room (key), capacity, planned (most students on one date),
    over (planned - capacity), count (dates), code, label.
    """
    if not load.room_session or not rooms:
        return []
    overfull = _OVERFULL.get(load, rooms)
    if overfull is not None and not overfull:
        return []
    findings = []
    for item in items:
        if not is_scheduled(item):
            continue
        full: dict[str, dict[date, int]] = {}
        for session in item.sessions:
            room_key = session.room
            if room_key is None:
                continue
            if overfull is not None:
                over = overfull.get(room_key)
                planned = over.get(session.start, 0) if over else 0
                if not planned:
                    continue
            else:
                room = rooms.get(room_key)
                if room is None:
                    continue
                planned = load.room_session.get((room_key, _iso(session.start)), 0)
            capacity = rooms[room_key].capacity
            if capacity and planned > capacity:  # 0: capacity unknown
                days = full.setdefault(room_key, {})
                day = session.start.date()
                days[day] = max(planned, days.get(day, 0))
        for room_key, days in sorted(full.items()):
            capacity = rooms[room_key].capacity
            most = max(days.values())
            findings.append(
                Finding(
                    code=FindingCode.ROOM_CAPACITY,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.ROOM_CAPACITY}:{item_ident(item)}:{room_key}",
                    item_ids=(item.item_id,),
                    dates=tuple(sorted(days)),
                    numbers={
                        "room": room_key,
                        "capacity": capacity,
                        "planned": most,
                        "over": most - capacity,
                        "count": len(days),
                        "code": item.code,
                        "label": label(item),
                    },
                )
            )
    return findings


def seat_findings(
    items: Sequence[AuditItem], seats: Mapping[str, int], load: Load
) -> list[Finding]:
    """SEAT_LIMIT errors for offerings and study groups.

    numbers: seats, planned, over (planned - seats), offering (key),
    group ("" for the whole offering), code, label.
    """
    if not seats:
        return []
    findings = []
    seen: set[str] = set()
    for item in items:
        if not is_scheduled(item) or not item.offering_key:
            continue
        offering = item.offering_key
        checks = [(offering, "", load.offering.get(offering, 0))]
        checks += [
            (group_seat_key(offering, g), g, load.group.get((offering, g), 0))
            for g in item.group_keys
        ]
        for seat_key, group, planned in checks:
            limit = seats.get(seat_key)
            if limit is None or planned <= limit or seat_key in seen:
                continue
            seen.add(seat_key)
            findings.append(
                Finding(
                    code=FindingCode.SEAT_LIMIT,
                    severity=Severity.ERROR,
                    key=f"{FindingCode.SEAT_LIMIT}:{seat_key}",
                    item_ids=(item.item_id,),
                    numbers={
                        "seats": limit,
                        "planned": planned,
                        "over": planned - limit,
                        "offering": offering,
                        "group": group,
                        "code": item.code,
                        "label": label(item),
                    },
                )
            )
    return findings
