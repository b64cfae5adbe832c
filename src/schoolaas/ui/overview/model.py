"""The students overview table: a worker thread that computes the rows, one
model with the columns declared once, and a proxy that filters by school,
group, status and search words."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from schoolaas.services.errors import PlannerError
from schoolaas.services.people import students as student_service
from schoolaas.services.people.student_records import OverviewRow
from schoolaas.ui.widgets.contrast import table_error_colour
from schoolaas.ui.widgets.table_base import ID_ROLE, SORT_ROLE, RowTableModel, refilter

STATUS_FILTERS = ("", "attention", "errors", "warnings", "ok", "short")
AMBER = QColor("#8a5a00")


# The columns the audit fills in ("–" until a row is audited).
AUDITED = ("done", "planned", "compulsory", "national", "errors", "warnings", "accepted")
KEYS = ("number", "name", "school", "group", "year", "maths", *AUDITED, "changed")
NUMERIC = frozenset({"year", *AUDITED})


def column_titles() -> list[str]:
    """Column headers in the current language (literal calls for lupdate)."""
    return [
        QCoreApplication.translate("OverviewModel", "Number"),
        QCoreApplication.translate("OverviewModel", "Name"),
        QCoreApplication.translate("OverviewModel", "School"),
        QCoreApplication.translate("OverviewModel", "Group"),
        QCoreApplication.translate("OverviewModel", "Year"),
        QCoreApplication.translate("OverviewModel", "Maths"),
        QCoreApplication.translate("OverviewModel", "Done op"),
        QCoreApplication.translate("OverviewModel", "Planned / 150"),
        QCoreApplication.translate("OverviewModel", "Compulsory"),
        QCoreApplication.translate("OverviewModel", "National electives"),
        QCoreApplication.translate("OverviewModel", "Errors"),
        QCoreApplication.translate("OverviewModel", "Warnings"),
        QCoreApplication.translate("OverviewModel", "Accepted"),
        QCoreApplication.translate("OverviewModel", "Last change"),
    ]


def _op(value: float) -> str:
    return f"{value:g}"


class OverviewModel(RowTableModel[OverviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = column_titles()
        if self.headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def replace_row(self, new: OverviewRow) -> None:
        for i, old in enumerate(self._rows):
            if old.student_id == new.student_id:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.headers) - 1))
                return

    def display(self, row: OverviewRow, column: int) -> str:
        key = KEYS[column]
        if not row.audited and key in AUDITED:
            return "–"
        match key:
            case "number":
                return row.number
            case "name":
                return row.name
            case "school":
                return row.school
            case "group":
                return row.group
            case "year":
                return str(row.year)
            case "maths":
                return row.maths
            case "done":
                return _op(row.credits_done)
            case "planned":
                return f"{_op(row.credits_planned)} / {_op(row.credits_required)}"
            case "compulsory":
                return f"{_op(row.compulsory_planned)} / {_op(row.compulsory_required)}"
            case "national":
                return f"{_op(row.national_planned)} / {_op(row.national_required)}"
            case "errors":
                return str(row.open_errors)
            case "warnings":
                return str(row.open_warnings)
            case "accepted":
                return str(row.accepted)
            case "changed":
                return row.last_change.strftime("%Y-%m-%d %H:%M") if row.last_change else ""
        return ""

    def sort_value(self, row: OverviewRow, column: int) -> Any:
        key = KEYS[column]
        numbers = {
            "year": row.year,
            "done": row.credits_done,
            "planned": row.credits_planned,
            "compulsory": row.compulsory_planned - row.compulsory_required,
            "national": row.national_planned - row.national_required,
            "errors": row.open_errors,
            "warnings": row.open_warnings,
            "accepted": row.accepted,
        }
        if key in numbers:
            return float(numbers[key]) if row.audited else -1e9
        if key == "changed":
            return row.last_change.isoformat() if row.last_change else ""
        return self.display(row, column).casefold()

    def row_id(self, row: OverviewRow) -> int:
        return row.student_id

    def extra(self, row: OverviewRow, column: int, role: int) -> Any:
        key = KEYS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.audited:
            if key == "errors" and row.open_errors:
                return QBrush(table_error_colour())
            if key == "warnings" and row.open_warnings:
                return QBrush(AMBER)
            if key == "planned" and row.credits_planned < row.credits_required:
                return QBrush(table_error_colour())
            if key == "compulsory" and not row.compulsory_ok:
                return QBrush(table_error_colour())
            if key == "national" and not row.national_ok:
                return QBrush(table_error_colour())
        if role == Qt.ItemDataRole.FontRole and key == "errors" and row.open_errors:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and key == "name":
            return _status_icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return status_text(row.status)
        return None


def status_text(status: str) -> str:
    if status == "errors":
        return QCoreApplication.translate("OverviewModel", "Open errors in the active plan")
    if status == "warnings":
        return QCoreApplication.translate("OverviewModel", "Warnings in the active plan")
    if status == "ok":
        return QCoreApplication.translate("OverviewModel", "No open findings")
    return QCoreApplication.translate("OverviewModel", "Not audited")


def _status_icon(status: str) -> Any:
    style = QApplication.style()
    pixmap = {
        "errors": QStyle.StandardPixmap.SP_MessageBoxCritical,
        "warnings": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    }.get(status)
    return style.standardIcon(pixmap) if style is not None and pixmap is not None else None


def is_short(row: OverviewRow) -> bool:
    return row.audited and (
        row.credits_planned < row.credits_required or not row.compulsory_ok or not row.national_ok
    )


class OverviewFilter(QSortFilterProxyModel):
    """School, group and status filters plus search words (all must match)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.school = ""
        self.group = ""
        self.status = ""
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "words", text.casefold().split()))

    def set_filters(self, *, school: str = "", group: str = "", status: str = "") -> None:
        def apply() -> None:
            self.school, self.group, self.status = school, group, status

        refilter(self, apply)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        if not isinstance(model, OverviewModel):
            return True
        row = model.row(source_row)
        if self.school and row.school != self.school:
            return False
        if self.group and row.group != self.group:
            return False
        if self.status and not _status_matches(row, self.status):
            return False
        if self.words:
            hay = f"{row.number} {row.name} {row.group} {row.school}".casefold()
            return all(w in hay for w in self.words)
        return True

    def student_id(self, proxy_row: int) -> int | None:
        index = self.index(proxy_row, 0)
        return self.data(index, ID_ROLE) if index.isValid() else None


