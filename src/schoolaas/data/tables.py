"""sqlmodel tables. Portable SQL only: the same code runs on SQLite and
PostgreSQL. Lists are JSON columns; times are naive Helsinki local time
(``sa_type=DateTime``: sqlmodel >= 0.0.50 otherwise maps ``datetime`` to a
UTC type that rejects naive values)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import JSON, Column, DateTime, Index, Integer, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def _json_list() -> object:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _version_column() -> Column[int]:
    """The row version of an edited table (plans, items, students,
    acceptances): SQLAlchemy's ``version_id_col`` compares it in every
    UPDATE and DELETE (``WHERE version = :loaded``) and raises one more, so
    two writers of one row cannot both win; the services also compare it
    with the version a window saw (services/errors.StaleEdit)."""
    return Column("version", Integer, nullable=False, server_default=text("1"))


class BuildingRow(SQLModel, table=True):
    __tablename__ = "building"
    code: str = Field(primary_key=True, max_length=20)
    name: str
    address: str = ""
    site: str = Field(index=True)  # travel-matrix site
    lat: float
    lon: float


class RoomRow(SQLModel, table=True):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("building", "code"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=60)  # "OK1-M1"
    building: str = Field(foreign_key="building.code", index=True)
    code: str = Field(max_length=40)
    capacity: int
    kind: str = "classroom"
    accessible: bool = True


class TravelRow(SQLModel, table=True):
    __tablename__ = "travel"
    site_a: str = Field(primary_key=True, max_length=40)
    site_b: str = Field(primary_key=True, max_length=40)
    minutes: int


class SchoolRow(SQLModel, table=True):
    __tablename__ = "school"
    code: str = Field(primary_key=True, max_length=20)  # "OTA", "TAP"
    name: str
    building: str = Field(foreign_key="building.code")
    curriculum: str = "LOPS2021"


class PeriodRow(SQLModel, table=True):
    __tablename__ = "period"
    key: str = Field(primary_key=True, max_length=40)  # "OTA:2026-27/2", "aalto:2026-27/II"
    provider: str
    school: str | None = Field(default=None, index=True)
    year: str = Field(index=True)
    number: int
    start: date
    end: date
    exam_start: date | None = None
    exam_end: date | None = None


class SchoolYearRow(SQLModel, table=True):
    """A school's academic year ("2026-27"): its first and last day.
    The school's periods lie inside it (services/setup)."""

    __tablename__ = "school_year"
    school: str = Field(primary_key=True, foreign_key="school.code", max_length=20)
    year: str = Field(primary_key=True, max_length=10)
    start: date
    end: date


