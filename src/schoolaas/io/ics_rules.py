"""Expanding an event's RRULE / RDATE / EXDATE into dated starts.

dateutil (pulled in by icalendar) does the arithmetic in the event's own time
zone, so a weekly 10.15 lecture stays at 10.15 across the DST change. Every
expansion is bounded (a horizon and a count) so that no rule, however odd,
can run for long or produce thousands of sessions.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

MAX_OCCURRENCES = 500
OPEN_ENDED_HORIZON = timedelta(days=366)  # rules without COUNT or UNTIL
HORIZON = timedelta(days=3 * 366)
FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
UTC = ZoneInfo("UTC")


class RecurrenceError(ValueError):
    """A repeat rule that cannot be expanded; the message says why."""


def is_open_ended(component: object) -> bool:
    rules = _rules(component)
    return any("COUNT" not in r and "UNTIL" not in r for r in rules)


def occurrences(component: object, local_start: datetime, zone: tzinfo) -> list[datetime]:
    """Starts (naive local wall time in ``zone``) of every occurrence."""
    rules = _rules(component)
    rdates = _dates(component, "RDATE")
    if not rules and not rdates:
        return [local_start]
    dtstart = _dtstart(component, zone)
    starts: set[datetime] = set()
    for rule in rules:
        starts.update(_expand(rule, dtstart, zone))
    if not rules:
        starts.add(dtstart)
    starts.update(_aware(d, dtstart, zone) for d in rdates)
    excluded = {_local(_aware(d, dtstart, zone), zone) for d in _dates(component, "EXDATE")}
    out = sorted({_local(s, zone) for s in starts} - excluded)
    if len(out) > MAX_OCCURRENCES:
        raise RecurrenceError(f"repeats more than {MAX_OCCURRENCES} times")
    return out


def _rules(component: object) -> list[dict[str, list[object]]]:
    value = component.get("RRULE")  # type: ignore[attr-defined]
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [dict(v) for v in values if hasattr(v, "items")]


def _dtstart(component: object, zone: tzinfo) -> datetime:
    value = component.get("DTSTART").dt  # type: ignore[attr-defined]
    if not isinstance(value, datetime):
        raise RecurrenceError("DTSTART of a repeating event must be a date-time")
    return value if value.tzinfo else value.replace(tzinfo=zone)


def _expand(rule: dict[str, list[object]], dtstart: datetime, zone: tzinfo) -> list[datetime]:
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    if freq not in FREQUENCIES:
        raise RecurrenceError(f"RRULE FREQ={freq or '?'} is not supported (daily…yearly only)")
    open_ended = "COUNT" not in rule and "UNTIL" not in rule
    bound = dtstart + (OPEN_ENDED_HORIZON if open_ended else HORIZON)
    text = _rule_text(rule, dtstart, zone)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = rrulestr(text, dtstart=dtstart)
            if not isinstance(parsed, rrule):
                raise RecurrenceError("RRULE could not be read")
            until = getattr(parsed, "_until", None)
            if until is None or until > bound:
                parsed = parsed.replace(until=bound.astimezone(UTC))
            return list(islice(parsed, MAX_OCCURRENCES + 1))
    except RecurrenceError:
        raise
    except (ValueError, TypeError, OverflowError, KeyError, IndexError) as exc:
        raise RecurrenceError(f"RRULE cannot be read: {' '.join(str(exc).split())[:120]}") from None


def _rule_text(rule: dict[str, list[object]], dtstart: datetime, zone: tzinfo) -> str:
    parts = []
    for key, values in rule.items():
        if key == "UNTIL":
            until = values[0] if values else None
            if isinstance(until, datetime):
                aware = until if until.tzinfo else until.replace(tzinfo=dtstart.tzinfo or zone)
            elif isinstance(until, date):
                aware = datetime.combine(until, time(23, 59, 59), tzinfo=dtstart.tzinfo or zone)
            else:
                raise RecurrenceError("RRULE UNTIL is not a date")
            parts.append(f"UNTIL={aware.astimezone(UTC):%Y%m%dT%H%M%SZ}")
            continue
        items = values if isinstance(values, list) else [values]
        parts.append(f"{key}={','.join(_item(v) for v in items)}")
    return "RRULE:" + ";".join(parts)


def _item(value: object) -> str:
    if hasattr(value, "to_ical"):
        raw = value.to_ical()
        return raw.decode() if isinstance(raw, bytes) else str(raw)
    return str(value)


def _dates(component: object, name: str) -> list[date | datetime]:
    value = component.get(name)  # type: ignore[attr-defined]
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    out: list[date | datetime] = []
    for item in values:
        for dt in getattr(item, "dts", []):
            if isinstance(getattr(dt, "dt", None), date):
                out.append(dt.dt)
    return out


def _aware(value: date | datetime, dtstart: datetime, zone: tzinfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=dtstart.tzinfo or zone)
    return datetime.combine(value, dtstart.timetz())


def _local(value: datetime, zone: tzinfo) -> datetime:
    return value.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
