"""Fixed facts the scale generator draws from: campus buildings, schools,
time slots, names. Plain data; the generator (scale.py) does the drawing.

The Otaniemi buildings are the real ones named in DOMAIN.md, with approximate
coordinates. The eleven schools of the ``espoo`` set are named after Espoo
districts and placed at district sites with plausible metro/bus minutes to
the campus: they model the city's size, not a list of its real schools.
"""

from __future__ import annotations

from datetime import date, time

# code, name, address, site, lat, lon
CAMPUS_BUILDINGS: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("OK1", "Undergraduate Centre", "Otakaari 1", "otaniemi", 60.18660, 24.82770),
    ("VARE", "Väre", "Otaniementie 14", "otaniemi", 60.18380, 24.82080),
    ("CSB", "Computer Science building", "Konemiehentie 2", "otaniemi", 60.18700, 24.82160),
    ("TUAS", "TUAS", "Maarintie 8", "otaniemi", 60.18690, 24.81870),
    ("DIP", "Dipoli", "Otakaari 24", "otaniemi", 60.18500, 24.83260),
    ("HHLC", "Harald Herlin Learning Centre", "Otaniementie 9", "otaniemi", 60.18460, 24.82720),
    ("ECON", "School of Business", "Ekonominaukio 1", "otaniemi", 60.18550, 24.82440),
    ("DF", "Design Factory", "Betonimiehentie 5", "otaniemi", 60.18250, 24.82330),
    ("OIH", "OIH", "Maarintie 6", "otaniemi", 60.18790, 24.81930),
)

# building -> (lecture halls with capacity, number of classrooms)
CAMPUS_ROOMS: dict[str, tuple[tuple[tuple[str, int], ...], int]] = {
    "OK1": ((("A", 400), ("B", 250), ("C", 250), ("E", 500), ("M1", 200), ("U1", 150)), 24),
    "VARE": ((("Q101", 180), ("R001", 120)), 10),
    "CSB": ((("T1", 180), ("T2", 100)), 10),
    "TUAS": ((("AS1", 160), ("AS2", 100)), 8),
    "DIP": ((("Kaleva", 300),), 4),
    "HHLC": ((), 8),
    "ECON": ((("A-Hall", 220), ("C-Hall", 120)), 10),
    "DF": ((), 4),
}

# code, name, site, minutes to the Otaniemi campus (OTA is on it: OIH)
SCHOOLS: tuple[tuple[str, str, str, int], ...] = (
    ("OTA", "Otaniemen lukio", "otaniemi", 0),
    ("TAP", "Tapiolan lukio", "tapiola", 15),
    ("ETA", "Etelä-Tapiolan lukio", "etela-tapiola", 20),
    ("LEP", "Leppävaaran lukio", "leppavaara", 25),
    ("ESL", "Espoonlahden lukio", "espoonlahti", 30),
    ("KAI", "Kaitaan lukio", "kaitaa", 28),
    ("OLA", "Olarin lukio", "olari", 25),
    ("MAT", "Matinkylän lukio", "matinkyla", 20),
    ("KIL", "Kilon lukio", "kilo", 30),
    ("ESK", "Espoon keskuksen lukio", "espoon-keskus", 35),
    ("KAL", "Kalajärven lukio", "kalajarvi", 40),
)

# 75-minute school lessons; five a day
SCHOOL_LESSONS: tuple[tuple[time, time], ...] = (
    (time(8, 30), time(9, 45)),
    (time(10, 0), time(11, 15)),
    (time(11, 45), time(13, 0)),
    (time(13, 15), time(14, 30)),
    (time(14, 45), time(16, 0)),
)
BARS = 8  # bars (palkit) per period; each meets three times a week
LESSONS_PER_BAR = 3

# Aalto teaching slots start at a quarter past
AALTO_SLOTS: tuple[tuple[time, time], ...] = (
    (time(8, 15), time(10, 0)),
    (time(10, 15), time(12, 0)),
    (time(12, 15), time(14, 0)),
    (time(14, 15), time(16, 0)),
    (time(16, 15), time(18, 0)),
)
AALTO_EXAM_TIMES: tuple[tuple[time, time], ...] = (
    (time(9, 0), time(12, 0)),
    (time(13, 0), time(16, 0)),
)

# school periods: (month, day) of start and end; the first year of the pair
# for months >= 8, the second for the rest (pattern of DOMAIN.md's example)
SCHOOL_PERIODS: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = (
    ((8, 13), (9, 29)),
    ((9, 30), (11, 26)),
    ((11, 27), (2, 3)),
    ((2, 4), (4, 1)),
    ((4, 6), (5, 30)),
)
EXAM_WEEK_DAYS = 7  # the last week of each school period is its exam week

# matriculation exam days (DOMAIN.md); the subjects are assumed except maths
MATRICULATION_DAYS: tuple[tuple[date, str], ...] = (
    (date(2026, 3, 10), "AI"),
    (date(2026, 3, 12), "RU"),
    (date(2026, 3, 13), "FY"),
    (date(2026, 3, 16), "EN"),
    (date(2026, 3, 18), "MA"),
    (date(2026, 3, 20), "HI"),
    (date(2026, 3, 23), "KE"),
    (date(2026, 3, 25), "BI"),
    (date(2026, 3, 27), "YH"),
    (date(2027, 3, 16), "AI"),
    (date(2027, 3, 18), "RU"),
    (date(2027, 3, 19), "FY"),
    (date(2027, 3, 22), "EN"),
    (date(2027, 3, 24), "MA"),
    (date(2027, 3, 30), "HI"),
    (date(2027, 3, 31), "KE"),
    (date(2027, 4, 2), "BI"),
    (date(2027, 4, 5), "YH"),
)
MATRICULATION_SUBJECTS = ("AI", "EN", "MA", "RU", "FY", "KE", "BI", "HI", "YH")

FIRST_NAMES = (
    "Aino",
    "Eino",
    "Helmi",
    "Onni",
    "Aada",
    "Leo",
    "Sofia",
    "Elias",
    "Emma",
    "Väinö",
    "Ella",
    "Oliver",
    "Olivia",
    "Eetu",
    "Lilja",
    "Lenni",
    "Iida",
    "Niilo",
    "Venla",
    "Toivo",
    "Enni",
    "Akseli",
    "Siiri",
    "Juho",
    "Pihla",
    "Aatos",
    "Kerttu",
    "Oskari",
    "Linnea",
    "Hugo",
    "Saga",
    "Ilmari",
    "Matilda",
    "Veeti",
    "Aurora",
    "Daniel",
    "Elsa",
    "Emil",
    "Stella",
    "Max",
)
LAST_NAMES = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Lindqvist",
    "Nyström",
    "Öhman",
    "Åberg",
    "Sjöberg",
    "Holmström",
    "Backman",
    "Eriksson",
)

# department prefix -> level letters used for new codes
AALTO_LEVELS = ("A", "A", "A", "A", "C", "C", "E")
FIXED_ACADEMIC_YEARS = ("2024-25", "2025-26", "2026-27")  # years with a tray
PLAN_YEARS = ("2024-25", "2025-26", "2026-27", "2027-28", "2028-29")
CURRENT_YEAR = "2026-27"
