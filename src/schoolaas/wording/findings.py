"""Findings in words, in Finnish, Swedish and English: the one place that
turns the audit's codes and numbers into sentences, for all three readers.

- ``line``: one line of the audit list in the app ("MAA6 and CS-A1111
  overlap by 45 min on 6.10.").
- ``sentence``: a whole sentence for the command line and logs.
- ``document``: the printed study plan: clause by clause, a clause whose
  figures the audit did not supply left out (reports/).

The English templates below are the source texts; their Finnish and Swedish
translations live with the app's other texts in the .ts files (context
"FindingText", see wording/catalogue.py). In a template ``{name}`` is a
figure (``?`` when the audit did not give it) and ``[...]`` a part left out
unless every figure in it is known. The figures are the fields of the
finding's typed numbers (domain/finding_numbers.py) and the few derived
from them in ``_values``; tests/wording/test_fields.py checks that every
template names only those.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from datetime import date

from schoolaas.domain.finding_numbers import (
    NO_NUMBERS,
    CompulsoryShortNumbers,
    ExamWeekNumbers,
    Numbers,
    OverlapNumbers,
    PairNumbers,
    WeekHoursNumbers,
)
from schoolaas.domain.model import Finding, Severity
from schoolaas.wording.catalogue import Catalogue, catalogue

CONTEXT = "FindingText"
MAX_DATES = 8  # dates listed before "and N more"

LINE: dict[str, str] = {
    "overlap": "{a} and {b} overlap by {minutes} min[ ({rooms})][ on {dates}]",
    "travel": "{a} → {b}: needs {needed} min to travel, has {available}[ on {dates}]",
    "room-capacity": "{item}: room {room} holds {capacity}, {planned} students planned",
    "seat-limit": "{item}: {seats} seats open to upper secondary students, {planned} planned",
    "prerequisite-missing": "{item} needs {prerequisite}, which is neither completed nor planned",
    "prerequisite-later": "{item} needs {prerequisite} first, but {prerequisite} is planned "
    "later ({prerequisite_period_short})",
    "same-bar": "{a} and {b} are both in bar {bar} of period {period_short}",
    "duplicate": "{code} is planned {count} times: only one counts",
    "duplicate/pair": "{a} and {b} count as the same course: only one counts",
    "exam-week": "{item}: exam in the school's exam week ({dates})",
    "matriculation": "{item}: exam on a matriculation exam day {dates} ({subject})",
    "total-short": "Total: {planned} of {required} op planned, short by {short}",
    "compulsory-short": "[{subject}: ]Compulsory studies: {planned} of {required} op planned, "
    "short by {short}[ (missing {missing_list})]",
    "national-electives-short": "National electives: {planned} of {required} op planned, "
    "short by {short}",
    "arts-short": "Music and visual arts: {planned} of {required} op planned, short by {short}",
    "period-workload": "{op} op in period {period_short} (at most {limit})",
    "week-hours": "{hours} h of sessions in week {week} (at most {limit})",
    "unknown-code": "Course {code} is not in the catalogue",
}

SENTENCE: dict[str, str] = {
    "overlap": "{a} and {b} overlap[ (rooms {room_a_or_q} and {room_b_or_q})] by "
    "{minutes_range} min[ on {dates}].",
    "travel": "Not enough time to get[ from {building_a} to {building_b}] between {a} and {b}: "
    "needs {needed} min, has {available}[ on {dates}].",
    "room-capacity": "Room {room} holds {capacity} but {planned} students are planned into it "
    "for {item} ({over} too many)[ on {dates}].",
    "seat-limit": "{item}[ group {group}] has {seats} seats for upper secondary students but "
    "{planned} are planned ({over} too many).",
    "prerequisite-missing": "{item} needs {prerequisite} first, which is neither completed "
    "nor planned.",
    "prerequisite-later": "{item} needs {prerequisite_name} first, but it is planned later"
    "[ ({prerequisite_period_or_q} after {period_or_q})].",
    "same-bar": "{a} and {b} are both in bar {bar} in period {period}: they meet at the same "
    "times.",
    "duplicate": "{item} is in the plan {count} times.",
    "duplicate/pair": "{a} and {b} count as the same course; only one of them counts.",
    "exam-week": "A university exam of {item} falls in the school's exam week"
    "[ ({week_start_date}–{week_end_date})][ on {dates}].",
    "matriculation": "A university exam of {item} falls on a matriculation exam day"
    "[ ({subject})][ on {dates}].",
    "total-short": "Total credits short: {planned} op planned of {required} required "
    "({short} op missing).",
    "compulsory-short": "Compulsory studies in {subject} short: {planned} op of {required} "
    "({short} op missing)[; missing {missing_list}].",
    "national-electives-short": "National electives short: {planned} op planned of {required} "
    "required ({short} op missing).",
    "arts-short": "Music and visual arts short: {planned} op of {required} (music {mu}, "
    "visual arts {ku}; at least {min_each} each).",
    "period-workload": "{op} op planned in period {period}, more than the {limit} op limit.",
    "week-hours": "{hours} h of scheduled sessions in week {week}[ ({week_dates})], more than "
    "the {limit} h limit.",
    "unknown-code": "{item} is not in the catalogue or the curriculum.",
}

# Each clause is printed only when every figure it names is known; {items}
# and {dates} come from the report, other figures of the audit are internal.
DOCUMENT: dict[str, tuple[str, ...]] = {
    "overlap": (
        "Overlapping sessions: {items}",
        "{count} times ({dates})",
        "up to {minutes} min each",
        "rooms {room_a} / {room_b}",
    ),
    "travel": (
        "Not enough time to travel: {items}",
        "needs {needed} min, has {available} min",
        "{count} times ({dates})",
    ),
    "room-capacity": (
        "Room too small: {items}",
        "room {room}",
        "{planned} students, {capacity} seats",
    ),
    "seat-limit": (
        "Not enough seats for upper secondary students: {items}",
        "{planned} planned, {seats} seats",
    ),
    "prerequisite-missing": ("Prerequisite missing: {label}", "needs {prerequisite}"),
    "prerequisite-later": (
        "Prerequisite planned later: {label}",
        "{period}",
        "prerequisite {prerequisite_label}",
        "{prerequisite_period}",
    ),
    "same-bar": ("Two courses of the same bar: {items}", "bar {bar}", "{period}"),
    "duplicate": ("The same course twice: {items}",),
    "exam-week": ("University exam in the school's exam week: {items}", "{dates}"),
    "matriculation": (
        "University exam on a matriculation exam day: {items}",
        "{dates}",
        "exam {subject}",
    ),
    "total-short": ("Too few credits", "{planned} / {required} op", "{short} op short"),
    "compulsory-short": (
        "Compulsory studies missing",
        "{subject}",
        "{planned} / {required} op",
        "missing {missing}",
    ),
    "national-electives-short": (
        "Too few national electives",
        "{planned} / {required} op",
        "{short} op short",
    ),
    "arts-short": (
        "Too little music and visual arts",
        "{planned} / {required} op",
        "MU {mu} op, KU {ku} op (at least {min_each} each)",
    ),
    "period-workload": ("Heavy period", "{period}", "{op} op (limit {limit})"),
    "week-hours": ("Many hours in one week", "week {week}", "{hours} h (limit {limit} h)"),
    "unknown-code": ("Unknown course: {items}",),
}

SEVERITY = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}
ACCEPTED = "Accepted by {who} on {when}: {why}"
OPEN = "Open"
MORE = "and %n more"


# --- numbers and dates ---------------------------------------------------------


def format_number(value: float | int, lang: str) -> str:
    """15, 2.5; Finnish and Swedish write the decimal comma."""
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def format_date(day: date) -> str:
    """7.10.2026."""
    return f"{day.day}.{day.month}.{day.year}"


def list_dates(
    days: Sequence[date], words: Catalogue, *, year: bool = True, limit: int = MAX_DATES
) -> str:
    """ "6.10.2026, 13.10.2026 and 4 more" (``year=False``: "6.10., 13.10.")."""
    shown = ", ".join(format_date(d) if year else f"{d.day}.{d.month}." for d in days[:limit])
    if len(days) > limit:
        shown += " " + words.text(CONTEXT, MORE, len(days) - limit)
    return shown


def document_dates(days: Sequence[date], lang: str, limit: int = MAX_DATES) -> str:
    """The printed plan's short list of dates: "6.10., 13.10. … (+3)"."""
    shown = [
        f"{d.day}.{d.month}." if lang != "en" else f"{d.day} {d.strftime('%b')}"
        for d in days[:limit]
    ]
    text = ", ".join(shown)
    if len(days) > limit:
        text += f" (+{len(days) - limit})"
    return text


