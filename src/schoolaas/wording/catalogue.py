"""The one source of translated text: the ``.ts`` files in
``resources/translations`` (English source texts, Finnish and Swedish
translations, edited with Qt Linguist). The UI installs them as Qt
translators (ui/i18n.py); everything else reads them here, without Qt.

A text that has no translation reads in English (its source text)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

LANGUAGES = ("fi", "sv", "en")
APP_NAME = "schoolaas"

# (context, source) -> the translation, or its plural forms (one, many)
Messages = dict[tuple[str, str], tuple[str, ...]]


def ts_dir() -> Path:
    """The shipped .ts files: beside the package when installed as files
    (importlib.resources, a few ms, only when not)."""
    beside = Path(__file__).resolve().parent.parent / "resources" / "translations"
    if beside.is_dir():
        return beside
    from importlib import resources

    return Path(str(resources.files("schoolaas.resources") / "translations"))


def ts_file(lang: str) -> Path:
    return ts_dir() / f"{APP_NAME}_{lang}.ts"


def read_ts(path: Path, *, any_context: bool = False) -> Messages:
    """The finished translations of a .ts file (``any_context``: keyed by
    source text alone, obsolete ones included)."""
    import xml.etree.ElementTree as ET  # only when a file is read

    skip = ("unfinished",) if any_context else ("unfinished", "obsolete", "vanished")
    messages: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = "" if any_context else context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in skip:
                continue
            forms = tuple(f.text or "" for f in node.iter("numerusform"))
            texts = forms or (node.text or "",)
            if all(texts):
                messages[(name, message.findtext("source") or "")] = texts
    return messages


def pick(forms: tuple[str, ...], n: int) -> str:
    """Finnish, Swedish and English: the first form for one, the second for
    the rest; ``%n`` is the count."""
    text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return text.replace("%n", str(n)) if n >= 0 else text


class Catalogue:
    """The translations of one language."""

    def __init__(self, lang: str, messages: Messages) -> None:
        self.lang = lang
        self.messages = messages

    def text(self, context: str, source: str, n: int = -1) -> str:
        """``source`` in this language (English when not translated)."""
        forms = self.messages.get((context, source))
        if forms is None:
            forms = self.messages.get(("", source), (source,))
        return pick(forms, n)


@cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of ``lang``, read once per process (the .ts files do
    not change while the program runs); English for unknown languages."""
    path = ts_file(lang)
    return Catalogue(lang, read_ts(path) if lang in LANGUAGES and path.exists() else {})
