"""Writing Aalto realisations into the catalogue: matched by the API id,
changes detected with a hash of what is stored (OfferingRow.source_hash)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from schoolaas.data.tables import GroupRow, OfferingRow, SessionRow
from schoolaas.domain.model import Offering, Provider
from schoolaas.io.aalto import AaltoParse
from schoolaas.io.errors import Problem
from schoolaas.services.imports.report import ImportReport, Progress, Updated, chunks

SOURCE = "aalto-api"


def offering_values(o: Offering) -> dict[str, Any]:
    """The OfferingRow columns an Aalto record sets (ECTS 1:1 into op; the
    audit applies the school's rate and per-course overrides)."""
    return {
        "provider": Provider.AALTO.value,
        "code": o.code,
        "name_fi": o.name.get("fi", ""),
        "name_sv": o.name.get("sv", ""),
        "name_en": o.name.get("en", ""),
        "op": o.op,
        "start": o.start,
        "end": o.end,
        "subject": o.subject,
        "ects": o.ects,
        "ects_min": o.ects_min,
        "realisation_type": o.realisation_type,
        "languages": list(o.languages),
        "teachers": list(o.teachers),
    }


def group_values(o: Offering) -> dict[str, tuple[str, str]]:
    return {g.key: (g.name, g.kind.value) for g in o.groups}


def offering_hash(o: Offering) -> str:
    body = {**offering_values(o), "groups": group_values(o)}
    text = json.dumps(body, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def apply_aalto(
    parsed: AaltoParse, session: Session, report: ImportReport, progress: Progress | None
) -> None:
    report.source = SOURCE
    report.records = parsed.total
    report.skipped.extend(parsed.problems)
    keys = [o.key for o in parsed.offerings]
    existing: dict[str, OfferingRow] = {}
    for part in chunks(keys):
        for row in session.exec(select(OfferingRow).where(col(OfferingRow.key).in_(part))):
            existing[row.key] = row
    new_rows: list[dict[str, Any]] = []
    new_groups: list[dict[str, Any]] = []
    to_update: list[tuple[OfferingRow, Offering, str]] = []
    total = len(parsed.offerings)
    indexes = parsed.indexes or list(range(total))
    for done, (index, offering) in enumerate(zip(indexes, parsed.offerings, strict=True), 1):
        digest = offering_hash(offering)
        found = existing.get(offering.key)
        if found is None:
            new_rows.append(_new_row(offering, digest))
            new_groups += [
                {"offering": offering.key, "key": k, "name": name, "kind": kind, "capacity": None}
                for k, (name, kind) in group_values(offering).items()
            ]
            report.added.append(_label(offering))
        elif found.provider != Provider.AALTO.value:
            report.skipped.append(
                Problem(index, offering.key, "this id belongs to a school course in the database")
            )
        elif found.source_hash == digest:
            report.unchanged.append(_label(offering))
        else:
            to_update.append((found, offering, digest))
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
    # Core bulk inserts: building thousands of SQLModel objects took seconds
    if new_rows:
        session.execute(insert(OfferingRow), new_rows)
    if new_groups:
        session.execute(insert(GroupRow), new_groups)
    if to_update:
        _update(to_update, session, report)
    session.flush()


def _update(
    todo: list[tuple[OfferingRow, Offering, str]], session: Session, report: ImportReport
) -> None:
    groups: dict[str, dict[str, GroupRow]] = {}
    keys = [row.key for row, _, _ in todo]
    for part in chunks(keys):
        for g in session.exec(select(GroupRow).where(col(GroupRow.offering).in_(part))):
            groups.setdefault(g.offering, {})[g.key] = g
    for row, offering, digest in todo:
        changed = [
            name for name, value in offering_values(offering).items() if getattr(row, name) != value
        ]
        for name, value in offering_values(offering).items():
            setattr(row, name, value)
        row.source = SOURCE
        row.source_hash = digest
        session.add(row)
        group_changes = _sync_groups(row.key, offering, groups.get(row.key, {}), session, report)
        if group_changes:
            changed.append("groups")
        report.updated.append(Updated(_label(offering), tuple(changed) or ("source record",)))


def _sync_groups(
    key: str,
    offering: Offering,
    old: dict[str, GroupRow],
    session: Session,
    report: ImportReport,
) -> bool:
    changed = False
    wanted = group_values(offering)
    for gkey, (name, kind) in wanted.items():
        row = old.get(gkey)
        if row is None:
            session.add(GroupRow(offering=key, key=gkey, name=name, kind=kind))
            changed = True
        elif (row.name, row.kind) != (name, kind):
            row.name, row.kind = name, kind
            session.add(row)
            changed = True
    for gkey, row in old.items():
        if gkey in wanted:
            continue
        has_sessions = session.exec(
            select(SessionRow.id).where(SessionRow.group_id == row.id).limit(1)
        ).first()
        if has_sessions is not None:
            report.notes.append(
                f"{offering.code} ({key}): group {gkey} is no longer in the source; "
                "kept because it has sessions"
            )
            continue
        session.delete(row)
        changed = True
    return changed


def _new_row(o: Offering, digest: str) -> dict[str, Any]:
    return {
        "key": o.key,
        **offering_values(o),
        "modules": [],
        "school": None,
        "period": None,
        "bar": None,
        "prerequisites": [],
        "overlaps_with": [],
        "seats": None,
        "generated_sessions": False,
        "source": SOURCE,
        "source_hash": digest,
    }


def _label(o: Offering) -> str:
    return f"{o.code} {o.start:%d.%m.%Y}–{o.end:%d.%m.%Y} ({o.key})"
