"""The demo's students: who they are and what each one demonstrates.

Clean students follow the three-year programme and get Aalto courses that
fit their timetable. Each scenario student differs from the programme in
exactly the way one SCENARIOS.md situation needs."""

from __future__ import annotations

from dataclasses import dataclass, field

CS_A1111 = "aalto-CUR-205925-3121705"  # autumn lecture realisation (sample)
CS_A1113 = "aalto-CUR-206041-3121821"
MS_A0111 = "aalto-CUR-209198-3124630"
PHYS_A1111 = "aalto-CUR-209408-3124840"
SEAT_LIMITED = "demo-AYMS-A0001-2026-10-20"  # 3 seats open to upper secondary students
EXAM_IN_EXAM_WEEK = "demo-MS-A0011-exam-2026-11-24"
EXAM_ON_MATRICULATION_DAY = "demo-MS-A0111-exam-2027-03-24"
ONLINE_AI = "demo-CS-C1000-2027-01-11"
EVENING_CALCULUS = "demo-AYMS-A0111-2026-09-01"
EVENING_PROGRAMMING = "demo-AYCS-A1111-2026-09-07"
ONLINE_FINNISH = "aalto-CUR-207469-3123249"
DISCRETE_MATHS_PERIOD_I = "demo-MS-A0402-2026-09-01"

ROOM_SCENARIO = (
    "9 room capacity: one of 6 students planning HI06.1 (Tapiolan lukio, period "
    "TAP:2026-27/4, bar 8), whose seminar room TAPL-107 holds 4"
)
SMALL_ROOM_ELECTIVE = ((4, "HI6", 8),)  # (period, course, bar) of the demo year

ACCEPT_WHO = "Liisa Lehtonen (opinto-ohjaaja)"
ACCEPT_WHY = "lecture recorded; teacher agreed"


@dataclass(frozen=True)
class Pick:
    """An Aalto realisation a student plans: groups, or None = the lecture
    groups plus the first exercise group that fits the timetable."""

    key: str
    groups: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Spec:
    number: str
    first: str
    last: str
    school: str
    group: str
    start_year: int
    maths: str = "MAA"
    matriculation: tuple[str, ...] = ()
    scenario: str = ""  # "" = a clean student
    picks: tuple[Pick, ...] = ()
    auto_aalto: int = 0  # Aalto courses the builder fits in for a clean student
    forced: dict[tuple[int, str], int] = field(default_factory=dict)  # (period, course) -> bar
    extra_school: tuple[tuple[int, str, int], ...] = ()  # (period, course, bar), demo year
    moves: dict[str, tuple[int, int]] = field(default_factory=dict)  # course -> (year, period)
    replace: dict[str, str] = field(default_factory=dict)  # programme course -> course
    drop: frozenset[str] = frozenset()
    failed: frozenset[str] = frozenset()  # past courses failed (grade 4), retaken
    completed_aalto: tuple[tuple[str, float, str, int, str], ...] = ()
    # (code, ects, academic year, school period, grade)
    min_total: float | None = 150  # top up electives to this; None = leave as is
    week_hours_limit: float = 29
    accept_overlap: bool = False
    what_if: bool = False


_LATE_ELECTIVES = frozenset(
    {
        "ÄI9",
        "ENA7",
        "MAA11",
        "HI4",
        "UE3",
        "RUB16",
        "ENA8",
        "MAA12",
        "KE4",
        "PS3",
        "MU3",
        "ÄI10",
        "FY5",
        "BI5",
        "YH4",
    }
)
_MATR_A = ("AI", "EN", "MA", "FY")
_MATR_B = ("AI", "RU", "MA", "KE", "EN")
_MATR_C = ("AI", "EN", "YH", "MA")

