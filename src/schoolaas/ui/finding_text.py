"""Words for the audit's findings. The audit returns a code and the numbers
behind it; this module turns them into a sentence through Qt's translation
system (context "FindingText"), so fi/sv follow from .ts files."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import Finding, Severity
from schoolaas.ui.widgets.fill import fill

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


def _pair(n: Numbers) -> tuple[str, str]:
    return _num(n, "label_a", "code_a", default="?"), _num(n, "label_b", "code_b", default="?")


def _overlap(f: Finding, n: Numbers) -> str:
    a, b = _pair(n)
    minutes = _num(n, "minutes", "overlap_minutes")
    text = fill(tr("%1 and %2 overlap by %3 min"), a, b, minutes)
    rooms = [r for r in (_num(n, "room_a", default=""), _num(n, "room_b", default="")) if r]
    if rooms:
        text += " (" + " / ".join(rooms) + ")"
    return text + (fill(tr(" on %1"), _dates(f.dates)) if f.dates else "")


def _travel(f: Finding, n: Numbers) -> str:
    a, b = _pair(n)
    text = fill(
        tr("%1 → %2: needs %3 min to travel, has %4"),
        a,
        b,
        _num(n, "needed", "needed_minutes"),
        _num(n, "available", "available_minutes"),
    )
    return text + (fill(tr(" on %1"), _dates(f.dates)) if f.dates else "")


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
    subject = _num(n, "subject", default="")
    base = _short("compulsory")(f, n)
    text = f"{subject}: {base}" if subject else base
    missing = _num(n, "missing", default="")
    return text + (fill(tr(" (missing %1)"), missing.replace(",", ", ")) if missing else "")


def _prereq(later: bool) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        what = _num(n, "prerequisite", default="?")
        who = _num(n, "label", "code", default="?")
        if later:
            return fill(
                tr("%1 needs %2 first, but %2 is planned later (%3)"),
                who,
                what,
                _num(n, "prerequisite_period", default="?").split(":")[-1],
            )
        return fill(tr("%1 needs %2, which is neither completed nor planned"), who, what)

    return word


def _same_bar(_f: Finding, n: Numbers) -> str:
    a, b = _pair(n)
    return fill(
        tr("%1 and %2 are both in bar %3 of period %4"),
        a,
        b,
        _num(n, "bar", default="?"),
        _num(n, "period", default="?").split(":")[-1],
    )


def _duplicate(_f: Finding, n: Numbers) -> str:
    if "code_a" in n:
        a, b = _pair(n)
        return fill(tr("%1 and %2 count as the same course: only one counts"), a, b)
    return fill(tr("%1 is planned %2 times: only one counts"), _num(n, "code"), _num(n, "count"))


def _capacity(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        planned = _num(n, "planned", "students", "count")
        limit = _num(n, "capacity", "seats", "limit")
        where = _num(n, "room", default="")
        who = _num(n, "label", "code", default="?")
        if kind == "room":
            return fill(tr("%1: room %2 holds %3, %4 students planned"), who, where, limit, planned)
        return fill(
            tr("%1: %2 seats open to upper secondary students, %3 planned"), who, limit, planned
        )

    return word


def _exam(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(f: Finding, n: Numbers) -> str:
        days = _dates(f.dates)
        who = _num(n, "label", "code", default="?")
        if kind == "week":
            return fill(tr("%1: exam in the school's exam week (%2)"), who, days)
        subject = _num(n, "subject", default="")
        return fill(tr("%1: exam on a matriculation exam day %2 (%3)"), who, days, subject)

    return word


def _workload(kind: str) -> Callable[[Finding, Numbers], str]:
    def word(_f: Finding, n: Numbers) -> str:
        limit = _num(n, "limit", "max")
        if kind == "period":
            where = _num(n, "period", default="?").split(":")[-1]
            return fill(tr("%1 op in period %2 (at most %3)"), _num(n, "op"), where, limit)
        where = _num(n, "week", default="?")
        return fill(tr("%1 h of sessions in week %2 (at most %3)"), _num(n, "hours"), where, limit)

    return word


_WORDING: dict[str, Callable[[Finding, Numbers], str]] = {
    FindingCode.OVERLAP: _overlap,
    FindingCode.TRAVEL: _travel,
    FindingCode.ROOM_CAPACITY: _capacity("room"),
    FindingCode.SEAT_LIMIT: _capacity("seats"),
    FindingCode.PREREQUISITE_MISSING: _prereq(False),
    FindingCode.PREREQUISITE_LATER: _prereq(True),
    FindingCode.SAME_BAR: _same_bar,
    FindingCode.DUPLICATE: _duplicate,
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
