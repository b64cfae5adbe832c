"""A plan item's grade checked against its provider's scale (domain/grades.py):
the one check behind the plan pane's grade field and plan file imports."""

from __future__ import annotations

from schoolaas.domain.grades import GradeError, clean_grade
from schoolaas.services.errors import InvalidInput


def checked_grade(provider: str, grade: str | None, *, code: str) -> str | None:
    """The grade as stored, or InvalidInput naming the course, the grade and
    the scale."""
    try:
        return clean_grade(provider, grade)
    except GradeError as exc:
        raise InvalidInput(
            "{code}: grade {grade!r} is not on the {provider} scale ({scale}).",
            code=code,
            grade=exc.grade,
            provider=exc.provider,
            scale=", ".join(exc.scale),
        ) from None