ROSTER: tuple[Spec, ...] = (
    # --- Otaniemen lukio, started 2024 (final year) ---
    Spec(
        "OTA24001",
        "Aino",
        "Korhonen",
        "OTA",
        "24A",
        2024,
        matriculation=_MATR_A,
        auto_aalto=2,
        completed_aalto=(("MS-A0111", 5, "2025-26", 1, "4"),),
    ),
    Spec(
        "OTA24002",
        "Eetu",
        "Virtanen",
        "OTA",
        "24A",
        2024,
        matriculation=_MATR_B,
        scenario="8 exam clash: Aalto exam 24.11.2026 in the school's exam week and "
        "24.3.2027 on the matriculation mathematics day",
        picks=(Pick(EXAM_IN_EXAM_WEEK, ("ET01",)), Pick(EXAM_ON_MATRICULATION_DAY, ("ET03",))),
    ),
    Spec(
        "OTA24003",
        "Venla",
        "Mäkinen",
        "OTA",
        "24B",
        2024,
        matriculation=_MATR_A,
        scenario="10 final-year MAA student: 148 op planned, compulsory covered, 18 op "
        "national electives (total short by 2, national electives short by 2)",
        drop=_LATE_ELECTIVES,
        min_total=None,
        picks=(Pick(ONLINE_AI, ("V01",)),),
        completed_aalto=(
            ("CS-A1110", 5, "2025-26", 1, "4"),
            ("MS-A0111", 5, "2025-26", 1, "3"),
            ("PHYS-A1111", 5, "2025-26", 2, "3"),
            ("TU-A1100", 5, "2025-26", 2, "4"),
            ("ALC-7240", 3, "2025-26", 1, "5"),
        ),
    ),
    Spec(
        "OTA24004",
        "Onni",
        "Nieminen",
        "OTA",
        "24B",
        2024,
        matriculation=_MATR_C,
        scenario="13 workload: 27 op in period OTA:2026-27/1 and weeks over 30 h",
        extra_school=((1, "BI6", 4),),
        week_hours_limit=99,
        picks=(Pick(EVENING_CALCULUS), Pick(EVENING_PROGRAMMING), Pick(ONLINE_FINNISH, ("V01",))),
    ),
    Spec(
        "OTA24005",
        "Iida",
        "Hämäläinen",
        "OTA",
        "24A",
        2024,
        maths="MAB",
        matriculation=("AI", "EN", "MA", "BI"),
        scenario="4 campus walking: MS-A0111 lecture in Otakaari 1 ends 10.00, the next "
        "lesson at Maarintie 6 starts 10.00 (needs 8 min of walking)",
        picks=(Pick(MS_A0111),),
        forced={(1, "OP2"): 2},
    ),
    Spec(
        "OTA24006",
        "Leevi",
        "Laine",
        "OTA",
        "24B",
        2024,
        maths="MAB",
        matriculation=("AI", "RU", "MA", "HI"),
        auto_aalto=1,
    ),
    Spec(
        "OTA24007",
        "Ella",
        "Koskinen",
        "OTA",
        "24A",
        2024,
        matriculation=_MATR_A,
        scenario="9 seat limit: one of 4 students planning AYMS-A0001, which opened 3 seats",
        picks=(Pick(SEAT_LIMITED, ("L01", "H01")),),
    ),
    # --- Otaniemen lukio, started 2025 ---
    Spec(
        "OTA25001",
        "Elias",
        "Heikkinen",
        "OTA",
        "25A",
        2025,
        matriculation=("EN",),
        scenario="1 plain overlap: MAA07.2 in bar 3 (Tue 10.00-11.15) against CS-A1111 L01 "
        "(Tue 10.15-12.00, Otakaari 1 M1) every Tuesday 6.10.-17.11.2026",
        picks=(Pick(CS_A1111),),
        forced={(2, "MAA7"): 3},
    ),
    Spec(
        "OTA25002",
        "Helmi",
        "Järvinen",
        "OTA",
        "25A",
        2025,
        matriculation=("EN",),
        scenario="12 accepted overlap: scenario 1, accepted by the counsellor "
        "(lecture recorded; teacher agreed)",
        picks=(Pick(CS_A1111),),
        forced={(2, "MAA7"): 3},
        accept_overlap=True,
    ),
    Spec(
        "OTA25003",
        "Aaro",
        "Lehtonen",
        "OTA",
        "25B",
        2025,
        scenario="6 duplicate: MAA6 planned twice (MAA06 groups in bars 4 and 8)",
        forced={(1, "MAA6"): 4},
        extra_school=((1, "MAA6", 8),),
    ),
    Spec(
        "OTA25004",
        "Sofia",
        "Saarinen",
        "OTA",
        "25B",
        2025,
        maths="MAB",
        scenario="11 maths switch: completed MAA2 and MAA3, then moved to short maths (MAB); "
        "compulsory target 94 op",
        replace={"MAB2": "MAA2", "MAB3": "MAA3"},
    ),
    Spec("OTA25005", "Niilo", "Salminen", "OTA", "25A", 2025, auto_aalto=1, what_if=True),
    Spec("OTA25006", "Emma", "Turunen", "OTA", "25B", 2025, maths="MAB", auto_aalto=1),
    Spec(
        "OTA25007",
        "Lenni",
        "Rantanen",
        "OTA",
        "25A",
        2025,
        scenario="9 seat limit: one of 4 students planning AYMS-A0001, which opened 3 seats",
        picks=(Pick(SEAT_LIMITED, ("L01", "H01")),),
    ),
    Spec(
        "OTA25008",
        "Kasper",
        "Väisänen",
        "OTA",
        "25B",
        2025,
        scenario="7 prerequisite later: MAA7 planned in period 1 of year 2 (OTA:2026-27/1), "
        "its prerequisite MAA6 only in period 3 (OTA:2026-27/3)",
        moves={"MAA7": (2, 1), "MAA6": (2, 3)},
    ),
    Spec(
        "OTA25009",
        "Ronja",
        "Ojala",
        "OTA",
        "25A",
        2025,
        scenario="2 same weekday, disjoint dates (no finding): MS-A0402 lecture Thu "
        "10.15-12.00 ends 14.10.2026; ÄI06 in bar 3 meets Thu 10.00-11.15 only "
        "from 27.11.2026 (period 3)",
        picks=(Pick(DISCRETE_MATHS_PERIOD_I),),
        forced={(3, "ÄI6"): 3},
    ),
    # --- Otaniemen lukio, started 2026 ---
    Spec("OTA26001", "Lilja", "Lindqvist", "OTA", "26A", 2026, auto_aalto=1),
    Spec(
        "OTA26002",
        "Oliver",
        "Kinnunen",
        "OTA",
        "26A",
        2026,
        scenario="5 two of one bar: UE01 and KE05 both in bar 5 of period OTA:2026-27/2",
        forced={(2, "UE1"): 5},
        extra_school=((2, "KE5", 5),),
    ),
    Spec("OTA26003", "Pihla", "Karjalainen", "OTA", "26B", 2026, auto_aalto=1),
    Spec("OTA26004", "Veeti", "Ahonen", "OTA", "26B", 2026, maths="MAB"),
    Spec(
        "OTA26005",
        "Isla",
        "Mattila",
        "OTA",
        "26A",
        2026,
        scenario="9 seat limit: one of 4 students planning AYMS-A0001, which opened 3 seats",
        picks=(Pick(SEAT_LIMITED, ("L01", "H01")),),
    ),
    # --- Tapiolan lukio ---
    Spec(
        "TAP24001",
        "Nooa",
        "Hiltunen",
        "TAP",
        "24C",
        2024,
        matriculation=_MATR_B,
        scenario="6 duplicate: CS-A1111 and CS-A1113 both planned (Aalto marks them "
        "overlapping; only one counts)",
        picks=(Pick(CS_A1111), Pick(CS_A1113)),
    ),
    Spec(
        "TAP24002",
        "Kerttu",
        "Miettinen",
        "TAP",
        "24C",
        2024,
        matriculation=_MATR_C,
        auto_aalto=2,
        completed_aalto=(("CS-A1110", 5, "2025-26", 2, "5"),),
    ),
    Spec(
        "TAP24003",
        "Eino",
        "Heinonen",
        "TAP",
        "24D",
        2024,
        maths="MAB",
        matriculation=("AI", "EN", "MA", "PS"),
        auto_aalto=1,
    ),
    Spec("TAP24004", "Selma", "Pitkänen", "TAP", "24D", 2024, matriculation=_MATR_A, auto_aalto=2),
    Spec(
        "TAP25001",
        "Toivo",
        "Savolainen",
        "TAP",
        "25C",
        2025,
        matriculation=("EN",),
        scenario="3 travel: Tapiolan lukio lesson ends 12.15 on Fridays, CS-A1113 exercise "
        "XXA02 starts 12.15 at Konemiehentie 2 (needs 15 min, has 0)",
        picks=(Pick(CS_A1113, ("L01", "XXA02")),),
        forced={(1, "ENA4"): 5},
    ),
    Spec(
        "TAP25002",
        "Aada",
        "Räsänen",
        "TAP",
        "25C",
        2025,
        auto_aalto=1,
        failed=frozenset({"MAA4"}),
        extra_school=((3, "MAA4", 2),),
    ),
    Spec("TAP25003", "Oskari", "Lehto", "TAP", "25D", 2025, maths="MAB", auto_aalto=1),
    Spec(
        "TAP25004",
        "Minea",
        "Kokkonen",
        "TAP",
        "25D",
        2025,
        maths="MAB",
        scenario="9 seat limit: one of 4 students planning AYMS-A0001, which opened 3 seats",
        picks=(Pick(SEAT_LIMITED, ("L01", "H01")),),
    ),
    Spec("TAP26001", "Hugo", "Jokinen", "TAP", "26C", 2026, auto_aalto=1),
    Spec("TAP26002", "Enni", "Leinonen", "TAP", "26C", 2026, maths="MAB"),
    Spec("TAP26003", "Vilho", "Hirvonen", "TAP", "26D", 2026),
    # the history elective HI6 of period 4, planned by more students than its
    # seminar room holds (from all three year groups, as electives mix them)
    Spec(
        "TAP24005",
        "Aleksi",
        "Kettunen",
        "TAP",
        "24C",
        2024,
        matriculation=("AI", "EN", "MA", "HI"),
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
    Spec(
        "TAP24006",
        "Sara",
        "Hyvönen",
        "TAP",
        "24D",
        2024,
        maths="MAB",
        matriculation=("AI", "RU", "MA", "HI", "YH"),
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
    Spec(
        "TAP25005",
        "Daniel",
        "Koivisto",
        "TAP",
        "25C",
        2025,
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
    Spec(
        "TAP25006",
        "Siiri",
        "Heikkilä",
        "TAP",
        "25D",
        2025,
        maths="MAB",
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
    Spec(
        "TAP26004",
        "Luka",
        "Tuominen",
        "TAP",
        "26C",
        2026,
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
    Spec(
        "TAP26005",
        "Alma",
        "Peltonen",
        "TAP",
        "26D",
        2026,
        scenario=ROOM_SCENARIO,
        extra_school=SMALL_ROOM_ELECTIVE,
    ),
)
