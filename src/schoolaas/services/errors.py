"""Errors the services raise: each carries a message a user can read."""

from __future__ import annotations


class PlannerError(Exception):
    """Base of every error the services raise on purpose. ``str(error)`` is
    a complete, user-readable sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(PlannerError):
    """A student, plan, item or course that does not exist."""


class Ambiguous(PlannerError):
    """A search that matches more than one thing where one was meant."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class InvalidInput(PlannerError):
    """Input that cannot be used as given (bad status, empty name, ...)."""


class StorageError(PlannerError):
    """The database cannot be read or written (gone, locked, not ours, ...)."""
