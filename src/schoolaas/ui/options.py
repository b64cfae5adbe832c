"""A typed, versioned registry of the desktop program's own options, kept in
an INI file through ``QSettings``.

``ui/app.py`` creates one :class:`Options` and passes it to the windows and
dialogs that need it; nothing reads a global. Each option is declared once
(name, type, default, description); values that are missing or cannot be
read (a hand-edited INI file) fall back to the default instead of raising.

Rules shared by every copy of the program on one database (the ECTS→op rate,
per-course overrides, travel matrix, exam weeks, matriculation days) live in
the database, not here: ``ects_to_op`` and ``travel_buffer_minutes`` below are
only the values a *new* database starts with.

When the layout of the file changes, raise :data:`VERSION` and add a function
to :data:`MIGRATIONS` that rewrites the old keys; :class:`Options` runs the
needed ones in order when it opens an older file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from schoolaas.data.private_files import FILE_MODE, FOLDER_MODE, create_empty, make_folder

T = TypeVar("T")

VERSION = 2
VERSION_KEY = "meta/version"
RECENT_LIMIT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    """One option: its key in the INI file, Python type, default and meaning."""

    name: str
    kind: type
    default: T
    description: str
    choices: tuple[Any, ...] = ()
    nullable: bool = False  # None is a valid value (stored as an absent key)
    minimum: float | None = None
    maximum: float | None = None


ECTS_TO_OP: Option[float] = Option(
    "credits/ects_to_op",
    float,
    1.0,
    "op per ECTS credit a new database starts with (the rate in use is stored in the database)",
    minimum=0.0,
    maximum=5.0,
)
TRAVEL_BUFFER_MINUTES: Option[int] = Option(
    "audit/travel_buffer_minutes",
    int,
    0,
    "extra minutes added to every travel time in a new database (stored in the database)",
    minimum=0,
    maximum=120,
)
LANGUAGE: Option[str] = Option(
    "ui/language", str, "en", "language of the user interface", choices=("en", "fi", "sv")
)
DEFAULT_SCHOOL: Option[str] = Option(
    "general/default_school", str, "", "school shown first (school code, empty = all schools)"
)
WINDOW_GEOMETRY: Option[bytes] = Option(
    "window/geometry", bytes, b"", "main window geometry (QWidget.saveGeometry)"
)
WINDOW_STATE: Option[bytes] = Option(
    "window/state", bytes, b"", "main window docks and toolbars (QMainWindow.saveState)"
)
OVERVIEW_GEOMETRY: Option[bytes] = Option(
    "overview/geometry", bytes, b"", "students overview geometry"
)
OVERVIEW_HEADER: Option[bytes] = Option(
    "overview/header", bytes, b"", "students overview column widths and sort order"
)
LAST_STUDENT_ID: Option[int | None] = Option(
    "session/last_student_id", int, None, "student open when the program closed", nullable=True
)
LAST_PLAN_ID: Option[int | None] = Option(
    "session/last_plan_id", int, None, "plan open when the program closed", nullable=True
)
RECENT_DATABASES: Option[list[str]] = Option(
    "session/recent_databases", list, [], "recently opened database URLs or files, newest first"
)
START_DATABASE: Option[str] = Option(
    "session/start_database",
    str,
    "",
    "database opened when none is given (a student's copy made at the first start; "
    "empty = the program's own)",
)

DEFINITIONS: tuple[Option[Any], ...] = (
    ECTS_TO_OP,
    TRAVEL_BUFFER_MINUTES,
    LANGUAGE,
    DEFAULT_SCHOOL,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    OVERVIEW_GEOMETRY,
    OVERVIEW_HEADER,
    LAST_STUDENT_ID,
    LAST_PLAN_ID,
    RECENT_DATABASES,
    START_DATABASE,
)


def _migrate_1_to_2(settings: QSettings) -> None:
    """Version 1 kept every option flat in [General] (``language``,
    ``ects_to_op``, ``geometry`` ...); version 2 groups them."""
    renames = {
        "language": LANGUAGE.name,
        "ects_to_op": ECTS_TO_OP.name,
        "travel_buffer_minutes": TRAVEL_BUFFER_MINUTES.name,
        "default_school": DEFAULT_SCHOOL.name,
        "geometry": WINDOW_GEOMETRY.name,
        "state": WINDOW_STATE.name,
        "last_student_id": LAST_STUDENT_ID.name,
        "recent_databases": RECENT_DATABASES.name,
    }
    for old, new in renames.items():
        if settings.contains(old):
            if not settings.contains(new):
                settings.setValue(new, settings.value(old))
            settings.remove(old)


Migration = Callable[[QSettings], None]
MIGRATIONS: Mapping[int, Migration] = {1: _migrate_1_to_2}  # from version -> step to +1


def _owner_only(path: Path, *, own_folder: bool = False) -> None:
    """The INI file 0600 in a 0700 folder whatever the umask (it names the
    databases and students last opened): missing folders are made 0700,
    the program's own config folder is made 0700, and the file is created
    0600 and kept so after every save (Qt's QSaveFile writes a new file)."""
    make_folder(path.parent)
    if own_folder:
        os.chmod(path.parent, FOLDER_MODE)
    if not create_empty(path):
        os.chmod(path, FILE_MODE)


def default_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("schoolaas", "SchoolaaS")) / "planner.ini"


