"""Drive SchoolaaS Planner through the real AT-SPI accessibility bus.

Runs under the system Python (/usr/bin/python3, Debian python3-pyatspi)
inside ``dbus-run-session``, started by tests/a11y/conftest.py:

    dbus-run-session -- /usr/bin/python3 walker.py OUT.json APP_COMMAND...

It starts Xvfb, the AT-SPI bus launcher and the app (Qt's xcb platform with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), waits until the app's window shows a
plan, then walks the accessibility tree and does the core journeys with
key presses only (sent through AT-SPI as a keyboard would), reading what a
screen reader would read from the tree. Writes what it found to OUT.json;
the tests assert on it.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import traceback

CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "list",
    "table",
    "tree table",
    "tree",
        "link",
    "entry",
    "progress bar",
    "canvas",
    "tool bar",
    "menu",
}
CONTAINERS_NOT_WALKED = {"table", "tree table", "list", "tree"}
KEY = {"Control": 37, "Shift": 50, "Alt": 64}


def pause(seconds: float) -> None:
    """Wait, letting the accessibility events that arrive meanwhile in."""
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def start_display() -> subprocess.Popen[bytes]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("walker: Xvfb did not start")
        number += chunk
    os.environ["DISPLAY"] = ":" + number.decode().strip()
    return xvfb


class Session:
    def __init__(self, pyatspi, app_name: str) -> None:
        self.at = pyatspi
        self.app_name = app_name
        self.app = None

    # --- finding things ---------------------------------------------------------
    def find_app(self, timeout: float = 90) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = self.at.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == self.app_name:
                    self.app = app
                    return
            pause(0.5)
        raise SystemExit(f"walker: no application '{self.app_name}' on the accessibility bus")

    def objects(self, root=None, *, into_tables: bool = False):
        """Every object under root (default: the app), tables' cells left out
        unless into_tables."""
        stack = [root or self.app]
        while stack:
            obj = stack.pop()
            if obj is None:
                continue
            yield obj
            try:
                role = obj.getRoleName()
                count = obj.childCount
            except Exception:  # gone while walking
                continue
            if role in CONTAINERS_NOT_WALKED and not into_tables:
                continue
            for i in reversed(range(min(count, 2000))):
                with contextlib.suppress(Exception):  # gone while walking
                    stack.append(obj.getChildAtIndex(i))

    def find(
        self,
        role: str,
        name: str | None = None,
        *,
        root=None,
        contains: str | None = None,
        timeout: float = 20,
        showing: bool = True,
    ):
        end = time.monotonic() + timeout
        while True:
            for obj in self.objects(root):
                try:
                    if obj.getRoleName() != role:
                        continue
                    if name is not None and obj.name != name:
                        continue
                    if contains is not None and contains not in obj.name:
                        continue
                    if showing and not obj.getState().contains(self.at.STATE_SHOWING):
                        continue
                    return obj
                except Exception:
                    continue
            if time.monotonic() > end:
                return None
            pause(0.3)

    def focused(self, timeout: float = 5):
        """The object holding the keyboard focus (a table, not its cell)."""
        end = time.monotonic() + timeout
        while True:
            for obj in self.objects():
                try:
                    if obj.getState().contains(self.at.STATE_FOCUSED):
                        return obj
                except Exception:
                    continue
            if time.monotonic() > end:
                return None
            pause(0.2)

    def wait_until(self, check, timeout: float = 20) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if check():
                    return True
            except Exception:
                pass
            pause(0.3)
        return False

    def window_manager(self) -> None:
        """What a window manager does when a dialog closes: the main window
        gets the keyboard back (Xvfb has none; X gives the keyboard to the
        window under the pointer, so the pointer rests on the status bar and
        clicks it once; the status bar takes no focus and does nothing)."""
        bar = self.find("status bar", timeout=5)
        if bar is None:
            return
        box = bar.queryComponent().getExtents(self.at.DESKTOP_COORDS)
        x, y = box.x + box.width // 2, box.y + box.height // 2
        self.at.Registry.generateMouseEvent(x, y, "abs")
        pause(0.3)
        self.at.Registry.generateMouseEvent(x, y, "b1c")
        pause(0.5)

    # --- the keyboard -----------------------------------------------------------
    def key(self, keysym: str, *modifiers: str) -> None:
        reg = self.at.Registry
        for mod in modifiers:
            reg.generateKeyboardEvent(KEY[mod], None, self.at.KEY_PRESS)
        code = keysym_value(keysym)
        reg.generateKeyboardEvent(code, None, self.at.KEY_SYM)
        for mod in reversed(modifiers):
            reg.generateKeyboardEvent(KEY[mod], None, self.at.KEY_RELEASE)
        pause(0.4)

    def type(self, text: str) -> None:
        self.at.Registry.generateKeyboardEvent(0, text, self.at.KEY_STRING)
        pause(0.6)

    # --- reading ----------------------------------------------------------------
    def describe(self, obj) -> dict:
        path = []
        parent = obj.parent
        while parent is not None and parent.getRoleName() != "application" and len(path) < 8:
            if parent.name:
                path.append(f"{parent.getRoleName()} '{parent.name}'")
            parent = parent.parent
        return {
            "role": obj.getRoleName(),
            "name": obj.name,
            "description": obj.description,
            "path": " < ".join(path),
        }

    def table_rows(self, table, limit: int = 50) -> list[list[str]]:
        t = table.queryTable()
        rows = []
        for r in range(min(t.nRows, limit)):
            row = []
            for c in range(t.nColumns):
                cell = t.getAccessibleAt(r, c)
                row.append(cell.name if cell is not None else "")
            rows.append(row)
        return rows

    def headers(self, table) -> list[str]:
        t = table.queryTable()
        names = []
        for c in range(t.nColumns):
            h = t.getColumnHeader(c)
            names.append(h.name if h is not None else (t.getColumnDescription(c) or ""))
        return names


KEYSYMS = {
    "Return": 0xFF0D,
    "Tab": 0xFF09,
    "Escape": 0xFF1B,
    "Home": 0xFF50,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "End": 0xFF57,
    "space": 0x20,
}


def keysym_value(name: str) -> int:
    """The X keysym of a key name (a letter or digit is its own code)."""
    if len(name) == 1:
        return ord(name)
    return KEYSYMS[name]


# --- what is checked -------------------------------------------------------------


def walk_tree(s: Session) -> dict:
    """Every focusable control on screen, and every table: their names."""
    at = s.at
    checked, unnamed, tables, roles, everything = 0, [], [], {}, []
    for obj in s.objects():
        try:
            state = obj.getState()
            role = obj.getRoleName()
            if not state.contains(at.STATE_SHOWING):
                continue
            if role in ("table", "tree table", "list", "tree"):
                entry = s.describe(obj)
                entry["headers"] = s.headers(obj) if role in ("table", "tree table") else []
                tables.append(entry)
            if not state.contains(at.STATE_FOCUSABLE) and role not in CONTROL_ROLES:
                continue
            checked += 1
            roles[role] = roles.get(role, 0) + 1
            entry = s.describe(obj)
            everything.append(entry)
            if not obj.name.strip():
                unnamed.append(entry)
        except Exception:
            continue
    return {
        "checked": checked,
        "unnamed": unnamed,
        "tables": tables,
        "roles": roles,
        "controls": everything,
    }


def open_window(s: Session, letter: str) -> dict:
    """Ctrl+Shift+letter opens a window of its own (the course tray, the
    three years): its title and the names of everything in the app then;
    Ctrl+W closes it again."""
    before = {f.name for f in s.objects() if f.getRoleName() == "frame"}
    s.key(letter, "Control", "Shift")
    s.wait_until(lambda: {f.name for f in s.objects() if f.getRoleName() == "frame"} - before, 20)
    pause(2.0)
    frames = {f.name for f in s.objects() if f.getRoleName() == "frame"} - before
    out: dict = {"title": sorted(frames), "tree": walk_tree(s)}
    s.key("w", "Control")
    s.wait_until(
        lambda: not {f.name for f in s.objects() if f.getRoleName() == "frame"} - before, 10
    )
    s.window_manager()
    return out


def journey_timetable(s: Session, steps: int = 3) -> dict:
    """Ctrl+2 to the week, then Right arrow from block to block: what the
    timetable says of each."""
    s.key("2", "Control")
    focus = s.focused()
    out: dict = {"focus": s.describe(focus) if focus is not None else None, "blocks": []}
    for _ in range(steps):
        s.key("Right")
        focus = s.focused()
        if focus is not None:
            out["blocks"].append(focus.description)
    return out


def credit_bars(s: Session) -> list[dict]:
    bars = []
    for obj in s.objects():
        if obj.getRoleName() == "progress bar" and obj.getState().contains(s.at.STATE_SHOWING):
            entry = s.describe(obj)
            try:
                entry["value"] = obj.queryValue().currentValue
            except Exception:
                entry["value"] = None
            bars.append(entry)
    return bars


def journey_student(s: Session, search: str) -> dict:
    out: dict = {"steps": []}
    s.key("o", "Control")
    dialog = s.find("dialog", timeout=10)
    out["dialog"] = dialog.name if dialog is not None else None
    focus = s.focused()
    out["focus_in_dialog"] = s.describe(focus) if focus is not None else None
    s.type(search)
    table = s.find("table", root=dialog, timeout=5) if dialog is not None else None
    out["first_row"] = s.table_rows(table, 1) if table is not None else None
    s.key("Return")
    s.wait_until(lambda: s.find("dialog", timeout=0) is None, 10)
    out["dialog_closed"] = s.find("dialog", timeout=0) is None
    s.window_manager()
    s.wait_until(lambda: search in s.find("label", "Current student", timeout=0).description, 15)
    shown = s.find("label", "Current student", timeout=1)
    out["student_shown"] = s.describe(shown) if shown is not None else None
    return out


def journey_audit(s: Session) -> dict:
    out: dict = {}
    s.key("4", "Control")
    focus = s.focused()
    out["focus"] = s.describe(focus) if focus is not None else None
    if focus is not None and focus.getRoleName() in ("table", "tree table"):
        out["headers"] = s.headers(focus)
        out["rows"] = s.table_rows(focus)
    out["bars"] = credit_bars(s)
    out["labels"] = [o.name for o in s.objects() if o.getRoleName() == "label"]
    return out


def code_of(cell: str) -> str:
    """A code cell without its marks (⚠ open error, ✓ in the plan)."""
    return cell.replace("⚠", "").replace("✓", "").strip()


def move_to_row(s: Session, table, match) -> int | None:
    """Put the table's current row on the first row ``match`` accepts
    (reading the rows as a screen reader does): Ctrl+Home, then Down."""
    rows = s.table_rows(table, 300)
    index = next((n for n, row in enumerate(rows) if match(row)), None)
    if index is None:
        return None
    s.key("Home", "Control")
    s.key("space")  # select the current row (Ctrl+Home moves without selecting)
    for _ in range(index):
        s.key("Down")
    return index


def answer_anyway(s: Session, button: str) -> dict | None:
    """The clash question ("Add anyway?", issue 15), if one is up: its name
    and what has the focus at first (Cancel, the default); then Tab to
    ``button`` and press it."""
    alert = s.find("alert", timeout=2)
    if alert is None:
        return None
    out: dict = {"name": alert.name}
    focus = s.focused()
    out["focus"] = s.describe(focus) if focus is not None else None
    for _ in range(4):
        focus = s.focused()
        if focus is not None and focus.name == button:
            s.key("space")
            break
        s.key("Tab")
    s.wait_until(lambda: s.find("alert", timeout=0) is None, 10)
    out["closed"] = s.find("alert", timeout=0) is None
    s.window_manager()  # the main window gets the keyboard back
    return out


def journey_aalto(s: Session, code: str) -> dict:
    out: dict = {}
    s.key("f", "Control")
    focus = s.focused()
    out["search_focus"] = s.describe(focus) if focus is not None else None
    s.type(code)
    pause(1.0)
    s.key("1", "Control")  # to the catalogue's table
    table = s.focused()
    out["table_focus"] = s.describe(table) if table is not None else None
    if table is None or table.getRoleName() not in ("table", "tree table"):
        return out
    headers = s.headers(table)
    c_code, c_name = headers.index("Code"), headers.index("Name")
    s.wait_until(lambda: table.queryTable().nRows < 30, 15)  # the search has filtered
    out["catalogue_rows"] = s.table_rows(table, 30)
    out["row"] = move_to_row(
        s,
        table,
        lambda r: code_of(r[c_code]) == code and "Lecture" in r[c_name] and "✓" not in r[c_code],
    )
    s.key("Return", "Control")  # add the current course
    out["add_question"] = answer_anyway(s, "Add anyway")  # it clashes: asked first
    pause(1.5)
    s.key("3", "Control")  # to the plan
    plan = s.focused()
    out["plan_focus"] = s.describe(plan) if plan is not None else None
    if plan is None or plan.getRoleName() not in ("table", "tree table"):
        return out
    p_headers = s.headers(plan)
    p_code, p_status = p_headers.index("Code"), p_headers.index("Status")
    # the row just added: the course's row still "planned"
    out["plan_row"] = move_to_row(
        s, plan, lambda r: code_of(r[p_code]) == code and r[p_status] == "planned"
    )
    s.key("g", "Control")
    dialog = s.find("dialog", timeout=10)
    out["groups_dialog"] = dialog.name if dialog is not None else None
    boxes = []
    if dialog is not None:
        focus = s.focused()
        out["dialog_focus"] = s.describe(focus) if focus is not None else None
        for obj in s.objects(dialog):
            if obj.getRoleName() in ("check box", "radio button"):
                boxes.append(
                    {
                        "name": obj.name,
                        "description": obj.description,
                        "checked": obj.getState().contains(s.at.STATE_CHECKED),
                    }
                )
        out["boxes_before"] = boxes
        # Tab to the first group not taken (one that clashes with nothing, its
        # description does not end in "Clash", when there is one) and tick it
        free = [b for b in boxes if not b["checked"] and not b["description"].endswith("Clash")]
        wanted = (free or [b for b in boxes if not b["checked"]] or [None])[0]
        out["tab_stops"] = []
        for _ in range(len(boxes) + 3):
            focus = s.focused()
            if focus is None or wanted is None:
                break
            out["tab_stops"].append(focus.name)
            if focus.getRoleName() == "check box" and focus.name == wanted["name"]:
                s.key("space")
                out["ticked"] = focus.name
                out["ticked_state"] = focus.getState().contains(s.at.STATE_CHECKED)
                break
            s.key("Tab")
        out["boxes_after"] = [
            {"name": o.name, "checked": o.getState().contains(s.at.STATE_CHECKED)}
            for o in s.objects(dialog)
            if o.getRoleName() == "check box"
        ]
        s.key("Return")
        s.wait_until(lambda: s.find("dialog", timeout=0) is None, 10)
        out["groups_question"] = answer_anyway(s, "Choose anyway")
    out["dialog_closed"] = s.find("dialog", timeout=0) is None
    s.window_manager()
    plan_table = s.find("table", name=out["plan_focus"]["name"], timeout=3)
    rows = s.table_rows(plan_table, 300) if plan_table is not None else []
    out["plan_rows_with_code"] = [r for r in rows if code_of(r[p_code]) == code]
    return out


def journey_accept(s: Session, reason: str) -> dict:
    out: dict = {}
    s.key("4", "Control")
    findings = s.focused()
    out["focus"] = s.describe(findings) if findings is not None else None
    before = s.table_rows(findings) if findings is not None else []
    out["before"] = before
    out["row"] = move_to_row(s, findings, lambda r: "Open" in r) if findings else None
    s.key("a", "Control", "Shift")
    dialog = s.find("dialog", timeout=10)
    out["dialog"] = dialog.name if dialog is not None else None
    if dialog is None:
        return out
    focus = s.focused()
    out["dialog_focus"] = s.describe(focus) if focus is not None else None
    s.type(reason)
    s.key("Tab")
    focus = s.focused()
    out["after_tab"] = s.describe(focus) if focus is not None else None
    s.key("Return")
    s.wait_until(lambda: s.find("dialog", timeout=0) is None, 10)
    out["dialog_closed"] = s.find("dialog", timeout=0) is None
    s.window_manager()
    pause(1.5)
    findings = s.find("table", name=out["focus"]["name"], timeout=5) if out["focus"] else None
    out["after"] = s.table_rows(findings) if findings is not None else []
    return out


def main() -> int:
    out_path, command = sys.argv[1], sys.argv[2:]
    steps = json.loads(os.environ.get("A11Y_STEPS", '["tree"]'))
    xvfb = start_display()
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pause(1.0)
    env = {
        **os.environ,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "NO_AT_BRIDGE": "0",
    }
    with open(out_path + ".app.log", "w") as log:
        app = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    result: dict = {}
    try:
        import pyatspi

        s = Session(pyatspi, "schoolaas")
        heard: list[str] = []
        result["announcements"] = heard

        def on_announcement(event) -> None:
            text = event.any_data if isinstance(event.any_data, str) else ""
            heard.append(text or str(event.any_data))

        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        s.find_app()
        frame = s.find("frame", timeout=60)
        result["frame"] = frame.name if frame else None
        # loaded: the status bar no longer says the database is opening
        s.wait_until(
            lambda: (
                s.find("status bar", timeout=0) is not None
                and "…" not in s.find("status bar", timeout=0).name
            ),
            90,
        )
        pause(1.0)
        # No window manager: X gives the keyboard to the window under the
        # pointer, so the pointer rests on the window's status bar.
        s.window_manager()
        # The first start of an offline copy asks who uses it: a counsellor.
        welcome = s.find("alert", timeout=4)
        if welcome is not None:
            result["welcome"] = welcome.name
            s.key("c", "Alt")
            s.wait_until(lambda: s.find("alert", timeout=0) is None, 10)
            s.window_manager()
        for step in steps:
            name, _, arg = step.partition(":")
            try:
                if name == "tree":
                    result["tree"] = walk_tree(s)
                elif name == "window":
                    result[f"window:{arg}"] = open_window(s, arg)
                elif name == "timetable":
                    result["timetable"] = journey_timetable(s)
                elif name == "bars":
                    result["bars"] = credit_bars(s)
                elif name == "student":
                    result["student"] = journey_student(s, arg)
                elif name == "audit":
                    result["audit"] = journey_audit(s)
                elif name == "aalto":
                    result["aalto"] = journey_aalto(s, arg)
                elif name == "accept":
                    result["accept"] = journey_accept(s, arg)
                elif name in ("blocks", "view"):  # tests/a11y/walker_views.py
                    import walker_views

                    if name == "blocks":
                        result["blocks"] = walker_views.blocks(s)
                    else:
                        result[f"view:{arg}"] = walker_views.view(s, arg)
            except Exception:
                result.setdefault("errors", {})[name] = traceback.format_exc()
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
        xvfb.terminate()
        with open(out_path, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
