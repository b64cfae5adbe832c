"""Words for the audit's findings. The audit returns a code and the numbers
behind it; this module turns them into a sentence through Qt's translation
system (context "FindingText"), so fi/sv follow from .ts files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Finding, Severity

Numbers = Mapping[str, float | int | str]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("FindingText", text, disambiguation, n)


def _num(numbers: Numbers, *keys: str, default: float | int | str = "?") -> str:
    for key in keys:
        if key in numbers:
            value = numbers[key]
            return f"{value:g}" if isinstance(value, float) else str(value)
    return str(default)


def _dates(dates: tuple[date, ...], limit: int = 6) -> str:
    shown = ", ".join(f"{d.day}.{d.month}." for d in dates[:limit])
    if len(dates) > limit:
        shown += " " + tr("and %n more", None, len(dates) - limit)
    return shown


def severity_text(severity: str) -> str:
    return {
        Severity.ERROR: tr("Error"),
        Severity.WARNING: tr("Warning"),
        Severity.INFO: tr("Note"),
    }.get(Severity(severity) if severity in Severity else Severity.INFO, tr("Note"))


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders: %1, %2 ... replaced by ``values`` (the order
    a translation needs may differ from English)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def _overlap(f: Finding, n: Numbers) -> str:
    minutes = _num(n, "minutes", "overlap_minutes")
    if f.dates:
        return fill(tr("Overlap of %1 min on %2"), minutes, _dates(f.dates))
    return fill(tr("Sessions overlap (%1 min)"), minutes)


def _travel(f: Finding, n: Numbers) -> str:
    text = fill(
        tr("Too little time to travel: needs %1 min, has %2"),
        _num(n, "needed", "needed_minutes", "travel_minutes"),
        _num(n, "available", "available_minutes", "gap_minutes"),
    )
    return text + (" — " + _dates(f.dates) if f.dates else "")


_SHORT_LABELS = {
    "total": lambda: tr("Total"),
    "compulsory": lambda: tr("Compulsory studies"),
    "national": lambda: tr("National electives"),
    "arts": lambda: tr("Music and visual arts"),
}


def _short(label: str) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        return fill(
            tr("%1: %2 of %3 op planned, short by %4"),
            _SHORT_LABELS[label](),
            _num(n, "planned", "have", "actual"),
            _num(n, "required", "need", "target"),
            _num(n, "short", "missing", "gap"),
        )

    return word


def _compulsory(f: Finding, n: Numbers) -> str:
    subject = _num(n, "subject", "syllabus", default="")
    base = _short("compulsory")(f, n)
    return f"{subject}: {base}" if subject else base


def _fixed(text: str) -> Callable[[Finding, Numbers], str]:
    return lambda _f, _n: tr(text)


def _prereq(later: bool) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        what = _num(n, "prerequisite", "code", "missing", default="")
        if later:
            return fill(tr("Prerequisite %1 is planned later"), what)
        return fill(tr("Prerequisite %1 is neither completed nor planned"), what)

    return word


def _capacity(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        planned = _num(n, "planned", "students", "count")
        limit = _num(n, "capacity", "seats", "limit")
        where = _num(n, "room", "group", "offering", default="")
        if kind == "room":
            return fill(tr("Room %1 holds %2, %3 students planned"), where, limit, planned)
        return fill(tr("%1 seats open to upper secondary students, %2 planned"), limit, planned)

    return word


def _exam(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(f: Finding, n: Numbers) -> str:
        days = _dates(f.dates)
        if kind == "week":
            return fill(tr("University exam in the school's exam week (%1)"), days)
        subject = _num(n, "subject", default="")
        return fill(tr("University exam on a matriculation exam day %1 (%2)"), days, subject)

    return word


def _workload(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        value = _num(n, "op", "planned", "hours", "value")
        limit = _num(n, "max", "limit", "maximum")
        where = _num(n, "period", "week", default="")
        if kind == "period":
            return fill(tr("%1 op in period %2 (more than %3)"), value, where, limit)
        return fill(tr("%1 h of sessions in week %2 (more than %3)"), value, where, limit)

    return word


_WORDING: dict[str, Callable[[Finding, Numbers], str]] = {
    FindingCode.OVERLAP: _overlap,
    FindingCode.TRAVEL: _travel,
    FindingCode.ROOM_CAPACITY: _capacity("room"),
    FindingCode.SEAT_LIMIT: _capacity("seats"),
    FindingCode.PREREQUISITE_MISSING: _prereq(False),
    FindingCode.PREREQUISITE_LATER: _prereq(True),
    FindingCode.SAME_BAR: lambda _f, n: fill(
        tr("Two courses of bar %1 in one period"), _num(n, "bar", default="")
    ),
    FindingCode.DUPLICATE: _fixed("The same course is planned twice (only one counts)"),
    FindingCode.EXAM_WEEK: _exam("week"),
    FindingCode.MATRICULATION: _exam("matriculation"),
    FindingCode.TOTAL_SHORT: _short("total"),
    FindingCode.COMPULSORY_SHORT: _compulsory,
    FindingCode.NATIONAL_ELECTIVES_SHORT: _short("national"),
    FindingCode.ARTS_SHORT: _short("arts"),
    FindingCode.PERIOD_WORKLOAD: _workload("period"),
    FindingCode.WEEK_HOURS: _workload("week"),
    FindingCode.UNKNOWN_CODE: lambda _f, n: fill(
        tr("Course %1 is not in the catalogue"), _num(n, "code", default="")
    ),
}


def finding_text(finding: Finding) -> str:
    """One sentence for a finding, in the user interface's language."""
    word = _WORDING.get(finding.code)
    if word is None:
        details = ", ".join(f"{k}={v}" for k, v in finding.numbers.items())
        return f"{finding.code} ({details})" if details else str(finding.code)
    return word(finding, finding.numbers)


def acceptance_text(finding: Finding) -> str:
    a = finding.acceptance
    if a is None:
        return tr("Open")
    return fill(tr("Accepted by %1 on %2: %3"), a.who, f"{a.when:%d.%m.%Y}", a.why)
