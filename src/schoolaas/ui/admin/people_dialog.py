"""The People window of a shared database (issue 13), for an admin: who
has a login, of which kind, which student or schools; add a counsellor,
add students from a CSV file, give someone a new password, remove a login
(services/people/sharing.py does it; the database refuses anyone but an
admin). New passwords are made by the program and shown once; nobody types
one into a form a bystander can read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from schoolaas.data.private_files import write_file
from schoolaas.io.csv_cells import csv_text
from schoolaas.services.errors import PlannerError
from schoolaas.services.people import sharing
from schoolaas.ui.widgets.fill import fill
from schoolaas.ui.widgets.focus_frame import frame_focused_cells
from schoolaas.ui.widgets.plain_text import plain


class PeopleDialog(QDialog):
    """Everyone with a login of the shared database, and what an admin does
    with them. ``engine`` is the admin's own connection (the app's)."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_dialog")
        self.engine = engine
        self.people: list[sharing.Person] = []
        self.setWindowTitle(self.tr("People"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        frame_focused_cells(self.table)  # the focused cell framed
        self.table.setObjectName("people_table")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Login"), self.tr("Name"), self.tr("Student or schools")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.add_counsellor_button = buttons.addButton(self.tr("Add &counsellor…"), role)
        self.add_students_button = buttons.addButton(self.tr("Add &students from CSV…"), role)
        self.reset_button = buttons.addButton(self.tr("New &password…"), role)
        self.remove_button = buttons.addButton(self.tr("&Remove…"), role)
        self.add_counsellor_button.clicked.connect(self.add_counsellor)
        self.add_students_button.clicked.connect(lambda _c=False: self.add_students())
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # the list ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._run(lambda: self._load()):
            self.people = []
        self.table.setRowCount(len(self.people))
        kinds = {
            "student": self.tr("student"),
            "counsellor": self.tr("counsellor"),
            "admin": self.tr("admin"),
        }
        for row, person in enumerate(self.people):
            what = person.student_number or ", ".join(person.schools)
            cells = (kinds.get(person.kind, person.kind), person.role, person.name, what)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text
        self.summary.setText(fill(self.tr("%1 people have a login."), str(len(self.people))))
        self._update_buttons()

    def _load(self) -> None:
        self.people = sharing.people(self.engine)

    def selected(self) -> sharing.Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.reset_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # the actions ------------------------------------------------------------------------
    def add_counsellor(self) -> str | None:
        login, ok = QInputDialog.getText(
            self, self.tr("Add counsellor"), self.tr("Login (lower-case letters, digits, _):")
        )
        if not ok or not login.strip():
            return None
        schools, ok = QInputDialog.getText(
            self,
            self.tr("Add counsellor"),
            self.tr("Schools they serve (codes, separated by commas):"),
        )
        if not ok:
            return None
        name, ok = QInputDialog.getText(self, self.tr("Add counsellor"), self.tr("Name:"))
        if not ok:
            return None
        password = sharing.new_password()
        codes = [c.strip() for c in schools.split(",") if c.strip()]
        done = self._run(
            lambda: sharing.add_counsellor(
                self.engine, login.strip(), password, schools=codes, name=name
            )
        )
        if not done:
            return None
        self._tell_password(login.strip(), password)
        self.reload()
        return password

    def add_students(self, source: Path | None = None, out: Path | None = None) -> int:
        """Logins for the students of a CSV file (number[,login]); their new
        passwords written to an owner-only CSV file for handing over."""
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Students' logins from"), "", self.tr("CSV (*.csv)")
            )
            if not name:
                return 0
            source = Path(name)
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the new passwords to"),
                str(source.with_name(source.stem + ".logins.csv")),
                self.tr("CSV (*.csv)"),
            )
            if not name:
                return 0
            out = Path(name)
        made: list[sharing.NewStudentLogin] = []

        def add() -> None:
            rows = sharing.read_student_rows(source)
            made.extend(sharing.add_students(self.engine, rows))

        if not self._run(add):
            return 0
        body = csv_text(
            ("number", "login", "password"),
            [(m.student_number, m.role, m.password) for m in made],
        )
        try:
            write_file(out, body)
        except OSError as exc:  # the logins exist: show the passwords rather than lose them
            QMessageBox.warning(
                self,
                self.tr("Add students"),
                plain(
                    fill(
                        self.tr("Cannot write %1 (%2). The passwords:\n%3"), out, exc.strerror, body
                    )
                ),
            )
        else:
            QMessageBox.information(
                self,
                self.tr("Add students"),
                plain(
                    fill(
                        self.tr(
                            "%1 student logins added; their passwords are in %2 (only you can "
                            "read it)."
                        ),
                        str(len(made)),
                        out,
                    )
                ),
            )
        self.reload()
        return len(made)

    def reset_password(self) -> str | None:
        person = self.selected()
        if person is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("New password"),
            fill(self.tr("Give %1 a new password? The old one stops working."), person.role),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        password = sharing.new_password()
        if not self._run(lambda: sharing.reset_password(self.engine, person.role, password)):
            return None
        self._tell_password(person.role, password)
        return password

    def remove(self) -> bool:
        person = self.selected()
        if person is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove login"),
            fill(
                self.tr(
                    "Remove the login %1? A student's plans stay (erase the student "
                    "apart); the login cannot be used any more."
                ),
                person.role,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self._run(lambda: sharing.remove_person(self.engine, person.role)):
            return False
        self.reload()
        return True

    # helpers --------------------------------------------------------------------------------
    def _tell_password(self, login: str, password: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("New password"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            fill(
                self.tr(
                    "The password of %1 is:\n\n%2\n\nIt is shown only now: hand it over in person."
                ),
                login,
                password,
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _run(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("People"), plain(str(exc)))
            return False
        return True
