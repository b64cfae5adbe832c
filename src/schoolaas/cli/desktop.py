"""What the command line needs to start the desktop app: the app module
(None without PySide6) and the demo builder an empty database is filled
with on first open. Imported by the package's fast path and by core, so
neither imports the other."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schoolaas.services.workspace import Workspace


def app_module() -> ModuleType | None:
    """schoolaas.ui.app, or None in an installation without PySide6 (any
    other import error is a bug and is raised)."""
    try:
        import schoolaas.ui.app as app
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in ("PySide6", "shiboken6"):
            raise
        return None
    return app


def demo_builder(ws: Workspace) -> object:
    """Fills an empty database with the demo (its first open); seed/ is
    imported only when that happens."""
    from schoolaas.seed.demo import build_demo

    return build_demo(ws, reset=False)
