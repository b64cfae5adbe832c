"""Session patterns of the demo's Aalto realisations, and the realisations
the demo makes up. Weekday 0 = Monday; slot 0..4 = 8.15, 10.15, 12.15,
14.15, 16.15 (two hours less a quarter)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# A made-up study group: key, type label and kind, set here by the demo (the
# real records' kinds come from the importer's parser, see demo_aalto.py).
Group = tuple[str, str, str]

# default exercise slots: evenings and afternoons first, spread over the week
SPREAD = tuple((n % 5, (4, 2, 3, 0, 1)[(n // 5) % 5]) for n in range(25))


@dataclass(frozen=True)
class Extra:
    key: str
    code: str
    name_en: str
    name_fi: str
    rtype: str
    start: date
    end: date
    ects: float
    groups: tuple[Group, ...]  # (key, type label, kind)
    languages: tuple[str, ...] = ("fi",)
    teachers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    lectures: tuple[tuple[int, int, str], ...] = ()  # weekday, slot, room key
    exercises: tuple[tuple[int, int], ...] = SPREAD
    exercise_rooms: tuple[str, ...] = ("OK1-U006",)
    seats: int | None = 15
    exam_day: date | None = None  # first exam; later ones 4 weeks apart
    extra: Extra | None = field(default=None)

    def exercise_slot(self, n: int) -> tuple[int, int]:
        return self.exercises[n % len(self.exercises)]


TEACHING = "teaching-participation-lectures"
CONTACT = "teaching-participation-contact"
BLENDED = "teaching-participation-blended"
ONLINE = "teaching-participation-online"
EXAM = "exam-exam"

SAMPLE_PATTERNS: dict[tuple[str, str], Pattern] = {
    ("CS-A1111", BLENDED): Pattern(
        lectures=((1, 1, "OK1-M1"),),  # Tue 10.15-12.00, hall M1 (SCENARIOS.md 1)
        exercise_rooms=("CS-C106", "CS-A106", "OK1-Y228", "OK1-U006"),
        seats=20,
    ),
    ("CS-A1111", TEACHING): Pattern(
        exercises=((0, 1), (2, 1)), exercise_rooms=("CS-A106",), seats=10
    ),
    ("CS-A1113", TEACHING): Pattern(
        lectures=((2, 3, "CS-T1"),),
        exercises=((3, 4), (4, 2), (0, 4)),
        exercise_rooms=("CS-C106",),
        seats=15,
    ),
    ("CS-A1110", BLENDED): Pattern(
        lectures=((0, 2, "OK1-U3"),),
        exercises=((3, 3),),
        exercise_rooms=("CS-C106",),
    ),
    ("MS-A0111", CONTACT): Pattern(
        lectures=((0, 0, "OK1-M1"), (2, 0, "OK1-M1")),
        exercise_rooms=("OK1-Y228", "OK1-Y229", "OK1-M232", "OK1-U006"),
    ),
    ("MS-A0111", EXAM): Pattern(seats=20),
    ("MS-A0011", CONTACT): Pattern(
        lectures=((1, 3, "OK1-U3"), (3, 3, "OK1-U3")),
        exercise_rooms=("OK1-M232", "OK1-Y229"),
        seats=12,
    ),
    ("MS-A0001", TEACHING): Pattern(
        lectures=((1, 2, "VARE-R001"),),
        exercise_rooms=("VARE-Q202",),
        seats=12,
    ),
    ("MS-A0409", EXAM): Pattern(seats=20),
    ("PHYS-A1111", CONTACT): Pattern(
        lectures=((0, 2, "TUAS-TU1"), (2, 2, "TUAS-TU1")),
        exercise_rooms=("TUAS-1017", "DF-Lab"),
        seats=12,
    ),
    ("CHEM-A1250", CONTACT): Pattern(
        lectures=((2, 1, "OK1-M2"),),
        exercise_rooms=("OK1-Y229",),
        seats=12,
    ),
    ("ELEC-A7100", TEACHING): Pattern(
        lectures=((0, 4, "TUAS-TU2"),),
        exercise_rooms=("CS-C106", "CS-A106"),
    ),
    ("TU-A1100", CONTACT): Pattern(
        lectures=((2, 0, "TUAS-TU1"),),
        exercise_rooms=("OK1-U006", "ECON-A1"),
    ),
    ("ALC-7240", ONLINE): Pattern(seats=10),
}

_L: tuple[Group, ...] = (("L01", "Lecture", "lecture"),)
_KT: tuple[Group, ...] = (("KT", "Exam", "exam"),)


def _h(n: int, prefix: str = "H") -> tuple[Group, ...]:
    return tuple((f"{prefix}{i:02d}", "Exercise", "exercise") for i in range(1, n + 1))


def _extra(
    code: str,
    name_en: str,
    name_fi: str,
    start: date,
    end: date,
    groups: tuple[Group, ...],
    *,
    rtype: str = CONTACT,
    ects: float = 5,
    tag: str = "",
    teachers: tuple[str, ...] = (),
    languages: tuple[str, ...] = ("fi",),
    **pattern: object,
) -> Pattern:
    key = f"demo-{code}-{tag or start.isoformat()}"
    extra = Extra(key, code, name_en, name_fi, rtype, start, end, ects, groups, languages, teachers)
    return Pattern(extra=extra, **pattern)  # type: ignore[arg-type]


EXTRA: tuple[Pattern, ...] = (
    _extra(
        "AYCS-A1111",
        "Open University: Basic Course in Programming Y1",
        "Avoin yliopisto: Ohjelmoinnin peruskurssi Y1",
        date(2026, 9, 7),
        date(2026, 12, 9),
        _L + _h(2, "XXH"),
        rtype=BLENDED,
        lectures=((0, 4, "VARE-R001"),),
        exercises=((2, 4), (3, 4)),
        exercise_rooms=("CS-C106",),
        teachers=("Kerttu Pollari-Malmi",),
    ),
    _extra(
        "AYMS-A0001",
        "Open University: Matrix Algebra",
        "Avoin yliopisto: Matriisilaskenta",
        date(2026, 10, 20),
        date(2026, 12, 10),
        _L + _h(1),
        rtype=TEACHING,
        lectures=((1, 4, "OK1-U3"),),
        exercises=((3, 4),),
        exercise_rooms=("OK1-M232",),
        seats=3,
        teachers=("Riikka Korte",),
    ),
    _extra(
        "AYMS-A0111",
        "Open University: Differential and Integral Calculus 1",
        "Avoin yliopisto: Differentiaali- ja integraalilaskenta 1",
        date(2026, 9, 1),
        date(2026, 10, 15),
        _L + _h(2),
        lectures=((1, 4, "OK1-M2"),),
        exercises=((3, 4), (0, 4)),
        exercise_rooms=("OK1-Y228",),
        teachers=("Milo Orlich",),
    ),
    _extra(
        "AYPHYS-A1111",
        "Open University: Mechanics",
        "Avoin yliopisto: Mekaniikka",
        date(2027, 1, 12),
        date(2027, 2, 25),
        _L + _h(2),
        lectures=((1, 4, "TUAS-TU2"),),
        exercises=((3, 4), (2, 4)),
        exercise_rooms=("TUAS-1017",),
        seats=12,
    ),
    _extra(
        "MS-A0211",
        "Differential and Integral Calculus 2, Lecture",
        "Differentiaali- ja integraalilaskenta 2, Luento-opetus",
        date(2026, 10, 19),
        date(2026, 12, 2),
        _L + _h(4) + _KT,
        lectures=((1, 0, "OK1-M1"), (3, 0, "OK1-M1")),
        exercise_rooms=("OK1-Y228", "OK1-Y229"),
        languages=("en",),
    ),
    _extra(
        "MS-A0311",
        "Differential and Integral Calculus 3, Lecture",
        "Differentiaali- ja integraalilaskenta 3, Luento-opetus",
        date(2027, 1, 11),
        date(2027, 2, 24),
        _L + _h(4) + _KT,
        lectures=((0, 1, "OK1-M1"), (2, 1, "OK1-M1")),
        exercise_rooms=("OK1-Y228",),
        languages=("en",),
    ),
    _extra(
        "MS-A0503",
        "First Course in Probability and Statistics",
        "Todennäköisyyslaskennan ja tilastotieteen peruskurssi",
        date(2027, 1, 12),
        date(2027, 4, 14),
        _L + _h(4) + _KT,
        lectures=((1, 2, "OK1-M2"),),
        exercise_rooms=("OK1-M232", "OK1-U006"),
    ),
    _extra(
        "MS-A0402",
        "Foundations of Discrete Mathematics, Lecture",
        "Diskreetin matematiikan perusteet, Luento-opetus",
        date(2026, 9, 1),
        date(2026, 10, 14),
        _L + _h(3) + _KT,
        lectures=((3, 1, "OK1-U3"),),
        exercise_rooms=("OK1-Y229",),
        languages=("en",),
    ),
    _extra(
        "CS-A1120",
        "Programming 2",
        "Ohjelmointi 2",
        date(2027, 1, 11),
        date(2027, 4, 12),
        _L + _h(4, "XXA"),
        rtype=BLENDED,
        lectures=((3, 2, "CS-T1"),),
        exercise_rooms=("CS-C106", "CS-A106"),
        teachers=("Juha Sorva",),
    ),
    _extra(
        "CS-A1150",
        "Databases",
        "Tietokannat",
        date(2027, 3, 1),
        date(2027, 4, 21),
        _L + _h(3) + _KT,
        lectures=((1, 3, "CS-T2"),),
        exercise_rooms=("CS-A106",),
        languages=("en",),
    ),
    _extra(
        "CS-A1140",
        "Data Structures and Algorithms",
        "Tietorakenteet ja algoritmit",
        date(2027, 1, 12),
        date(2027, 4, 13),
        _L + _h(3) + _KT,
        rtype=BLENDED,
        lectures=((4, 1, "CS-T1"),),
        exercise_rooms=("CS-C106",),
        languages=("en",),
    ),
    _extra(
        "CS-C1000",
        "Introduction to Artificial Intelligence",
        "Johdatus tekoälyyn",
        date(2027, 1, 11),
        date(2027, 6, 11),
        (("V01", "Online teaching", "other"),),
        rtype=ONLINE,
        ects=5,
        seats=30,
        languages=("en",),
    ),
    _extra(
        "PHYS-A1130",
        "Electricity and Magnetism",
        "Sähkömagnetismi",
        date(2027, 1, 12),
        date(2027, 2, 25),
        _L + _h(3) + _KT,
        lectures=((1, 1, "TUAS-TU1"), (3, 1, "TUAS-TU1")),
        exercise_rooms=("TUAS-1017",),
        seats=12,
    ),
    _extra(
        "ELEC-A4010",
        "Electronics Workshop",
        "Sähköpaja",
        date(2027, 3, 2),
        date(2027, 4, 20),
        _L + _h(4, "LAB"),
        lectures=((0, 3, "TUAS-TU2"),),
        exercise_rooms=("DF-Lab",),
        seats=10,
    ),
    _extra(
        "TU-A1210",
        "Basics of Operations Management",
        "Tuotannon ja toimintojen perusteet",
        date(2027, 3, 1),
        date(2027, 4, 19),
        _L + _h(3, "XXH"),
        lectures=((2, 3, "ECON-A1"),),
        exercise_rooms=("OK1-U006",),
    ),
    _extra(
        "ARK-A1001",
        "Introduction to Architecture",
        "Johdatus arkkitehtuuriin",
        date(2027, 4, 26),
        date(2027, 6, 10),
        _L + _h(2),
        lectures=((3, 3, "VARE-R001"),),
        exercise_rooms=("VARE-Q202",),
        seats=10,
    ),
    _extra(
        "CHEM-A1200",
        "Chemical Structure and Bonding",
        "Kemiallinen rakenne ja sitoutuminen",
        date(2027, 4, 26),
        date(2027, 6, 9),
        _L + _h(2) + _KT,
        lectures=((1, 2, "OK1-M2"),),
        exercise_rooms=("OK1-Y229",),
        seats=12,
    ),
    _extra(
        "31C00100",
        "Principles of Economics",
        "Kansantaloustieteen perusteet",
        date(2027, 3, 2),
        date(2027, 4, 22),
        _L + _h(2),
        lectures=((1, 4, "ECON-A1"),),
        exercises=((3, 4), (4, 2)),
        exercise_rooms=("ECON-A1",),
        languages=("en",),
    ),
    _extra(
        "MS-A0111",
        "Differential and Integral Calculus 1, Lecture (spring)",
        "Differentiaali- ja integraalilaskenta 1, Luento-opetus (kevät)",
        date(2027, 1, 11),
        date(2027, 2, 24),
        _L + _h(4) + _KT,
        tag="2027-III",
        lectures=((1, 0, "OK1-M2"), (3, 0, "OK1-M2")),
        exercise_rooms=("OK1-U006",),
    ),
    _extra(
        "CS-A1111",
        "Basic Course in Programming Y1, Lecture (spring)",
        "Ohjelmoinnin peruskurssi Y1, Luento-opetus (kevät)",
        date(2027, 1, 11),
        date(2027, 4, 14),
        _L + _h(6, "XXH"),
        rtype=BLENDED,
        tag="2027-III",
        lectures=((2, 1, "CS-T1"),),
        exercise_rooms=("CS-C106", "CS-A106"),
        seats=20,
    ),
    _extra(
        "MS-A0011",
        "Matrix Algebra, Exam",
        "Matriisilaskenta, Tentti",
        date(2026, 11, 24),
        date(2026, 11, 24),
        (("ET01", "Exam", "exam"),),
        rtype=EXAM,
        tag="exam-2026-11-24",
        seats=20,
    ),
    _extra(
        "MS-A0111",
        "Differential and Integral Calculus 1, Exam",
        "Differentiaali- ja integraalilaskenta 1, Tentti",
        date(2027, 3, 24),
        date(2027, 3, 24),
        (("ET03", "Exam", "exam"),),
        rtype=EXAM,
        tag="exam-2027-03-24",
        seats=20,
    ),
    _extra(
        "CS-A1111",
        "Basic Course in Programming Y1, Exam",
        "Ohjelmoinnin peruskurssi Y1, Tentti",
        date(2026, 12, 15),
        date(2026, 12, 15),
        (("ET01", "Exam", "exam"),),
        rtype=EXAM,
        tag="exam-2026-12-15",
        seats=20,
    ),
    _extra(
        "PHYS-A1111",
        "Mechanics, Exam",
        "Mekaniikka, Tentti",
        date(2027, 1, 12),
        date(2027, 1, 12),
        (("ET01", "Exam", "exam"),),
        rtype=EXAM,
        tag="exam-2027-01-12",
        seats=20,
    ),
    _extra(
        "MS-A0211",
        "Differential and Integral Calculus 2, Exam",
        "Differentiaali- ja integraalilaskenta 2, Tentti",
        date(2027, 2, 10),
        date(2027, 2, 10),
        (("ET01", "Exam", "exam"),),
        rtype=EXAM,
        tag="exam-2027-02-10",
        seats=20,
    ),
    _extra(
        "MS-A0001",
        "Matrix Algebra, Lecture (spring)",
        "Matriisilaskenta, Luento-opetus (kevät)",
        date(2027, 3, 1),
        date(2027, 4, 21),
        _L + _h(3) + _KT,
        rtype=TEACHING,
        tag="2027-IV",
        lectures=((0, 1, "OK1-U3"), (2, 1, "OK1-U3")),
        exercise_rooms=("OK1-M232",),
    ),
)
