"""Document wording of the printed study plan in Finnish, Swedish and English:
titles, column heads, periods, dates. Findings, their severity and their
acceptances are worded by wording/findings.py (shared with the app and the
command line)."""

from __future__ import annotations

from datetime import date

from schoolaas.wording.catalogue import LANGUAGES
from schoolaas.wording.findings import format_number

__all__ = ["LANGUAGES", "format_date", "format_number", "weekday", "word"]

_WORDS: dict[str, dict[str, str]] = {
    "title": {"fi": "Opintosuunnitelma", "sv": "Studieplan", "en": "Study plan"},
    "school": {"fi": "Koulu", "sv": "Skola", "en": "School"},
    "student": {"fi": "Opiskelija", "sv": "Studerande", "en": "Student"},
    "number": {"fi": "Opiskelijanumero", "sv": "Studerandenummer", "en": "Student number"},
    "group": {"fi": "Ryhmä", "sv": "Grupp", "en": "Group"},
    "start_year": {"fi": "Aloitusvuosi", "sv": "Startår", "en": "Start year"},
    "maths": {"fi": "Matematiikka", "sv": "Matematik", "en": "Mathematics"},
    "maths_MAA": {"fi": "pitkä (MAA)", "sv": "lång (MAA)", "en": "advanced (MAA)"},
    "maths_MAB": {"fi": "lyhyt (MAB)", "sv": "kort (MAB)", "en": "basic (MAB)"},
    "plan": {"fi": "Suunnitelma", "sv": "Plan", "en": "Plan"},
    "printed": {"fi": "Tulostettu", "sv": "Utskriven", "en": "Printed"},
    "page": {"fi": "Sivu {n}/{m}", "sv": "Sida {n} av {m}", "en": "Page {n} of {m}"},
    "courses": {"fi": "Kurssit jaksoittain", "sv": "Kurser per period", "en": "Courses by period"},
    "col_code": {"fi": "Koodi", "sv": "Kod", "en": "Code"},
    "col_name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "col_provider": {"fi": "Järjestäjä", "sv": "Anordnare", "en": "Provider"},
    "col_op": {"fi": "op", "sv": "sp", "en": "op"},
    "col_ects": {"fi": "ECTS", "sv": "ECTS", "en": "ECTS"},
    "col_status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "col_grade": {"fi": "Arvosana", "sv": "Vitsord", "en": "Grade"},
    "provider_school": {"fi": "Lukio", "sv": "Gymnasiet", "en": "School"},
    "provider_aalto": {
        "fi": "Aalto-yliopisto",
        "sv": "Aalto-universitetet",
        "en": "Aalto University",
    },
    "status_planned": {"fi": "suunniteltu", "sv": "planerad", "en": "planned"},
    "status_enrolled": {"fi": "ilmoittautunut", "sv": "anmäld", "en": "enrolled"},
    "status_completed": {"fi": "suoritettu", "sv": "avklarad", "en": "completed"},
    "status_failed": {"fi": "hylätty", "sv": "underkänd", "en": "failed"},
    "period_school": {
        "fi": "{year}, {n}. jakso",
        "sv": "{year}, period {n}",
        "en": "{year}, period {n}",
    },
    "period_aalto": {
        "fi": "{year}, Aallon periodi {roman}",
        "sv": "{year}, Aaltos period {roman}",
        "en": "{year}, Aalto period {roman}",
    },
    "period_none": {"fi": "Muut opinnot", "sv": "Övriga studier", "en": "Other studies"},
    "subtotal": {"fi": "Jakso yhteensä", "sv": "Perioden totalt", "en": "Period total"},
    "credits": {"fi": "Opintopisteet", "sv": "Studiepoäng", "en": "Credits"},
    "col_target": {"fi": "Tavoite", "sv": "Mål", "en": "Required"},
    "col_done": {"fi": "Suoritettu", "sv": "Avklarat", "en": "Completed"},
    "col_planned": {"fi": "Suunniteltu", "sv": "Planerat", "en": "Planned"},
    "col_state": {"fi": "Tilanne", "sv": "Läge", "en": "Status"},
    "credit_total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "credit_compulsory": {
        "fi": "Pakolliset opinnot",
        "sv": "Obligatoriska studier",
        "en": "Compulsory studies",
    },
    "credit_national": {
        "fi": "Valtakunnalliset valinnaiset",
        "sv": "Nationella valfria",
        "en": "National electives",
    },
    "credit_school": {
        "fi": "Koulukohtaiset valinnaiset",
        "sv": "Skolspecifika valfria",
        "en": "School-specific electives",
    },
    "credit_university": {
        "fi": "Korkeakouluopinnot",
        "sv": "Högskolestudier",
        "en": "University studies",
    },
    "credit_university_ects": {
        "fi": "Korkeakouluopinnot yliopiston laajuutena",
        "sv": "Högskolestudier i universitetets omfattning",
        "en": "University studies as credited by the university",
    },
    "ok": {"fi": "kunnossa", "sv": "uppfyllt", "en": "met"},
    "short": {"fi": "puuttuu {x}", "sv": "saknas {x}", "en": "{x} short"},
    "findings": {"fi": "Huomiot", "sv": "Anmärkningar", "en": "Findings"},
    "findings_open": {"fi": "Avoimet huomiot", "sv": "Öppna anmärkningar", "en": "Open findings"},
    "findings_accepted": {
        "fi": "Hyväksytyt poikkeamat",
        "sv": "Godkända avvikelser",
        "en": "Accepted exceptions",
    },
    "no_findings": {
        "fi": "Suunnitelmassa ei ole avoimia huomioita.",
        "sv": "Planen har inga öppna anmärkningar.",
        "en": "The plan has no open findings.",
    },
    "timetable": {"fi": "Viikkolukujärjestys", "sv": "Veckoschema", "en": "Week timetable"},
    "timetable_note": {
        "fi": "Kaikki jakson {start}–{end} viikoittaiset tapaamiset; "
        "luku kertoo, monellako viikolla aika toistuu.",
        "sv": "Alla veckovisa tillfällen {start}–{end}; "
        "siffran anger på hur många veckor tiden återkommer.",
        "en": "Every weekly meeting from {start} to {end}; "
        "the figure tells on how many weeks the time recurs.",
    },
    "timetable_empty": {
        "fi": "Jaksolla ei ole suunniteltuja tapaamisia.",
        "sv": "Perioden har inga planerade tillfällen.",
        "en": "No planned sessions in this period.",
    },
    "exam": {"fi": "Tentti", "sv": "Tentamen", "en": "Exam"},
    "weeks": {"fi": "{n} vk", "sv": "{n} v", "en": "{n} wk"},
    "signatures": {"fi": "Allekirjoitukset", "sv": "Underskrifter", "en": "Signatures"},
    "signatures_intro": {
        "fi": "Olemme käyneet tämän opintosuunnitelman läpi yhdessä.",
        "sv": "Vi har gått igenom denna studieplan tillsammans.",
        "en": "We have reviewed this study plan together.",
    },
    "sign_student": {"fi": "Opiskelija", "sv": "Studerande", "en": "Student"},
    "sign_guardian": {"fi": "Huoltaja", "sv": "Vårdnadshavare", "en": "Guardian"},
    "sign_counsellor": {
        "fi": "Opinto-ohjaaja",
        "sv": "Studiehandledare",
        "en": "Student counsellor",
    },
    "sign_date": {"fi": "Paikka ja päivämäärä", "sv": "Ort och datum", "en": "Place and date"},
}

WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def word(key: str, lang: str, **values: object) -> str:
    """One document string in ``lang`` (falls back to English)."""
    texts = _WORDS[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text


def weekday(index: int, lang: str) -> str:
    return WEEKDAYS.get(lang, WEEKDAYS["en"])[index]


def format_date(day: date, lang: str) -> str:
    """7.10.2026 in Finnish and Swedish, 7 Oct 2026 in English."""
    if lang == "en":
        return f"{day.day} {day.strftime('%b')} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"
