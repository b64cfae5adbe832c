"""Searching the catalogue: offerings by words of their code or name, provider
and period (finding a student is services/people/search.py)."""

from __future__ import annotations

from schoolaas.domain.model import Offering, Provider
from schoolaas.services.catalogue.load import Catalogue
from schoolaas.services.errors import InvalidInput


def search_offerings(
    cat: Catalogue,
    text: str = "",
    provider: Provider | str | None = None,
    period: str | None = None,
) -> list[Offering]:
    """Offerings whose code or name contains every word of ``text``, of one
    provider, meeting in ``period`` (a period key, or its tail "2026-27/2")."""
    wanted_provider = _provider(provider)
    periods = _periods(cat, period) if period else None
    words = text.lower().split()
    out: list[Offering] = []
    for offering in cat.offerings.values():
        if wanted_provider and offering.provider != wanted_provider:
            continue
        if words:
            hay = " ".join([offering.code, offering.key, *offering.name.values()]).lower()
            if not all(w in hay for w in words):
                continue
        if periods is not None and not _in_periods(offering, periods, cat):
            continue
        out.append(offering)
    out.sort(key=lambda o: (o.code, o.start, o.key))
    return out


def _provider(value: Provider | str | None) -> Provider | None:
    if value is None or value == "":
        return None
    try:
        return Provider(str(value).lower())
    except ValueError:
        raise InvalidInput(
            "Unknown provider {value!r}; use school or aalto.", value=value
        ) from None


def _periods(cat: Catalogue, period: str) -> set[str]:
    if period in cat.periods:
        return {period}
    tail = period.lower()
    found = {k for k in cat.periods if k.lower().endswith(":" + tail) or k.lower() == tail}
    if not found:
        raise InvalidInput(
            "Unknown period {period!r}; periods look like OTA:2026-27/2.", period=period
        )
    return found


def _in_periods(offering: Offering, keys: set[str], cat: Catalogue) -> bool:
    if offering.period in keys:
        return True
    if offering.provider != Provider.AALTO:
        return False
    for key in keys:
        p = cat.periods[key]
        if offering.start <= p.end and p.start <= offering.end:
            return True
    return False
