"""Names of courses and modules in the user's language, falling back
visibly: a course with no Finnish name reads "Programming 1 (in English)"
in the Finnish UI, so a counsellor sees that the data lacks the name rather
than wondering why one row is in English."""

from __future__ import annotations

from collections.abc import Mapping

from schoolaas.wording.catalogue import catalogue

CONTEXT = "CourseName"
FALLBACK_ORDER = ("en", "fi", "sv")
IN_LANGUAGE = {
    "en": "%1 (in English)",
    "fi": "%1 (in Finnish)",
    "sv": "%1 (in Swedish)",
}


def name_in(text: Mapping[str, str], lang: str) -> tuple[str, str]:
    """(the name, the language it is in): ``lang``'s when the data has it,
    else English, Finnish, Swedish, else any; ("", lang) for no name."""
    for key in (lang, *FALLBACK_ORDER):
        value = text.get(key)
        if value:
            return value, key
    for key, value in text.items():
        if value:
            return value, key
    return "", lang


def shown_name(text: Mapping[str, str], lang: str) -> str:
    """The name as the UI, the printed plan and the calendar show it in
    ``lang``: marked with the language it is in when that is another."""
    name, used = name_in(text, lang)
    if not name or used == lang or used not in IN_LANGUAGE:
        return name
    template = IN_LANGUAGE[used]
    if lang != "en":
        template = catalogue(lang).text(CONTEXT, template)
    return template.replace("%1", name)
