"""Start the desktop program: the QApplication, the options registry, the
translations, the one "changes applied" bus every window listens to, and the
main window, which paints at once and opens the database in a worker
thread."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from schoolaas.ui import options as opt
from schoolaas.ui.changes import ChangeBus

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace
    from schoolaas.ui.window.main_window import MainWindow

APP_NAME = "SchoolaaS Planner"
ORGANISATION = "SchoolaaS"
TIMING_ENV = "SCHOOLAAS_TIMING"  # set: print start-up times on stderr
ICON_FILE = "fi.espoo.schoolaas.svg"  # resources/icons; packaging/build makes the PNGs
DB_ENV = "SCHOOLAAS_DB"  # data/url.ENV_VAR (not imported: SQLAlchemy loads after the paint)
GRAB_ENV = "SCHOOLAAS_GRAB"  # a PNG path: save the window once the plan shows, then quit


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("schoolaas")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("schoolaas.invalid")
    add_bundled_fonts()
    icon = Path(__file__).resolve().parents[1] / "resources" / "icons" / ICON_FILE
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def add_bundled_fonts() -> int:
    """In a frozen build, the fonts packaging/build put beside the program
    (a machine without fonts still shows text). Returns how many loaded."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return 0
    from PySide6.QtGui import QFontDatabase

    files = sorted((Path(bundle) / "fonts").glob("*.ttf"))
    return sum(QFontDatabase.addApplicationFont(str(f)) >= 0 for f in files)


def grab_when_shown(window: MainWindow, path: str) -> None:
    """Save a picture of the window once the database's plan is shown, then
    quit: the packaging test's proof that a bundle paints."""

    def grab() -> None:
        window.grab().save(path)
        # exit(), not quit(): a dialog opened at the start (the first start's
        # question) has an event loop of its own, which exit() ends too
        QApplication.exit(0)

    window.database_opened.connect(lambda: QTimer.singleShot(200, grab))


def install_translations(app: QApplication, options: opt.Options) -> object | None:
    """Install the chosen language (and follow later changes of the option)
    when the i18n module is present."""
    try:
        from schoolaas.ui import i18n
    except ImportError:
        return None
    translations = i18n.Translations(app)
    follow = getattr(i18n, "follow_language", None)
    if follow is not None:
        follow(options, translations)
    else:
        translations.set_language(options.get(opt.LANGUAGE))
    return translations


class WindowKeeper(QObject):
    """Holds the main window; when the language option changes it builds
    the window anew in that language (once no dialog is open) and hands
    over the open database, student, plan and layout."""

    replaced = Signal(object)  # the new MainWindow

    def __init__(
        self, window: MainWindow, options: opt.Options, bus: ChangeBus | None = None
    ) -> None:
        super().__init__()
        self.window = window
        self.options = options
        self.bus = bus if bus is not None else window.bus  # the new window gets it too
        options.changed.connect(self._on_options_changed)

    def _on_options_changed(self, name: str) -> None:
        if name == opt.LANGUAGE.name:
            QTimer.singleShot(0, self.rebuild)

    def rebuild(self) -> None:
        if QApplication.activeModalWidget() is not None:  # the settings dialog is still open
            QTimer.singleShot(200, self.rebuild)
            return
        from schoolaas.ui.window.main_window import MainWindow

        old = self.window
        old.docks.save()
        new = MainWindow(self.options, bus=self.bus)
        new.translations = getattr(old, "translations", None)
        new.adopt(old)
        new.show()
        old.hide()
        old.deleteLater()
        self.window = new
        self.replaced.emit(new)


def run(
    url: str | None = None,
    argv: list[str] | None = None,
    *,
    first_run: Callable[[Workspace], object] | None = None,
) -> int:
    """Open the main window on ``url`` (None: $SCHOOLAAS_DB or the user's
    database; ``first_run`` fills an empty one: the CLI gives the demo
    builder). Returns the exit code."""
    began = time.perf_counter()
    app = make_application(argv)
    options = opt.Options()
    translations = install_translations(app, options)

    from schoolaas.ui.window.main_window import MainWindow

    bus = ChangeBus()  # one for the application: every window hears every change
    window = MainWindow(options, bus=bus)
    window.first_run = first_run
    window.translations = translations  # kept alive with the window
    timing = bool(os.environ.get(TIMING_ENV))

    def report(what: str) -> None:
        if timing:
            since = (time.perf_counter() - began) * 1000
            print(f"{what}: {since:.0f} ms after run() (epoch {time.time():.3f})", file=sys.stderr)

    window.first_painted.connect(lambda: report("first paint"))
    window.database_opened.connect(lambda: report("database opened, plan shown"))
    window.show()
    if os.environ.get(GRAB_ENV):
        grab_when_shown(window, os.environ[GRAB_ENV])
    if url is None and not os.environ.get(DB_ENV):  # a student's copy, once made
        url = options.get(opt.START_DATABASE) or None
    window.open_database_after_paint(url)
    keeper = WindowKeeper(window, options, bus)
    code = app.exec()
    if keeper.window.workspace is not None:
        keeper.window.workspace.close()
    return code
