"""Render the SVG icon (src/schoolaas/resources/icons) to the PNG sizes of
the freedesktop icon theme: OUT/hicolor/NxN/apps/fi.espoo.schoolaas.png and
the SVG itself under OUT/hicolor/scalable/apps. Run by packaging/build:
``uv run python packaging/make_icons.py OUT``."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_ID = "fi.espoo.schoolaas"
SOURCE = Path(__file__).resolve().parents[1] / "src/schoolaas/resources/icons" / f"{ICON_ID}.svg"


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    made = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"make_icons: could not write {target}")
        made.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    del app
    return [*made, scalable]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icons.py OUT_DIR")
    for path in render(Path(sys.argv[1])):
        print(path)
