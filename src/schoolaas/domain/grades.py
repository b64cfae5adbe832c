"""Grade scales: which grades an item of each provider can have.

The school (LOPS 2021) grades 4–10 (4 is a fail) and marks some modules
S (passed) or H (failed); Aalto grades 0–5 (0 is a fail) or pass/fail.
One rule for the plan pane's grade field and for plan files."""

from __future__ import annotations

from schoolaas.domain.model import Provider

SCALES: dict[str, tuple[str, ...]] = {
    Provider.SCHOOL.value: ("4", "5", "6", "7", "8", "9", "10", "S", "H"),
    Provider.AALTO.value: ("0", "1", "2", "3", "4", "5", "pass", "fail"),
}


class GradeError(ValueError):
    """A grade that is not on its provider's scale."""

    def __init__(self, grade: str, provider: str) -> None:
        self.grade = grade
        self.provider = provider
        self.scale = SCALES.get(provider, ())
        super().__init__(f"{grade!r} is not a {provider} grade ({', '.join(self.scale)})")


def clean_grade(provider: str, grade: str | None) -> str | None:
    """The grade as stored: trimmed, S/H upper case, pass/fail lower case;
    None for no grade. GradeError when it is not on ``provider``'s scale."""
    if grade is None or not grade.strip():
        return None
    text = grade.strip()
    for allowed in SCALES.get(str(provider), ()):
        if text.casefold() == allowed.casefold():
            return allowed
    raise GradeError(text, str(provider))
