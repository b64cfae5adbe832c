"""Document wording of the printed study plan in Finnish, Swedish and English.

The domain returns codes and numbers; this module turns them into the
sentences a student and a guardian read. Findings are worded clause by
clause: a clause whose figures the audit did not supply is left out, so a
finding always reads as a sentence even when only some numbers are known.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from datetime import date

LANGUAGES = ("fi", "sv", "en")

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
    "accepted_by": {
        "fi": "Hyväksynyt {who} {when}: {why}",
        "sv": "Godkänd av {who} {when}: {why}",
        "en": "Accepted by {who} on {when}: {why}",
    },
    "severity_error": {"fi": "Virhe", "sv": "Fel", "en": "Error"},
    "severity_warning": {"fi": "Varoitus", "sv": "Varning", "en": "Warning"},
    "severity_info": {"fi": "Tieto", "sv": "Info", "en": "Note"},
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

# Each finding code is a list of clauses; a clause is printed only when every
# figure it names is known and not empty. {items} and {dates} come from the
# finding itself; other figures of the audit (internal keys) are not printed.
_FINDINGS: dict[str, dict[str, Sequence[str]]] = {
    "overlap": {
        "fi": (
            "Päällekkäiset tapaamiset: {items}",
            "{count} kertaa ({dates})",
            "enintään {minutes} min kerrallaan",
            "tilat {room_a} / {room_b}",
        ),
        "sv": (
            "Överlappande tillfällen: {items}",
            "{count} gånger ({dates})",
            "högst {minutes} min per gång",
            "salar {room_a} / {room_b}",
        ),
        "en": (
            "Overlapping sessions: {items}",
            "{count} times ({dates})",
            "up to {minutes} min each",
            "rooms {room_a} / {room_b}",
        ),
    },
    "travel": {
        "fi": (
            "Siirtymäaika ei riitä: {items}",
            "tarvitaan {needed} min, aikaa {available} min",
            "{count} kertaa ({dates})",
        ),
        "sv": (
            "Förflyttningstiden räcker inte: {items}",
            "behövs {needed} min, finns {available} min",
            "{count} gånger ({dates})",
        ),
        "en": (
            "Not enough time to travel: {items}",
            "needs {needed} min, has {available} min",
            "{count} times ({dates})",
        ),
    },
    "room-capacity": {
        "fi": (
            "Tila on liian pieni: {items}",
            "tila {room}",
            "{planned} opiskelijaa, {capacity} paikkaa",
        ),
        "sv": (
            "Salen är för liten: {items}",
            "sal {room}",
            "{planned} studerande, {capacity} platser",
        ),
        "en": ("Room too small: {items}", "room {room}", "{planned} students, {capacity} seats"),
    },
    "seat-limit": {
        "fi": (
            "Lukiolaisten paikat eivät riitä: {items}",
            "{planned} suunnitellut, {seats} paikkaa",
        ),
        "sv": (
            "Platserna för gymnasiestuderande räcker inte: {items}",
            "{planned} planerade, {seats} platser",
        ),
        "en": (
            "Not enough seats for upper secondary students: {items}",
            "{planned} planned, {seats} seats",
        ),
    },
    "prerequisite-missing": {
        "fi": ("Esitieto puuttuu: {label}", "tarvitaan {prerequisite}"),
        "sv": ("Förkunskapskrav saknas: {label}", "kräver {prerequisite}"),
        "en": ("Prerequisite missing: {label}", "needs {prerequisite}"),
    },
    "prerequisite-later": {
        "fi": (
            "Esitieto on suunniteltu myöhemmäksi: {label}",
            "{period}",
            "esitieto {prerequisite_label}",
            "{prerequisite_period}",
        ),
        "sv": (
            "Förkunskapen är planerad senare: {label}",
            "{period}",
            "förkunskap {prerequisite_label}",
            "{prerequisite_period}",
        ),
        "en": (
            "Prerequisite planned later: {label}",
            "{period}",
            "prerequisite {prerequisite_label}",
            "{prerequisite_period}",
        ),
    },
    "same-bar": {
        "fi": ("Kaksi kurssia samassa palkissa: {items}", "palkki {bar}", "{period}"),
        "sv": ("Två kurser i samma block: {items}", "block {bar}", "{period}"),
        "en": ("Two courses of the same bar: {items}", "bar {bar}", "{period}"),
    },
    "duplicate": {
        "fi": ("Sama opinto kahdesti: {items}",),
        "sv": ("Samma studier två gånger: {items}",),
        "en": ("The same course twice: {items}",),
    },
    "exam-week": {
        "fi": ("Yliopiston tentti lukion koeviikolla: {items}", "{dates}"),
        "sv": ("Universitetstentamen under gymnasiets provvecka: {items}", "{dates}"),
        "en": ("University exam in the school's exam week: {items}", "{dates}"),
    },
    "matriculation": {
        "fi": ("Yliopiston tentti ylioppilaskoepäivänä: {items}", "{dates}", "koe {subject}"),
        "sv": (
            "Universitetstentamen på en studentexamensdag: {items}",
            "{dates}",
            "prov {subject}",
        ),
        "en": ("University exam on a matriculation exam day: {items}", "{dates}", "exam {subject}"),
    },
    "total-short": {
        "fi": ("Opintopisteitä liian vähän", "{planned} / {required} op", "puuttuu {short} op"),
        "sv": ("För få studiepoäng", "{planned} / {required} sp", "saknas {short} sp"),
        "en": ("Too few credits", "{planned} / {required} op", "{short} op short"),
    },
    "compulsory-short": {
        "fi": (
            "Pakollisia opintoja puuttuu",
            "{subject}",
            "{planned} / {required} op",
            "puuttuvat {missing}",
        ),
        "sv": (
            "Obligatoriska studier saknas",
            "{subject}",
            "{planned} / {required} sp",
            "saknas {missing}",
        ),
        "en": (
            "Compulsory studies missing",
            "{subject}",
            "{planned} / {required} op",
            "missing {missing}",
        ),
    },
    "national-electives-short": {
        "fi": (
            "Valtakunnallisia valinnaisia liian vähän",
            "{planned} / {required} op",
            "puuttuu {short} op",
        ),
        "sv": (
            "För få nationella valfria studier",
            "{planned} / {required} sp",
            "saknas {short} sp",
        ),
        "en": ("Too few national electives", "{planned} / {required} op", "{short} op short"),
    },
    "arts-short": {
        "fi": (
            "Musiikkia ja kuvataidetta liian vähän",
            "{planned} / {required} op",
            "MU {mu} op, KU {ku} op (kumpaakin vähintään {min_each})",
        ),
        "sv": (
            "För lite musik och bildkonst",
            "{planned} / {required} sp",
            "MU {mu} sp, KU {ku} sp (minst {min_each} av vardera)",
        ),
        "en": (
            "Too little music and visual arts",
            "{planned} / {required} op",
            "MU {mu} op, KU {ku} op (at least {min_each} each)",
        ),
    },
    "period-workload": {
        "fi": ("Jakson kuormitus on suuri", "{period}", "{op} op (enintään {limit})"),
        "sv": ("Hög arbetsbörda i perioden", "{period}", "{op} sp (högst {limit})"),
        "en": ("Heavy period", "{period}", "{op} op (limit {limit})"),
    },
    "week-hours": {
        "fi": ("Viikon tuntimäärä on suuri", "viikko {week}", "{hours} h (enintään {limit} h)"),
        "sv": ("Många timmar i veckan", "vecka {week}", "{hours} h (högst {limit} h)"),
        "en": ("Many hours in one week", "week {week}", "{hours} h (limit {limit} h)"),
    },
    "unknown-code": {
        "fi": ("Tuntematon kurssi: {items}",),
        "sv": ("Okänd kurs: {items}",),
        "en": ("Unknown course: {items}",),
    },
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


def format_number(value: float, lang: str) -> str:
    """15 or 2.5; Finnish and Swedish write the decimal comma."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def format_dates(days: Sequence[date], lang: str, limit: int = 8) -> str:
    """Short list of dates: "6.10., 13.10. … (+3)"."""
    shown = [
        f"{d.day}.{d.month}." if lang != "en" else f"{d.day} {d.strftime('%b')}"
        for d in days[:limit]
    ]
    text = ", ".join(shown)
    if len(days) > limit:
        text += f" (+{len(days) - limit})"
    return text


