"""Why nothing fits, in plain words: each element of a minimal infeasible
set (domain/suggest) as one sentence with the dates, as the audit itself
finds them (the overlap and travel findings of the two choices alone).
Templates go through wording.messages (fi/sv in the .ts files, context
ServiceError)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from schoolaas.domain.audit import audit
from schoolaas.domain.findings import AuditInput, FindingCode
from schoolaas.domain.model import AuditItem, GroupKind, Provider
from schoolaas.domain.prerequisites import prerequisites_of
from schoolaas.domain.suggest.choices import Unit, unit_item
from schoolaas.domain.suggest.model import Model
from schoolaas.domain.suggest.request import Part, Rule
from schoolaas.wording.messages import word

_WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
_KIND = {
    GroupKind.LECTURE: "lecture",
    GroupKind.EXERCISE: "exercise group",
    GroupKind.EXAM: "exam",
    GroupKind.LESSON: "lessons",
    GroupKind.OTHER: "group",
}
_RULES = {
    Rule.SEATS: "only study groups with seats left can be taken",
    Rule.EXAMS: "no university exam may fall in an exam week or on a matriculation exam day",
    Rule.PREREQUISITES: "prerequisites must come in an earlier period",
    Rule.WORKLOAD: "the workload limits per period and per week hold",
    Rule.GRADUATION: "the graduation targets must stay reachable",
}
MAX_OPTIONS = 3  # options of one wish worded; the rest counted


def _day(day: date) -> str:
    return f"{day.day}.{day.month}."


def _clock(hour: int, minute: int) -> str:
    return f"{hour}.{minute:02d}"


def item_name(item: AuditItem, lang: str) -> str:
    """ "MAA7 in bar 3 (OTA:2026-27/2)", "CS-A1111 L01+H02"."""
    if item.provider == Provider.SCHOOL and item.bar is not None:
        return word(
            "{code} in bar {bar} ({period})",
            {"code": item.code, "bar": item.bar, "period": item.period or ""},
            lang,
        )
    return item.label or item.code


def unit_name(model: Model, unit: Unit, lang: str) -> str:
    """ "CS-A1111's lecture L01", or the school course group's name."""
    w, o, g = unit
    option = model.request.wishes[w].options[o]
    if option.item.provider == Provider.SCHOOL:
        return item_name(option.item, lang)
    offering = model.index.offerings.get(option.key)
    group = offering.group(g) if offering else None
    kind = word(_KIND.get(group.kind if group else GroupKind.OTHER, "group"), {}, lang)
    return word(
        "{code}'s {kind} {group}", {"code": option.item.code, "kind": kind, "group": g}, lang
    )


def meets(items: Sequence[AuditItem], base: AuditInput, lang: str) -> str:
    """How two items clash, from the audit of the two alone: "both meet on
    Tuesdays 10.15–11.15 from 6.10. to 17.11." (the time both meet) or too
    little time to get from one to the other (the first item's times)."""
    pair = tuple(replace(item, item_id=n + 1) for n, item in enumerate(items))
    found = audit(replace(base, items=pair, acceptances={}))
    overlap = [f for f in found.findings if f.code == FindingCode.OVERLAP]
    travel = [f for f in found.findings if f.code == FindingCode.TRAVEL]
    chosen = overlap or travel
    if not chosen:
        return word("they clash", {}, lang)
    dates = sorted({d for f in chosen for d in f.dates})
    times: dict[int, str] = {}
    for session in pair[0].sessions:
        day = session.start.date()
        if day in dates and day.weekday() not in times:
            start, end = session.start, session.end
            if overlap:  # the time both meet
                both = next((s for s in pair[1].sessions if s.start < end and start < s.end), None)
                if both is not None:
                    start, end = max(start, both.start), min(end, both.end)
            times[day.weekday()] = word(
                "{weekday} {start}–{end}",
                {
                    "weekday": word(_WEEKDAYS[day.weekday()], {}, lang),
                    "start": _clock(start.hour, start.minute),
                    "end": _clock(end.hour, end.minute),
                },
                lang,
            )
    when = ", ".join(times[k] for k in sorted(times))
    values = {"when": when, "first": _day(dates[0]), "last": _day(dates[-1])}
    if len(dates) == 1:
        template = (
            "both meet on {first}"
            if overlap
            else "there is no time to move between them on {first}"
        )
        return word(template, values, lang)
    if overlap:
        return word("both meet on {when} from {first} to {last}", values, lang)
    return word(
        "there is not enough time to move between them on {when} from {first} to {last}",
        values,
        lang,
    )


