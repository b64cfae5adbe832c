"""Kinds of teaching in words people read: Aalto realisation types (Sisu's
codes such as ``teaching-participation-blended``, ``exam-exam``) and the
kinds of study group, in Finnish, Swedish or English. A raw code never
reaches the user: a type this module does not know is worded by its family
("Teaching", "Exam", "Independent work") or as "Other type"."""

from __future__ import annotations

from schoolaas.wording.catalogue import catalogue

CONTEXT = "CourseKind"

# Sisu's course unit realisation types (urn:code:course-unit-realisation-type:…)
REALISATION_TYPES = {
    "teaching-participation-lectures": "Lectures",
    "teaching-participation-contact": "Contact teaching",
    "teaching-participation-blended": "Blended teaching",
    "teaching-participation-online": "Online teaching",
    "teaching-participation-small-group": "Small-group teaching",
    "teaching-participation-seminar": "Seminar",
    "teaching-participation-project": "Project work",
    "teaching-participation-field-course": "Field course",
    "teaching-participation-laboratory": "Laboratory work",
    "exam-exam": "Exam",
    "exam-electronic": "Electronic exam",
    "exam-final": "Final exam",
    "exam-midterm": "Midterm exam",
    "independent-work-essay": "Essay",
    "independent-work-project": "Independent project",
}

FAMILIES = {
    "teaching-participation": "Teaching",
    "exam": "Exam",
    "independent-work": "Independent work",
}

OTHER_TYPE = "Other type"

GROUP_KINDS = {
    "lesson": "Lessons",
    "lecture": "Lecture",
    "exercise": "Exercise group",
    "exam": "Exam",
    "other": "Other group",
}


def _in(lang: str, source: str) -> str:
    return source if lang == "en" else catalogue(lang).text(CONTEXT, source)


def realisation_type(code: str, lang: str = "en") -> str:
    """The realisation type ``code`` (with or without Sisu's ``urn:``
    prefix) in ``lang``; "" for no type."""
    code = code.strip().rsplit(":", 1)[-1]
    if not code:
        return ""
    source = REALISATION_TYPES.get(code)
    if source is None:
        family = next((f for f in FAMILIES if code.startswith(f + "-") or code == f), None)
        source = FAMILIES[family] if family else OTHER_TYPE
    return _in(lang, source)


def group_kind(kind: str, lang: str = "en") -> str:
    """A study group's kind (``GroupKind`` value) in ``lang``."""
    return _in(lang, GROUP_KINDS.get(kind, GROUP_KINDS["other"]))


def sources() -> list[str]:
    """Every English text of this module (the .ts files translate each)."""
    return sorted(
        {*REALISATION_TYPES.values(), *FAMILIES.values(), OTHER_TYPE, *GROUP_KINDS.values()}
    )
