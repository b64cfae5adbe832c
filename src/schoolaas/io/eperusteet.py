"""The national curriculum from an ePerusteet JSON export (the ``lops2019``
shape: subjects -> syllabi (oppimäärät) -> modules), so a new curriculum
version can be loaded without waiting for a flat CSV."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

from schoolaas.domain.curriculum import Curriculum, Module
from schoolaas.io.errors import ParseError, Problem, parse_located
from schoolaas.io.files import MAX_BYTES, load_json
from schoolaas.io.maths_switch import national_pairs, pairs_from_eperusteet

MAX_DEPTH = 6  # subject -> syllabus -> sub-syllabus is 3 in practice


def curriculum_name(data: Mapping[str, object]) -> str:
    """ "LOPS2021" for the 2019 upper secondary peruste (in force 2021)."""
    if data.get("toteutus") == "lops2019" or data.get("diaarinumero") == "OPH-2263-2019":
        return "LOPS2021"
    diary = data.get("diaarinumero")
    return str(diary)[:20] if isinstance(diary, str) and diary else "CURRICULUM"


def parse_eperusteet(data: object, name: str | None = None) -> tuple[Curriculum, list[Problem]]:
    """The modules of every subject in ``data``; modules that cannot be read
    are returned as problems (index = running module number)."""
    if not isinstance(data, Mapping):
        raise ParseError("expected an ePerusteet curriculum object")
    body = data.get("lops2019")
    subjects = body.get("oppiaineet") if isinstance(body, Mapping) else data.get("oppiaineet")
    if not isinstance(subjects, list):
        raise ParseError("no 'lops2019.oppiaineet' list: not an upper secondary ePerusteet export")
    modules: dict[str, Module] = {}
    problems: list[Problem] = []
    for subject in subjects:
        if not isinstance(subject, Mapping):
            problems.append(Problem(len(problems), "", "subject is not an object"))
            continue
        code = _code(subject)
        _walk(subject, code, "", modules, problems, 0)
    if not modules:
        raise ParseError("the file holds no modules")
    # the switch table of the export itself, else the shipped LOPS 2021 one
    pairs = pairs_from_eperusteet(data) or national_pairs()
    return (
        Curriculum(name or curriculum_name(data), modules, maths_equivalence=pairs),
        problems,
    )


def load_file(
    path: str | Path, name: str | None = None, *, limit: int = MAX_BYTES
) -> tuple[Curriculum, list[Problem]]:
    data = load_json(path, limit=limit)
    return parse_located(path, lambda: parse_eperusteet(data, name))


def _walk(
    node: Mapping[str, object],
    subject: str,
    syllabus: str,
    modules: dict[str, Module],
    problems: list[Problem],
    depth: int,
) -> None:
    if depth > MAX_DEPTH:
        problems.append(Problem(len(problems), subject, "syllabi nested too deeply"))
        return
    for item in _list(node.get("moduulit")):
        try:
            module = _module(item, subject, syllabus)
        except ValueError as exc:
            ident = _code(item) if isinstance(item, Mapping) else ""
            problems.append(Problem(len(problems), ident, str(exc)))
            continue
        if module.code in modules:
            problems.append(Problem(len(problems), module.code, "module listed twice"))
            continue
        modules[module.code] = module
    for child in _list(node.get("oppimaarat")):
        if isinstance(child, Mapping):
            _walk(child, subject, _code(child) or syllabus, modules, problems, depth + 1)


def _module(item: object, subject: str, syllabus: str) -> Module:
    if not isinstance(item, Mapping):
        raise ValueError("module is not an object")
    code = _code(item)
    if not code:
        raise ValueError("module has no code (koodi.arvo)")
    op = item.get("laajuus")
    if isinstance(op, bool) or not isinstance(op, int | float) or not math.isfinite(op) or op < 0:
        raise ValueError(f"module {code}: credits (laajuus) {op!r} is not a number")
    compulsory = item.get("pakollinen")
    if not isinstance(compulsory, bool):
        raise ValueError(f"module {code}: 'pakollinen' is not true/false")
    names = item.get("nimi")
    name = {}
    if isinstance(names, Mapping):
        name = {k: v.strip() for k in ("fi", "sv") if isinstance(v := names.get(k), str)}
    return Module(code, subject, syllabus, name, float(op), compulsory)


def _code(node: Mapping[str, object]) -> str:
    koodi = node.get("koodi")
    value = koodi.get("arvo") if isinstance(koodi, Mapping) else None
    return value.strip()[:20] if isinstance(value, str) else ""


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []
