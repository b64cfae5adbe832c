"""Errors the services raise: each carries a message a user can read, in
their language (wording/messages.py)."""

from __future__ import annotations

from typing import Any

from schoolaas.wording import messages


class PlannerError(Exception):
    """Base of every error the services raise on purpose: an English
    template with named values, ``PlannerError("No room {key}.", key=key)``.
    ``str(error)`` is a complete, user-readable sentence in the language the
    messages follow; :meth:`worded` gives it in any language."""

    def __init__(self, message: str, /, **values: object) -> None:
        super().__init__(message)
        self.template = message
        self.values = values

    @property
    def message(self) -> str:
        return self.worded("en")

    def worded(self, lang: str | None = None) -> str:
        return messages.word(self.template, self.values, lang)

    def __str__(self) -> str:
        return self.worded()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (errors cross to and from the printing processes)."""
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[PlannerError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class NotFound(PlannerError):
    """A student, plan, item or course that does not exist."""


class Ambiguous(PlannerError):
    """A search that matches more than one thing where one was meant."""

    def __init__(self, message: str, candidates: tuple[str, ...] = (), /, **values: object) -> None:
        super().__init__(message, **values)
        self.candidates = candidates


class InvalidInput(PlannerError):
    """Input that cannot be used as given (bad status, empty name, ...)."""


class StorageError(PlannerError):
    """The database cannot be read or written (gone, locked, not ours, ...)."""


class StaleEdit(PlannerError):
    """An edit or undo based on a view of a row that someone else changed
    since (another window, another copy on the shared database): refused,
    nothing saved; the window offers to reload."""


class NotAllowed(PlannerError):
    """Something the person using the app may not do (a student erasing a
    student, ...): refused before anything is read or written."""
