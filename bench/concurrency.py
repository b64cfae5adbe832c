"""Many counsellors editing the same plans at once on one PostgreSQL
database (issue 13): no lost update, no broken invariant.

CLIENTS threads, each its own Workspace (its own connections) logged in as
a real counsellor role (row-level security in force), make EDITS edits
each on a few overlapping plans: plan renames, item status changes, the
active plan switched, findings accepted and unaccepted. Every edit passes
what the client's view showed (``seen=``); one edit in STALE_EVERY uses a
view the client kept from earlier on purpose. Then, as the tables' owner:

- every edit landed or was refused with a conflict (StaleEdit; an unaccept
  of an acceptance already gone: NotFound), nothing else;
- the final state is the landed edits replayed: the renames of each plan
  form one chain from its first name to its name now, each used once; the
  status changes of each item alternate from its first status to its
  status now; the active-plan switches of each student form a path from
  the first active plan to the one now; the acceptances now are exactly
  those accepted and not unaccepted; and each row's version grew by
  exactly the landed edits that write it;
- one active plan per student.

    uv run python bench/concurrency.py                 # 20 clients x 1,000 edits
    uv run python bench/concurrency.py --clients 8 --edits 100 --db postgresql://...

Without --db a throw-away PostgreSQL server is started (bench/postgres.py,
needs root and Debian's postgresql). tests/data/test_concurrency.py runs
8 x 100 in the suite."""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "data"))
sys.path.insert(0, str(HERE))

from planner_fixtures import CS_KEY, EXAM_KEY, MAA6_KEY, build_tiny  # noqa: E402

from schoolaas.data.engine import make_engine  # noqa: E402
from schoolaas.services.errors import NotFound, StaleEdit  # noqa: E402
from schoolaas.services.people import sharing  # noqa: E402
from schoolaas.services.workspace import Workspace  # noqa: E402

PASSWORD = "bench-password-1"
KEY = "bench:finding"
PLANNED, ENROLLED = "planned", "enrolled"


@dataclass
class Landed:
    """The edits that landed, as the clients saw them."""

    renames: list[tuple[int, str, str]] = field(default_factory=list)  # plan, seen, new
    flips: list[tuple[int, str, str]] = field(default_factory=list)  # item, seen, new
    switches: list[tuple[int, int, int]] = field(default_factory=list)  # student, seen, new
    accepts: list[tuple[int, str]] = field(default_factory=list)  # plan, why
    unaccepts: list[tuple[int, str]] = field(default_factory=list)  # plan, why


@dataclass
class Outcome:
    clients: int
    edits: int
    seconds: float
    landed: Counter[str]
    refused: Counter[str]
    stale_sent: int
    stale_landed: int
    errors: list[str]
    problems: list[str]
    latencies_ms: list[float]

    def lines(self) -> list[str]:
        moment = self.refused["(of them at the same moment)"]
        total = sum(self.landed.values()) + sum(self.refused.values()) - moment
        lat = sorted(self.latencies_ms) or [0.0]
        return [
            f"{self.clients} clients x {self.edits} edits = {total} edits in "
            f"{self.seconds:.1f} s ({total / max(self.seconds, 1e-9):.0f} edits/s)",
            f"landed {sum(self.landed.values())} ({_counts(self.landed)}), refused as "
            f"conflicts {sum(self.refused.values()) - moment} ({_counts(self.refused)})",
            f"deliberately stale edits {self.stale_sent}, of which landed {self.stale_landed} "
            "(the row held what the old view showed)",
            f"edit latency ms: median {lat[len(lat) // 2]:.1f}, "
            f"95th {lat[len(lat) * 95 // 100]:.1f}, max {lat[-1]:.1f}",
            f"other errors: {len(self.errors)}; broken invariants: {len(self.problems)}",
        ]