def _status_matches(row: OverviewRow, wanted: str) -> bool:
    if wanted == "attention":
        return row.status in ("errors", "warnings") or is_short(row)
    if wanted == "short":
        return is_short(row)
    return row.status == wanted


class RowLoader(QThread):
    """Computes the overview rows off the GUI thread: first the plain list
    (``listed``, at once), then the same rows with the audit (``loaded``)."""

    listed = Signal(object)  # list[OverviewRow] without audit
    loaded = Signal(object, float)  # list[OverviewRow], seconds
    failed = Signal(str)

    def __init__(self, workspace: Any, school: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.school = school

    def run(self) -> None:
        started = time.perf_counter()
        try:
            rows = student_service.student_rows(self.workspace, school=self.school)
            self.listed.emit(rows)
            rows = student_service.add_audits(self.workspace, rows, school=self.school)
        except PlannerError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # shown to the user, never a silent dead thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.loaded.emit(rows, time.perf_counter() - started)


class PrintWorker(QThread):
    """Runs a batch print (``job(progress)`` returns the files written)."""

    progressed = Signal(int, int, str)  # done, total, student
    done = Signal(object, str)  # list[Path], error message ("" when fine)

    def __init__(self, job: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            written = self.job(lambda d, t, name: self.progressed.emit(d, t, name))
        except PlannerError as exc:
            self.done.emit([], str(exc))
            return
        except Exception as exc:  # shown to the user, never a silent dead thread
            self.done.emit([], f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(list(written), "")
