"""The demo's three-year study programme (LOPS 2021) and its course list.

A course of the tray covers one or two LOPS modules (1-op modules travel in
pairs: ÄI2+ÄI3). PROGRAMME lists, for study year 1-3 and period 1-5, the
courses a long-maths (MAA) student takes; MAB_SWAP gives the short-maths
version. Together: all compulsory modules and 48 op of national electives,
150 op in total."""

from __future__ import annotations

from schoolaas.domain.curriculum import Curriculum, Module

# course code -> the modules it covers (single-module courses are omitted)
COMBINED: dict[str, tuple[str, ...]] = {
    "ÄI2": ("ÄI2", "ÄI3"),
    "ÄI6": ("ÄI6", "ÄI7"),
    "BI2": ("BI2", "BI3"),
    "FY1": ("FY1", "FY2"),
    "KE1": ("KE1", "KE2"),
    "MAB6": ("MAB6", "MAB7"),
}

PROGRAMME: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("ÄI1", "MAY1", "ENA1", "RUB11", "BI1", "OP1", "LI1"),
    (1, 2): ("ÄI2", "MAA2", "ENA2", "GE1", "UE1", "HI1"),
    (1, 3): ("MAA3", "RUB12", "FY1", "KE1", "MU1", "PS1"),
    (1, 4): ("ÄI4", "MAA4", "ENA3", "BI2", "FI1", "TE1"),
    (1, 5): ("MAA5", "RUB13", "HI2", "YH1", "KU1", "LI3"),
    (2, 1): ("ÄI5", "MAA6", "ENA4", "UE2", "FY3"),
    (2, 2): ("MAA7", "RUB14", "HI3", "LI2", "FY4"),
    (2, 3): ("ÄI6", "MAA8", "ENA5", "YH2", "KE3"),
    (2, 4): ("MAA9", "RUB15", "FI2", "MU2", "PS2", "MAA10"),
    (2, 5): ("ÄI8", "ENA6", "YH3", "BI4", "GE2", "TE2"),
    (3, 1): ("ÄI9", "ENA7", "MAA11", "HI4", "OP2", "UE3"),
    (3, 2): ("RUB16", "ENA8", "MAA12", "KE4", "PS3", "MU3"),
    (3, 3): ("ÄI10", "FY5", "BI5", "YH4"),
    (3, 4): (),
    (3, 5): (),
}

# short maths: the MAA course in the same slot becomes these courses
MAB_SWAP: dict[str, tuple[str, ...]] = {
    "MAA2": ("MAB2",),
    "MAA3": ("MAB3",),
    "MAA4": ("MAB4",),
    "MAA5": ("MAB5",),
    "MAA6": ("MAB6",),
    "MAA7": ("MAB8",),
    "MAA8": ("MAB9",),
    "MAA9": ("GE3",),
    "MAA10": ("PS4",),
    "MAA11": ("BI6",),
    "MAA12": ("KU3", "KE5"),
}

# Prerequisites of the maths chain (course code -> codes needed first).
PREREQUISITES: dict[str, tuple[str, ...]] = {
    "MAA3": ("MAA2",),
    "MAA4": ("MAA2",),
    "MAA5": ("MAA2",),
    "MAA6": ("MAA5",),
    "MAA7": ("MAA6",),
    "MAA8": ("MAA2",),
    "MAA10": ("MAA4",),
    "MAA12": ("MAA7",),
}


def modules_of(code: str) -> tuple[str, ...]:
    return COMBINED.get(code, (code,))


def programme(maths: str, year: int, period: int) -> tuple[str, ...]:
    courses = PROGRAMME[(year, period)]
    if maths != "MAB":
        return courses
    return tuple(c for code in courses for c in MAB_SWAP.get(code, (code,)))


def tray_courses(period: int) -> list[tuple[int, int, str]]:
    """(study year, position, course) of every course the tray offers in a
    period: the three study years, MAA and MAB versions. The position in the
    year's list decides the course's bars."""
    out: list[tuple[int, int, str]] = []
    for year in (1, 2, 3):
        seen: set[str] = set()
        for maths in ("MAA", "MAB"):
            for i, code in enumerate(programme(maths, year, period)):
                if code not in seen:
                    seen.add(code)
                    out.append((year, i, code))
    return out


def course_op(curriculum: Curriculum, code: str) -> float:
    return float(sum(_module(curriculum, m).op for m in modules_of(code)))


def course_names(curriculum: Curriculum, code: str) -> tuple[str, str]:
    mods = [_module(curriculum, m) for m in modules_of(code)]
    fi = " + ".join(m.name.get("fi", "") for m in mods)
    sv = " + ".join(m.name.get("sv", "") for m in mods)
    return fi, sv


def course_subject(curriculum: Curriculum, code: str) -> str:
    return str(_module(curriculum, modules_of(code)[0]).subject)


def _module(curriculum: Curriculum, code: str) -> Module:
    module = curriculum.module(code)
    if module is None:
        raise KeyError(f"demo programme names {code!r}, which is not in {curriculum.name}")
    return module
