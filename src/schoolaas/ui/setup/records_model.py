"""One table model for every kind of school setup record (a frozen
dataclass per row, services/setup). Editing a cell makes a changed copy
of the row and hands (before, after) to ``save``, which stores it as an
undo step and returns whether it was stored; a refused value leaves the
row as it was and the reason goes out on ``refused``.

What a cell holds is read and written by field: dates as 5.10.2026 (ISO
2026-10-05 also read), numbers, a yes/no check box, the kind of a holiday.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from schoolaas.services import setup
from schoolaas.services.errors import InvalidInput, PlannerError
from schoolaas.services.premises.free_rooms import parse_day
from schoolaas.services.setup import HolidayKind, SetupKind
from schoolaas.ui.widgets.table_base import RowTableModel

Index = QModelIndex | QPersistentModelIndex
Save = Callable[[Any, Any], bool]

DATES = frozenset({"start", "end", "day", "exam_start", "exam_end"})
OPTIONAL = frozenset({"exam_start", "exam_end"})
INTS = frozenset({"number", "capacity", "minutes"})
FLOATS = frozenset({"lat", "lon"})
BOOLS = frozenset({"accessible"})
KEYS: dict[SetupKind, frozenset[str]] = {  # fields a change may not touch (the record's key)
    SetupKind.SCHOOL: frozenset({"code"}),
    SetupKind.YEAR: frozenset({"school", "year"}),
    SetupKind.PERIOD: frozenset({"school", "year", "number"}),
    SetupKind.HOLIDAY: frozenset({"school"}),
    SetupKind.BUILDING: frozenset({"code"}),
    SetupKind.ROOM: frozenset({"building", "code"}),
    SetupKind.TRAVEL: frozenset({"site_a", "site_b"}),
    SetupKind.MATRICULATION: frozenset(),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SetupRecords", text)


def field_names(kind: SetupKind) -> list[str]:
    return [f.name for f in fields(setup.RECORD_TYPES[kind]) if f.name != "id"]


def holiday_kinds() -> dict[HolidayKind, str]:
    """Each kind of day off with its name in the user's language."""
    return {HolidayKind.HOLIDAY: tr("holiday"), HolidayKind.NO_TEACHING: tr("no-teaching day")}


def show_value(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, HolidayKind):
        return holiday_kinds()[value]
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def read_value(kind: SetupKind, name: str, text: Any, what: str) -> Any:
    """The value of field ``name`` typed as ``text``; InvalidInput naming
    ``what`` (the record) and the field when it cannot be read."""
    if name in BOOLS:
        return bool(text)
    value = str(text).strip()
    label = f"{what}, {header(name)}"
    if name in DATES:
        if not value and name in OPTIONAL:
            return None
        try:
            return parse_day(value)
        except InvalidInput as exc:
            raise InvalidInput(f"{label}: {exc}") from None
    if name in INTS:
        try:
            return int(value)
        except ValueError:
            raise InvalidInput(
                tr("%1: %2 is not a whole number.").replace("%1", label).replace("%2", repr(value))
            ) from None
    if name in FLOATS:
        try:
            return float(value.replace(",", "."))
        except ValueError:
            raise InvalidInput(
                tr("%1: %2 is not a number.").replace("%1", label).replace("%2", repr(value))
            ) from None
    if kind == SetupKind.HOLIDAY and name == "kind":
        wanted = value.casefold()
        for choice, text in holiday_kinds().items():
            if wanted in (choice.value, text.casefold()):
                return choice
        choices = ", ".join(holiday_kinds().values())
        raise InvalidInput(
            tr("%1: %2 is not one of %3.").replace("%1", label).replace("%2", repr(value))
            .replace("%3", choices)
        )  # fmt: skip
    return value


def header(name: str) -> str:
    """The column title of a field, in the user's language."""
    titles = {
        "code": tr("Code"), "name": tr("Name"), "building": tr("Building"),
        "curriculum": tr("Curriculum"), "school": tr("School"), "year": tr("School year"),
        "number": tr("Period"), "start": tr("First day"), "end": tr("Last day"),
        "exam_start": tr("Exam week from"), "exam_end": tr("Exam week to"),
        "kind": tr("Kind"), "address": tr("Address"), "site": tr("Site"),
        "lat": tr("Latitude"), "lon": tr("Longitude"), "capacity": tr("Seats"),
        "accessible": tr("Accessible"), "site_a": tr("From site"), "site_b": tr("To site"),
        "minutes": tr("Minutes"), "day": tr("Day"), "subject": tr("Subject"),
    }  # fmt: skip
    return titles.get(name, name)


def describe(record: Any) -> str:
    """A record named as a person would: "Holiday Christmas break"."""
    kind = setup.kind_of(record)
    names = {
        SetupKind.SCHOOL: tr("School"), SetupKind.YEAR: tr("School year"),
        SetupKind.PERIOD: tr("Period"), SetupKind.HOLIDAY: tr("Holiday"),
        SetupKind.BUILDING: tr("Building"), SetupKind.ROOM: tr("Room"),
        SetupKind.TRAVEL: tr("Travel time"), SetupKind.MATRICULATION: tr("Matriculation day"),
    }  # fmt: skip
    key = {
        SetupKind.SCHOOL: lambda r: r.code,
        SetupKind.YEAR: lambda r: f"{r.school} {r.year}",
        SetupKind.PERIOD: lambda r: r.key,
        SetupKind.HOLIDAY: lambda r: f"{r.name} ({r.school})",
        SetupKind.BUILDING: lambda r: r.code,
        SetupKind.ROOM: lambda r: r.key,
        SetupKind.TRAVEL: lambda r: f"{r.site_a} ↔ {r.site_b}",
        SetupKind.MATRICULATION: lambda r: f"{show_value(r.day)} {r.subject}",
    }[kind](record)
    return f"{names[kind]} {key}"


class RecordModel(RowTableModel[Any]):
    """The records of one kind; a matriculation day also shows its sitting."""

    refused = Signal(str)

    def __init__(self, kind: SetupKind, save: Save, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.save = save
        self.names = field_names(kind)
        self.shown = self.names + (["sitting"] if kind == SetupKind.MATRICULATION else [])
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [tr("Sitting") if n == "sitting" else header(n) for n in self.shown]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def display(self, row: Any, column: int) -> str:
        return show_value(getattr(row, self.shown[column]))

    def sort_value(self, row: Any, column: int) -> Any:
        value = getattr(row, self.shown[column])
        if value is None:
            return ""
        return value if isinstance(value, int | float | date) else str(value).casefold()

    def row_id(self, row: Any) -> Any:
        return (getattr(row, "id", None), getattr(row, "key", None) or row)

    def extra(self, row: Any, column: int, role: int) -> Any:
        name = self.shown[column]
        value = getattr(row, name)
        if role == Qt.ItemDataRole.CheckStateRole and name in BOOLS:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return show_value(value)
        return None

    def editable(self, column: int) -> bool:
        name = self.shown[column]
        return name in self.names and name not in KEYS[self.kind]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable(index.column()):
            if self.shown[index.column()] in BOOLS:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable(index.column()):
            return False
        name = self.shown[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and name in BOOLS:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        before = self.row(index.row())
        try:
            after = replace(before, **{name: read_value(self.kind, name, value, describe(before))})
        except PlannerError as exc:
            self.refused.emit(str(exc))
            return False
        if after == before:
            return False
        return self.save(before, after)