def _week_dates(week: str) -> str:
    """ "7.9.–13.9.2026" for an ISO week "2026-W37"; "" when unreadable."""
    try:
        year, number = week.split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
        sunday = date.fromisocalendar(int(year), int(number), 7)
    except ValueError:
        return ""
    return f"{monday.day}.{monday.month}.–{format_date(sunday)}"


# --- templates -----------------------------------------------------------------

_FIELD = re.compile(r"\{(\w+)\}")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


def _known(template: str, values: Mapping[str, str]) -> bool:
    return all(values.get(name) for name in _FIELD.findall(template))


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its figures; ``[...]`` parts only when known."""

    def optional(match: re.Match[str]) -> str:
        return match.group(1) if _known(match.group(1), values) else ""

    text = _OPTIONAL.sub(optional, template)
    return _FIELD.sub(lambda m: values.get(m.group(1)) or "?", text)


def _figure(value: object, lang: str) -> str:
    """One field of a finding's numbers as text (a tuple: its parts
    comma-separated, "" when empty)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value, lang)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ",".join(_figure(part, lang) for part in value)
    return "" if value is None else str(value)


def _fields(numbers: Numbers, lang: str) -> dict[str, str]:
    """Every field of ``numbers`` as text, by name."""
    return {f.name: _figure(getattr(numbers, f.name), lang) for f in fields(numbers)}


