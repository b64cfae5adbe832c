"""Qt-style placeholders in a translated text, on its own so the window can
word itself before the findings' wording (and the audit types it needs) is
loaded."""

from __future__ import annotations


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders: %1, %2 ... replaced by ``values`` (the order
    a translation needs may differ from English)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
