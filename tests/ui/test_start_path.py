"""What the window loads before its first paint. Every module compiled at
start (the app runs from source) delays the first paint; what only a plan
needs (the audit's wording and types, the services, the undo commands,
the week's drawing, SQLite) and what only a rare path needs (lrelease,
the .ts reader, JSON, ctypes) loads after it."""

from __future__ import annotations

import os
import subprocess
import sys

AFTER_THE_FIRST_PAINT = [
    "schoolaas.domain.model",
    "schoolaas.domain.findings",
    "schoolaas.services.views",
    "schoolaas.ui.commands",
    "schoolaas.services.plans.week",
    "schoolaas.ui.window.loader",
    "schoolaas.ui.window.db_guard",
    "schoolaas.ui.finding_text",
    "sqlalchemy",
    "sqlite3",
    "subprocess",
    "xml.etree.ElementTree",
    "html",
    "ctypes",
    "json",
]

PROGRAM = """
import sys
from schoolaas.ui import app
from schoolaas.ui import i18n
from schoolaas.ui import options
application = app.make_application()
opts = options.Options(sys.argv[1])
app.install_translations(application, opts)
from schoolaas.ui.window.main_window import MainWindow
window = MainWindow(opts)
print("loaded:", *sorted(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_the_window_is_built_without_what_only_a_plan_needs(tmp_path) -> None:
    """A usual start. The first start after the translation files changed
    (a new install, a fresh clone: newer .ts files) compiles them with
    lrelease first, which needs subprocess: the first run here is that one
    when it has to be, the second is measured."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM, str(tmp_path / "o.ini"), *AFTER_THE_FIRST_PAINT],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
    loaded = done.stdout.strip().splitlines()[-1].split()
    assert loaded == ["loaded:"]


def test_the_window_s_copies_of_the_domain_s_enum_values_match() -> None:
    from schoolaas.domain.model import ItemStatus, Provider, Severity
    from schoolaas.ui.widgets import enum_values as v

    assert (v.SCHOOL, v.AALTO) == (Provider.SCHOOL, Provider.AALTO)
    assert tuple(ItemStatus) == v.STATUSES
    assert (v.PLANNED, v.ENROLLED, v.FAILED) == (
        ItemStatus.PLANNED,
        ItemStatus.ENROLLED,
        ItemStatus.FAILED,
    )
    assert (v.ERROR, v.WARNING, v.INFO) == (Severity.ERROR, Severity.WARNING, Severity.INFO)
    assert {v.AALTO: 1}[Provider.AALTO] == 1  # members hash as their values
