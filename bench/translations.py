"""How much of the user interface is translated: every message the code
asks a translator for, found in the sources, against the shipped .ts files.

    uv run python bench/translations.py            # the share per language
    uv run python bench/translations.py --missing  # and the messages without one

A message is what the code hands Qt's translators or the services' wording:
``self.tr("…")`` in a class (context: the class name), a module's
``tr("…")`` helper that calls ``QCoreApplication.translate("Context", text)``
(its context), ``QCoreApplication.translate("Context", "…")`` itself, and
the English template of a service error (``InvalidInput("…", …)`` and the
other PlannerError classes, ``say("…")``; context ServiceError). It is
finished in a language when the .ts file holds it in that context with a
non-empty translation not marked unfinished. Messages built at run time
(the findings' templates, read by wording/ from the .ts files themselves)
are not counted here."""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "schoolaas"
TS = SOURCES / "resources" / "translations"
ERRORS = {"PlannerError", "NotFound", "Ambiguous", "InvalidInput", "StorageError", "StaleEdit"}
SERVICE = "ServiceError"


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translate_call(node: ast.AST) -> tuple[ast.AST, ast.AST] | None:
    """(context, text) of ``QCoreApplication.translate(context, text)``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) >= 2
    ):
        return node.args[0], node.args[1]
    return None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions ``f(text)`` returning translate("Context", text)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for inner in ast.walk(node):
            call = _translate_call(inner)
            if call is None:
                continue
            context = _text(call[0])
            if context is not None and isinstance(call[1], ast.Name):
                found[node.name] = context
    return found


def messages(path: Path) -> Iterator[tuple[str, str]]:
    """(context, source text) of every message asked for in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = _helpers(tree)

    def walk(node: ast.AST, cls: str | None) -> Iterator[tuple[str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                first = _text(child.args[0])
                call = _translate_call(child)
                if call is not None:
                    context, text = _text(call[0]), _text(call[1])
                    if context is not None and text is not None:
                        yield context, text
                elif first is None:
                    pass
                elif isinstance(func, ast.Attribute) and func.attr == "tr" and cls:
                    yield cls, first
                elif isinstance(func, ast.Name) and func.id in helpers:
                    yield helpers[func.id], first
                elif isinstance(func, ast.Name) and (func.id in ERRORS or func.id == "say"):
                    yield SERVICE, first
            yield from walk(child, inner)

    yield from walk(tree, None)


def wanted() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(SOURCES.rglob("*.py")):
        found.update(messages(path))
    return found


def finished(lang: str, want: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The wanted messages finished in ``lang`` (one filed under the empty
    context, where lupdate puts a module's tr() helper, serves any context:
    the app installs such a fallback translator, ui/i18n.py)."""
    root = ET.parse(TS / f"schoolaas_{lang}.ts").getroot()
    done: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            plural = translation.find("numerusform") is not None
            has_text = bool((translation.text or "").strip()) or plural
            if has_text:
                done.add((name, message.findtext("source") or ""))
    anywhere = {source for context, source in done if context == ""}
    return {m for m in want if m in done or m[1] in anywhere}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missing", action="store_true", help="list the unfinished messages")
    parser.add_argument("--min", type=float, default=0.0, help="exit 1 below this share (%%)")
    args = parser.parse_args(argv)
    want = wanted()
    worst = 100.0
    for lang in ("fi", "sv"):
        done = finished(lang, want)
        share = 100.0 * len(done) / len(want) if want else 100.0
        worst = min(worst, share)
        print(f"{lang}: {len(done)} of {len(want)} messages finished ({share:.1f} %)")
        if args.missing:
            for context, text in sorted(want - done):
                print(f"  [{context}] {text!r}")
    return 1 if worst < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