def _values(
    numbers: Numbers,
    lang: str,
    items: Sequence[str] = (),
    dates: str = "",
    count: int = 0,
    period: Callable[[str], str] | None = None,
) -> dict[str, str]:
    """The figures of a finding as text, and the few derived from them
    (``period``: how a period key reads; the key itself without it)."""
    v = _fields(numbers, lang)
    if period is not None:
        for name in ("period", "prerequisite_period"):
            if v.get(name):
                v[name] = period(v[name])
    v["a"] = v.get("label_a") or v.get("code_a", "")
    v["b"] = v.get("label_b") or v.get("code_b", "")
    if items:
        v["items"] = " – ".join(items)
        v.setdefault("label", items[0])
    v["item"] = v.get("label") or v.get("code", "")
    if dates:
        v["dates"] = dates
        v.setdefault("count", str(count))
    for first, second in (("room_a", "room_b"), ("prerequisite_period", "period")):
        if v.get(first) or v.get(second):  # one named: the other shows as "?"
            v[f"{first}_or_q"] = v.get(first) or "?"
            v[f"{second}_or_q"] = v.get(second) or "?"
    v["rooms"] = " / ".join(r for r in (v.get("room_a"), v.get("room_b")) if r)
    v["minutes_range"] = v.get("minutes", "")
    if isinstance(numbers, OverlapNumbers) and numbers.min_minutes != numbers.minutes:
        v["minutes_range"] = f"{v['min_minutes']}–{v['minutes_range']}"
    v["prerequisite_name"] = v.get("prerequisite_label") or v.get("prerequisite", "")
    v["period_short"] = v.get("period", "").split(":")[-1]
    v["prerequisite_period_short"] = v.get("prerequisite_period", "").split(":")[-1]
    if isinstance(numbers, CompulsoryShortNumbers):
        v["missing_list"] = ", ".join(numbers.missing)
    if isinstance(numbers, ExamWeekNumbers):
        v["week_start_date"] = format_date(numbers.week_start)
        v["week_end_date"] = format_date(numbers.week_end)
    if isinstance(numbers, WeekHoursNumbers):
        v["week_dates"] = _week_dates(numbers.week)
    return v


