"""Document wording of the printed study plan: titles, column heads,
periods, weekdays and dates. The English texts below are the source texts of
their Finnish and Swedish translations in the .ts files (contexts
"StudyPlanReport..."); findings, their severity and acceptances are worded by
wording/findings.py (shared with the app and the command line)."""

from __future__ import annotations

from datetime import date

from schoolaas.wording.catalogue import LANGUAGES, catalogue
from schoolaas.wording.findings import format_number

__all__ = ["LANGUAGES", "format_date", "format_number", "weekday", "word"]

CONTEXT = "StudyPlanReport"

_WORDS: dict[str, str] = {
    "title": "Study plan",
    "school": "School",
    "student": "Student",
    "number": "Student number",
    "group": "Group",
    "start_year": "Start year",
    "maths": "Mathematics",
    "maths_MAA": "advanced (MAA)",
    "maths_MAB": "basic (MAB)",
    "plan": "Plan",
    "printed": "Printed",
    "page": "Page {n} of {m}",
    "courses": "Courses by period",
    "col_code": "Code",
    "col_name": "Name",
    "col_provider": "Provider",
    "col_op": "op",
    "col_ects": "ECTS",
    "col_status": "Status",
    "col_grade": "Grade",
    "provider_school": "School",
    "provider_aalto": "Aalto University",
    "status_planned": "planned",
    "status_enrolled": "enrolled",
    "status_completed": "completed",
    "status_failed": "failed",
    "period_school": "{year}, period {n}",
    "period_aalto": "{year}, Aalto period {roman}",
    "period_none": "Other studies",
    "subtotal": "Period total",
    "credits": "Credits",
    "col_target": "Required",
    "col_done": "Completed",
    "col_planned": "Planned",
    "col_state": "Status",
    "credit_total": "Total",
    "credit_compulsory": "Compulsory studies",
    "credit_national": "National electives",
    "credit_school": "School-specific electives",
    "credit_university": "University studies",
    "credit_university_ects": "University studies as credited by the university",
    "ok": "met",
    "short": "{x} short",
    "findings": "Findings",
    "findings_open": "Open findings",
    "findings_accepted": "Accepted exceptions",
    "no_findings": "The plan has no open findings.",
    "timetable": "Week timetable",
    "timetable_note": "Every weekly meeting from {start} to {end}; "
    "the figure tells on how many weeks the time recurs.",
    "timetable_empty": "No planned sessions in this period.",
    "exam": "Exam",
    "weeks": "{n} wk",
    "signatures": "Signatures",
    "signatures_intro": "We have reviewed this study plan together.",
    "sign_student": "Student",
    "sign_guardian": "Guardian",
    "sign_counsellor": "Student counsellor",
    "sign_date": "Place and date",
    "summary_title": "Study plan summary",
    "summary_date": "Date",
    "summary_aalto": "Aalto University courses",
    "summary_no_aalto": "No Aalto University courses in the plan.",
    "summary_period": "Period",
    "summary_more": "and {n} more",
    "summary_footer": "Prepared by the student on {date}, plan file {file}",
    # once under a table whose names the data lacks in the document's language:
    # names_USED_DOC (the per-row "(in Finnish)" of the app is left out)
    "names_fi_en": "Names of national modules are in Finnish: the national curriculum "
    "has no English names.",
    "names_sv_en": "Names without an English name in the data are in Swedish.",
    "names_en_fi": "Names without a Finnish name in the data are in English.",
    "names_sv_fi": "Names without a Finnish name in the data are in Swedish.",
    "names_en_sv": "Names without a Swedish name in the data are in English.",
    "names_fi_sv": "Names without a Swedish name in the data are in Finnish.",
}

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _context(key: str) -> str:
    """Words that read alike in English but not in Finnish or Swedish are
    told apart by their context ("School" the place, "School" the provider)."""
    if key.startswith("provider_"):
        return f"{CONTEXT}.provider"
    if key in ("col_target", "col_done", "col_planned", "col_state"):
        return f"{CONTEXT}.credits"
    return CONTEXT


def word(key: str, lang: str, **values: object) -> str:
    """One document string in ``lang`` (English when not translated)."""
    text = catalogue(lang).text(_context(key), _WORDS[key])
    return text.format(**values) if values else text


def names_note(used: str, lang: str) -> str:
    """The note under a table that names in ``used`` stand for the missing
    ``lang`` ones; "" for a pair without one."""
    key = f"names_{used}_{lang}"
    return word(key, lang) if key in _WORDS else ""


def weekday(index: int, lang: str) -> str:
    return catalogue(lang).text(f"{CONTEXT}.weekday", WEEKDAYS[index])


def format_date(day: date, lang: str) -> str:
    """7.10.2026 in Finnish and Swedish, 7 Oct 2026 in English."""
    if lang == "en":
        return f"{day.day} {day.strftime('%b')} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"
