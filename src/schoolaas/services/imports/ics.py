"""Writing iCalendar events as sessions: each event goes to the offering
whose code its SUMMARY names (or the --course given), into the group it
names ("L01", "H02") or a default one, in a known room or one created in a
known building. Matched by the event's UID, so a re-import changes nothing
and a newer calendar updates moved events and drops removed occurrences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from schoolaas.data.tables import GroupRow, OfferingRow, SessionRow
from schoolaas.domain.codes import normalise_code
from schoolaas.domain.model import GroupKind, Provider, SessionKind
from schoolaas.io.aalto import group_kind
from schoolaas.io.errors import Problem
from schoolaas.io.ics import IcsEvent, IcsParse
from schoolaas.services.errors import InvalidInput
from schoolaas.services.imports.report import ImportReport, Progress, Updated, chunks
from schoolaas.services.imports.rooms import RoomMatcher

DEFAULT_GROUP = "ICS"
NEAR_DAYS = 60  # an exam may come weeks after a realisation's end date


@dataclass(slots=True)
class _Offering:
    key: str
    code: str
    provider: str
    start: date
    end: date
    generated: bool


class _Resolver:
    def __init__(self, session: Session, course: str | None) -> None:
        rows = session.exec(select(OfferingRow)).all()
        self.by_code: dict[str, list[_Offering]] = {}
        self.by_key: dict[str, _Offering] = {}
        for r in rows:
            item = _Offering(r.key, r.code, r.provider, r.start, r.end, r.generated_sessions)
            self.by_code.setdefault(r.code.upper(), []).append(item)
            self.by_key[r.key] = item
        self.forced: list[_Offering] | None = None
        if course:
            forced = self.by_key.get(course.strip())
            found = [forced] if forced else self.by_code.get(normalise_code(course).upper(), [])
            if not found:
                raise InvalidInput(
                    "--course {course}: no course with that code or key.", course=course
                )
            self.forced = found

    def offering(self, event: IcsEvent) -> tuple[_Offering | None, str]:
        if self.forced is not None:
            return self._pick(self.forced, event, forced=True)
        if not event.codes:
            return None, "SUMMARY names no course code (give --course CODE)"
        for code in event.codes:
            found = self.by_code.get(code.upper())
            if found:
                return self._pick(found, event)
        return None, f"no course {' / '.join(event.codes)} in the catalogue"

    def _pick(
        self, options: list[_Offering], event: IcsEvent, *, forced: bool = False
    ) -> tuple[_Offering | None, str]:
        day = event.start.date()
        inside = [o for o in options if o.start <= day <= o.end]
        if len(inside) > 1:  # school groups of one module: the group code names it
            named = [o for o in inside if o.key.rsplit(":", 1)[-1] in event.summary]
            inside = named or inside
        if len(inside) == 1:
            return inside[0], ""
        if len(inside) > 1:
            keys = ", ".join(o.key for o in inside[:4])
            return None, f"{options[0].code} runs several times on {day}: {keys} (use --course)"

        def gap(o: _Offering) -> int:
            return min(abs((o.start - day).days), abs((o.end - day).days))

        best = min(options, key=gap)
        if forced or gap(best) <= NEAR_DAYS:
            return best, ""
        return None, f"no {best.code} realisation runs near {day}"


def apply_ics(
    parsed: IcsParse,
    session: Session,
    report: ImportReport,
    progress: Progress | None,
    course: str | None = None,
) -> None:
    report.source = parsed.source
    report.records = len(parsed.events) + len(parsed.problems)
    report.skipped.extend(parsed.problems)
    resolver = _Resolver(session, course)
    rooms = RoomMatcher(session, report)
    groups = _Groups(session)
    existing = _existing_sessions(parsed, session)
    seen: set[str] = set()
    replaced: set[str] = set()
    total = len(parsed.events)
    beyond = 0
    for done, event in enumerate(parsed.events, start=1):
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
        offering, why = resolver.offering(event)
        if offering is None:
            report.skipped.append(Problem(event.line, event.uid, why, line=True))
            continue
        if event.open_ended and event.start.date() > offering.end:
            beyond += 1  # a rule without end, past the course's last day
            continue
        if offering.generated and offering.key not in replaced:
            _drop_generated(offering, session, report)
            replaced.add(offering.key)
        group = groups.get(offering, event)
        room, building = rooms.match(event)
        seen.add(event.uid)
        kind = event.kind.value
        if group.kind == GroupKind.EXAM.value:
            kind = SessionKind.EXAM.value
        old = existing.get(event.uid)
        label = f"{offering.code} {group.key} {event.start:%d.%m.%Y %H:%M}"
        values = {
            "group_id": group.id,
            "start": event.start,
            "end": event.end,
            "room": room,
            "building": building,
            "kind": kind,
        }
        if old is None:
            session.add(SessionRow(uid=event.uid, **values))  # type: ignore[arg-type]
            report.added.append(label)
            continue
        changed = tuple(k for k, v in values.items() if getattr(old, k) != v)
        if not changed:
            report.unchanged.append(label)
            continue
        for k, v in values.items():
            setattr(old, k, v)
        session.add(old)
        report.updated.append(Updated(label, changed))
    if beyond:
        report.notes.append(
            f"{beyond} occurrences of events repeating without an end fell after their "
            "course's last day and were left out"
        )
    _drop_stale(parsed, existing, seen, session, report)
    session.flush()


class _Groups:
    """Study groups of matched offerings, created on demand."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[str, dict[str, GroupRow]] = {}

    def get(self, offering: _Offering, event: IcsEvent) -> GroupRow:
        groups = self._of(offering.key)
        if event.group and event.group in groups:
            return groups[event.group]
        if event.group:
            return self._create(offering, event.group, group_kind(event.group).value)
        if event.kind == SessionKind.EXAM:
            exams = [g for g in groups.values() if g.kind == GroupKind.EXAM.value]
            if len(exams) == 1:
                return exams[0]
        if offering.provider == Provider.SCHOOL.value and len(groups) == 1:
            return next(iter(groups.values()))
        if DEFAULT_GROUP in groups:
            return groups[DEFAULT_GROUP]
        kind = GroupKind.LESSON if offering.provider == Provider.SCHOOL.value else GroupKind.OTHER
        return self._create(offering, DEFAULT_GROUP, kind.value)

    def _of(self, key: str) -> dict[str, GroupRow]:
        if key not in self.cache:
            rows = self.session.exec(select(GroupRow).where(GroupRow.offering == key)).all()
            self.cache[key] = {g.key: g for g in rows}
        return self.cache[key]

    def _create(self, offering: _Offering, key: str, kind: str) -> GroupRow:
        row = GroupRow(offering=offering.key, key=key, name=key, kind=kind)
        self.session.add(row)
        self.session.flush()
        self.cache[offering.key][key] = row
        return row


