"""Which language the app and the command line speak, and installing its translations.

Precedence: `--lang` > the `language` setting > the system's language (English when the
system's is not one we ship). English is the source text: choosing it installs nothing, so an
English command line never loads Qt. Any other language loads `assets/i18n/phtcoach_<lang>.qm`
(made by `make i18n`) plus Qt's own `qtbase_<lang>` (standard dialog buttons), sets Qt's default
locale (dates and numbers) and hands Qt's translate to `core.words`, so the built-in programme,
the dosage summaries and the labels held in `core` come out in that language too.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from phtcoach import paths
from phtcoach.audio.cues import set_voice_language
from phtcoach.core import words

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from phtcoach.services import Services

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""The languages we ship, by code: English (the source text) and those with a .qm file."""

SOURCE_LANGUAGE = "en"
SYSTEM = "system"

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


class UnknownLanguageError(ValueError):
    """`--lang xx`: one line naming the allowed values (exit status 2)."""

    def __init__(self, given: str) -> None:
        allowed = ", ".join(LANGUAGES)
        super().__init__(f"--lang: unknown language {given!r} (allowed: {allowed})")


def check_language(code: str) -> str:
    """A `--lang` value: 'de', 'DE', 'de_DE' or 'de-AT' mean 'de'; raises for the rest."""
    base = code.strip().replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        raise UnknownLanguageError(code)
    return base


def _base(tag: str) -> str:
    return tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The desktop's language when we ship it, else English.

    With Qt loaded (the window) Qt's view of the system wins; the command line reads the
    POSIX variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) so it need not load Qt to decide.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if env is None and qtcore is not None:
        for tag in qtcore.QLocale.system().uiLanguages():
            code = _base(str(tag))
            if code in LANGUAGES:
                return code
            if code not in ("c", "posix", ""):
                return SOURCE_LANGUAGE
    env = os.environ if env is None else env
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for tag in value.split(":"):  # LANGUAGE is a priority list: de:en
            code = _base(tag)
            if code in LANGUAGES:
                return code
            if code not in ("c", "posix", ""):
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def choose(cli: str | None, setting: str | None, env: Mapping[str, str] | None = None) -> str:
    """--lang > the language setting > the system's language."""
    if cli:
        return check_language(cli)
    if setting and setting != SYSTEM and setting in LANGUAGES:
        return setting
    return system_language(env)


def apply(services: Services, cli_lang: str | None) -> str:
    """The window's language: --lang > the language setting > the system's. Installs it and
    reloads the built-in programme so its names and how-tos are in that language too."""
    used = use_language(choose(cli_lang, services.settings.load().language.value))
    services.programme.reload()
    return used


def qm_path(lang: str) -> Any:
    return paths.asset("i18n", f"phtcoach_{lang}.qm")


def use_language(lang: str, *, need_app: bool = False) -> str:
    """Install `lang`'s translations into Qt (a no-op for English); returns the language used.

    `need_app`: create a QCoreApplication when none exists (the command line), because Qt's
    translators live on the application instance. Loads QtCore only.
    """
    remove_translators()
    if lang == SOURCE_LANGUAGE:
        _english_dates()
        return lang
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    if QCoreApplication.instance() is None:
        if not need_app:
            raise RuntimeError("use_language needs a QCoreApplication first")
        _installed_app.append(QCoreApplication([sys_argv0()]))
    ours = QTranslator()
    if not ours.load(str(qm_path(lang))):
        return SOURCE_LANGUAGE  # no file: English rather than a half-translated window
    fallback = _any_context(ours)
    QCoreApplication.installTranslator(fallback)  # installed first: asked last
    _installed.append(fallback)
    _remove_at_exit()
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(lang))
    set_voice_language(lang)
    from phtcoach.ui.text.words import translate

    words.install(translate)
    return lang


_installed_app: list[Any] = []


def _english_dates() -> None:
    """English chosen on, say, a German desktop: English dates too (the window only)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return
    locale = qtcore.QLocale
    system = locale.system()
    if system.language() not in (locale.Language.English, locale.Language.C):
        locale.setDefault(locale(locale.Language.English, system.territory()))


def _remove_at_exit() -> None:
    """Take the translators out before Python tears the application down: Qt asks them for
    texts while it destroys widgets, and a Python translator already collected crashes it."""
    if not _at_exit:
        atexit.register(remove_translators)
        _at_exit.append(True)


_at_exit: list[bool] = []


def _any_context(primary: QTranslator) -> QTranslator:
    """Asked when no translator knows (context, text): the text under the empty context.

    Module-level helpers such as `_tr(text)` pass their own context at run time while lupdate
    files their strings under the empty one (`-tr-function-alias`, see assets/i18n/README.md).
    """
    from PySide6.QtCore import QTranslator

    class AnyContext(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            # None, not "": an empty string would count as a translation (an empty text).
            if not context:
                return None
            return primary.translate("", source, disambiguation, n) or None

        def isEmpty(self) -> bool:
            return False

    return AnyContext()


def sys_argv0() -> str:
    return sys.argv[0] if sys.argv else "phtcoach"


def remove_translators() -> None:
    """Back to English (the source text): the tests' reset after a German run."""
    words.install(None)
    set_voice_language(SOURCE_LANGUAGE)
    if not _installed:
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
