"""The services' error messages in the user's language.

An error carries its English template ("There is no plan with id
{plan_id}.") and the values for it; the template is the source text of
its Finnish and Swedish translations in the .ts files (context
"ServiceError"). ``str(error)`` words it in the language the messages
follow: English until the app installs its translators (ui/i18n.py calls
:func:`follow`), like Qt's own tr(), which also follows the installed
translators of the process.
"""

from __future__ import annotations

from collections.abc import Mapping

from schoolaas.wording.catalogue import catalogue

CONTEXT = "ServiceError"

_language = ["en"]  # the process's language of messages, as Qt's installed translators


def follow(lang: str) -> None:
    """Word messages in ``lang`` from now on (the app's language changed)."""
    _language[0] = lang


def language() -> str:
    return _language[0]


def word(template: str, values: Mapping[str, object], lang: str | None = None) -> str:
    """``template`` in ``lang`` (default: the language messages follow),
    filled with ``values``. A template without values is text as it is."""
    lang = lang or _language[0]
    text = template if lang == "en" else catalogue(lang).text(CONTEXT, template)
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English
        return template.format(**values)


def say(template: str, /, **values: object) -> str:
    """``template`` with ``values``, worded now in the language messages
    follow (for texts that are not errors: a form's field problems)."""
    return word(template, values)
