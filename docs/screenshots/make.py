"""The screenshots of docs/accessibility.md: the main window on the demo
database in a high-contrast palette (white on black, as the desktop's
high-contrast themes give Qt), once at the default font size and once with
the font 1.5 times larger, and in a dark palette.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/make.py

Each picture is taken by a fresh process (the app's SCHOOLAAS_GRAB hook) on
a copy of the demo database made by ``schoolaas demo``."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOTS = {
    "high-contrast.png": ("high-contrast", 1.0),
    "high-contrast-large-font.png": ("high-contrast", 1.5),
    "dark.png": ("dark", 1.0),
}


def palette(kind: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    if kind == "dark":
        p = QPalette(QColor("#2d2d2d"), QColor("#1e1e1e"))
        text = QColor("#f0f0f0")
    else:
        p = QPalette(QColor("#000000"), QColor("#000000"))
        text = QColor("#ffffff")
        p.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00"))
        p.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
        p.setColor(QPalette.ColorRole.Button, QColor("#000000"))
        p.setColor(QPalette.ColorRole.Mid, QColor("#ffffff"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        p.setColor(role, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, text.darker(130) if kind == "dark" else text)
    return p


def shoot(db: str, kind: str, scale: float, out: Path) -> None:
    """In this process: the app with the palette and font a desktop would
    hand it, saving its window to ``out``."""
    from schoolaas.cli.desktop import demo_builder
    from schoolaas.ui import app as ui_app

    qapp = ui_app.make_application(["schoolaas"])
    qapp.setStyle("Fusion")
    qapp.setPalette(palette(kind))
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    os.environ[ui_app.GRAB_ENV] = str(out)
    ui_app.run(db, first_run=demo_builder)


def main() -> None:
    if len(sys.argv) == 5:  # the child: DB KIND SCALE OUT
        shoot(sys.argv[1], sys.argv[2], float(sys.argv[3]), Path(sys.argv[4]))
        return
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = tmp
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run([sys.executable, "-m", "schoolaas", "--db", db, "demo"], check=True, env=env)
        for name, (kind, scale) in SHOTS.items():
            subprocess.run(
                [sys.executable, __file__, db, kind, str(scale), str(HERE / name)],
                check=True,
                env=env,
                timeout=300,
            )
            print(HERE / name)


if __name__ == "__main__":
    main()
