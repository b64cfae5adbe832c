"""Stable finding keys and small helpers shared by the audit checks.

A finding's key must name the same problem in every audit of a plan, so a
counsellor's acceptance (stored by key) keeps applying after items are
re-read in another order or get new ids. Keys therefore never contain item
ids; they are built from *item identities*:

    ident(item) = OFFERING_KEY|GROUP+GROUP   (groups sorted, "|..." left out
                                              when the item has no groups)
                  CODE|GROUPS                (when the item has no offering)

Key scheme, one line per finding code (pairs are sorted by ident, so the
key does not depend on which item comes first):

    overlap:IDENT_A:IDENT_B
    travel:IDENT_A:IDENT_B
    room-capacity:IDENT:ROOM_KEY
    seat-limit:OFFERING_KEY              seats of the whole offering
    seat-limit:OFFERING_KEY#GROUP_KEY    capacity of one study group
    prerequisite-missing:IDENT:PREREQUISITE_CODE
    prerequisite-later:IDENT:PREREQUISITE_CODE
    same-bar:IDENT_A:IDENT_B
    duplicate:CODE                       the same code twice
    duplicate:module:MODULE              one module in two school courses
    duplicate:CODE_A:CODE_B              codes marked as overlapping courses
    exam-week:IDENT
    matriculation:IDENT
    total-short
    compulsory-short:SUBJECT
    national-electives-short
    arts-short
    period-workload:PERIOD_KEY
    week-hours:YYYY-Www                  ISO week, e.g. 2026-W41
    unknown-code:CODE
"""

from __future__ import annotations

from typing import TypedDict

from schoolaas.domain.model import AuditItem, ItemStatus

SCHEDULED = frozenset({ItemStatus.PLANNED, ItemStatus.ENROLLED})


def item_ident(item: AuditItem) -> str:
    """The item's identity in finding keys (see the module docstring)."""
    base = item.offering_key or item.code
    if not item.group_keys:
        return base
    return f"{base}|{'+'.join(sorted(item.group_keys))}"


def keyed_pair(prefix: str, a: AuditItem, b: AuditItem) -> tuple[AuditItem, AuditItem, str]:
    """The two items in key order (ident, then code, then id as a last
    resort) and the pair's key ``PREFIX:IDENT_A:IDENT_B``."""
    ident_a, ident_b = item_ident(a), item_ident(b)
    if (ident_b, b.code, b.item_id) < (ident_a, a.code, a.item_id):
        return b, a, f"{prefix}:{ident_b}:{ident_a}"
    return a, b, f"{prefix}:{ident_a}:{ident_b}"


def label(item: AuditItem) -> str:
    """What a person calls the item; the code when no label was given."""
    return item.label or item.code


class PairFields(TypedDict):
    """The fields of finding_numbers.PairNumbers, to pass as ``**``."""

    code_a: str
    code_b: str
    label_a: str
    label_b: str


def pair_numbers(a: AuditItem, b: AuditItem) -> PairFields:
    """code_a, code_b, label_a, label_b of an ordered pair."""
    return {"code_a": a.code, "code_b": b.code, "label_a": label(a), "label_b": label(b)}