def _template(table: Mapping[str, str], code: str, numbers: Numbers) -> str | None:
    if code == "duplicate" and isinstance(numbers, PairNumbers):
        return table.get("duplicate/pair")
    return table.get(code)


def _figures(numbers: Numbers, lang: str, sep: str = " ") -> str:
    return ", ".join(f"{k}{sep}{v}" for k, v in _fields(numbers, lang).items())


# --- the three readers -----------------------------------------------------------


def line(finding: Finding, lang: str) -> str:
    """One line of the app's audit list."""
    words = catalogue(lang)
    template = _template(LINE, finding.code, finding.numbers)
    if template is None:
        figures = _figures(finding.numbers, lang, "=")
        return f"{finding.code} ({figures})" if figures else str(finding.code)
    dates = list_dates(finding.dates, words, year=False)
    values = _values(finding.numbers, lang, dates=dates, count=len(finding.dates))
    return fill(words.text(CONTEXT, template), values)


def sentence(finding: Finding, lang: str = "en") -> str:
    """A whole sentence, for the command line and logs (codes the program
    does not know yet still read, with their figures)."""
    words = catalogue(lang)
    dates = list_dates(finding.dates, words)
    template = _template(SENTENCE, finding.code, finding.numbers)
    if template is None:
        figures = _figures(finding.numbers, lang)
        on = f" on {dates}" if dates else ""
        return f"{finding.code}{': ' + figures if figures else ''}{on}."
    values = _values(finding.numbers, lang, dates=dates, count=len(finding.dates))
    return fill(words.text(CONTEXT, template), values)


def document(
    code: str,
    lang: str,
    numbers: Numbers = NO_NUMBERS,
    items: Sequence[str] = (),
    dates: Sequence[date] = (),
    period: Callable[[str], str] | None = None,
) -> str:
    """A finding on the printed plan: every clause whose figures are known
    (``period``: how a period key reads, e.g. "2026-27, period 2")."""
    words = catalogue(lang)
    values = _values(numbers, lang, items, document_dates(dates, lang), len(dates), period)
    clauses = DOCUMENT.get(code, ())
    parts = [fill(words.text(CONTEXT, c), values) for c in clauses if _known(c, values)]
    if not parts:
        detail = _figures(numbers, lang)
        return f"{code}: {detail}" if detail else code
    head, *rest = parts
    if not rest:
        return head
    return f"{head}, {', '.join(rest)}" if ":" in head else f"{head}: {', '.join(rest)}"


def severity(level: str, lang: str) -> str:
    try:
        source = SEVERITY[Severity(level)]
    except ValueError:
        source = SEVERITY[Severity.INFO]
    return catalogue(lang).text(CONTEXT, source)


def acceptance(who: str, when: str, why: str, lang: str) -> str:
    """ "Accepted by who on when: why" (``when`` written by the caller)."""
    return fill(catalogue(lang).text(CONTEXT, ACCEPTED), {"who": who, "when": when, "why": why})


def acceptance_of(finding: Finding, lang: str, *, when: Callable[[date], str] = format_date) -> str:
    """The acceptance of ``finding`` in words; "Open" when it has none."""
    a = finding.acceptance
    if a is None:
        return catalogue(lang).text(CONTEXT, OPEN)
    return acceptance(a.who, when(a.when.date()), a.why, lang)
