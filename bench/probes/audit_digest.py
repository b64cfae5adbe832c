"""The audit of every active plan of a database, as one digest.

    python bench/probes/audit_digest.py DB_URL

Runs ``Workspace.audit_all()`` (what ``check --all`` runs) in this fresh
process and prints one JSON line: plans, findings, the sha256 of every
plan's findings and credit summary in a form that does not depend on how
the objects are spelt (dataclasses, mappings, enums, tuples, comma-joined
lists and 3.0 versus 3 come out the same), and the seconds audit_all took.
Run with another tree's ``src`` first on PYTHONPATH it digests that tree's
audit: the bench compares the two.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import sys
import time
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


def plain(value: Any) -> Any:
    """A JSON-able, spelling-independent form of an audit value."""
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 6)
    if isinstance(value, int | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return repr(value)


def finding(f: Any) -> Any:
    numbers = plain(f.numbers)
    # lists of figures were once comma-joined texts: one spelling for both
    numbers = {
        k: ",".join(str(x) for x in v) if isinstance(v, list) else v for k, v in numbers.items()
    }
    acceptance = f.acceptance.finding_key if f.acceptance is not None else None
    return [
        f.code,
        plain(f.severity),
        f.key,
        plain(f.item_ids),
        plain(f.dates),
        numbers,
        acceptance,
    ]


def main(url: str) -> None:
    from schoolaas.services.workspace import Workspace

    ws = Workspace(url)
    began = time.perf_counter()
    results = ws.audit_all()
    seconds = time.perf_counter() - began
    ws.close()
    digest = hashlib.sha256()
    findings = 0
    for plan_id in sorted(results):
        result = results[plan_id]
        findings += len(result.findings)
        doc = [plan_id, [finding(f) for f in result.findings], plain(result.credits)]
        digest.update(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode())
    out = {
        "plans": len(results),
        "findings": findings,
        "digest": digest.hexdigest(),
        "audit_all_s": round(seconds, 3),
    }
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
