"""Buildings, rooms and the time it takes to get from one to another."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

WALKING_M_PER_MIN = 66.7  # UniTime's default walking speed


@dataclass(frozen=True, slots=True)
class Building:
    code: str  # "OK1"
    name: str  # "Undergraduate Centre"
    address: str  # "Otakaari 1"
    site: str  # travel-matrix site: "otaniemi", "tapiola"
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Room:
    building: str
    code: str  # "M1", "U006"
    capacity: int
    kind: str = "classroom"  # lecture hall, classroom, lab, exam hall
    accessible: bool = True

    @property
    def key(self) -> str:
        return f"{self.building}-{self.code}"


def distance_m(a: Building, b: Building) -> float:
    """Great-circle distance between two buildings in metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class TravelModel:
    """Minutes between buildings: 0 in the same building, walking from the
    coordinates on the same site, the explicit site matrix otherwise."""

    buildings: Mapping[str, Building]
    site_minutes: Mapping[tuple[str, str], int] = field(default_factory=dict)
    walking_m_per_min: float = WALKING_M_PER_MIN
    buffer_minutes: int = 0  # added to every move between different buildings

    def minutes(self, a: str | None, b: str | None) -> int | None:
        """Minutes from building ``a`` to ``b``; None when unknown (no room)."""
        if a is None or b is None:
            return None
        if a == b:
            return 0
        ba, bb = self.buildings.get(a), self.buildings.get(b)
        if ba is None or bb is None:
            return None
        if ba.site == bb.site:
            walk = distance_m(ba, bb) / self.walking_m_per_min
            return math.ceil(walk) + self.buffer_minutes
        pair = self.site_minutes.get((ba.site, bb.site))
        if pair is None:
            pair = self.site_minutes.get((bb.site, ba.site))
        return None if pair is None else pair + self.buffer_minutes
