"""The accessibility tests run the app under Xvfb with the real AT-SPI bus
and read it with pyatspi under the system Python (tests/a11y/walker.py).
They skip, saying what is missing, where that set-up is not installed
(Debian: xvfb dbus at-spi2-core python3-pyatspi; .ci/run installs them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing() -> str | None:
    """Why the accessibility bus cannot be used here (None: it can)."""
    if not sys.platform.startswith("linux"):
        return "the AT-SPI accessibility bus is Linux's"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is missing (Debian: at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return "pyatspi is not importable by /usr/bin/python3 (Debian: python3-pyatspi)"
    return None


@pytest.fixture(scope="session")
def a11y_available() -> None:
    reason = missing()
    if reason:
        pytest.skip(f"no accessibility bus: {reason}")


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once; each session works on a copy of it."""
    path = tmp_path_factory.mktemp("a11y-demo") / "demo.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "schoolaas", "--db", str(path), "demo"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return path


Walk = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def walk(
    a11y_available: None, demo_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> Walk:
    """walk(steps, language="en"): start the app on a fresh copy of the demo
    database in its own D-Bus session, Xvfb and AT-SPI bus, do ``steps``
    through the accessibility tree (walker.py) and return what it read."""

    def run(steps: list[str], language: str = "en") -> dict[str, Any]:
        home = tmp_path_factory.mktemp(f"a11y-{language}")
        db = home / "plans.sqlite3"
        shutil.copyfile(demo_database, db)
        config = home / "config" / "schoolaas"
        config.mkdir(parents=True)
        (config / "planner.ini").write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
        out = home / "tree.json"
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_RUNTIME_DIR": str(home),
            "A11Y_STEPS": json.dumps(steps),
        }
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run(
            [
                "dbus-run-session",
                "--",
                SYSTEM_PYTHON,
                str(HERE / "walker.py"),
                str(out),
                sys.executable,
                "-m",
                "schoolaas",
                "--db",
                str(db),
            ],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
            env=env,
        )
        assert out.exists(), done.stdout[-2000:] + done.stderr[-2000:]
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        log = Path(f"{out}.app.log")
        result["app_log"] = log.read_text(errors="replace") if log.exists() else ""
        assert not result.get("errors"), result.get("errors")
        return result

    return run
