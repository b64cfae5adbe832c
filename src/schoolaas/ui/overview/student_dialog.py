"""Add or edit one student: every field checked by the students service, each
problem shown in red under its field, the dialog stays open until valid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from schoolaas.services.errors import PlannerError, StaleEdit
from schoolaas.services.people import students as service
from schoolaas.services.people.student_records import StudentInput
from schoolaas.services.people.students import StudentInputError
from schoolaas.services.views import Change
from schoolaas.ui.widgets.contrast import error_label
from schoolaas.ui.widgets.plain_text import plain

FIELDS = (
    "first_name",
    "last_name",
    "number",
    "school",
    "group",
    "start_year",
    "maths",
    "mother_tongue",
    "b1_language",
    "a_language",
    "worldview",
    "matriculation",
)


class StudentDialog(QDialog):
    """``student_id`` None adds a student; else edits that student."""

    def __init__(
        self,
        workspace: Any,
        student_id: int | None,
        parent: QWidget | None = None,
        *,
        default_school: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.student_id = student_id
        self.change: Change | None = None
        self.seen: StudentInput | None = None  # the stored values the form started from
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._build(default_school)
        self.retranslate()
        if student_id is not None:
            self.seen = service.student_input(workspace, student_id)
            self.load(self.seen)

    def _build(self, default_school: str | None) -> None:
        form = QFormLayout()
        choices = service.syllabus_choices()
        year = service.current_year()
        for name in FIELDS:
            editor: QWidget
            if name == "school":
                box = QComboBox()
                box.setEditable(True)
                for code, title in service.schools(self.workspace):
                    box.addItem(f"{code} — {title}", code)
                if default_school:
                    box.setCurrentIndex(max(box.findData(default_school), 0))
                editor = box
            elif name == "start_year":
                spin = QSpinBox()
                spin.setRange(year - 10, year + 3)
                spin.setValue(year)
                editor = spin
            elif name == "maths":
                box = QComboBox()
                box.addItem("MAA", "MAA")
                box.addItem("MAB", "MAB")
                editor = box
            elif name in choices:
                box = QComboBox()
                box.setEditable(True)
                box.addItems(choices[name])
                box.setCurrentText(str(StudentInput.__dataclass_fields__[name].default))
                editor = box
            else:
                editor = QLineEdit()
            label = QLabel()
            label.setBuddy(editor)
            error = error_label()  # quotes what was typed
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            form.addRow(label, column)
            self.editors[name], self.errors[name], self.labels[name] = editor, error, label
        self.summary = error_label()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add student") if self.student_id is None else self.tr("Edit student")
        )
        titles = {
            "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"),
            "number": self.tr("Student &number:"),
            "school": self.tr("&School:"),
            "group": self.tr("&Group:"),
            "start_year": self.tr("Start &year:"),
            "maths": self.tr("&Maths syllabus:"),
            "mother_tongue": self.tr("Mother &tongue:"),
            "b1_language": self.tr("&B1 language:"),
            "a_language": self.tr("&A language:"),
            "worldview": self.tr("&Worldview:"),
            "matriculation": self.tr("Matri&culation subjects:"),
        }
        for name, text in titles.items():
            self.labels[name].setText(text)
            self.editors[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        matric = self.editors["matriculation"]
        assert isinstance(matric, QLineEdit)
        matric.setPlaceholderText(self.tr("Subject codes, e.g. MA, AI, EN"))
        number = self.editors["number"]
        assert isinstance(number, QLineEdit)
        number.setPlaceholderText(self.tr("e.g. OTA-1001"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------
    def load(self, data: StudentInput) -> None:
        for name in FIELDS:
            value = getattr(data, name)
            editor = self.editors[name]
            if isinstance(editor, QLineEdit):
                editor.setText(", ".join(value) if name == "matriculation" else str(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QComboBox):
                found = editor.findData(value)
                if found >= 0:
                    editor.setCurrentIndex(found)
                else:
                    editor.setCurrentText(str(value))

    def value(self) -> StudentInput:
        values: dict[str, Any] = {}
        for name in FIELDS:
            editor = self.editors[name]
            if isinstance(editor, QLineEdit):
                values[name] = editor.text()
            elif isinstance(editor, QSpinBox):
                values[name] = editor.value()
            elif isinstance(editor, QComboBox):
                data = editor.currentData()
                text = editor.currentText()
                chosen = (
                    data
                    if data is not None and editor.itemText(editor.currentIndex()) == text
                    else text
                )
                values[name] = str(chosen).split(" — ")[0]
        values["matriculation"] = tuple(
            part.strip() for part in values["matriculation"].replace(";", ",").split(",")
        )
        return StudentInput(**values)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        if problems:
            first = next(n for n in FIELDS if n in problems)
            self.editors[first].setFocus()
            self.summary.setText(self.tr("Please correct the fields marked in red."))
        self.summary.setVisible(bool(problems))

    def offer_reload(self, text: str) -> None:
        """Say the form is stale and offer to load the stored values."""
        question = text + "\n\n" + self.tr("Load the stored values into the form?")
        answer = QMessageBox.question(self, self.windowTitle(), plain(question))
        if answer == QMessageBox.StandardButton.Yes and self.student_id is not None:
            self.seen = service.student_input(self.workspace, self.student_id)
            self.load(self.seen)

    def accept(self) -> None:
        data = self.value()
        try:
            if self.student_id is None:
                self.change = service.add_student(self.workspace, data)
            else:
                self.change = service.update_student(
                    self.workspace, self.student_id, data, seen=self.seen
                )
        except StudentInputError as exc:
            self.show_problems(exc.problems)
            return
        except StaleEdit as exc:  # another counsellor saved this student meanwhile
            self.offer_reload(str(exc))
            return
        except PlannerError as exc:
            QMessageBox.warning(self, self.windowTitle(), plain(str(exc)))
            return
        if self.student_id is not None:  # what is stored now is what the form shows
            self.seen = service.student_input(self.workspace, self.student_id)
        self.show_problems({})
        super().accept()
