"""What an import did (or, in a dry run, would do): added, updated,
unchanged, removed and skipped records, each with the reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from schoolaas.io.errors import Problem

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True, slots=True)
class Updated:
    key: str
    fields: tuple[str, ...]  # what changed: "start", "end", "groups", ...

    def __str__(self) -> str:
        return f"{self.key}: {', '.join(self.fields)}"


@dataclass(slots=True)
class ImportReport:
    kind: str  # aalto | ics | curriculum | tray | plan
    path: str
    dry_run: bool = False
    source: str = ""  # "sisu", "peppi", "aalto-api", ...
    records: int = 0  # records / events / rows read from the file
    added: list[str] = field(default_factory=list)
    updated: list[Updated] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        counts = (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.removed)} removed, "
            f"{len(self.skipped)} skipped"
        )
        where = f"{self.path} ({self.kind}, {self.records} read)"
        if self.dry_run:
            return f"Dry run: nothing was written. Importing {where} would give: {counts}."
        return f"{where}: {counts}."

    def lines(self, limit: int = 40) -> list[str]:
        """The report for people: summary, then each group, ``limit`` each."""
        out = [self.summary()]
        out += _section("Added", self.added, limit)
        out += _section("Updated", (str(u) for u in self.updated), limit)
        out += _section("Removed", self.removed, limit)
        out += _section("Skipped", (str(p) for p in self.skipped), limit)
        out += _section("Notes", self.notes, limit)
        return out


def _section(title: str, items: Iterable[str], limit: int) -> list[str]:
    values = list(items)
    if not values:
        return []
    out = [f"{title} ({len(values)}):"]
    out += [f"  {v}" for v in values[:limit]]
    if len(values) > limit:
        out.append(f"  … and {len(values) - limit} more")
    return out


def chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    """Slices for IN (...) queries (SQLite and PostgreSQL parameter limits)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