def finding_sentence(
    code: str,
    lang: str,
    numbers: Mapping[str, object],
    items: Sequence[str] = (),
    dates: Sequence[date] = (),
) -> str:
    """A finding in words: every clause whose figures are known, joined."""
    values: dict[str, str] = {}
    for key, value in numbers.items():
        if isinstance(value, bool):
            values[key] = str(value)
        elif isinstance(value, int | float):
            values[key] = format_number(value, lang)
        else:
            values[key] = str(value)
    if items:
        values["items"] = " – ".join(items)
        values.setdefault("label", items[0])
    if dates:
        values["dates"] = format_dates(dates, lang)
        values.setdefault("count", str(len(dates)))
    clauses = _FINDINGS.get(code, {}).get(lang) or _FINDINGS.get(code, {}).get("en")
    if not clauses:
        return _generic(code, values)
    parts = [c.format_map(values) for c in clauses if _known(c, values)]
    if not parts:
        return _generic(code, values)
    head, *rest = parts
    if not rest:
        return head
    return f"{head}, {', '.join(rest)}" if ":" in head else f"{head}: {', '.join(rest)}"


def _known(template: str, values: Mapping[str, str]) -> bool:
    return all(values.get(name) for name in _fields(template))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _generic(code: str, values: Mapping[str, str]) -> str:
    detail = ", ".join(f"{k} {v}" for k, v in values.items())
    return f"{code}: {detail}" if detail else code
