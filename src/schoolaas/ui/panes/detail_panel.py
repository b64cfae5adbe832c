"""The course detail pane: credits (ECTS and the op it counts for), dates,
study groups with their sessions and rooms, prerequisites, seats."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from schoolaas.ui.widgets.enum_values import AALTO
from schoolaas.wording.kinds import realisation_type
from schoolaas.wording.names import name_in, shown_name

if TYPE_CHECKING:
    from schoolaas.domain.model import Offering, Session, StudyGroup
    from schoolaas.domain.premises import Building, Room


def escape(text: str) -> str:
    """``html.escape`` (the html package with its entity tables is not
    loaded before the first paint for this)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


class DetailPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Course details"))
        self.setOpenLinks(False)
        self._rooms: Mapping[str, Room] = {}
        self._buildings: Mapping[str, Building] = {}
        self.show_nothing()

    def set_premises(self, rooms: Mapping[str, Room], buildings: Mapping[str, Building]) -> None:
        self._rooms, self._buildings = rooms, buildings

    def show_nothing(self) -> None:
        self.setHtml(f"<p><i>{escape(self.tr('Select a course to see its details.'))}</i></p>")

    def show_offering(
        self, o: Offering, *, planned_students: int | None = None, language: str = "en"
    ) -> None:
        self.setHtml(self.html_for(o, planned_students=planned_students, language=language))

    def html_for(
        self, o: Offering, *, planned_students: int | None = None, language: str = "en"
    ) -> str:
        t = self.tr
        title = shown_name(o.name, language) or o.code
        own = name_in(o.name, language)[0]
        others = sorted({n for n in o.name.values() if n and n != own})
        parts = [f"<h3>{escape(o.code)} — {escape(title)}</h3>"]
        if others:
            parts.append(f"<p><i>{escape(' / '.join(others))}</i></p>")
        rows: list[tuple[str, str]] = []
        who = t("Aalto University") if o.provider == AALTO else (o.school or t("School"))
        rows.append((t("Provider"), who))
        credits = f"{o.op:g} op"
        if o.ects is not None:
            span = (
                f"{o.ects_min:g}–{o.ects:g}" if o.ects_min not in (None, o.ects) else f"{o.ects:g}"
            )
            credits = t("%1 ECTS, counts as %2").replace("%1", span).replace("%2", credits)
        rows.append((t("Credits"), credits))
        rows.append((t("Dates"), f"{o.start:%d.%m.%Y} – {o.end:%d.%m.%Y}"))
        if o.period:
            rows.append((t("Period"), o.period.split(":", 1)[-1]))
        if o.bar is not None:
            rows.append((t("Bar"), str(o.bar)))
        if o.languages:
            rows.append((t("Language"), ", ".join(o.languages)))
        if o.teachers:
            rows.append((t("Teachers"), ", ".join(o.teachers)))
        if o.prerequisites:
            rows.append((t("Prerequisites"), ", ".join(o.prerequisites)))
        if o.overlaps_with:
            rows.append((t("Counts as the same as"), ", ".join(o.overlaps_with)))
        if o.seats is not None:
            seats = str(o.seats)
            if planned_students is not None:
                seats = (
                    t("%1 (%2 left)")
                    .replace("%1", seats)
                    .replace("%2", str(max(o.seats - planned_students, 0)))
                )
            rows.append((t("Seats for upper secondary students"), seats))
        if o.realisation_type:
            rows.append((t("Type"), realisation_type(o.realisation_type, language)))
        parts.append("<table cellspacing='2'>")
        parts += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
        parts.append("</table>")
        if o.groups:
            parts.append(f"<h4>{escape(t('Study groups'))}</h4><ul>")
            parts += [f"<li>{self._group_html(g)}</li>" for g in o.groups]
            parts.append("</ul>")
        if o.generated_sessions:
            parts.append(
                f"<p><i>{escape(t('Session times are generated for the demo, not imported.'))}"
                "</i></p>"
            )
        return "".join(parts)

    def _group_html(self, g: StudyGroup) -> str:
        head = f"<b>{escape(g.key)}</b> {escape(g.name)}"
        if g.capacity is not None:
            head += " " + escape(self.tr("(%1 seats)").replace("%1", str(g.capacity)))
        if not g.sessions:
            return head + "<br>" + escape(self.tr("no sessions known"))
        return head + "<br>" + "<br>".join(escape(line) for line in self._pattern(g.sessions))

    def _pattern(self, sessions: tuple[Session, ...]) -> list[str]:
        """Weekly patterns ("Tue 10.15–12.00, OK1-M1 ×12, 1.9.–19.11.")."""
        counts: Counter[tuple[int, str, str, str]] = Counter()
        first: dict[tuple[int, str, str, str], Session] = {}
        last: dict[tuple[int, str, str, str], Session] = {}
        for s in sessions:
            key = (s.start.weekday(), f"{s.start:%H.%M}", f"{s.end:%H.%M}", s.room or "")
            counts[key] += 1
            first.setdefault(key, s)
            last[key] = s
        weekdays = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        lines = []
        for key, n in sorted(counts.items()):
            day, start, end, room = key
            where = self._room_text(room)
            span = (
                f"{first[key].start:%d.%m.}–{last[key].start:%d.%m.}"
                if n > 1
                else (f"{first[key].start:%d.%m.%Y}")
            )
            lines.append(f"{weekdays[day]} {start}–{end} {where} ×{n}, {span}")
        return lines

    def _room_text(self, key: str) -> str:
        room = self._rooms.get(key)
        if room is None:
            return key
        building = self._buildings.get(room.building)
        return f"{room.code}, {building.address}" if building else key