def _counts(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


# --- the data ------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    url: str  # the owner's
    plans: dict[int, list[int]]  # student -> plans
    items: list[int]
    logins: list[str]


def prepare(url: str, logins: int, suffix: str) -> Setup:
    """The tiny database, each of its two students with three plans of the
    same three courses, sharing set up and counsellor logins of both schools."""
    tiny = build_tiny(url)
    ws = Workspace.open(url)
    try:
        plans: dict[int, list[int]] = {}
        for student, first in ((tiny.aino, tiny.aino_plan), (tiny.eero, tiny.eero_plan)):
            ids = [first]
            for name in ("B", "C"):
                created = ws.create_plan(student, name).created_id
                assert created is not None
                ids.append(created)
            plans[student] = ids
        have = {(i.plan_id, i.offering) for p in plans.values() for x in p for i in _rows(ws, x)}
        items: list[int] = []
        for ids in plans.values():
            for plan in ids:
                for key in (MAA6_KEY, CS_KEY, EXAM_KEY):
                    if (plan, key) not in have:
                        ws.add_item(plan, key)
                items += [i.id for i in _rows(ws, plan)]
    finally:
        ws.close()
    owner = make_engine(url)
    names = [f"bench_{k}_{suffix}" for k in range(logins)]
    try:
        sharing.init_sharing(owner)
        for name in names:
            sharing.add_counsellor(owner, name, PASSWORD, schools=["OTA", "TAP"])
    finally:
        owner.dispose()
    return Setup(url, plans, items, names)


@dataclass(frozen=True)
class _Row:
    id: int
    plan_id: int
    offering: str


def _rows(ws: Workspace, plan: int) -> list[_Row]:
    with ws.session() as s:
        found = s.execute(
            text("SELECT id, plan_id, offering FROM plan_item WHERE plan_id = :p ORDER BY id"),
            {"p": plan},
        ).all()
    return [_Row(r[0], r[1], r[2]) for r in found]


def drop_logins(server: str, logins: list[str]) -> None:
    engine = make_engine(server)
    with engine.begin() as conn:
        for role in logins:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    engine.dispose()


# --- one client ------------------------------------------------------------------------


class View:
    """What one client's window shows, read from the database."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def name(self, plan: int) -> str:
        return str(self._one("SELECT name FROM plan WHERE id = :x", plan))

    def active(self, student: int) -> int:
        return int(self._one("SELECT id FROM plan WHERE student_id = :x AND active", student))

    def acceptance(self, plan: int) -> tuple[str, ...]:
        with self.ws.session() as s:
            row = s.execute(
                text("SELECT who, why FROM acceptance WHERE plan_id = :p AND finding_key = :k"),
                {"p": plan, "k": KEY},
            ).first()
        return () if row is None else (str(row[0]), str(row[1]))

    def _one(self, sql: str, key: int) -> Any:
        with self.ws.session() as s:
            return s.execute(text(sql), {"x": key}).scalar_one()


def client(
    number: int,
    url: str,
    setup: Setup,
    edits: int,
    stale_every: int,
    landed: Landed,
    outcome: dict[str, Any],
    lock: threading.Lock,
    start: threading.Barrier,
) -> None:
    rnd = random.Random(number)
    ws = Workspace(url)
    view = View(ws)
    old: dict[tuple[str, int], Any] = {}  # an earlier view of each row, for stale edits
    mine = Landed()
    landed_n: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    errors: list[str] = []
    latencies: list[float] = []
    stale_sent = stale_landed = 0
    students = list(setup.plans)
    all_plans = [p for ids in setup.plans.values() for p in ids]
    start.wait()
    try:
        for n in range(edits):
            kind = rnd.choice(("rename", "flip", "flip", "switch", "accept"))
            stale = stale_every > 0 and rnd.randrange(stale_every) == 0
            began = time.perf_counter()
            try:
                if kind == "rename":
                    plan = rnd.choice(all_plans)
                    seen = _seen(old, ("name", plan), view.name(plan), stale)
                    new = f"c{number}-{n}"
                    ws.rename_plan(plan, new, seen=seen)
                    mine.renames.append((plan, seen, new))
                elif kind == "flip":
                    item = rnd.choice(setup.items)
                    seen = _seen(old, ("status", item), view_status(view, item), stale)
                    new = ENROLLED if seen == PLANNED else PLANNED
                    ws.set_status(item, new, seen=(seen, None))
                    mine.flips.append((item, seen, new))
                elif kind == "switch":
                    student = rnd.choice(students)
                    seen_id = _seen(old, ("active", student), view.active(student), stale)
                    target = rnd.choice([p for p in setup.plans[student] if p != seen_id])
                    ws.set_active_plan(target, seen=seen_id)
                    mine.switches.append((student, seen_id, target))
                else:
                    plan = rnd.choice(all_plans)
                    now = _seen(old, ("acc", plan), view.acceptance(plan), stale)
                    if now:
                        kind = "unaccept"
                        ws.unaccept_finding(plan, KEY, seen=now)
                        mine.unaccepts.append((plan, now[1]))
                    else:
                        why = f"c{number}-{n}"
                        ws.accept_finding(plan, KEY, f"client {number}", why, seen=())
                        mine.accepts.append((plan, why))
                landed_n[kind] += 1
                stale_landed += stale
            except StaleEdit as exc:
                refused[kind] += 1
                if "at the same moment" in str(exc):  # a deadlock or a version race
                    refused["(of them at the same moment)"] += 1
            except NotFound:
                if kind != "unaccept":  # an unaccept of an acceptance gone meanwhile
                    raise
                refused[kind] += 1
            except Exception as exc:  # anything else is a failure of the test
                errors.append(f"client {number} edit {n} ({kind}): {type(exc).__name__}: {exc}")
            latencies.append((time.perf_counter() - began) * 1000)
            stale_sent += stale
    finally:
        ws.close()
    with lock:
        for name in ("renames", "flips", "switches", "accepts", "unaccepts"):
            getattr(landed, name).extend(getattr(mine, name))
        outcome["landed"].update(landed_n)
        outcome["refused"].update(refused)
        outcome["errors"] += errors
        outcome["latencies"] += latencies
        outcome["stale_sent"] += stale_sent
        outcome["stale_landed"] += stale_landed


def view_status(view: View, item: int) -> str:
    with view.ws.session() as s:
        return str(
            s.execute(text("SELECT status FROM plan_item WHERE id = :x"), {"x": item}).scalar_one()
        )


def _seen(old: dict[tuple[str, int], Any], key: tuple[str, int], now: Any, stale: bool) -> Any:
    """The view the edit is based on: what the row holds now, or (a stale
    edit) what the client saw the time before; the view is kept for later."""
    before = old.get(key, now)
    old[key] = now
    return before if stale else now


# --- the run and its checks ---------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    names: dict[int, str]
    statuses: dict[int, str]
    active: dict[int, list[int]]
    acceptances: dict[int, str]
    plan_versions: dict[int, int]
    item_versions: dict[int, int]


def snapshot(url: str) -> Snapshot:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            plans = conn.execute(text("SELECT id, name, active, student_id, version FROM plan"))
            names, active, versions = {}, defaultdict(list), {}
            for pid, name, is_active, student, version in plans:
                names[pid] = name
                versions[pid] = version
                if is_active:
                    active[student].append(pid)
            items = conn.execute(text("SELECT id, status, version FROM plan_item")).all()
            accs = conn.execute(
                text("SELECT plan_id, why FROM acceptance WHERE finding_key = :k"), {"k": KEY}
            ).all()
    finally:
        engine.dispose()
    return Snapshot(
        names,
        {i: s for i, s, _ in items},
        dict(active),
        {p: w for p, w in accs},
        versions,
        {i: v for i, _, v in items},
    )


def check(setup: Setup, first: Snapshot, last: Snapshot, landed: Landed) -> list[str]:
    problems: list[str] = []
    for student in setup.plans:
        if len(last.active.get(student, [])) != 1:
            problems.append(f"student {student} has active plans {last.active.get(student)}")
    # renames: one chain per plan from the first name to the name now
    by_plan: dict[int, dict[str, str]] = defaultdict(dict)
    for plan, seen, new in landed.renames:
        if seen in by_plan[plan]:
            problems.append(f"plan {plan}: two landed renames from {seen!r} (a lost update)")
        by_plan[plan][seen] = new
    for plan in first.names:
        chain, name = dict(by_plan[plan]), first.names[plan]
        while name in chain:
            name = chain.pop(name)
        if name != last.names[plan] or chain:
            problems.append(
                f"plan {plan}: renames replayed give {name!r}, stored {last.names[plan]!r}"
            )
    # status changes: alternate from the first status
    flips: dict[int, Counter[str]] = defaultdict(Counter)
    for item, seen, _new in landed.flips:
        flips[item][seen] += 1
    for item, status in first.statuses.items():
        away, back = flips[item][status], sum(flips[item].values()) - flips[item][status]
        expect = status if away == back else (ENROLLED if status == PLANNED else PLANNED)
        if away - back not in (0, 1) or expect != last.statuses[item]:
            problems.append(
                f"item {item}: {away} changes from {status}, {back} back; stored "
                f"{last.statuses[item]}"
            )
        if last.item_versions[item] - first.item_versions[item] != away + back:
            problems.append(
                f"item {item}: version grew by "
                f"{last.item_versions[item] - first.item_versions[item]}, "
                f"{away + back} landed edits"
            )
    # active plan switches: a path from the first active plan to the one now
    degree: dict[int, Counter[int]] = defaultdict(Counter)
    touched: Counter[int] = Counter()
    for student, seen_id, target in landed.switches:
        degree[student][seen_id] += 1
        degree[student][target] -= 1
        touched[seen_id] += 1
        touched[target] += 1
    for student in setup.plans:
        start, end = first.active[student][0], last.active[student][0]
        want = {start: 1, end: -1} if start != end else {}
        got = {k: v for k, v in degree[student].items() if v}
        if got != want:
            problems.append(
                f"student {student}: active-plan switches do not lead from {start} to {end}"
            )
    # acceptances: those accepted and not unaccepted
    accepted: dict[int, list[str]] = defaultdict(list)
    for plan, why in landed.accepts:
        accepted[plan].append(why)
    removed: dict[int, list[str]] = defaultdict(list)
    for plan, why in landed.unaccepts:
        removed[plan].append(why)
    for plan in first.names:
        left = set(accepted[plan]) - set(removed[plan])
        now = {last.acceptances[plan]} if plan in last.acceptances else set()
        if not set(removed[plan]) <= set(accepted[plan]):
            problems.append(f"plan {plan}: unaccepted what was never accepted")
        if left != now or len(removed[plan]) != len(set(removed[plan])):
            problems.append(
                f"plan {plan}: acceptances replayed {sorted(left)}, stored {sorted(now)}"
            )
    # plan versions: renames and switches are the only writes of a plan row
    renamed = Counter(plan for plan, _, _ in landed.renames)
    for plan in first.names:
        grew = last.plan_versions[plan] - first.plan_versions[plan]
        if grew != renamed[plan] + touched[plan]:
            problems.append(
                f"plan {plan}: version grew by {grew}, landed writes "
                f"{renamed[plan] + touched[plan]}"
            )
    return problems


def run(server_url: str, clients: int, edits: int, stale_every: int = 5) -> Outcome:
    """Build a fresh schema on ``server_url``, run the clients, check."""
    from planner_fixtures import _pg_schema

    suffix = uuid.uuid4().hex[:8]
    schema = _pg_schema(server_url)
    url = next(schema)
    setup: Setup | None = None
    try:
        setup = prepare(url, min(clients, 4), suffix)
        first = snapshot(url)
        landed = Landed()
        outcome: dict[str, Any] = {
            "landed": Counter(),
            "refused": Counter(),
            "errors": [],
            "latencies": [],
            "stale_sent": 0,
            "stale_landed": 0,
        }
        lock = threading.Lock()
        barrier = threading.Barrier(clients)
        threads = [
            threading.Thread(
                target=client,
                args=(
                    n,
                    _login_url(url, setup.logins[n % len(setup.logins)]),
                    setup,
                    edits,
                    stale_every,
                    landed,
                    outcome,
                    lock,
                    barrier,
                ),
            )
            for n in range(clients)
        ]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - began
        last = snapshot(url)
        problems = check(setup, first, last, landed)
        return Outcome(
            clients,
            edits,
            seconds,
            outcome["landed"],
            outcome["refused"],
            outcome["stale_sent"],
            outcome["stale_landed"],
            outcome["errors"],
            problems,
            outcome["latencies"],
        )
    finally:
        schema.close()
        if setup is not None:
            drop_logins(server_url, setup.logins)


def _login_url(url: str, role: str) -> str:
    return make_url(url).set(username=role, password=PASSWORD).render_as_string(hide_password=False)


@contextmanager
def _server(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from postgres import server

    with server() as started:
        yield started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--stale-every", type=int, default=5)
    parser.add_argument(
        "--db",
        default=os.environ.get("SCHOOLAAS_TEST_PG_URL"),
        help="a PostgreSQL server URL (superuser); default: start one",
    )
    args = parser.parse_args(argv)
    with _server(args.db) as url:
        outcome = run(url, args.clients, args.edits, args.stale_every)
    for line in outcome.lines():
        print(line)
    for line in (outcome.errors + outcome.problems)[:20]:
        print("  " + line)
    return 1 if outcome.errors or outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
