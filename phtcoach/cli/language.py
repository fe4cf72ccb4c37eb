"""`--lang` on the command line: taken out before argparse, so it works before or after the
command (`phtcoach --lang de timeline iso-5x5`, `phtcoach timeline iso-5x5 --lang de`).

Precedence as in the window: --lang > the `language` setting of the data dir > the system's
language. English is the source text and installs nothing (no Qt); another language loads
QtCore only (no display needed) and a QCoreApplication to hold the translators. The window
decides its language itself (`i18n.apply`): the command line only passes --lang on.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from phtcoach import i18n, paths
from phtcoach.core.words import QT_TRANSLATE_NOOP, translate

VALUE_OPTIONS = frozenset({"--data-dir", "--start", "--lang", "--page"})
"""Options before the command that take a value (so that value is not read as the command)."""


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """(--lang value, argv without it); raises UnknownLanguageError for an unknown value."""
    rest: list[str] = []
    given: str | None = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            rest.extend(argv[i:])
            break
        if a == "--lang" or a.startswith("--lang="):
            if a == "--lang":
                if i + 1 >= len(argv):
                    raise i18n.UnknownLanguageError("")
                value, i = argv[i + 1], i + 2
            else:
                value, i = a.partition("=")[2], i + 1
            given = i18n.check_language(value)
            continue
        rest.append(a)
        i += 1
    return given, rest


def command_of(argv: list[str], commands: Iterable[str]) -> str | None:
    """The subcommand named in `argv` (None: the window); help and --version count as one."""
    known = set(commands)
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a in ("-h", "--help", "--version"):
            return a
        if a in VALUE_OPTIONS:
            skip = True
            continue
        if a.startswith("-"):
            continue
        return a if a in known else None
    return None


def _data_dir_arg(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--data-dir="):
            return a.partition("=")[2]
    return None


def _setting(argv: list[str]) -> str | None:
    """The data dir's `language` setting, when it has a database that can be read."""
    try:  # a bad --data-dir (a name too long, ...) is the command's to report, in words
        root: Path = paths.data_dir(_data_dir_arg(argv) or None)
        if not paths.db_path(root).is_file():
            return None
        from phtcoach.cli.common import _settings

        return str(_settings(root).language.value)
    except Exception:  # an unreadable database is the command's error to report, not ours
        return None


def cli_language(given: str | None, argv: list[str]) -> str:
    return i18n.choose(given, None if given else _setting(argv))


def install(lang: str) -> str:
    """Speak `lang` from here on (a no-op for English): translators, programme, argparse."""
    used = i18n.use_language(lang, need_app=True)
    if used != i18n.SOURCE_LANGUAGE:
        argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse's gettext hook
    return used


def _argparse_words(text: str) -> str:
    return translate("argparse", text)


ARGPARSE_WORDS = (  # argparse's own words that show up in --help and its errors
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)