def _existing_sessions(parsed: IcsParse, session: Session) -> dict[str, SessionRow]:
    uids = sorted({e.uid for e in parsed.events})
    out: dict[str, SessionRow] = {}
    for part in chunks(uids):
        for row in session.exec(select(SessionRow).where(col(SessionRow.uid).in_(part))):
            if row.uid:
                out[row.uid] = row
    for master in _masters(parsed):
        query = select(SessionRow).where(col(SessionRow.uid).startswith(master, autoescape=True))
        for row in session.exec(query):
            if row.uid:
                out.setdefault(row.uid, row)
    return out


def _masters(parsed: IcsParse) -> set[str]:
    """ "UID#" prefixes of the recurring events in the file."""
    return {e.uid.rsplit("#", 1)[0] + "#" for e in parsed.events if "#" in e.uid}


def _drop_stale(
    parsed: IcsParse,
    existing: dict[str, SessionRow],
    seen: set[str],
    session: Session,
    report: ImportReport,
) -> None:
    """Occurrences of a recurring event that the newer calendar no longer has."""
    masters = _masters(parsed)
    in_file = {e.uid for e in parsed.events}  # also the skipped ones: leave those alone
    for uid, row in existing.items():
        if uid in seen or uid in in_file or uid.rsplit("#", 1)[0] + "#" not in masters:
            continue
        report.removed.append(f"{uid} {row.start:%d.%m.%Y %H:%M}")
        session.delete(row)


def _drop_generated(offering: _Offering, session: Session, report: ImportReport) -> None:
    """Real sessions replace the ones the demo made up for this offering."""
    group_ids = select(GroupRow.id).where(GroupRow.offering == offering.key)
    rows = session.exec(
        select(SessionRow).where(
            col(SessionRow.group_id).in_(group_ids), col(SessionRow.uid).is_(None)
        )
    ).all()
    for row in rows:
        session.delete(row)
    stored = session.get(OfferingRow, offering.key)
    if stored is not None:
        stored.generated_sessions = False
        session.add(stored)
    offering.generated = False
    report.notes.append(
        f"{offering.code} ({offering.key}): {len(rows)} generated sessions replaced by the "
        "imported ones"
    )
