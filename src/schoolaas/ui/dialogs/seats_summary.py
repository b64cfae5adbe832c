"""The seats dialog's summary of an allocation (seats_dialog.py): what
was met, whether it is proven optimal or how far from it, which rules gave
way, and what Apply would change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from schoolaas.ui.dialogs.seats_report import SeatsReport
from schoolaas.ui.widgets.fill import fill


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The summary's words, translated under the dialog's context."""
    return QCoreApplication.translate("SeatsDialog", text, disambiguation, n)


def summary(report: SeatsReport) -> str:
    """What an allocation found, in words under the dialog's tables."""
    a = report.allocation
    if not report.found:
        return tr(
            "No allocation was found in the time allowed; nothing can be applied. "
            "Try a longer time limit."
        )
    lines = [
        fill(
            tr("%1: %2 of %3 wishes of %4 students met (%5 s)."),
            a.school,
            a.met,
            len(a.wishes),
            a.students,
            f"{a.seconds + a.build_seconds:.1f}",
        ),
        tr("Proven optimal: no allocation meets the wishes better.")
        if a.optimal
        else fill(
            tr(
                "The best allocation found in the time allowed: at most %1 % from the "
                "best possible (the optimality gap)."
            ),
            f"{a.gap * 100:.1f}",
        ),
    ]
    if a.rules_given_way:
        lines.append(
            fill(
                tr("Rules that gave way because a student's own plan breaks them already: %1."),
                a.rules_given_way,
            )
        )
    lines.append(
        tr("Apply changes %n plan item(s) at once (one undo step).", "", report.changes)
        if report.changes
        else tr("Nothing to change: every plan already holds what this allocation gives.")
    )
    return "\n".join(lines)
