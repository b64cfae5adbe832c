"""Steps of walker.py that read the content of the painted views through the
bus: the week timetable's blocks, the course tray's cells and the three-year
view's cards (each an object of its own, named by what it shows).

Runs under the system Python with walker.py (no project imports)."""

from __future__ import annotations

import contextlib
import time

from walker import pause


def extents(s, obj) -> list[int]:
    box = obj.queryComponent().getExtents(s.at.DESKTOP_COORDS)
    return [box.x, box.y, box.width, box.height]


def children(s, parent, role: str | None = None) -> list[dict]:
    """The showing children of ``parent`` (of ``role``): name, description,
    role and extents."""
    out = []
    for i in range(parent.childCount):
        child = parent.getChildAtIndex(i)
        if child is None:
            continue
        if role is not None and child.getRoleName() != role:
            continue
        if not child.getState().contains(s.at.STATE_SHOWING):
            continue
        out.append(
            {
                "role": child.getRoleName(),
                "name": child.name,
                "description": child.description,
                "extents": extents(s, child),
            }
        )
    return out


def blocks(s) -> dict:
    """Ctrl+2 to the week: the timetable's block objects as the tree has
    them, then every block once more as the arrow keys read it out."""
    s.key("2", "Control")
    week = s.focused()
    out: dict = {"timetable": s.describe(week), "extents": extents(s, week)}
    out["objects"] = children(s, week, "label")
    out["keyboard"] = []
    for _ in range(len(out["objects"])):
        s.key("Right")
        out["keyboard"].append(week.description)
    return out


def _windows(s) -> list:
    """The app's windows: the accessible children of the application (the
    tray and the three years are fillers there, Qt's role for a plain
    widget shown as a window)."""
    found = []
    for i in range(s.app.childCount):
        with contextlib.suppress(Exception):  # gone while reading
            top = s.app.getChildAtIndex(i)
            if top is not None and top.getState().contains(s.at.STATE_SHOWING):
                found.append(top)
    return found


def _frames(s) -> set[str]:
    return {w.name for w in _windows(s)}


def _window(s, names: set[str]):
    return next((w for w in _windows(s) if w.name in names), None)


def view(s, letter: str) -> dict:
    """Ctrl+Shift+letter opens the tray (t) or the three years (y): every
    object in the window that shows, its role, name and description, and
    the window's title; Ctrl+W closes it again."""
    before = _frames(s)
    started = time.monotonic()
    s.key(letter, "Control", "Shift")
    s.wait_until(lambda: _frames(s) - before, 60)
    pause(2.0)
    new = _frames(s) - before
    frame = _window(s, new)
    seconds = time.monotonic() - started
    out: dict = {"title": sorted(new), "seconds": seconds, "objects": []}
    if frame is not None:
        for obj in s.objects(frame, into_tables=True):
            try:
                if not obj.getState().contains(s.at.STATE_SHOWING):
                    continue
                out["objects"].append(
                    {
                        "role": obj.getRoleName(),
                        "name": obj.name,
                        "description": obj.description,
                        "parent": obj.parent.name if obj.parent is not None else "",
                    }
                )
            except Exception:
                continue
    s.key("w", "Control")
    s.wait_until(lambda: not _frames(s) - before, 10)
    s.window_manager()
    return out
