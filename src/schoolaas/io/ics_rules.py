"""Expanding an event's RRULE / RDATE / EXDATE into dated starts.

Done here, day by day over a bounded horizon, rather than with dateutil's
iterator: that one searches up to the year 9999 for a rule no date can
satisfy (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 took seconds), and an import must
never hang on one odd line. Supported: FREQ DAILY/WEEKLY/MONTHLY/YEARLY with
INTERVAL, COUNT, UNTIL, BYDAY (ordinals in MONTHLY/YEARLY), BYMONTH,
BYMONTHDAY and WKST -- what timetables use. Other parts are refused with a
message. Occurrences keep the wall time of DTSTART in its own zone, so a
weekly 10.15 lecture stays at 10.15 across the DST change.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

MAX_OCCURRENCES = 500
OPEN_ENDED_HORIZON = timedelta(days=366)  # rules without COUNT or UNTIL
HORIZON = timedelta(days=3 * 366)
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
SUPPORTED = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "BYMONTHDAY", "WKST"}
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


class RecurrenceError(ValueError):
    """A repeat rule that cannot be expanded; the message says why."""


def is_open_ended(component: object) -> bool:
    return any("COUNT" not in r and "UNTIL" not in r for r in _rules(component))


def occurrences(component: object, local_start: datetime, zone: tzinfo) -> list[datetime]:
    """Starts (naive wall time in ``zone``) of every occurrence."""
    rules = _rules(component)
    rdates = _dates(component, "RDATE")
    if not rules and not rdates:
        return [local_start]
    dtstart = _dtstart(component, zone)
    starts: set[datetime] = {dtstart}
    for rule in rules:
        starts.update(_expand(_Rule(rule, dtstart, zone), dtstart))
    starts.update(_aware(d, dtstart, zone) for d in rdates)
    excluded = {_local(_aware(d, dtstart, zone), zone) for d in _dates(component, "EXDATE")}
    out = sorted({_local(s, zone) for s in starts} - excluded)
    if len(out) > MAX_OCCURRENCES:
        raise RecurrenceError(f"repeats more than {MAX_OCCURRENCES} times")
    return out


class _Rule:
    """One RRULE, checked and decoded."""

    def __init__(self, parts: Mapping[str, Sequence[object]], dtstart: datetime, zone: tzinfo):
        unknown = sorted(set(parts) - SUPPORTED)
        if unknown:
            raise RecurrenceError(f"RRULE part {unknown[0]} is not supported")
        self.freq = str(_one(parts, "FREQ", "")).upper()
        if self.freq not in FREQUENCIES:
            raise RecurrenceError(
                f"RRULE FREQ={self.freq or '?'} is not supported (daily…yearly only)"
            )
        self.interval = _int(_one(parts, "INTERVAL", 1), "INTERVAL", 1, 1000)
        count = _one(parts, "COUNT", None)
        self.count = None if count is None else _int(count, "COUNT", 1, 100_000)
        self.until = _until(_one(parts, "UNTIL", None), dtstart, zone)
        self.months = {_int(m, "BYMONTH", 1, 12) for m in parts.get("BYMONTH", ())}
        self.monthdays = {_monthday(d) for d in parts.get("BYMONTHDAY", ())}
        self.days = [_byday(d, self.freq) for d in parts.get("BYDAY", ())]
        wkst = str(_one(parts, "WKST", "MO")).upper()
        if wkst not in _DAYS:
            raise RecurrenceError(f"RRULE WKST={wkst} is not a weekday")
        self.wkst = _DAYS[wkst]
        self.start = dtstart.date()

    def matches(self, day: date) -> bool:
        if not self._in_step(day):
            return False
        if self.months and day.month not in self.months:
            return False
        if self.monthdays and not self._monthday_ok(day):
            return False
        if self.days and not any(self._day_ok(day, n, wd) for n, wd in self.days):
            return False
        return self._defaults_ok(day)

    def _in_step(self, day: date) -> bool:
        if self.freq == "DAILY":
            steps = (day - self.start).days
        elif self.freq == "WEEKLY":
            steps = (self._week(day) - self._week(self.start)).days // 7
        elif self.freq == "MONTHLY":
            steps = (day.year - self.start.year) * 12 + day.month - self.start.month
        else:
            steps = day.year - self.start.year
        return steps % self.interval == 0

    def _week(self, day: date) -> date:
        return day - timedelta(days=(day.weekday() - self.wkst) % 7)

    def _monthday_ok(self, day: date) -> bool:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.day in self.monthdays or (day.day - last - 1) in self.monthdays

    def _day_ok(self, day: date, nth: int, weekday: int) -> bool:
        if day.weekday() != weekday:
            return False
        if nth == 0:
            return True
        if self.freq == "YEARLY" and not self.months:
            first, length = date(day.year, 1, 1), 366 if calendar.isleap(day.year) else 365
        else:
            first, length = day.replace(day=1), calendar.monthrange(day.year, day.month)[1]
        offset = (day - first).days
        return nth in ((offset // 7) + 1, -((length - 1 - offset) // 7) - 1)

    def _defaults_ok(self, day: date) -> bool:
        """RFC 5545: parts a rule leaves out come from DTSTART."""
        if self.freq == "WEEKLY" and not self.days:
            return day.weekday() == self.start.weekday()
        if self.freq == "MONTHLY" and not self.days and not self.monthdays:
            return day.day == self.start.day
        if self.freq == "YEARLY" and not self.days and not self.monthdays:
            same_month = day.month == self.start.month or bool(self.months)
            return same_month and day.day == self.start.day
        return True


def _expand(rule: _Rule, dtstart: datetime) -> list[datetime]:
    horizon = OPEN_ENDED_HORIZON if rule.count is None and rule.until is None else HORIZON
    last = (dtstart + horizon).date()
    wall = dtstart.timetz()
    out: list[datetime] = []
    day = dtstart.date()
    while day <= last:
        if rule.matches(day):
            when = datetime.combine(day, time(wall.hour, wall.minute), tzinfo=dtstart.tzinfo)
            if rule.until is not None and when > rule.until:
                break
            out.append(when)
            if rule.count is not None and len(out) >= rule.count:
                break
            if len(out) > MAX_OCCURRENCES:
                raise RecurrenceError(f"repeats more than {MAX_OCCURRENCES} times")
        day += timedelta(days=1)
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


def _one(parts: Mapping[str, Sequence[object]], key: str, default: object) -> object:
    values = parts.get(key)
    if values is None:
        return default
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        return values
    return values[0] if values else default


def _int(value: object, what: str, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise RecurrenceError(f"RRULE {what}={value} is not a number") from None
    if not low <= number <= high:
        raise RecurrenceError(f"RRULE {what}={number} is out of range")
    return number


def _monthday(value: object) -> int:
    number = _int(value, "BYMONTHDAY", -31, 31)
    if number == 0:
        raise RecurrenceError("RRULE BYMONTHDAY=0 is not a day")
    return number


def _byday(value: object, freq: str) -> tuple[int, int]:
    text = str(value).strip().upper()
    code, prefix = text[-2:], text[:-2]
    if code not in _DAYS:
        raise RecurrenceError(f"RRULE BYDAY={text} is not a weekday")
    if not prefix:
        return 0, _DAYS[code]
    if freq not in ("MONTHLY", "YEARLY"):
        raise RecurrenceError(f"RRULE BYDAY={text}: a numbered weekday needs FREQ=MONTHLY/YEARLY")
    return _int(prefix, "BYDAY", -53, 53), _DAYS[code]


def _until(value: object, dtstart: datetime, zone: tzinfo) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=dtstart.tzinfo or zone)
    if isinstance(value, date):
        return datetime.combine(value, time(23, 59, 59), tzinfo=dtstart.tzinfo or zone)
    raise RecurrenceError("RRULE UNTIL is not a date")


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
    if len(out) > MAX_OCCURRENCES:
        raise RecurrenceError(f"{name} lists more than {MAX_OCCURRENCES} dates")
    return out


def _aware(value: date | datetime, dtstart: datetime, zone: tzinfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=dtstart.tzinfo or zone)
    return datetime.combine(value, dtstart.timetz())


def _local(value: datetime, zone: tzinfo) -> datetime:
    return value.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
