"""Translatable words in the Qt-free layers: a marker for Qt's lupdate and a pluggable translate.

`core` holds English text as data (labels, the dosage summary, the built-in programme); it
cannot import Qt. Text marked here is extracted by `pyside6-lupdate` (`make i18n`): it
recognises both `QT_TRANSLATE_NOOP("Context", "text")` (marks, returns the text unchanged) and
`translate("Context", "text")` (marks and translates now). `translate` returns the source text
until the composition root (`phtcoach.i18n.use_language`) installs Qt's translate as the hook, so
the tests and an English command line never load Qt and always see English.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]

_hook: Translate | None = None


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation under `context`; returns it unchanged (translate later)."""
    del context
    return source


def translate(context: str, source: str) -> str:
    """`source` in the user's language when a translator is installed, else unchanged."""
    if _hook is None or not source:
        return source
    return _hook(context, source)


def install(hook: Translate | None) -> None:
    """Called by the composition root only: None goes back to English (the tests' reset)."""
    global _hook
    _hook = hook


def active() -> bool:
    """True when a translate hook is installed (something other than English may be shown)."""
    return _hook is not None
