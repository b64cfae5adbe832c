"""Findings in plain English for the command line and logs. The UI words
findings through its own tr(); this module is the English reference:
one sentence per finding from its code and numbers, with dates as d.m.yyyy."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from schoolaas.domain.model import Finding

Numbers = Mapping[str, float | int | str]
MAX_DATES = 8  # dates listed before "and N more"


def fmt_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def fmt_dates(days: Iterable[date], limit: int = MAX_DATES) -> str:
    shown = list(days)
    text = ", ".join(fmt_date(d) for d in shown[:limit])
    if len(shown) > limit:
        text += f" and {len(shown) - limit} more"
    return text


def fmt_num(value: float | int | str | None) -> str:
    """12.0 -> "12", 2.5 -> "2.5"."""
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


def fmt_iso(text: float | int | str | None) -> str:
    """An ISO date string as d.m.yyyy (other text unchanged)."""
    try:
        return fmt_date(date.fromisoformat(str(text)))
    except ValueError:
        return fmt_num(text)


def _n(numbers: Numbers, key: str) -> str:
    return fmt_num(numbers.get(key))


def _pair(n: Numbers) -> str:
    return f"{n.get('label_a') or n.get('code_a')} and {n.get('label_b') or n.get('code_b')}"


def _item(n: Numbers) -> str:
    return str(n.get("label") or n.get("code") or "a course")


def _on(f: Finding) -> str:
    return f" on {fmt_dates(f.dates)}" if f.dates else ""


def _overlap(f: Finding, n: Numbers) -> str:
    rooms = ""
    if n.get("room_a") or n.get("room_b"):
        rooms = f" (rooms {n.get('room_a') or '?'} and {n.get('room_b') or '?'})"
    minutes = _n(n, "minutes")
    if n.get("min_minutes") not in (None, n.get("minutes")):
        minutes = f"{_n(n, 'min_minutes')}–{minutes}"
    return f"{_pair(n)} overlap{rooms} by {minutes} min{_on(f)}."


def _travel(f: Finding, n: Numbers) -> str:
    where = ""
    if n.get("building_a") and n.get("building_b"):
        where = f" from {n['building_a']} to {n['building_b']}"
    return (
        f"Not enough time to get{where} between {_pair(n)}: needs {_n(n, 'needed')} min, "
        f"has {_n(n, 'available')}{_on(f)}."
    )


def _room(f: Finding, n: Numbers) -> str:
    return (
        f"Room {n.get('room')} holds {_n(n, 'capacity')} but {_n(n, 'planned')} students are "
        f"planned into it for {_item(n)} ({_n(n, 'over')} too many){_on(f)}."
    )


def _seats(f: Finding, n: Numbers) -> str:
    group = f" group {n['group']}" if n.get("group") else ""
    return (
        f"{_item(n)}{group} has {_n(n, 'seats')} seats for upper secondary students but "
        f"{_n(n, 'planned')} are planned ({_n(n, 'over')} too many)."
    )


def _prereq_missing(f: Finding, n: Numbers) -> str:
    return (
        f"{_item(n)} needs {n.get('prerequisite')} first, which is neither completed nor planned."
    )


def _prereq_later(f: Finding, n: Numbers) -> str:
    first = n.get("prerequisite_label") or n.get("prerequisite")
    when = ""
    if n.get("period") or n.get("prerequisite_period"):
        when = f" ({n.get('prerequisite_period') or '?'} after {n.get('period') or '?'})"
    return f"{_item(n)} needs {first} first, but it is planned later{when}."


def _same_bar(f: Finding, n: Numbers) -> str:
    return (
        f"{_pair(n)} are both in bar {_n(n, 'bar')} in period {n.get('period')}: "
        "they meet at the same times."
    )


def _duplicate(f: Finding, n: Numbers) -> str:
    if n.get("code_a"):
        return f"{_pair(n)} count as the same course; only one of them counts."
    return f"{_item(n)} is in the plan {_n(n, 'count')} times."


def _exam_week(f: Finding, n: Numbers) -> str:
    week = ""
    if n.get("week_start"):
        week = f" ({fmt_iso(n.get('week_start'))}–{fmt_iso(n.get('week_end'))})"
    return f"A university exam of {_item(n)} falls in the school's exam week{week}{_on(f)}."


def _matriculation(f: Finding, n: Numbers) -> str:
    subject = f" ({n.get('subject')})" if n.get("subject") else ""
    return f"A university exam of {_item(n)} falls on a matriculation exam day{subject}{_on(f)}."


def _credits_short(what: str) -> Callable[[Finding, Numbers], str]:
    """Wording of a credit total that falls short: "<what> short: ..."."""

    def words(f: Finding, n: Numbers) -> str:
        return (
            f"{what} short: {_n(n, 'planned')} op planned of {_n(n, 'required')} "
            f"required ({_n(n, 'short')} op missing)."
        )

    return words


def _compulsory(f: Finding, n: Numbers) -> str:
    missing = f"; missing {str(n.get('missing')).replace(',', ', ')}" if n.get("missing") else ""
    return (
        f"Compulsory studies in {n.get('subject')} short: {_n(n, 'planned')} op of "
        f"{_n(n, 'required')} ({_n(n, 'short')} op missing){missing}."
    )


def _arts(f: Finding, n: Numbers) -> str:
    return (
        f"Music and visual arts short: {_n(n, 'planned')} op of {_n(n, 'required')} "
        f"(music {_n(n, 'mu')}, visual arts {_n(n, 'ku')}; at least {_n(n, 'min_each')} each)."
    )


def _period_load(f: Finding, n: Numbers) -> str:
    return (
        f"{_n(n, 'op')} op planned in period {n.get('period')}, more than the "
        f"{_n(n, 'limit')} op limit."
    )


def _week_hours(f: Finding, n: Numbers) -> str:
    return (
        f"{_n(n, 'hours')} h of scheduled sessions in week {n.get('week')}{_week_dates(n)}, "
        f"more than the {_n(n, 'limit')} h limit."
    )


def _week_dates(n: Numbers) -> str:
    """ " (7.9.–13.9.2026)" for an ISO week "2026-W37"; "" when unreadable."""
    try:
        year, week = str(n.get("week")).split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        sunday = date.fromisocalendar(int(year), int(week), 7)
    except ValueError:
        return ""
    return f" ({monday.day}.{monday.month}.–{fmt_date(sunday)})"


def _unknown(f: Finding, n: Numbers) -> str:
    return f"{_item(n)} is not in the catalogue or the curriculum."


_WORDS: dict[str, Callable[[Finding, Numbers], str]] = {
    "overlap": _overlap,
    "travel": _travel,
    "room-capacity": _room,
    "seat-limit": _seats,
    "prerequisite-missing": _prereq_missing,
    "prerequisite-later": _prereq_later,
    "same-bar": _same_bar,
    "duplicate": _duplicate,
    "exam-week": _exam_week,
    "matriculation": _matriculation,
    "total-short": _credits_short("Total credits"),
    "compulsory-short": _compulsory,
    "national-electives-short": _credits_short("National electives"),
    "arts-short": _arts,
    "period-workload": _period_load,
    "week-hours": _week_hours,
    "unknown-code": _unknown,
}


def describe(finding: Finding) -> str:
    """One English sentence for ``finding`` (codes the program does not know
    yet still get a readable line with their numbers)."""
    words = _WORDS.get(finding.code)
    if words is not None:
        try:
            return words(finding, finding.numbers)
        except (KeyError, TypeError, ValueError):
            pass
    figures = ", ".join(f"{k} {fmt_num(v)}" for k, v in finding.numbers.items())
    return f"{finding.code}{': ' + figures if figures else ''}{_on(finding)}."


def describe_acceptance(finding: Finding) -> str:
    acc = finding.acceptance
    if acc is None:
        return ""
    return f"accepted by {acc.who} on {fmt_date(acc.when.date())}: {acc.why}"
