"""Students for the picker: number, name, school, group."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel

from schoolaas.services.views import StudentView
from schoolaas.ui.widgets.table_base import ID_ROLE, SORT_ROLE, RowTableModel, refilter

NUMBER, NAME, SCHOOL, GROUP, MATHS = range(5)


class StudentsModel(RowTableModel[StudentView]):
    extra_roles: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("School"),
            self.tr("Group"),
            self.tr("Maths"),
        ]

    def display(self, row: StudentView, column: int) -> str:
        return (
            row.number,
            f"{row.last_name}, {row.first_name}",
            row.school,
            row.group,
            str(row.maths),
        )[column]

    def row_id(self, row: StudentView) -> int:
        return row.id


class StudentsFilter(QSortFilterProxyModel):
    """Search over number, names, school and group (all words must match)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_words", text.casefold().split()))

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        if not self._words or not isinstance(model, StudentsModel):
            return True
        s = model.row(source_row)
        hay = f"{s.number} {s.first_name} {s.last_name} {s.school} {s.group}".casefold()
        return all(w in hay for w in self._words)

    def student_id(self, proxy_row: int) -> int | None:
        index = self.index(proxy_row, 0)
        return self.data(index, ID_ROLE) if index.isValid() else None
