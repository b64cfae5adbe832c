"""Translations of the user interface (English source, Finnish and Swedish).

The ``.ts`` files under ``resources/translations`` are the source. At start
(or when the language option changes) :func:`install` compiles the wanted
``.ts`` to ``.qm`` with ``pyside6-lrelease`` into a cache directory when the
``.qm`` is missing or older than the ``.ts``, then installs a
``QTranslator``. Where ``lrelease`` is not at hand (a frozen build without
it) the ``.ts`` XML is read directly into :class:`TsTranslator`.

Switching language happens at run time: installing a translator makes Qt
send ``QEvent.LanguageChange`` to every widget; widgets that word
themselves in a ``retranslate()`` method called from ``changeEvent`` update
at once, any others at the next start.
"""

from __future__ import annotations

import os
import sys
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from schoolaas.wording import messages
from schoolaas.wording.catalogue import APP_NAME, pick, read_ts, ts_file

LANGUAGES = {"en": "English", "fi": "suomi", "sv": "svenska"}


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, "SchoolaaS")) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run lrelease here: the PySide6 wrapper next to Python, on PATH,
    or the binary inside the PySide6 package."""
    import shutil

    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).parent / name
        if beside.exists():
            return [str(beside)]
        found = shutil.which(name)
        if found:
            return [found]
    try:
        import PySide6

        inner = Path(PySide6.__file__).parent / "lrelease"
        if inner.exists():
            return [str(inner)]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    return None


def compile_ts(source: Path, target: Path) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm) if missing or older."""
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return True
    import subprocess  # only when a .qm is made (not at every start)

    command = lrelease_command()
    if command is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [*command, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            timeout=60,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and target.exists()


class TsTranslator(QTranslator):
    """A translator fed straight from a ``.ts`` file (no ``.qm`` needed).

    ``plurals_only``: answer only texts with a count (``%n``), and read the
    file when the first of them is asked: English needs its .ts for plural
    forms alone, and the window paints before any count is shown."""

    def __init__(
        self,
        path: Path,
        parent: QObject | None = None,
        *,
        any_context: bool = False,
        plurals_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.any_context = any_context
        self.plurals_only = plurals_only
        self._messages: dict[tuple[str, str], tuple[str, ...]] | None = None
        if not plurals_only:
            self._read()

    @property
    def messages(self) -> dict[tuple[str, str], tuple[str, ...]]:
        return self._messages if self._messages is not None else self._read()

    def _read(self) -> dict[tuple[str, str], tuple[str, ...]]:
        self._messages = read_ts(self.path, any_context=self.any_context)
        return self._messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if self.plurals_only and n < 0:
            return None  # a null QString: "not here", Qt asks the next translator
        texts = self.messages.get(("" if self.any_context else context, source))
        if not texts:
            return None  # a null QString: "not here", Qt asks the next translator
        return pick(texts, n)

    def isEmpty(self) -> bool:
        if self._messages is None:  # not read yet (plurals_only): there is a file
            return False
        return not self._messages


class Translations:
    """The translators installed in one application; :meth:`set_language`
    swaps them (Qt then sends LanguageChange to every widget)."""

    def __init__(self, app: QCoreApplication, *, cache: Path | None = None) -> None:
        self.app = app
        self.cache = cache or cache_dir()
        self.language = "en"
        self.compiled = False  # whether the last install used an lrelease .qm
        self._installed: list[QTranslator] = []
        _BY_APP[app] = self

    def set_language(self, lang: str) -> bool:
        """Install ``lang`` (English needs only its plural forms). False if
        the language has no translation file (English stays)."""
        if lang not in LANGUAGES:
            return False
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed.clear()
        self.language = "en"
        messages.follow("en")
        own = self._own_translator(lang)
        if own is None and lang != "en":
            return False
        if own is not None:
            # Asked last: the same text under any context. lupdate files texts of
            # module-level tr() helpers and of ``model.tr`` calls under a context
            # other than the one Qt asks for at run time.
            fallback = TsTranslator(
                ts_file(lang), self.app, any_context=True, plurals_only=lang == "en"
            )
            self.app.installTranslator(fallback)
            self._installed.append(fallback)
        if lang != "en":
            qt = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_dir):
                self.app.installTranslator(qt)
                self._installed.append(qt)
        if own is not None:
            self.app.installTranslator(own)
            self._installed.append(own)
        self.language = lang
        messages.follow(lang)  # the services' error messages and the findings
        # numbers and dates as the language writes them: Finland's English
        # (en_FI) writes "1,50", so English follows the United Kingdom ("1.50")
        language, country = {
            "fi": (QLocale.Language.Finnish, QLocale.Country.Finland),
            "sv": (QLocale.Language.Swedish, QLocale.Country.Finland),
        }.get(lang, (QLocale.Language.English, QLocale.Country.UnitedKingdom))
        QLocale.setDefault(QLocale(language, country))
        return True

    def _own_translator(self, lang: str) -> QTranslator | None:
        source = ts_file(lang)
        if not source.exists():
            return None
        target = self.cache / f"{APP_NAME}_{lang}.qm"
        if compile_ts(source, target):
            translator = QTranslator(self.app)
            if translator.load(str(target)):
                self.compiled = True
                return translator
        self.compiled = False
        return TsTranslator(source, self.app)


_BY_APP: weakref.WeakKeyDictionary[QCoreApplication, Translations] = weakref.WeakKeyDictionary()


def translations_of(app: QCoreApplication | None) -> Translations | None:
    """The Translations made for ``app`` (by ui/app.py), if any."""
    return _BY_APP.get(app) if app is not None else None


def follow_language(options: QObject, translations: Translations) -> None:
    """Install the language of ``options`` now and whenever it changes
    (``options`` is a ui.options.Options)."""
    from schoolaas.ui import options as opts

    def apply(name: str = opts.LANGUAGE.name) -> None:
        if name == opts.LANGUAGE.name:
            translations.set_language(options.get(opts.LANGUAGE))  # type: ignore[attr-defined]

    options.changed.connect(apply)  # type: ignore[attr-defined]
    apply()
