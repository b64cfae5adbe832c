"""The national curriculum as data (LOPS 2021 today, LOPS 2016 as data too)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from schoolaas.domain.codes import local_form
from schoolaas.domain.model import MathSyllabus

ARTS = ("MU", "KU")  # music and visual arts: the arts rule counts them together


@dataclass(frozen=True, slots=True)
class Module:
    code: str  # "MAA2", "ÄI1"
    subject: str  # "MA", "AI", "VK"
    syllabus: str  # oppimäärä: "MAA", "AI1", "VKENA1"; "" where a subject has one
    name: Mapping[str, str]  # fi / sv
    op: float
    compulsory: bool  # False: national elective


@dataclass(frozen=True, slots=True)
class LocalCourse:
    """A school's own course (its local curriculum): always a
    school-specific elective, never compulsory nor a national elective."""

    school: str  # "OTA"
    code: str  # the school's code, "OTATEK1"
    subject: str = ""
    name: Mapping[str, str] = field(default_factory=dict)  # fi / sv
    op: float | None = None  # None: credits not set yet (incomplete)
    wraps: str | None = None  # the Aalto course it is in fact, "CS-A1111"

    @property
    def complete(self) -> bool:
        return self.op is not None


@dataclass(frozen=True, slots=True)
class Rules:
    """Graduation and workload rules; every number a setting."""

    total_op: float = 150
    compulsory_op: Mapping[MathSyllabus, float] = field(
        default_factory=lambda: {MathSyllabus.MAA: 102, MathSyllabus.MAB: 94}
    )
    national_elective_op: float = 20
    arts_op: float = 6  # MU + KU together
    arts_min_each: float = 2
    max_op_per_period: float = 24
    max_hours_per_week: float = 30
    ects_to_op: float = 1.0  # default conversion of university credits


@dataclass(frozen=True, slots=True)
class Choices:
    """A student's syllabus choices: which oppimäärä of each subject."""

    maths: MathSyllabus = MathSyllabus.MAA
    mother_tongue: str = "AI1"  # Finnish
    b1_language: str = "TKRUB1"  # Swedish B1
    a_language: str = "VKENA1"  # English A
    worldview: str = "KT1"  # Lutheran religion, or "ET"

    def syllabi(self) -> frozenset[str]:
        """Syllabus codes whose compulsory modules this student must take."""
        return frozenset(
            {
                self.maths.value,
                "MAY",
                self.mother_tongue,
                self.b1_language,
                self.a_language,
                self.worldview,
            }
        )


@dataclass(frozen=True)
class Requirement:
    """What a student with given choices must take, derived once per
    curriculum and choices: the compulsory modules and their op by subject
    (music and visual arts apart)."""

    modules: tuple[Module, ...]  # curriculum.required(choices)
    codes: frozenset[str]
    others: tuple[Module, ...]  # the required modules outside MU and KU
    by_subject: Mapping[str, float]  # subject -> compulsory op (outside MU, KU)
    has_arts: bool
    by_subject_rounded: Mapping[str, float]  # the same, rounded as the summary shows them
    by_subject_total: float  # sum of by_subject


@dataclass(frozen=True)
class Curriculum:
    """A national curriculum: its modules and the subjects with one syllabus."""

    name: str  # "LOPS2021"
    modules: Mapping[str, Module]
    # MAA module -> MAB module it counts as when a student switches syllabus
    maths_equivalence: Mapping[str, str] = field(default_factory=dict)
    # subjects where the student chooses among syllabi (AI, TKRU, VK, MA, KT/ET)
    chosen_subjects: frozenset[str] = frozenset({"AI", "TKRU", "TKFI", "VK", "MA", "KT", "ET"})
    # a school's curriculum on top of the national one: its local courses by code
    local: Mapping[str, LocalCourse] = field(default_factory=dict)
    requirements_kept: dict[Choices, Requirement] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )  # requirement() per choices, kept by this curriculum (its modules never change)

    def module(self, code: str) -> Module | None:
        return self.modules.get(code)

    def local_course(self, code: str) -> LocalCourse | None:
        """The local course of ``code`` as stored, or as the school may
        write it (zero-padded, with a group suffix: codes.local_form)."""
        if not self.local:
            return None
        return self.local.get(code) or self.local.get(local_form(code))

    def required(self, choices: Choices) -> tuple[Module, ...]:
        """Compulsory modules for a student with these choices (MU and KU
        modules included: the arts rule decides how many of them count)."""
        chosen = choices.syllabi()
        return tuple(m for m in self.modules.values() if m.compulsory and self._applies(m, chosen))

    def requirement(self, choices: Choices) -> Requirement:
        """What a student with ``choices`` must take (worked out once per
        choices and kept)."""
        found = self.requirements_kept.get(choices)
        if found is not None:
            return found
        modules = self.required(choices)
        others = tuple(m for m in modules if m.subject not in ARTS)
        by_subject: dict[str, float] = {}
        for m in others:
            by_subject[m.subject] = by_subject.get(m.subject, 0.0) + m.op
        ordered = dict(sorted(by_subject.items()))
        found = Requirement(
            modules=modules,
            codes=frozenset(m.code for m in modules),
            others=others,
            by_subject=ordered,
            has_arts=len(others) < len(modules),
            by_subject_rounded={s: round(r, 2) for s, r in ordered.items()},
            by_subject_total=sum(ordered.values()),
        )
        self.requirements_kept[choices] = found
        return found

    def _applies(self, m: Module, chosen: frozenset[str]) -> bool:
        """Whether a module of a subject with a choice of syllabi is on the
        student's chosen syllabus (ET has one syllabus, chosen as "ET")."""
        if m.subject not in self.chosen_subjects and m.syllabus not in {"MAA", "MAB", "MAY"}:
            return True
        return m.syllabus in chosen or (m.subject == "ET" and "ET" in chosen)
