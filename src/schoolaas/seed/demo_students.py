"""Plans of the demo students: the programme put on the course tray (one
group per course, no bar twice), past years completed with grades, the demo
year enrolled (periods 1-2) or planned, later years planned by module; then
each student's Aalto courses and, for scenario students, their twist."""

from __future__ import annotations

import random
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from schoolaas.domain.curriculum import Curriculum
from schoolaas.domain.premises import TravelModel
from schoolaas.seed.demo_aalto import AaltoRealisation
from schoolaas.seed.demo_fit import Slot, Timetable, clashing_bars, match_bars
from schoolaas.seed.demo_premises import TRAY_YEARS, SchoolPeriod
from schoolaas.seed.demo_programme import course_op, modules_of, programme
from schoolaas.seed.demo_roster import Pick, Spec
from schoolaas.seed.demo_tray import CURRENT_YEAR, Tray, TrayGroup

SEED = 20260813
ENROLLED_BEFORE = date(2026, 12, 1)  # demo-year items starting earlier are enrolled
GRADES = ("4", "5", "6", "7", "8", "9", "10")
GRADE_WEIGHTS = (1, 3, 6, 10, 12, 9, 5)


def year_name(first: int) -> str:
    return f"{first}-{(first + 1) % 100:02d}"


@dataclass
class Context:
    curriculum: Curriculum
    tray: Tray
    aalto: dict[str, AaltoRealisation]
    periods: dict[str, SchoolPeriod]
    travel: TravelModel
    seats_taken: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # (school, period key) -> bar -> sessions of that bar
    bar_sessions: dict[tuple[str, str], dict[int, list[Slot]]] = field(default_factory=dict)
    by_key: dict[str, TrayGroup] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for g in self.tray.groups:
            self.by_key[g.offering_key] = g
            if g.period.year == CURRENT_YEAR:
                bars = self.bar_sessions.setdefault((g.school, g.period.key), {})
                bars.setdefault(g.bar, [(s[0], s[1], s[3]) for s in g.sessions])

    def tray_bar(self, offering_key: str) -> int | None:
        group = self.by_key.get(offering_key)
        return group.bar if group else None

    def school_period_at(self, school: str, day: date) -> SchoolPeriod | None:
        mine = sorted(
            (p for p in self.periods.values() if p.school == school), key=lambda p: p.dates.start
        )
        for p in mine:
            if day in p.dates:
                return p
        return next((p for p in mine if p.dates.start > day), None)


@dataclass
class BuiltPlan:
    spec: Spec
    items: list[dict[str, object]]
    dropped: list[str] = field(default_factory=list)


