"""Prerequisites neither completed nor planned in an earlier period.

An item's prerequisites are codes (course or module codes). One is met by
another item of the plan that is not failed and whose code or modules
include it: a completed one always, a planned or enrolled one only when it
lies in an earlier period. Periods are ordered by ``period_index`` when both
items have one, else by dates (the school period's dates from
``AuditInput.periods``, else the item's first and last session): the
prerequisite must end before the item starts. The same period is not
earlier. When the order cannot be told, the prerequisite counts as met.

Items without prerequisites of their own use :data:`BUILTIN_PREREQUISITES`
for their code and modules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from schoolaas.domain.calendar import Period
from schoolaas.domain.finding_keys import SCHEDULED, item_ident, label
from schoolaas.domain.finding_numbers import PrerequisiteLaterNumbers, PrerequisiteNumbers
from schoolaas.domain.findings import FindingCode
from schoolaas.domain.model import AuditItem, Finding, ItemStatus, Severity

# (assumed) The maths chain of LOPS 2021 where one module builds on another:
# integral calculus (MAA7) needs the derivative (MAA6); analysis and
# continuous distributions (MAA12) needs integral calculus (MAA7). Used only
# when the item brings no prerequisites of its own.
BUILTIN_PREREQUISITES: Mapping[str, tuple[str, ...]] = {
    "MAA7": ("MAA6",),
    "MAA12": ("MAA7",),
}


# Enum members as module constants: looking up a member (ItemStatus.FAILED)
# costs some 70 ns in Python 3.11, a module constant a tenth of that.
_FAILED = ItemStatus.FAILED
_COMPLETED = ItemStatus.COMPLETED


def prerequisites_of(item: AuditItem) -> tuple[str, ...]:
    """The item's own prerequisites, else the built-in ones of its code and
    modules (minus what the item covers itself)."""
    if item.prerequisites:
        return item.prerequisites
    if item.code not in BUILTIN_PREREQUISITES and BUILTIN_PREREQUISITES.keys().isdisjoint(
        item.modules
    ):
        return ()  # the usual case, told without building a set
    covers = {item.code, *item.modules}
    out: list[str] = []
    for code in (item.code, *item.modules):
        for needed in BUILTIN_PREREQUISITES.get(code, ()):
            if needed not in covers and needed not in out:
                out.append(needed)
    return tuple(out)


def _span(item: AuditItem, periods: Mapping[str, Period]) -> tuple[date, date] | None:
    period = periods.get(item.period) if item.period else None
    if period is not None:
        return period.start, period.end
    if item.sessions:
        return (
            min(s.start for s in item.sessions).date(),
            max(s.end for s in item.sessions).date(),
        )
    return None


def earlier(before: AuditItem, after: AuditItem, periods: Mapping[str, Period]) -> bool | None:
    """Whether ``before`` lies in an earlier period than ``after``; None when
    it cannot be told."""
    if before.period_index is not None and after.period_index is not None:
        return before.period_index < after.period_index
    span_before, span_after = _span(before, periods), _span(after, periods)
    if span_before is None or span_after is None:
        return None
    return span_before[1] < span_after[0]


def _providers(items: Sequence[AuditItem]) -> dict[str, list[AuditItem]]:
    """Items that are not failed by each code and module they cover."""
    providers: dict[str, list[AuditItem]] = {}
    for item in items:
        if item.status == _FAILED:
            continue
        for code in {item.code, *item.modules}:
            providers.setdefault(code, []).append(item)
    return providers


def prerequisite_findings(
    items: Sequence[AuditItem], periods: Mapping[str, Period]
) -> list[Finding]:
    """PREREQUISITE_MISSING and PREREQUISITE_LATER errors for scheduled items.

    numbers: PrerequisiteNumbers: prerequisite (code), code, label; LATER's
    PrerequisiteLaterNumbers add prerequisite_label, period and
    prerequisite_period (period keys, "" when unknown).
    """
    wanting = [
        (item, codes)
        for item in items
        if item.status in SCHEDULED and (codes := prerequisites_of(item))
    ]
    if not wanting:
        return []
    providers = _providers(items)
    findings = []
    for item, prerequisites in wanting:
        for needed in prerequisites:
            candidates = sorted(
                (p for p in providers.get(needed, ()) if p is not item),
                key=lambda p: (p.period_index is None, p.period_index or 0, p.item_id),
            )
            if any(p.status == _COMPLETED for p in candidates):
                continue
            numbers: PrerequisiteNumbers
            if not candidates:
                code = FindingCode.PREREQUISITE_MISSING
                numbers = PrerequisiteNumbers(
                    prerequisite=needed, code=item.code, label=label(item)
                )
            else:
                order = [earlier(p, item, periods) for p in candidates]
                if any(o is None or o for o in order):
                    continue
                code = FindingCode.PREREQUISITE_LATER
                first = min(candidates, key=lambda p: (p.period_index or 0, p.item_id))
                numbers = PrerequisiteLaterNumbers(
                    prerequisite=needed,
                    code=item.code,
                    label=label(item),
                    prerequisite_label=label(first),
                    period=item.period or "",
                    prerequisite_period=first.period or "",
                )
            findings.append(
                Finding(
                    code=code,
                    severity=Severity.ERROR,
                    key=f"{code}:{item_ident(item)}:{needed}",
                    item_ids=(item.item_id, *(p.item_id for p in candidates)),
                    numbers=numbers,
                )
            )
    return findings
