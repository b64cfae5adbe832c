"""Helpers of the importer tests (a module with a unique name: several test
folders have a conftest.py, so `from conftest import` is ambiguous)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, SQLModel, select

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def snapshot(workspace: object) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with Session(workspace.engine) as session:  # type: ignore[attr-defined]
        for table in SQLModel.metadata.sorted_tables:
            rows = session.exec(select(*table.columns)).all()  # type: ignore[call-overload]
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out