def explanation(model: Model, parts: Sequence[Part], lang: str = "en") -> list[str]:
    """One sentence per element of ``parts`` (wishes first, with why each
    of their choices is out; then the items that stay, free time, rules)."""
    request = model.request
    core = set(parts)
    lines: list[str] = []
    for part in parts:
        if part.kind == "wish":
            lines.extend(_wish(model, part.wish, core, lang))
    for part in parts:
        if part.kind == "kept":
            item = next((i for i in request.base.items if i.item_id == part.item_id), None)
            if item is not None:
                lines.append(word("{item} stays as it is.", {"item": item_name(item, lang)}, lang))
        elif part.kind == "free":
            block = request.free_time[part.free]
            lines.append(word("You keep {name} free.", {"name": block.name}, lang))
        elif part.kind == "rule" and part.rule is not None:
            rule = word(_RULES[part.rule], {}, lang)
            lines.append(word("The rule: {rule}.", {"rule": rule}, lang))
    return lines


def _wish(model: Model, w: int, core: set[Part], lang: str) -> list[str]:
    wish = model.request.wishes[w]
    out = [word("You want {code}, but:", {"code": wish.code}, lang)]
    if not wish.options:
        out.append(word("– it is not offered in the planned periods.", {}, lang))
        return out
    for o in range(min(len(wish.options), MAX_OPTIONS)):
        out.append("– " + _option(model, w, o, core, lang))
    rest = len(wish.options) - MAX_OPTIONS
    if rest > 0:
        out.append(
            word(
                "– and {count} more choices of it, each for one of these reasons.",
                {"count": rest},
                lang,
            )
        )
    return out


def _option(model: Model, w: int, o: int, core: set[Part], lang: str) -> str:
    blocks = model.blocks
    option = model.request.wishes[w].options[o]
    for rule in blocks.option_rule.get((w, o), ()):
        if Part("rule", rule=rule) in core:
            return _rule_reason(option.item, rule, lang)
    for item_id in blocks.same_bar.get((w, o), ()):
        if Part("kept", item_id=item_id) in core:
            other = _item(model, item_id)
            return word(
                "{a} shares its bar with {b}.",
                {"a": item_name(option.item, lang), "b": item_name(other, lang)},
                lang,
            )
    wanted = {p.wish for p in core if p.kind == "wish"}
    for slot in option.slots:
        reasons = [_unit_reason(model, (w, o, g), core, wanted, lang) for g in slot]
        if all(r is not None for r in reasons):
            if len(slot) == 1:
                return str(reasons[0])
            offering = model.index.offerings.get(option.key)
            group = offering.group(slot[0]) if offering else None
            kind = word(_KIND.get(group.kind if group else GroupKind.OTHER, "group"), {}, lang)
            return word(
                "every {kind} of {code} ({realisation}) is out: {reasons}",
                {
                    "kind": kind,
                    "code": option.item.code,
                    "realisation": option.key,
                    "reasons": "; ".join(str(r) for r in reasons),
                },
                lang,
            )
    return word(
        "{a} clashes with the other wishes above in every combination.",
        {"a": item_name(option.item, lang)},
        lang,
    )


def _item(model: Model, item_id: int) -> AuditItem:
    return next(i for i in model.request.base.items if i.item_id == item_id)


def _unit_reason(
    model: Model, unit: Unit, core: set[Part], wanted: set[int], lang: str
) -> str | None:
    blocks = model.blocks
    base = model.request.base
    w, o, g = unit
    option = model.request.wishes[w].options[o]
    mine = unit_item(option, g, model.index)
    name = unit_name(model, unit, lang)
    for rule in blocks.rule.get(unit, ()):
        if Part("rule", rule=rule) in core:
            return f"{name}: " + _rule_reason(mine, rule, lang)
    for item_id in blocks.clash_kept.get(unit, ()):
        if Part("kept", item_id=item_id) in core:
            other = _item(model, item_id)
            return word(
                "{a} and {b}: {how}",
                {"a": name, "b": item_name(other, lang), "how": meets((mine, other), base, lang)},
                lang,
            )
    for n in blocks.clash_free.get(unit, ()):
        if Part("free", free=n) in core:
            block = model.request.free_time[n]
            return word("{a} falls in your free time {name}", {"a": name, "name": block.name}, lang)
    for partner in blocks.clash_units.get(unit, ()):
        if partner[0] in wanted:
            theirs = unit_item(
                model.request.wishes[partner[0]].options[partner[1]], partner[2], model.index
            )
            return word(
                "{a} and {b}: {how}",
                {
                    "a": name,
                    "b": unit_name(model, partner, lang),
                    "how": meets((mine, theirs), base, lang),
                },
                lang,
            )
    return None


def _rule_reason(item: AuditItem, rule: Rule, lang: str) -> str:
    templates = {
        Rule.SEATS: "{code} has no seats left",
        Rule.EXAMS: "its exam falls in an exam week or on a matriculation exam day",
        Rule.PREREQUISITES: "{code} needs {needed} in an earlier period",
        Rule.WORKLOAD: "it would go over the workload limit",
        Rule.GRADUATION: "the graduation targets would be out of reach",
    }
    needed = ", ".join(prerequisites_of(item)) or "?"
    return word(templates[rule], {"code": item.code, "needed": needed}, lang)


__all__ = ["explanation", "item_name", "meets", "unit_name"]
