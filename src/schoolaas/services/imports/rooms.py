"""Matching the rooms an import names ("M1", "Otakaari 1, M1", "OIH-A101")
to known rooms, creating a room in a known building when only the room is
new. A room whose building cannot be told is left empty and reported."""

from __future__ import annotations

from sqlmodel import Session, select

from schoolaas.data.tables import BuildingRow, RoomRow
from schoolaas.io.ics import IcsEvent
from schoolaas.io.ics_rooms import RoomRef, split_location
from schoolaas.services.imports.report import ImportReport

CREATED_KIND = "imported"  # kind of a room created by an import; capacity 0 = unknown


class RoomMatcher:
    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        self.rooms = list(session.exec(select(RoomRow)).all())
        self.buildings = list(session.exec(select(BuildingRow)).all())
        self.unmatched: set[str] = set()

    def match(self, event: IcsEvent) -> tuple[str | None, str | None]:
        """(room key, building code) of the event's first room."""
        if not event.rooms:
            return None, None
        found = [self.find(ref) for ref in event.rooms]
        if len(event.rooms) > 1:
            self._note_once(
                f"several rooms in '{event.location}': sessions placed in the first one"
            )
        return found[0]

    def find(self, ref: RoomRef) -> tuple[str | None, str | None]:
        building = self._building(ref.address) if ref.address else None
        if ref.code:
            by_key = next((r for r in self.rooms if r.key.upper() == ref.code.upper()), None)
            if by_key:
                return by_key.key, by_key.building
            same = [r for r in self.rooms if r.code.upper() == ref.code.upper()]
            if building:
                same = [r for r in same if r.building == building.code]
            if len(same) == 1:
                return same[0].key, same[0].building
            if len(same) > 1:
                self._unmatched(ref, "is in several buildings; give the address")
                return None, None
        if building is None:
            self._unmatched(ref, "is not a known room and its building is unknown")
            return None, None
        if not ref.code:
            return None, building.code
        return self._create(ref.code, building), building.code

    def room_key(
        self, text: str, default_building: str | None = None
    ) -> tuple[str | None, str | None]:
        """A tray CSV room: a key ("OIH-A101"), a code ("A101") or "address, code"."""

        refs = split_location(text)
        if not refs:
            return None, None
        ref = refs[0]
        if not ref.address and default_building:
            for r in self.rooms:
                if r.building == default_building and r.code.upper() == ref.code.upper():
                    return r.key, r.building
        return self.find(ref)

    def _building(self, address: str) -> BuildingRow | None:
        wanted = " ".join(address.casefold().split())
        for b in self.buildings:
            if wanted in (b.code.casefold(), b.name.casefold(), b.address.casefold()):
                return b
        for b in self.buildings:
            if b.address and b.address.casefold().startswith(wanted):
                return b
        return None

    def _create(self, code: str, building: BuildingRow) -> str:
        key = f"{building.code}-{code}"[:60]
        row = RoomRow(key=key, building=building.code, code=code, capacity=0, kind=CREATED_KIND)
        self.session.add(row)
        self.session.flush()
        self.rooms.append(row)
        self.report.notes.append(
            f"room {code} created in {building.code} ({building.address}); capacity unknown"
        )
        return key

    def _unmatched(self, ref: RoomRef, why: str) -> None:
        self._note_once(f"room '{ref}' {why}: sessions left without a room")

    def _note_once(self, text: str) -> None:
        if text not in self.unmatched:
            self.unmatched.add(text)
            self.report.notes.append(text)
