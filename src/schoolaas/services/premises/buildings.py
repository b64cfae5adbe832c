"""Premises: buildings, rooms and the travel matrix (edited with every field
checked), and the use of each room in a chosen week.

Each function is one unit of work and returns domain objects or plain
records, never rows. Bad input raises ``InvalidInput`` naming the field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, func, or_, select

from schoolaas.data.engine import HasEngine, unit_of_work
from schoolaas.data.repositories import bump_catalogue_version, planned_counts
from schoolaas.data.tables import (
    BuildingRow,
    GroupRow,
    OfferingRow,
    RoomRow,
    SchoolRow,
    SessionRow,
    TravelRow,
)
from schoolaas.domain.premises import Building, Room
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.plans.blocks import monday_of
from schoolaas.services.views import Change

CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
SITE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
ROOM_KINDS = (  # offered in forms; any short kind is accepted
    "classroom", "lecture hall", "lab", "computer lab", "group room", "exam hall", "studio",
    "other",
)  # fmt: skip
MAX_CAPACITY = 2000
MAX_TRAVEL = 240


def unit(workspace: HasEngine) -> AbstractContextManager[Session]:
    """One unit of work: the Workspace's own (database errors become
    StorageError) or, for a bare engine holder, a plain transaction."""
    session = getattr(workspace, "session", None)
    if callable(session):
        return session()  # type: ignore[no-any-return]
    return unit_of_work(workspace.engine)


# -- buildings ---------------------------------------------------------


def buildings(workspace: HasEngine) -> list[Building]:
    with unit(workspace) as session:
        rows = session.exec(select(BuildingRow).order_by(col(BuildingRow.code))).all()
        return [_building(r) for r in rows]


def _building(r: BuildingRow) -> Building:
    return Building(r.code, r.name, r.address, r.site, r.lat, r.lon)


def check_building(b: Building) -> Building:
    """``b`` with spaces trimmed, or InvalidInput naming the bad field."""
    code, name, site = b.code.strip(), " ".join(b.name.split()), b.site.strip().lower()
    if not CODE_RE.match(code):
        raise InvalidInput(
            "Building code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.", code=code
        )
    if not name:
        raise InvalidInput("Building {code}: the name is empty.", code=code)
    if not SITE_RE.match(site):
        raise InvalidInput(
            "Building {code}: site {site!r} must be a short lower-case word (e.g. otaniemi).",
            code=code,
            site=b.site,
        )
    if not -90 <= b.lat <= 90:
        raise InvalidInput(
            "Building {code}: latitude {lat} is not between -90 and 90.", code=code, lat=b.lat
        )
    if not -180 <= b.lon <= 180:
        raise InvalidInput(
            "Building {code}: longitude {lon} is not between -180 and 180.", code=code, lon=b.lon
        )
    return Building(code, name, " ".join(b.address.split()), site, b.lat, b.lon)


def save_building(workspace: HasEngine, building: Building, *, new: bool = False) -> Change:
    """Add (``new``) or update a building."""
    b = check_building(building)
    with unit(workspace) as session:
        row = session.get(BuildingRow, b.code)
        if new and row is not None:
            raise InvalidInput(
                "Building code {b_code} is already in use ({row_name}).",
                b_code=b.code,
                row_name=row.name,
            )
        if not new and row is None:
            raise NotFound("No building {b_code}.", b_code=b.code)
        row = row or BuildingRow(code=b.code, name="", site="", lat=0, lon=0)
        row.name, row.address, row.site, row.lat, row.lon = b.name, b.address, b.site, b.lat, b.lon
        session.add(row)
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


def delete_building(workspace: HasEngine, code: str) -> Change:
    with unit(workspace) as session:
        row = session.get(BuildingRow, code)
        if row is None:
            raise NotFound("No building {code}.", code=code)
        rooms = session.exec(select(func.count()).where(RoomRow.building == code)).one()
        schools = session.exec(select(SchoolRow.code).where(SchoolRow.building == code)).all()
        sessions = session.exec(select(func.count()).where(SessionRow.building == code)).one()
        if rooms or schools or sessions:
            if schools:
                raise InvalidInput(
                    "Building {code} is still used by {rooms} room(s), {sessions} session(s) "
                    "and school {schools}; move or delete them first.",
                    code=code,
                    rooms=rooms,
                    sessions=sessions,
                    schools=", ".join(schools),
                )
            raise InvalidInput(
                "Building {code} is still used by {rooms} room(s), {sessions} "
                "session(s); move or delete them first.",
                code=code,
                rooms=rooms,
                sessions=sessions,
            )
        session.delete(row)
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


# -- rooms -------------------------------------------------------------


def rooms(workspace: HasEngine, building: str | None = None) -> list[Room]:
    with unit(workspace) as session:
        query = select(RoomRow).order_by(col(RoomRow.building), col(RoomRow.code))
        if building:
            query = query.where(RoomRow.building == building)
        return [_room(r) for r in session.exec(query).all()]


def _room(r: RoomRow) -> Room:
    return Room(r.building, r.code, r.capacity, r.kind, r.accessible)


def check_room(room: Room) -> Room:
    code = room.code.strip()
    where = f"Room {room.building}-{code}"
    if not CODE_RE.match(code):
        raise InvalidInput(
            "Room code {code!r}: use 1–20 letters, digits, '-', '_' or '.'.", code=code
        )
    if isinstance(room.capacity, bool) or not isinstance(room.capacity, int):
        raise InvalidInput(
            "{where}: capacity {capacity!r} is not a whole number.",
            where=where,
            capacity=room.capacity,
        )
    if not 0 <= room.capacity <= MAX_CAPACITY:
        raise InvalidInput(
            "{where}: capacity {capacity} must be 0 (unknown) to {most}.",
            where=where,
            capacity=room.capacity,
            most=MAX_CAPACITY,
        )
    kind = " ".join(room.kind.split()).lower()
    if not kind or len(kind) > 40:
        raise InvalidInput(
            "{where}: kind {kind!r} must be a short word such as {kinds}.",
            where=where,
            kind=room.kind,
            kinds=", ".join(ROOM_KINDS[:4]),
        )
    return Room(room.building.strip(), code, room.capacity, kind, bool(room.accessible))


def save_room(workspace: HasEngine, room: Room, *, new: bool = False) -> Change:
    """Add (``new``) or update a room, found by building and code."""
    r = check_room(room)
    with unit(workspace) as session:
        if session.get(BuildingRow, r.building) is None:
            raise InvalidInput(
                "Room {r_key}: there is no building {building!r}.", r_key=r.key, building=r.building
            )
        row = session.exec(
            select(RoomRow).where(RoomRow.building == r.building, RoomRow.code == r.code)
        ).first()
        if new and row is not None:
            raise InvalidInput("Room {r_key} already exists.", r_key=r.key)
        if not new and row is None:
            raise NotFound("No room {r_key}.", r_key=r.key)
        row = row or RoomRow(key=r.key, building=r.building, code=r.code, capacity=1)
        row.capacity, row.kind, row.accessible = r.capacity, r.kind, r.accessible
        session.add(row)
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


def delete_room(workspace: HasEngine, key: str) -> Change:
    with unit(workspace) as session:
        row = session.exec(select(RoomRow).where(RoomRow.key == key)).first()
        if row is None:
            raise NotFound("No room {key}.", key=key)
        used = session.exec(select(func.count()).where(SessionRow.room == key)).one()
        if used:
            raise InvalidInput(
                "Room {key} holds {used} session(s); move them first.", key=key, used=used
            )
        session.delete(row)
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


# -- travel matrix -----------------------------------------------------


def sites(workspace: HasEngine) -> list[str]:
    with unit(workspace) as session:
        found = set(session.exec(select(BuildingRow.site)).all())
        for row in session.exec(select(TravelRow)).all():
            found.update((row.site_a, row.site_b))
        return sorted(found)


def travel_matrix(workspace: HasEngine) -> dict[tuple[str, str], int]:
    """Minutes between two sites, both directions filled in."""
    with unit(workspace) as session:
        out: dict[tuple[str, str], int] = {}
        for row in session.exec(select(TravelRow)).all():
            out[(row.site_a, row.site_b)] = row.minutes
            out.setdefault((row.site_b, row.site_a), row.minutes)
        return out


def set_travel(workspace: HasEngine, site_a: str, site_b: str, minutes: int | None) -> Change:
    """Set (or with ``None`` clear) the minutes between two sites, both ways."""
    a, b = site_a.strip().lower(), site_b.strip().lower()
    if a == b:
        raise InvalidInput(
            "Travel {a} → {b}: within one site the audit walks; no entry needed.", a=a, b=b
        )
    for site in (a, b):
        if not SITE_RE.match(site):
            raise InvalidInput("Travel: site {site!r} must be a short lower-case word.", site=site)
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_TRAVEL
    ):
        raise InvalidInput(
            "Travel {a} → {b}: {minutes!r} must be 0–{most} minutes.",
            a=a,
            b=b,
            minutes=minutes,
            most=MAX_TRAVEL,
        )
    with unit(workspace) as session:
        for row in session.exec(
            select(TravelRow).where(
                or_(
                    (TravelRow.site_a == a) & (TravelRow.site_b == b),
                    (TravelRow.site_a == b) & (TravelRow.site_b == a),
                )
            )
        ).all():
            session.delete(row)
        session.flush()
        if minutes is not None:
            session.add(TravelRow(site_a=min(a, b), site_b=max(a, b), minutes=minutes))
        bump_catalogue_version(session=session)
    return Change(premises=True, catalogue=True)


# -- room use in one week ----------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomSession:
    """One session held in a room, with the students planned into it."""

    room: str
    start: datetime
    end: datetime
    code: str  # course code
    group: str  # study group key
    offering_key: str
    planned: int
    capacity: int | None
    double_booked: bool = False  # another session in the same room overlaps

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.planned > self.capacity


@dataclass(frozen=True)
class RoomWeek:
    monday: date
    rooms: tuple[Room, ...]
    sessions: tuple[RoomSession, ...]

    def of_room(self, key: str) -> list[RoomSession]:
        return [s for s in self.sessions if s.room == key]

    @property
    def flagged(self) -> list[RoomSession]:
        return [s for s in self.sessions if s.over_capacity or s.double_booked]


def room_week(workspace: HasEngine, day: date, *, building: str | None = None) -> RoomWeek:
    """Every room's sessions in the ISO week of ``day``, each with the number
    of students whose active plan has that group planned or enrolled."""
    monday = monday_of(day)
    start, end = (
        datetime.combine(monday, datetime.min.time()),
        datetime.combine(monday + timedelta(days=7), datetime.min.time()),
    )
    with unit(workspace) as session:
        room_rows = session.exec(
            select(RoomRow).order_by(col(RoomRow.building), col(RoomRow.code))
        ).all()
        found = session.exec(
            select(SessionRow, GroupRow, OfferingRow)
            .join(GroupRow, col(GroupRow.id) == SessionRow.group_id)
            .join(OfferingRow, col(OfferingRow.key) == GroupRow.offering)
            .where(SessionRow.start >= start, SessionRow.start < end)
            .where(col(SessionRow.room).is_not(None))
            .order_by(col(SessionRow.start))
        ).all()
        offering_keys = {o.key for _, _, o in found}
        groups = _groups_of(session, offering_keys)
        planned = _planned_counts(session, offering_keys, groups)
    room_list = [_room(r) for r in room_rows if not building or r.building == building]
    capacity = {r.key: r.capacity or None for r in room_list}  # 0 = unknown, never full
    raw = [
        RoomSession(
            room=s.room or "",
            start=s.start,
            end=s.end,
            code=o.code,
            group=g.key,
            offering_key=o.key,
            planned=planned.get((o.key, g.key), 0),
            capacity=capacity.get(s.room or ""),
        )
        for s, g, o in found
        if (s.room or "") in capacity
    ]
    return RoomWeek(monday, tuple(room_list), tuple(_mark_double(raw)))


def _groups_of(session: Session, offerings: Iterable[str]) -> dict[str, list[GroupRow]]:
    out: dict[str, list[GroupRow]] = defaultdict(list)
    keys = list(offerings)
    if keys:
        for g in session.exec(select(GroupRow).where(col(GroupRow.offering).in_(keys))).all():
            out[g.offering].append(g)
    return out


def _default_groups(groups: list[GroupRow]) -> set[str]:
    """Groups an item without a choice attends (as Offering.default_groups)."""
    keys = {g.key for g in groups if g.kind in ("lesson", "lecture")}
    exercise = next((g.key for g in groups if g.kind == "exercise"), None)
    if exercise:
        keys.add(exercise)
    if not keys and groups:
        keys.add(groups[0].key)
    return keys


def _planned_counts(
    session: Session, offerings: set[str], groups: dict[str, list[GroupRow]]
) -> dict[tuple[str, str], int]:
    """Students per (offering, group) whose active plan has the offering
    planned or enrolled: repositories.planned_counts spread over the chosen
    groups, or the default ones when none are chosen."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if not offerings:
        return counts
    for offering, chosen, count in planned_counts(session=session, offerings=offerings):
        for key in set(chosen) or _default_groups(groups.get(offering, [])):
            counts[(offering, key)] += count
    return counts


def _mark_double(sessions: list[RoomSession]) -> list[RoomSession]:
    by_room: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sessions):
        by_room[s.room].append(i)
    double: set[int] = set()
    for indices in by_room.values():
        ordered = sorted(indices, key=lambda i: sessions[i].start)
        for pos, i in enumerate(ordered):
            for j in ordered[pos + 1 :]:
                if sessions[j].start >= sessions[i].end:
                    break
                double.update((i, j))
    return [replace(s, double_booked=True) if i in double else s for i, s in enumerate(sessions)]