class Options(QObject):
    """The option values of one INI file. ``changed`` is emitted with the
    option name after every :meth:`set` that changes a value."""

    changed = Signal(str)

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        definitions: Iterable[Option[Any]] = DEFINITIONS,
        version: int = VERSION,
        migrations: Mapping[int, Migration] = MIGRATIONS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else default_path()
        _owner_only(self.path, own_folder=path is None)
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._defs: dict[str, Option[Any]] = {d.name: d for d in definitions}
        self.version = version
        self.migrated_from: int | None = None
        self._migrate(migrations)

    # -- registry -------------------------------------------------------
    def definitions(self) -> list[Option[Any]]:
        return list(self._defs.values())

    def option(self, name: str | Option[Any]) -> Option[Any]:
        key = name.name if isinstance(name, Option) else name
        try:
            return self._defs[key]
        except KeyError:
            raise KeyError(f"unknown option {key!r}") from None

    # -- values ---------------------------------------------------------
    def get(self, name: str | Option[T]) -> T:
        opt = self.option(name)
        raw = self._settings.value(opt.name)
        if raw is None:
            return _copy_default(opt)  # type: ignore[no-any-return]
        try:
            value = _decode(opt, raw)
        except (TypeError, ValueError):
            return _copy_default(opt)  # type: ignore[no-any-return]
        if _check(opt, value) is not None:
            return _copy_default(opt)  # type: ignore[no-any-return]
        return value  # type: ignore[no-any-return]

    def set(self, name: str | Option[T], value: T) -> None:
        opt = self.option(name)
        problem = _check(opt, value)
        if problem:
            raise ValueError(f"option {opt.name}: {problem}")
        if self.get(opt) == value and self._settings.contains(opt.name):
            return
        if value is None:
            self._settings.remove(opt.name)
        else:
            self._settings.setValue(opt.name, _encode(opt, value))
        self.sync()
        self.changed.emit(opt.name)

    def reset(self, name: str | Option[Any]) -> None:
        opt = self.option(name)
        if self._settings.contains(opt.name):
            self._settings.remove(opt.name)
            self.sync()
            self.changed.emit(opt.name)

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def add_recent_database(self, url: str) -> None:
        recent = [u for u in self.get(RECENT_DATABASES) if u != url]
        self.set(RECENT_DATABASES, [url, *recent][:RECENT_LIMIT])

    def sync(self) -> None:
        self._settings.sync()
        _owner_only(self.path)

    # -- versions -------------------------------------------------------
    def _migrate(self, migrations: Mapping[int, Migration]) -> None:
        stored = self._settings.value(VERSION_KEY)
        has_values = bool(self._settings.allKeys())
        try:
            found = int(stored) if stored is not None else (1 if has_values else self.version)
        except (TypeError, ValueError):
            found = 1
        if found < self.version:
            self.migrated_from = found
            for step in range(found, self.version):
                migration = migrations.get(step)
                if migration is not None:
                    migration(self._settings)
        # A newer file is left as it is: unknown keys are kept, known ones read.
        # A file already at this version is not written again at every start.
        if found < self.version or (found == self.version and stored is None):
            self._settings.setValue(VERSION_KEY, self.version)
            self.sync()


def _copy_default(opt: Option[T]) -> T:
    default = opt.default
    if isinstance(default, list):
        return list(default)  # type: ignore[return-value]
    return default


def _decode(opt: Option[Any], raw: Any) -> Any:
    if opt.kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes):
            return raw
        raise TypeError("not bytes")
    if opt.kind is list:
        import json  # lists only (recent databases): not needed to start

        value = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError("not a list of text")
        return value
    if opt.kind is bool:
        return str(raw).lower() in ("true", "1", "yes")
    if opt.kind is int:
        return int(str(raw))
    if opt.kind is float:
        return float(str(raw))
    return str(raw)


def _encode(opt: Option[Any], value: Any) -> Any:
    if opt.kind is bytes:
        return QByteArray(bytes(value))
    if opt.kind is list:
        import json

        return json.dumps(list(value), ensure_ascii=False)
    return value


def _check(opt: Option[Any], value: Any) -> str | None:
    """Why ``value`` is not valid for ``opt``, or None."""
    if value is None:
        return None if opt.nullable else "a value is required"
    if opt.kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, opt.kind) or (opt.kind is int and isinstance(value, bool)):
        return f"expected {opt.kind.__name__}, got {type(value).__name__}"
    if opt.choices and value not in opt.choices:
        return f"{value!r} is not one of {', '.join(map(str, opt.choices))}"
    if opt.minimum is not None and value < opt.minimum:  # type: ignore[operator]
        return f"{value} is below {opt.minimum}"
    if opt.maximum is not None and value > opt.maximum:  # type: ignore[operator]
        return f"{value} is above {opt.maximum}"
    return None
