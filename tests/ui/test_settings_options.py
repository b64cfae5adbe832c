"""The option registry: typed values, defaults for bad input, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from schoolaas.ui import options as opts
from schoolaas.ui.options import Options


def test_defaults_and_round_trip(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "planner.ini"
    first = Options(path)
    assert first.get(opts.ECTS_TO_OP) == 1.0
    assert first.get(opts.LAST_STUDENT_ID) is None
    first.set(opts.ECTS_TO_OP, 1.2)
    first.set(opts.LANGUAGE, "fi")
    first.set(opts.WINDOW_GEOMETRY, b"\x00\x01geom")
    first.set(opts.LAST_STUDENT_ID, 17)
    first.add_recent_database("/tmp/a.sqlite3")
    first.add_recent_database("postgresql://host/db")
    first.add_recent_database("/tmp/a.sqlite3")

    again = Options(path)
    assert again.get(opts.ECTS_TO_OP) == pytest.approx(1.2)
    assert again.get(opts.LANGUAGE) == "fi"
    assert again.get(opts.WINDOW_GEOMETRY) == b"\x00\x01geom"
    assert again.get(opts.LAST_STUDENT_ID) == 17
    assert again.get(opts.RECENT_DATABASES) == ["/tmp/a.sqlite3", "postgresql://host/db"]
    again.set(opts.LAST_STUDENT_ID, None)
    assert Options(path).get(opts.LAST_STUDENT_ID) is None


def test_bad_values_are_refused_and_bad_file_falls_back(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "planner.ini"
    options = Options(path)
    with pytest.raises(ValueError, match="ui/language"):
        options.set(opts.LANGUAGE, "de")
    with pytest.raises(ValueError, match="expected int"):
        options.set(opts.TRAVEL_BUFFER_MINUTES, "ten")
    with pytest.raises(KeyError, match="no_such"):
        options.get("no_such")
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue(opts.ECTS_TO_OP.name, "one point five")
    raw.setValue(opts.LANGUAGE.name, "de")
    raw.sync()
    reread = Options(path)
    assert reread.get(opts.ECTS_TO_OP) == 1.0
    assert reread.get(opts.LANGUAGE) == "en"


def test_changed_signal(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    options = Options(tmp_path / "p.ini")
    with qtbot.waitSignal(options.changed) as blocker:
        options.set(opts.DEFAULT_SCHOOL, "OTA")
    assert blocker.args == [opts.DEFAULT_SCHOOL.name]


def test_version_1_file_is_migrated(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "old.ini"
    path.write_text("[General]\nlanguage=sv\nects_to_op=0.5\nlast_student_id=4\n")
    options = Options(path)
    assert options.migrated_from == 1
    assert options.get(opts.LANGUAGE) == "sv"
    assert options.get(opts.ECTS_TO_OP) == 0.5
    assert options.get(opts.LAST_STUDENT_ID) == 4
    text = path.read_text()
    assert "version=2" in text
    general = text.split("[General]")[1].split("[")[0] if "[General]" in text else ""
    assert "language" not in general
    assert Options(path).migrated_from is None
