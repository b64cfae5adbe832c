"""Reading and writing the school's premises inside one open transaction:
buildings, rooms, travel times between sites and the walking speed (the
calendar: store.py).

The public use cases (services/setup/api.py) and the school calendar
import call these as they call store.py's: every ``put_`` checks its record
(services/premises/buildings.py, services/setup/checks.py) and adds or
updates the row; every ``drop_`` refuses with InvalidInput naming what still
uses the record."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from schoolaas.data.repositories import set_setting, settings
from schoolaas.data.tables import BuildingRow, RoomRow, TravelRow
from schoolaas.domain.premises import WALKING_M_PER_MIN
from schoolaas.io.school_calendar_records import Building, Room, TravelRecord
from schoolaas.services.errors import InvalidInput, NotFound
from schoolaas.services.premises.buildings import check_building, check_room
from schoolaas.services.setup import uses
from schoolaas.services.setup.checks import check_travel, check_walking_speed
from schoolaas.services.setup.store import new_or_known

WALKING_KEY = "walking_m_per_min"  # read by services/catalogue/load.py


# --- reading -----------------------------------------------------------------


def read_buildings(session: Session) -> list[Building]:
    rows = session.exec(select(BuildingRow).order_by(col(BuildingRow.code))).all()
    return [Building(r.code, r.name, r.address, r.site, r.lat, r.lon) for r in rows]


def read_rooms(session: Session, building: str | None = None) -> list[Room]:
    query = select(RoomRow).order_by(col(RoomRow.building), col(RoomRow.code))
    if building:
        query = query.where(RoomRow.building == building)
    return [Room(r.building, r.code, r.capacity, r.kind, r.accessible) for r in session.exec(query)]


def read_travel(session: Session) -> list[TravelRecord]:
    """One record per pair of sites (the smaller name first)."""
    out: dict[tuple[str, str], TravelRecord] = {}
    for r in session.exec(select(TravelRow)).all():
        record = TravelRecord(min(r.site_a, r.site_b), max(r.site_a, r.site_b), r.minutes)
        out.setdefault(record.key, record)
    return [out[k] for k in sorted(out)]


def read_walking_speed(session: Session) -> float:
    try:
        return float(settings(session=session).get(WALKING_KEY, WALKING_M_PER_MIN))
    except ValueError:
        return WALKING_M_PER_MIN


# --- buildings and rooms --------------------------------------------------------


def put_building(session: Session, record: Building, *, new: bool) -> Building:
    b = check_building(record)
    row = session.get(BuildingRow, b.code)
    new_or_known(row, new, "Building {key} is already in the setup.",
                 "There is no building {key}.", b.code)  # fmt: skip
    row = row or BuildingRow(code=b.code, name=b.name, site=b.site, lat=b.lat, lon=b.lon)
    row.name, row.address, row.site, row.lat, row.lon = b.name, b.address, b.site, b.lat, b.lon
    session.add(row)
    session.flush()
    return b


def drop_building(session: Session, code: str) -> Building:
    row = session.get(BuildingRow, code)
    if row is None:
        raise NotFound("There is no building {key}.", key=code)
    users = uses.building_users(session, code)
    if users:
        raise InvalidInput(
            "Building {code} cannot be removed: it is still used by {users}.",
            code=code,
            users=users,
        )
    session.delete(row)
    session.flush()
    return Building(row.code, row.name, row.address, row.site, row.lat, row.lon)


def put_room(session: Session, record: Room, *, new: bool) -> Room:
    r = check_room(record)
    if session.get(BuildingRow, r.building) is None:
        raise InvalidInput(
            "Room {key}: there is no building {building!r}; add the building first.",
            key=r.key,
            building=r.building,
        )
    row = session.exec(
        select(RoomRow).where(RoomRow.building == r.building, RoomRow.code == r.code)
    ).first()
    new_or_known(row, new, "Room {key} is already in the setup.", "There is no room {key}.",
                 r.key)  # fmt: skip
    row = row or RoomRow(key=r.key, building=r.building, code=r.code, capacity=r.capacity)
    row.capacity, row.kind, row.accessible = r.capacity, r.kind, r.accessible
    session.add(row)
    session.flush()
    return r


def drop_room(session: Session, key: str) -> Room:
    """Remove a room; refused while lessons are held in it, naming them."""
    row = session.exec(select(RoomRow).where(RoomRow.key == key)).first()
    if row is None:
        raise NotFound("There is no room {key}.", key=key)
    users = uses.room_users(session, key)
    if users:
        raise InvalidInput(
            "Room {key} cannot be removed: it is still used by {users}. Move those lessons "
            "to another room first.",
            key=key,
            users=users,
        )
    session.delete(row)
    session.flush()
    return Room(row.building, row.code, row.capacity, row.kind, row.accessible)


# --- travel and walking speed ----------------------------------------------------


def _travel_rows(session: Session, a: str, b: str) -> list[TravelRow]:
    return list(
        session.exec(
            select(TravelRow).where(
                or_(
                    (col(TravelRow.site_a) == a) & (col(TravelRow.site_b) == b),
                    (col(TravelRow.site_a) == b) & (col(TravelRow.site_b) == a),
                )
            )
        ).all()
    )


def put_travel(session: Session, record: TravelRecord, *, new: bool) -> TravelRecord:
    r = check_travel(record)
    rows = _travel_rows(session, r.site_a, r.site_b)
    new_or_known(rows[0] if rows else None, new,
                 "Travel {key} is already in the setup.", "There is no travel time {key}.",
                 f"{r.site_a} ↔ {r.site_b}")  # fmt: skip
    for row in rows:
        session.delete(row)
    session.flush()
    session.add(TravelRow(site_a=r.site_a, site_b=r.site_b, minutes=r.minutes))
    session.flush()
    return r


def drop_travel(session: Session, site_a: str, site_b: str) -> TravelRecord:
    a, b = site_a.strip().lower(), site_b.strip().lower()
    rows = _travel_rows(session, a, b)
    if not rows:
        raise NotFound("There is no travel time {key}.", key=f"{a} ↔ {b}")
    record = TravelRecord(min(a, b), max(a, b), rows[0].minutes)
    for row in rows:
        session.delete(row)
    session.flush()
    return record


def put_walking_speed(session: Session, m_per_min: float) -> float:
    speed = check_walking_speed(m_per_min)
    set_setting(WALKING_KEY, f"{speed:g}", session=session)
    session.flush()
    return speed
