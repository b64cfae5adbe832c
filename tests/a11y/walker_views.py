"""Steps of walker.py that read the content of the painted views through the
bus: the week timetable's blocks, the course tray's cells and the three-year
view's cards (each an object of its own, named by what it shows).

Runs under the system Python with walker.py (no project imports)."""

from __future__ import annotations

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


def _named(s, role: str, names: set[str]):
    for obj in s.objects():
        try:
            if obj.getRoleName() == role and obj.name in names:
                return obj
        except Exception:
            continue
    return None


def view(s, letter: str) -> dict:
    """Ctrl+Shift+letter opens the tray (t) or the three years (y): every
    object under its frame with a name, its role and description, and the
    frame's title; Ctrl+W closes it again."""
    before = {f.name for f in s.objects() if f.getRoleName() == "frame"}
    s.key(letter, "Control", "Shift")
    s.wait_until(lambda: {f.name for f in s.objects() if f.getRoleName() == "frame"} - before, 20)
    pause(2.0)
    new = {f.name for f in s.objects() if f.getRoleName() == "frame"} - before
    frame = _named(s, "frame", new)
    out: dict = {"title": sorted(new), "objects": []}
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
    s.wait_until(
        lambda: not {f.name for f in s.objects() if f.getRoleName() == "frame"} - before, 10
    )
    s.window_manager()
    return out
