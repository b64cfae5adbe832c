"""Load a national curriculum from the flat CSV (module, subject, op, type)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from importlib import resources

from schoolaas.domain.curriculum import Curriculum, Module
from schoolaas.io.maths_switch import national_pairs

REQUIRED_COLUMNS = ("oppiaine", "oppimaara", "moduuli", "laajuus_op", "pakollinen")


class CurriculumError(ValueError):
    """A curriculum file that cannot be read; the message names the line."""


def parse_flat_csv(text: str, name: str = "LOPS2021") -> Curriculum:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise CurriculumError(f"curriculum CSV lacks column(s): {', '.join(missing)}")
    return Curriculum(name, _modules(reader), maths_equivalence=national_pairs())


def _modules(rows: Iterable[dict[str, str]]) -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for line, row in enumerate(rows, start=2):
        try:
            op = float(row["laajuus_op"])
        except (TypeError, ValueError):
            raise CurriculumError(
                f"line {line}: credits {row.get('laajuus_op')!r} is not a number"
            ) from None
        flag = (row.get("pakollinen") or "").strip().lower()
        if flag not in {"true", "false"}:
            raise CurriculumError(f"line {line}: compulsory flag {flag!r} is not True/False")
        code = (row.get("moduuli") or "").strip()
        if not code:
            raise CurriculumError(f"line {line}: module code is empty")
        modules[code] = Module(
            code=code,
            subject=row["oppiaine"].strip(),
            syllabus=(row.get("oppimaara") or "").strip(),
            name={"fi": row.get("nimi_fi") or "", "sv": row.get("nimi_sv") or ""},
            op=op,
            compulsory=flag == "true",
        )
    return modules


def lops2021() -> Curriculum:
    """The LOPS 2021 curriculum shipped inside the package."""
    data = resources.files("schoolaas.resources") / "data" / "lops2021_modules_flat.csv"
    return parse_flat_csv(data.read_text(encoding="utf-8"))
