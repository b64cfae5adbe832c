"""The services' errors carry an English template and its values, worded in
the language the messages follow (the app's: tests/ui/test_premises_view)."""

from __future__ import annotations

import ast
import pickle
import string
from datetime import date
from pathlib import Path

import pytest

from schoolaas.services import rules
from schoolaas.services.errors import InvalidInput, NotFound, PlannerError
from schoolaas.services.workspace import Workspace
from schoolaas.wording import messages
from schoolaas.wording.catalogue import catalogue

SERVICES = Path(__file__).resolve().parents[2] / "src" / "schoolaas" / "services"
ERRORS = {
    "PlannerError",
    "NotFound",
    "Ambiguous",
    "InvalidInput",
    "StorageError",
    "StaleEdit",
    "NotAllowed",
}


def templates() -> set[str]:
    """The English templates of every error the services raise, and of the
    other messages they word (say())."""
    found = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                args = node.exc.args
                if name in ERRORS and args and isinstance(args[0], ast.Constant):
                    found.add(args[0].value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                found.add(node.args[0].value)  # type: ignore[attr-defined]
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_error_message_is_translated(lang: str) -> None:
    words = catalogue(lang)
    found = templates()
    assert len(found) > 80
    for template in found - {"{path}: {exc}"}:  # words from elsewhere: nothing to translate
        translated = words.text(messages.CONTEXT, template)
        assert translated != template, f"{lang}: {template!r} is not translated"
        assert _fields(translated) == _fields(template), translated


def test_worded_in_the_language_messages_follow(ws: Workspace) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules.add_matriculation_day(ws, date(2027, 3, 20), "MA")  # a Saturday
    error = caught.value
    assert str(error) == "Matriculation day 2027-03-20: exams are held on weekdays, not Saturday."
    assert error.worded("fi").startswith("Ylioppilaskoepäivä 2027-03-20: kokeet pidetään")
    messages.follow("sv")
    try:
        assert str(error).startswith("Studentexamensdag 2027-03-20: proven hålls på vardagar")
    finally:
        messages.follow("en")


def test_an_error_keeps_its_values_across_processes() -> None:
    error = pickle.loads(pickle.dumps(NotFound("No room {key}.", key="A101")))
    assert (str(error), error.worded("fi")) == ("No room A101.", "Tilaa A101 ei ole.")
    plain = PlannerError("{not a template}")  # text from elsewhere, taken as it is
    assert str(plain) == "{not a template}"