class PlanBuilder:
    def __init__(self, ctx: Context, spec: Spec) -> None:
        self.ctx = ctx
        self.spec = spec
        self.rng = random.Random(SEED + zlib.crc32(spec.number.encode()))
        self.items: list[dict[str, object]] = []
        self.timetable = Timetable(ctx.travel)
        self.dropped: list[str] = []
        self.period_op: dict[str, float] = defaultdict(float)

    # --- helpers ---------------------------------------------------------
    def period_key(self, study_year: int, period: int) -> str:
        return f"{self.spec.school}:{year_name(self.spec.start_year + study_year - 1)}/{period}"

    def status_for(self, year: str, period: int) -> str:
        if year < CURRENT_YEAR:
            return "completed"
        if year == CURRENT_YEAR and period <= 2:
            return "enrolled"
        return "planned"

    def grade(self, status: str) -> str | None:
        if status != "completed":
            return None
        return self.rng.choices(GRADES, GRADE_WEIGHTS)[0]

    def placements(self) -> dict[tuple[int, int], list[str]]:
        spec = self.spec
        out: dict[tuple[int, int], list[str]] = {}
        moved = set(spec.moves)
        for year in (1, 2, 3):
            for period in range(1, 6):
                courses = [spec.replace.get(c, c) for c in programme(spec.maths, year, period)]
                out[(year, period)] = [c for c in courses if c not in spec.drop and c not in moved]
        for code, where in spec.moves.items():
            out[where].append(code)
        return out

    # --- Aalto -----------------------------------------------------------
    def pick_sessions(self, real: AaltoRealisation, groups: tuple[str, ...]) -> list[Slot]:
        return [(s[0], s[1], s[3]) for g in groups for s in real.group(g).sessions]

    def fixed_groups(self, pick: Pick) -> tuple[str, ...]:
        real = self.ctx.aalto[pick.key]
        if pick.groups is not None:
            return pick.groups
        return tuple(g.key for g in real.groups if g.kind == "lecture")

    def forbidden_bars(self) -> dict[str, set[int]]:
        """Bars of each demo-year period that the fixed Aalto picks collide with."""
        sessions: list[Slot] = []
        for pick in self.spec.picks:
            sessions += self.pick_sessions(self.ctx.aalto[pick.key], self.fixed_groups(pick))
        out: dict[str, set[int]] = defaultdict(set)
        if not sessions:
            return out
        for (school, key), bars in self.ctx.bar_sessions.items():
            if school == self.spec.school:
                out[key] = clashing_bars(bars, sessions, self.ctx.travel)
        return out

    # --- school courses --------------------------------------------------
    def add_school(self, group: TrayGroup, status: str) -> None:
        self.items.append(
            {
                "offering": group.offering_key,
                "code": group.code,
                "provider": "school",
                "status": status,
                "grade": self.grade(status),
                "groups": [group.group_key],
                "period": group.period.key,
                "op": None,
                "ects": None,
                "note": "",
            }
        )
        if status == "completed" and group.code in self.spec.failed:
            self.items[-1].update(status="failed", grade="4", note="retake planned")
        self.period_op[group.period.key] += group.op
        if status not in ("completed", "failed"):
            self.timetable.add((s[0], s[1], s[3]) for s in group.sessions)

    def add_module(self, code: str, period_key: str) -> None:
        module = self.ctx.curriculum.module(code)
        op = module.op if module else 0.0
        self.items.append(
            {
                "offering": None,
                "code": code,
                "provider": "school",
                "status": "planned",
                "grade": None,
                "groups": [],
                "period": period_key,
                "op": op,
                "ects": None,
                "note": "",
            }
        )
        self.period_op[period_key] += op

    def groups_of(self, year: str, period: int, code: str) -> list[TrayGroup]:
        return self.ctx.tray.by_course.get((self.spec.school, year, period, code), [])

    def place_period(
        self, study_year: int, period: int, courses: list[str], forbidden: dict[str, set[int]]
    ) -> None:
        spec = self.spec
        year = year_name(spec.start_year + study_year - 1)
        key = self.period_key(study_year, period)
        if year not in TRAY_YEARS:
            for code in courses:
                for module in modules_of(code):
                    self.add_module(module, key)
            return
        status = self.status_for(year, period)
        extras = (
            [(c, b) for p, c, b in spec.extra_school if p == period] if year == CURRENT_YEAR else []
        )
        blocked = set(forbidden.get(key, set())) | {b for _, b in extras}
        forced = (
            {c: b for (p, c), b in spec.forced.items() if p == period}
            if year == CURRENT_YEAR
            else {}
        )
        options = {c: [g.bar for g in self.groups_of(year, period, c)] for c in courses}
        missing = [c for c, bars in options.items() if not bars]
        if missing:
            raise LookupError(f"demo tray lacks {missing} in {key}")
        todo = list(courses)
        while True:
            chosen = match_bars(todo, options, blocked if year == CURRENT_YEAR else set(), forced)
            if chosen is not None:
                break
            elective = next(
                (c for c in reversed(todo) if c not in forced and self.is_elective(c)), None
            )
            if elective is None:
                raise LookupError(f"demo: cannot place {todo} of {spec.number} in {key}")
            todo.remove(elective)
            self.dropped.append(elective)
        for code in todo:
            group = next(g for g in self.groups_of(year, period, code) if g.bar == chosen[code])
            self.add_school(group, status)
        for code, bar in extras:
            group = next(g for g in self.groups_of(year, period, code) if g.bar == bar)
            self.add_school(group, status)

    def is_elective(self, code: str) -> bool:
        mods = [self.ctx.curriculum.module(m) for m in modules_of(code)]
        return all(m is not None and not m.compulsory for m in mods)

    # --- Aalto items -------------------------------------------------------
    def add_aalto(
        self, real: AaltoRealisation, groups: tuple[str, ...], *, fitted: bool = False
    ) -> None:
        period = self.ctx.school_period_at(self.spec.school, real.start)
        status = "enrolled" if real.start < ENROLLED_BEFORE else "planned"
        ects = real.ects
        self.items.append(
            {
                "offering": real.key,
                "code": real.code,
                "provider": "aalto",
                "status": status,
                "grade": None,
                "groups": list(groups),
                "period": period.key if period else None,
                "op": None,
                "ects": None,
                "note": "",
            }
        )
        if period:
            self.period_op[period.key] += ects
        if fitted:
            self.ctx.seats_taken[real.key] += 1
        self.timetable.add(self.pick_sessions(real, groups))

    def fit_exercise(
        self, real: AaltoRealisation, base: tuple[str, ...], limit: float
    ) -> tuple[str, ...] | None:
        """``base`` plus the first exercise group that fits; None if none does."""
        exercises = [g.key for g in real.groups if g.kind == "exercise" and g.sessions]
        if not exercises:
            return base
        for key in exercises:
            if self.timetable.fits(self.pick_sessions(real, (key,)), max_week_hours=limit):
                return (*base, key)
        return None

    def add_picks(self) -> None:
        for pick in self.spec.picks:
            real = self.ctx.aalto[pick.key]
            groups = self.fixed_groups(pick)
            if pick.groups is None:
                groups = self.fit_exercise(real, groups, self.spec.week_hours_limit) or groups
            self.add_aalto(real, groups)

    def planned_codes(self) -> set[str]:
        codes = {str(i["code"]) for i in self.items}
        for i in self.items:
            if i["offering"] in self.ctx.aalto:
                codes.update(self.ctx.aalto[str(i["offering"])].overlaps_with)
        return codes

    def auto_aalto(self) -> None:
        candidates = sorted(
            (
                r
                for r in self.ctx.aalto.values()
                if not r.is_exam and date(2026, 8, 20) <= r.start <= date(2027, 5, 1)
            ),
            key=lambda r: r.key,
        )
        self.rng.shuffle(candidates)
        added = 0
        for real in candidates:
            if added >= self.spec.auto_aalto:
                return
            seats = real.seats
            if seats is not None and self.ctx.seats_taken[real.key] >= seats - 1:
                continue
            if real.code in self.planned_codes():
                continue
            period = self.ctx.school_period_at(self.spec.school, real.start)
            if period is None or self.period_op[period.key] + real.ects > 20:
                continue
            lectures = tuple(g.key for g in real.groups if g.kind == "lecture")
            if not lectures and not any(g.kind == "exercise" for g in real.groups):
                lectures = tuple(g.key for g in real.groups if g.kind == "other")[:1]
            if not self.timetable.fits(
                self.pick_sessions(real, lectures), max_week_hours=self.spec.week_hours_limit
            ):
                continue
            groups = self.fit_exercise(real, lectures, self.spec.week_hours_limit)
            if groups is None or not groups:
                continue
            self.add_aalto(real, groups, fitted=True)
            added += 1

    def completed_aalto(self) -> None:
        for code, ects, year, period, grade in self.spec.completed_aalto:
            self.items.append(
                {
                    "offering": None,
                    "code": code,
                    "provider": "aalto",
                    "status": "completed",
                    "grade": grade,
                    "groups": [],
                    "period": f"{self.spec.school}:{year}/{period}",
                    "op": ects,
                    "ects": ects,
                    "note": "Aalto course completed in " + year,
                }
            )

    # --- totals ------------------------------------------------------------
    def counted_total(self) -> float:
        seen: set[str] = set()
        total = 0.0
        for item in self.items:
            code = str(item["code"])
            if code in seen:
                continue
            seen.add(code)
            offering = item["offering"]
            if offering in self.ctx.aalto:
                real = self.ctx.aalto[str(offering)]
                seen.update(real.overlaps_with)
                total += real.ects
            elif item["op"] is not None:
                total += float(item["op"])  # type: ignore[arg-type]
            else:
                total += course_op(self.ctx.curriculum, code)
        return total

    def top_up(self) -> None:
        """Add national electives from the tray's later demo-year periods
        until the plan reaches the minimum total."""
        target = self.spec.min_total
        if target is None:
            return
        total = self.counted_total()
        taken = {m for i in self.items for m in modules_of(str(i["code"]))}
        wrong_maths = "MAB" if self.spec.maths == "MAA" else "MAA"
        for g in self.ctx.tray.groups:
            if total >= target:
                return
            period = g.period
            if (
                g.school != self.spec.school
                or period.year != CURRENT_YEAR
                or period.number < 3
                or g.code.startswith(wrong_maths)
                or not self.is_elective(g.code)
                or set(modules_of(g.code)) & taken
                or self.period_op[period.key] + g.op > 20
            ):
                continue
            if g.bar in {self.bar_of(i) for i in self.items if i["period"] == period.key}:
                continue
            sessions = [(s[0], s[1], s[3]) for s in g.sessions]
            if not self.timetable.fits(sessions, max_week_hours=self.spec.week_hours_limit):
                continue
            self.add_school(g, self.status_for(period.year, period.number))
            taken.update(modules_of(g.code))
            total += g.op
        if total < target:
            raise LookupError(f"demo: {self.spec.number} stays under {target} op")

    def bar_of(self, item: dict[str, object]) -> int | None:
        offering = item["offering"]
        return self.ctx.tray_bar(offering) if isinstance(offering, str) else None

    # --- the whole plan ------------------------------------------------------
    def build(self) -> BuiltPlan:
        forbidden = self.forbidden_bars()
        self.completed_aalto()
        for (study_year, period), courses in sorted(self.placements().items()):
            self.place_period(study_year, period, courses, forbidden)
        self.add_picks()
        self.auto_aalto()
        self.top_up()
        return BuiltPlan(self.spec, self.items, self.dropped)
