"""Settings: the rules shared through the database (ECTS→op rate, per-course
overrides, travel buffer, exam weeks, matriculation days) and this
computer's own options (language, default school).

Shared rules are written through ``services.premises_rules`` when OK or
Apply is pressed; a refused value is shown in red and the dialog stays open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from schoolaas.domain.date_text import DateTextError, parse_date_text
from schoolaas.services import rules
from schoolaas.services.errors import InvalidInput, PlannerError
from schoolaas.services.people import students as student_service
from schoolaas.services.views import Change
from schoolaas.ui import options as opts
from schoolaas.ui.i18n import LANGUAGES, translations_of
from schoolaas.ui.options import Options
from schoolaas.ui.premises.grid import weekday
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.focus_frame import frame_focused_cells


class SettingsDialog(QDialog):
    settings_applied = Signal(object)  # views.Change of the shared rules

    def __init__(self, options: Options, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.workspace = workspace
        self.tabs = QTabWidget()
        self.error = error_label()  # quotes what was typed
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_buttons_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._build_credits()
        self._build_calendar()
        self._build_interface()
        self.retranslate()
        self.load()
        self.resize(640, 520)

    # -- pages ----------------------------------------------------------
    def _build_credits(self) -> None:
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.1, rules.MAX_RATE)
        self.rate.setDecimals(2)
        self.rate.setSingleStep(0.1)
        self.buffer = QSpinBox()
        self.buffer.setRange(0, rules.MAX_BUFFER)
        self.overrides = QTableWidget(0, 2)
        frame_focused_cells(self.overrides)  # the focused cell framed
        self.overrides.verticalHeader().hide()
        self.overrides.horizontalHeader().setStretchLastSection(True)
        self.add_override_button, self.remove_override_button = QPushButton(), QPushButton()
        self.add_override_button.clicked.connect(lambda: self._add_override("", 5.0))
        self.remove_override_button.clicked.connect(
            lambda: self.overrides.removeRow(self.overrides.currentRow())
        )
        self.shared_note = QLabel()
        self.shared_note.setWordWrap(True)
        self.rate_label, self.buffer_label, self.overrides_label = QLabel(), QLabel(), QLabel()
        self.rate_label.setBuddy(self.rate)
        self.buffer_label.setBuddy(self.buffer)
        form = QFormLayout()
        form.addRow(self.rate_label, self.rate)
        form.addRow(self.buffer_label, self.buffer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_override_button)
        buttons.addWidget(self.remove_override_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.shared_note)
        layout.addLayout(form)
        layout.addWidget(self.overrides_label)
        layout.addWidget(self.overrides)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "")

    def _build_calendar(self) -> None:
        self.exam_weeks = QTableWidget(0, 4)
        frame_focused_cells(self.exam_weeks)  # the focused cell framed
        self.exam_weeks.verticalHeader().hide()
        self.exam_weeks.horizontalHeader().setStretchLastSection(True)
        self.matric_list = QListWidget()
        self.matric_date = QDateEdit()
        self.matric_date.setCalendarPopup(True)
        self.matric_date.setDisplayFormat("dd.MM.yyyy")
        self.matric_date.setDate(QDate.currentDate())
        self.matric_subject = QLineEdit()
        self.matric_subject.setMaxLength(4)
        self.add_matric_button, self.remove_matric_button = QPushButton(), QPushButton()
        self.add_matric_button.clicked.connect(self._add_matric_from_fields)
        self.remove_matric_button.clicked.connect(
            lambda: self.matric_list.takeItem(self.matric_list.currentRow())
        )
        self.exam_label, self.matric_label = QLabel(), QLabel()
        row = QHBoxLayout()
        for widget in (self.matric_date, self.matric_subject, self.add_matric_button,
                       self.remove_matric_button):  # fmt: skip
            row.addWidget(widget)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.exam_label)
        layout.addWidget(self.exam_weeks, 2)
        layout.addWidget(self.matric_label)
        layout.addWidget(self.matric_list, 1)
        layout.addLayout(row)
        self.tabs.addTab(page, "")

    def _build_interface(self) -> None:
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.school = QComboBox()
        self.language_label, self.school_label, self.local_note = QLabel(), QLabel(), QLabel()
        self.local_note.setWordWrap(True)
        self.language_label.setBuddy(self.language)
        self.school_label.setBuddy(self.school)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.school_label, self.school)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.local_note)
        layout.addLayout(form)
        layout.addStretch(1)
        self._local_layout = layout
        self.tabs.addTab(page, "")

    def add_local_action(self, action: QAction) -> QPushButton:
        """A button on the local tab that runs ``action`` (the window's
        "I am a student…" / "I am a counsellor" switch), its text following."""
        button = QPushButton(action.text(), self)
        button.setAccessibleDescription(action.toolTip())
        button.clicked.connect(lambda: (action.trigger(), button.setText(action.text())))
        action.changed.connect(lambda: button.setText(action.text()))
        self._local_layout.insertWidget(self._local_layout.count() - 1, button)
        self.local_action = button
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("Credits and travel"))
        self.tabs.setTabText(1, self.tr("Exam calendar"))
        self.tabs.setTabText(2, self.tr("This computer"))
        self.shared_note.setText(
            self.tr(
                "These rules are stored in the database, not on this computer: everyone "
                "who uses this database (for example on a shared server) audits by the "
                "same rules."
            )
        )
        self.rate_label.setText(self.tr("&Op per ECTS credit:"))
        self.buffer_label.setText(self.tr("Travel &buffer (minutes):"))
        self.overrides_label.setText(self.tr("Per-course overrides (op, whatever the ECTS):"))
        self.overrides.setHorizontalHeaderLabels([self.tr("Course code"), self.tr("Op")])
        self.add_override_button.setText(self.tr("Add override"))
        self.remove_override_button.setText(self.tr("Remove override"))
        self.exam_label.setText(
            self.tr(
                "Exam weeks of the school periods (first and last day; stored in the database):"
            )
        )
        self.exam_weeks.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Dates"),
                self.tr("Exam week starts"),
                self.tr("Exam week ends"),
            ]
        )
        self.matric_label.setText(self.tr("Matriculation exam days (stored in the database):"))
        self.matric_subject.setPlaceholderText(self.tr("Subject, e.g. MA"))
        self.matric_subject.setAccessibleName(self.tr("Subject"))
        self.matric_date.setAccessibleName(self.tr("Exam day"))
        self.add_matric_button.setText(self.tr("Add day"))
        self.remove_matric_button.setText(self.tr("Remove day"))
        self.language_label.setText(self.tr("&Language:"))
        self.school_label.setText(self.tr("&Default school:"))
        self.local_note.setText(
            self.tr(
                "These options belong to this computer only. The language changes at "
                "once; a window that cannot switch shows it at the next start."
            )
        )
        if self.school.count():
            self.school.setItemText(0, self.tr("All schools"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------
    def load(self) -> None:
        shared = rules.shared_rules(self.workspace)
        self.rate.setValue(shared.ects_to_op)
        self.buffer.setValue(shared.travel_buffer_minutes)
        self.overrides.setRowCount(0)
        for code, op in sorted(shared.overrides.items()):
            self._add_override(code, op)
        self.periods = rules.period_dates(self.workspace)
        self.exam_weeks.setRowCount(len(self.periods))
        for r, p in enumerate(self.periods):
            for c, text in enumerate(
                (p.key, f"{p.start:%d.%m.%Y}–{p.end:%d.%m.%Y}", _fmt(p.exam_start),
                 _fmt(p.exam_end))
            ):  # fmt: skip
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.exam_weeks.setItem(r, c, item)
        self.exam_weeks.resizeColumnsToContents()
        self.matric_list.clear()
        for day, subject in rules.matriculation_days(self.workspace):
            self._add_matric(day, subject)
        self.language.setCurrentIndex(
            max(self.language.findData(self.options.get(opts.LANGUAGE)), 0)
        )
        self.school.clear()
        self.school.addItem(self.tr("All schools"), "")
        for code, name in student_service.schools(self.workspace):
            self.school.addItem(f"{code} — {name}", code)
        self.school.setCurrentIndex(
            max(self.school.findData(self.options.get(opts.DEFAULT_SCHOOL)), 0)
        )

    def _add_override(self, code: str, op: float) -> None:
        row = self.overrides.rowCount()
        self.overrides.insertRow(row)
        self.overrides.setItem(row, 0, QTableWidgetItem(code))
        self.overrides.setItem(row, 1, QTableWidgetItem(f"{op:g}"))
        first = self.overrides.item(row, 0)
        if not code and first is not None:
            self.overrides.setCurrentCell(row, 0)
            self.overrides.editItem(first)

    def _add_matric(self, day: date, subject: str) -> None:
        item = QListWidgetItem(f"{weekday(day)} {day:%d.%m.%Y}  {subject}")
        item.setData(Qt.ItemDataRole.UserRole, (day, subject))
        self.matric_list.addItem(item)

    def _add_matric_from_fields(self) -> None:
        day = self.matric_date.date().toPython()
        assert isinstance(day, date)
        self._add_matric(day, self.matric_subject.text().strip().upper())

    # -- applying -------------------------------------------------------
    def _on_buttons_clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        """Write what changed; False (and the reason shown) if refused."""
        try:
            overrides = self._read_overrides()
            exams = self._read_exam_weeks()
            matric = {
                self.matric_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.matric_list.count())
            }
            changed = self._write(overrides, exams, matric)
        except PlannerError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        self.options.set(opts.DEFAULT_SCHOOL, self.school.currentData() or "")
        language = self.language.currentData()
        if language != self.options.get(opts.LANGUAGE):
            self.options.set(opts.LANGUAGE, language)
            translations = translations_of(QCoreApplication.instance())
            if translations is not None and translations.language != language:
                translations.set_language(language)  # widgets get LanguageChange now
        if changed:
            self.settings_applied.emit(Change(settings=True, catalogue=True))
        self.load()
        return True

    def _write(
        self,
        overrides: dict[str, float],
        exams: dict[str, tuple[date | None, date | None]],
        matric: set[tuple[date, str]],
    ) -> bool:
        ws, before = self.workspace, rules.shared_rules(self.workspace)
        changed = False
        if abs(self.rate.value() - before.ects_to_op) > 1e-9:
            rules.set_ects_to_op(ws, round(self.rate.value(), 4))
            changed = True
        if self.buffer.value() != before.travel_buffer_minutes:
            rules.set_travel_buffer(ws, self.buffer.value())
            changed = True
        for code in before.overrides.keys() - overrides.keys():
            rules.set_credit_override(ws, code, None)
            changed = True
        for code, op in overrides.items():
            if before.overrides.get(code) != op:
                rules.set_credit_override(ws, code, op)
                changed = True
        for p in self.periods:
            new = exams.get(p.key, (p.exam_start, p.exam_end))
            if new != (p.exam_start, p.exam_end):
                rules.set_exam_week(ws, p.key, *new)
                changed = True
        stored = set(rules.matriculation_days(ws))
        for day, subject in sorted(stored - matric):
            rules.remove_matriculation_day(ws, day, subject)
            changed = True
        for day, subject in sorted(matric - stored):
            rules.add_matriculation_day(ws, day, subject)
            changed = True
        return changed

    def _read_overrides(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for r in range(self.overrides.rowCount()):
            code_item, op_item = self.overrides.item(r, 0), self.overrides.item(r, 1)
            code = code_item.text().strip() if code_item else ""
            text = op_item.text().strip().replace(",", ".") if op_item else ""
            if not code:
                continue
            try:
                out[code] = float(text)
            except ValueError:
                raise InvalidInput(
                    self.tr("Override of %1: %2 is not a number of op.")
                    .replace("%1", code).replace("%2", repr(text))
                ) from None  # fmt: skip
        return out

    def _read_exam_weeks(self) -> dict[str, tuple[date | None, date | None]]:
        out: dict[str, tuple[date | None, date | None]] = {}
        for r, p in enumerate(self.periods):
            days: list[date | None] = []
            for c in (2, 3):
                item = self.exam_weeks.item(r, c)
                text = item.text().strip() if item else ""
                parsed = _parse_date(text)
                if text and parsed is None:
                    raise InvalidInput(
                        self.tr("Exam week of %1: %2 is not a date (dd.mm.yyyy).")
                        .replace("%1", p.key).replace("%2", repr(text))
                    )  # fmt: skip
                days.append(parsed)
            out[p.key] = (days[0], days[1])
        return out


def _fmt(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def _parse_date(text: str) -> date | None:
    try:
        return parse_date_text(text)
    except DateTextError:
        return None
