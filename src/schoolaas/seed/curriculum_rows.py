"""Table rows for a curriculum's modules, shared by the data-set builders
(the demo database and the benchmark data sets) for their bulk inserts."""

from __future__ import annotations

from typing import Any

from schoolaas.domain.curriculum import Curriculum


def module_rows(curriculum: Curriculum) -> list[dict[str, Any]]:
    """One ``ModuleRow`` value dict a module, named by the curriculum."""
    return [
        {
            "curriculum": curriculum.name,
            "code": m.code,
            "subject": m.subject,
            "syllabus": m.syllabus,
            "name_fi": m.name.get("fi", ""),
            "name_sv": m.name.get("sv", ""),
            "op": m.op,
            "compulsory": m.compulsory,
        }
        for m in curriculum.modules.values()
    ]
