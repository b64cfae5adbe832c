"""School setup: the school's world as data a counsellor edits.

Schools, school years, periods with exam weeks, holidays and no-teaching
days, buildings, rooms, the travel times between sites with the campus
walking speed, and the matriculation exam days. For each kind:

* ``schools(ws)`` / ``school_years`` / ``periods`` / ``holidays`` /
  ``buildings`` / ``rooms`` / ``travel`` / ``matriculation_days``: the
  records, in order;
* ``add_KIND(ws, record)``, ``change_KIND(ws, before, after)`` and
  ``remove_KIND(ws, key…)``: one unit of work each, returning a
  :class:`~schoolaas.services.views.Change` with ``snapshot["before"]`` and
  ``snapshot["after"]`` (for undo);
* the same for any record: :func:`records`, :func:`add`, :func:`change`,
  :func:`remove` (dispatching on the record's type, :class:`SetupKind`).

Calendar edits (a holiday, a period's dates or exam week) expand the school
groups' weekly lessons again in the same unit of work: no lesson on a
holiday, a no-teaching day or in the exam week. Removing a record still in
use (a room with lessons, a period with course groups or plan items, a
building with rooms) is refused with InvalidInput naming what uses it.

The school calendar file (docs/school-calendar.md) is read and written by
:mod:`schoolaas.services.setup.calendar_file`."""

from schoolaas.io.school_calendar_records import (
    Building,
    CalendarData,
    HolidayKind,
    HolidayRecord,
    MatriculationDayRecord,
    PeriodRecord,
    Room,
    SchoolRecord,
    SchoolYearRecord,
    TravelRecord,
    sitting_of,
)
from schoolaas.services.setup.api import (
    RECORD_TYPES,
    Record,
    SetupKind,
    add,
    add_building,
    add_holiday,
    add_matriculation_day,
    add_period,
    add_room,
    add_school,
    add_school_year,
    add_travel,
    buildings,
    change,
    change_building,
    change_holiday,
    change_matriculation_day,
    change_period,
    change_room,
    change_school,
    change_school_year,
    change_travel,
    holidays,
    kind_of,
    matriculation_days,
    parse_kind,
    periods,
    records,
    reexpand_lessons,
    remove,
    remove_building,
    remove_holiday,
    remove_matriculation_day,
    remove_period,
    remove_room,
    remove_school,
    remove_school_year,
    remove_travel,
    rooms,
    school_years,
    schools,
    set_walking_speed,
    travel,
    walking_speed,
)

__all__ = [
    "RECORD_TYPES",
    "Building",
    "CalendarData",
    "HolidayKind",
    "HolidayRecord",
    "MatriculationDayRecord",
    "PeriodRecord",
    "Record",
    "Room",
    "SchoolRecord",
    "SchoolYearRecord",
    "SetupKind",
    "TravelRecord",
    "add",
    "add_building",
    "add_holiday",
    "add_matriculation_day",
    "add_period",
    "add_room",
    "add_school",
    "add_school_year",
    "add_travel",
    "buildings",
    "change",
    "change_building",
    "change_holiday",
    "change_matriculation_day",
    "change_period",
    "change_room",
    "change_school",
    "change_school_year",
    "change_travel",
    "holidays",
    "kind_of",
    "matriculation_days",
    "parse_kind",
    "periods",
    "records",
    "reexpand_lessons",
    "remove",
    "remove_building",
    "remove_holiday",
    "remove_matriculation_day",
    "remove_period",
    "remove_room",
    "remove_school",
    "remove_school_year",
    "remove_travel",
    "rooms",
    "school_years",
    "schools",
    "set_walking_speed",
    "sitting_of",
    "travel",
    "walking_speed",
]
