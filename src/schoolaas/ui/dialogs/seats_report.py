"""What the seat allocation dialog shows and exports: a school's Allocation
(services/suggest/seats.py) as rows per course and per student, the reason
a wish got nothing in words, and the report as CSV (every cell through
io/csv_cells, so a spreadsheet runs no formula). Plain data: the dialog
fills its tables from it and the tests read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from schoolaas.domain.model import pick_text
from schoolaas.io.csv_cells import csv_text

if TYPE_CHECKING:
    from schoolaas.services.catalogue.load import Catalogue
    from schoolaas.services.suggest.seats import Allocation, Granted


def tr(text: str) -> str:
    return QCoreApplication.translate("SeatsReport", text)


def why_words(why: str, found: bool = True) -> str:
    """The service's reason code (seats._why_not) as a sentence part."""
    if not found:
        return tr("no allocation was found in the time allowed")
    words = {
        "clash": tr("no choice of the course fits the student's plan"),
        "no seats": tr("no seats are left for the school"),
        "seats": tr("the seats went to students ahead in the order"),
    }
    return words.get(why, why)


@dataclass(frozen=True)
class Pupil:
    """Who holds a plan: what the report needs of the student."""

    name: str
    number: str
    year: int  # year of upper secondary school in the school year planned (1 the first)


@dataclass(frozen=True)
class CourseLine:
    code: str
    name: str
    offering_key: str
    seats: int  # seats left for the school's students
    wishes: int  # the school's students whose plan holds it now
    assigned: int
    left_out: int  # of those holding it now, those who get nothing


@dataclass(frozen=True)
class StudentLine:
    plan_id: int
    name: str
    number: str
    year: int
    final_year: bool
    lottery: int
    wished: tuple[str, ...]
    got: tuple[str, ...]  # "CS-A1111 (L01, H01)", with a note when the plan's item changes
    not_got: tuple[str, ...]  # "CS-A1111: why"
    changes: int  # the plan's items that applying changes


@dataclass
class SeatsReport:
    allocation: Allocation
    pupils: dict[int, Pupil]  # plan id -> its student
    courses: list[CourseLine] = field(default_factory=list)
    students: list[StudentLine] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.allocation.status in ("OPTIMAL", "FEASIBLE")

    @property
    def changes(self) -> int:
        """Plan items that applying changes (moved to other groups or a
        realisation, or taken out)."""
        return sum(1 for g in self.allocation.wishes if g.changed and g.item_id)

    def csv(self) -> str:
        """One row per wish: who, what they hold now, what they get or why not."""
        header = (
            tr("Student"),
            tr("Number"),
            tr("Year"),
            tr("Final year"),
            tr("Lottery"),
            tr("Course"),
            tr("Now"),
            tr("Granted"),
            tr("Changes the plan"),
            tr("Why not"),
        )
        yes, no = tr("yes"), tr("no")
        rows = []
        for g in sorted(self.allocation.wishes, key=_order):
            pupil = self.pupils.get(g.plan_id)
            now = _choice(g.current, g.current_groups)
            granted = _choice(g.offering_key, g.group_keys)
            rows.append(
                (
                    g.student,
                    pupil.number if pupil else "",
                    pupil.year if pupil else "",
                    yes if g.final_year else no,
                    g.lottery,
                    g.code,
                    now,
                    granted,
                    yes if g.changed and g.item_id else no,
                    "" if g.offering_key else why_words(g.why, self.found),
                )
            )
        return csv_text(header, rows)


def _order(g: Granted) -> tuple[bool, int, str]:
    return (not g.final_year, g.lottery, g.code)


def _choice(key: str | None, groups: tuple[str, ...]) -> str:
    if not key:
        return ""
    return f"{key} ({', '.join(groups)})" if groups else key


def seats_report(
    allocation: Allocation, cat: Catalogue, pupils: dict[int, Pupil], language: str = "en"
) -> SeatsReport:
    """The allocation's rows per course (the limited realisations) and per
    student (final-year students first, then in the lottery's order)."""
    out = SeatsReport(allocation, pupils)
    found = out.found
    for c in allocation.courses:
        offering = cat.offerings.get(c.offering_key)
        left_out = sum(
            1 for g in allocation.wishes if g.current == c.offering_key and g.offering_key is None
        )
        out.courses.append(
            CourseLine(
                c.code,
                pick_text(offering.name, language) if offering is not None else "",
                c.offering_key,
                c.seats,
                c.wished,
                c.granted,
                left_out,
            )
        )
    by_plan: dict[int, list[Granted]] = {}
    for g in allocation.wishes:
        by_plan.setdefault(g.plan_id, []).append(g)
    for plan_id, wishes in sorted(by_plan.items(), key=lambda pair: _order(pair[1][0])):
        first = wishes[0]
        pupil = pupils.get(plan_id)
        got = []
        for g in wishes:
            if g.offering_key is None:
                continue
            text = f"{g.code} ({', '.join(g.group_keys)})" if g.group_keys else g.code
            if g.changed and g.item_id:
                text += " " + (
                    tr("— other groups")
                    if g.offering_key == g.current
                    else tr("— another realisation")
                )
            got.append(text)
        out.students.append(
            StudentLine(
                plan_id,
                first.student,
                pupil.number if pupil else "",
                pupil.year if pupil else 0,
                first.final_year,
                first.lottery,
                tuple(g.code for g in wishes),
                tuple(got),
                tuple(
                    f"{g.code}: {why_words(g.why, found)}" for g in wishes if g.offering_key is None
                ),
                sum(1 for g in wishes if g.changed and g.item_id),
            )
        )
    return out