class HolidayRow(SQLModel, table=True):
    """Days without lessons at one school: a named range (autumn break,
    Christmas, winter break, Easter) or a single day. ``kind`` is
    "holiday" or "no-teaching" (a school day without lessons)."""

    __tablename__ = "holiday"
    __table_args__ = (UniqueConstraint("school", "start", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    school: str = Field(foreign_key="school.code", index=True, max_length=20)
    name: str = Field(max_length=80)
    kind: str = Field(default="holiday", max_length=20)
    start: date
    end: date


class LessonPatternRow(SQLModel, table=True):
    """A weekly lesson time of a school group (weekday 0 = Monday) between
    two dates; its dated lessons are expanded on the school's calendar
    (no lesson on a holiday or in the exam week) and expanded again when
    the calendar changes."""

    __tablename__ = "lesson_pattern"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="study_group.id", index=True)
    weekday: int
    start: time
    end: time
    first: date
    last: date
    room: str | None = Field(default=None, max_length=60)
    building: str | None = Field(default=None, max_length=20)


class MatriculationDayRow(SQLModel, table=True):
    __tablename__ = "matriculation_day"
    day: date = Field(primary_key=True)
    subject: str = Field(primary_key=True, max_length=20)  # "MA", "AI", "EN", ...


class ModuleRow(SQLModel, table=True):
    __tablename__ = "module"
    curriculum: str = Field(primary_key=True, max_length=20)
    code: str = Field(primary_key=True, max_length=20)
    subject: str
    syllabus: str = ""
    name_fi: str = ""
    name_sv: str = ""
    op: float
    compulsory: bool


class LocalCourseRow(SQLModel, table=True):
    """A school's own course in its local curriculum (migration 0006): a
    school-specific elective, never compulsory nor a national elective.
    ``op`` is None while the school has not set its credits (incomplete);
    ``wraps`` names the Aalto course it is in fact (its credits count once)."""

    __tablename__ = "local_course"
    school: str = Field(primary_key=True, foreign_key="school.code", max_length=20)
    code: str = Field(primary_key=True, max_length=60)
    subject: str = Field(default="", max_length=20)
    name_fi: str = ""
    name_sv: str = ""
    op: float | None = None
    wraps: str | None = Field(default=None, max_length=60)


class OfferingRow(SQLModel, table=True):
    __tablename__ = "offering"
    key: str = Field(primary_key=True, max_length=120)
    provider: str = Field(index=True)  # "school" | "aalto"
    code: str = Field(index=True, max_length=60)
    name_fi: str = ""
    name_sv: str = ""
    name_en: str = ""
    op: float
    start: date
    end: date
    subject: str = ""
    modules: list[str] = _json_list()  # type: ignore[assignment]
    ects: float | None = None
    ects_min: float | None = None
    realisation_type: str = ""
    school: str | None = Field(default=None, index=True)
    period: str | None = Field(default=None, index=True)
    bar: int | None = None
    prerequisites: list[str] = _json_list()  # type: ignore[assignment]
    overlaps_with: list[str] = _json_list()  # type: ignore[assignment]
    seats: int | None = None
    languages: list[str] = _json_list()  # type: ignore[assignment]
    teachers: list[str] = _json_list()  # type: ignore[assignment]
    generated_sessions: bool = False
    source: str = ""  # "aalto-api", "tray-csv", "demo", ...
    source_hash: str = ""  # of the source record, to tell a changed re-import


class GroupRow(SQLModel, table=True):
    __tablename__ = "study_group"
    __table_args__ = (UniqueConstraint("offering", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    offering: str = Field(foreign_key="offering.key", index=True)
    key: str = Field(max_length=60)
    name: str = ""
    kind: str = "lecture"
    capacity: int | None = None


class SessionRow(SQLModel, table=True):
    __tablename__ = "session"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="study_group.id", index=True)
    start: datetime = Field(index=True, sa_type=DateTime)
    end: datetime = Field(sa_type=DateTime)
    room: str | None = None  # room key
    building: str | None = None
    kind: str = "teaching"
    uid: str | None = Field(default=None, max_length=200)  # iCalendar UID when imported


_STUDENT_VERSION = _version_column()
_PLAN_VERSION = _version_column()
_ITEM_VERSION = _version_column()
_ACCEPTANCE_VERSION = _version_column()


class StudentRow(SQLModel, table=True):
    __tablename__ = "student"
    __mapper_args__ = {"version_id_col": _STUDENT_VERSION}
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=20)  # student number
    first_name: str
    last_name: str
    school: str = Field(foreign_key="school.code", index=True)
    group: str = ""  # class / home group, "24A"
    start_year: int
    maths: str = "MAA"
    mother_tongue: str = "AI1"
    b1_language: str = "TKRUB1"
    a_language: str = "VKENA1"
    worldview: str = "KT1"
    matriculation: list[str] = _json_list()  # type: ignore[assignment]
    # subject -> sitting ("2027-autumn", domain/matriculation.py) of the
    # subjects above whose sitting is set (migration 0006)
    matriculation_sittings: dict[str, str] = Field(
        default_factory=dict,
        sa_column=Column(JSON, nullable=False, server_default=text("'{}'")),
    )
    archived: bool = False
    updated_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    version: int = Field(default=1, sa_column=_STUDENT_VERSION)


class PlanRow(SQLModel, table=True):
    __tablename__ = "plan"
    __table_args__ = (
        UniqueConstraint("student_id", "name"),
        # One active plan per student, held by the database (migration 0002).
        Index(
            "uq_plan_one_active",
            "student_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )
    __mapper_args__ = {"version_id_col": _PLAN_VERSION}
    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", index=True)
    name: str = "Plan"
    active: bool = True  # the plan the counsellor treats as the student's plan
    updated_at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    version: int = Field(default=1, sa_column=_PLAN_VERSION)


class PlanItemRow(SQLModel, table=True):
    __tablename__ = "plan_item"
    # what planned_counts reads, in one index (migration 0008); PostgreSQL
    # has no btree order for JSON, so there the groups are carried, not keyed
    __table_args__ = (
        Index("ix_plan_item_counted", "offering", "status", "plan_id", "groups").ddl_if(
            dialect="sqlite"
        ),
        Index(
            "ix_plan_item_counted", "offering", "status", "plan_id", postgresql_include=["groups"]
        ).ddl_if(dialect="postgresql"),
    )
    __mapper_args__ = {"version_id_col": _ITEM_VERSION}
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    offering: str | None = Field(default=None, foreign_key="offering.key", index=True)
    code: str  # kept even without an offering (completed elsewhere)
    provider: str = "school"
    status: str = "planned"
    grade: str | None = None
    groups: list[str] = _json_list()  # type: ignore[assignment]
    period: str | None = None  # school period key it counts in
    op: float | None = None  # override of the offering's op
    ects: float | None = None
    note: str = ""
    version: int = Field(default=1, sa_column=_ITEM_VERSION)


class AcceptanceRow(SQLModel, table=True):
    __tablename__ = "acceptance"
    __table_args__ = (UniqueConstraint("plan_id", "finding_key"),)
    __mapper_args__ = {"version_id_col": _ACCEPTANCE_VERSION}
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    finding_key: str = Field(max_length=400)
    who: str
    at: datetime = Field(default_factory=datetime.now, sa_type=DateTime)
    why: str
    version: int = Field(default=1, sa_column=_ACCEPTANCE_VERSION)


class PersonRow(SQLModel, table=True):
    """A person who logs in to the shared PostgreSQL database with their own
    role (migration 0005): the role's name, its kind ("student",
    "counsellor", "admin") and, for a student, which student it is. The
    database's row-level security reads this table by ``session_user``;
    only an admin writes it (``schoolaas admin``). Unused on SQLite."""

    __tablename__ = "person"
    role_name: str = Field(primary_key=True, max_length=63)
    kind: str = Field(max_length=20)
    student_id: int | None = Field(
        default=None, foreign_key="student.id", unique=True, ondelete="CASCADE"
    )
    name: str = ""


class PersonSchoolRow(SQLModel, table=True):
    """A school a counsellor serves: they read and edit its students."""

    __tablename__ = "person_school"
    role_name: str = Field(
        primary_key=True, max_length=63, foreign_key="person.role_name", ondelete="CASCADE"
    )
    school: str = Field(primary_key=True, max_length=20, foreign_key="school.code")


class CreditOverrideRow(SQLModel, table=True):
    """Per-course ECTS -> op override (the per-school rate is a setting)."""

    __tablename__ = "credit_override"
    code: str = Field(primary_key=True, max_length=60)
    op: float


class SettingRow(SQLModel, table=True):
    """Shared settings stored with the data (conversion rate, buffers)."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True, max_length=80)
    value: str


class ChangeLogRow(SQLModel, table=True):
    """One change of a student's data (migration 0004): written by database
    triggers in the same transaction as the change, never by the program.
    ``before`` and ``after`` are the row as JSON text (None for an insert's
    before and a delete's after); ``who`` the database role (PostgreSQL) or
    the operating-system user (SQLite); ``client`` the copy of the program
    whose connection made it. Not tied to the student by a foreign key: an
    erased student's entries stay, their personal data replaced."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_student_id", "student_id", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=DateTime)
    who: str
    client: str = Field(default="", sa_column_kwargs={"server_default": ""})
    student_id: int | None = None
    plan_id: int | None = None
    tab: str = Field(max_length=40)
    row_id: int | None = None
    action: str = Field(max_length=10)
    before: str | None = Field(default=None, sa_type=Text)
    after: str | None = Field(default=None, sa_type=Text)
