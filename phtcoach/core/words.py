"""Translatable words in the Qt-free layers: a marker for Qt's lupdate and a pluggable translate.

`core` holds English text as data (labels, the dosage summary, the built-in programme); it
cannot import Qt. Text marked here is extracted by `pyside6-lupdate` (`make i18n`): it
recognises both `QT_TRANSLATE_NOOP("Context", "text")` (marks, returns the text unchanged) and
`translate("Context", "text")` (marks and translates now). `translate` returns the source text
until the composition root (`phtcoach.i18n.use_language`) installs Qt's translate as the hook, so
the tests and an English command line never load Qt and always see English.
"""

from __future__ import annotations

import re
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


def figure(x: float, places: int = 1) -> str:
    """A measured number as people read it: at most `places` decimals and no trailing zeros
    ('8.593' -> '8.6', '15.0' -> '15', '-0.04' -> '0'), with the language's decimal mark
    ('8,6' in German)."""
    rounded = round(float(x), places) + 0.0  # + 0.0: -0.0 prints as 0
    text = f"{rounded:.{places}f}".rstrip("0").rstrip(".") if places > 0 else f"{rounded:.0f}"
    return text.replace(".", translate("number", "."))


MINUS = "\u2212"
"""The minus sign: a hyphen ("-0.3") is shorter than the plus it stands beside and can break
a line after itself."""


def signed(x: float, places: int = 1, *, fixed: bool = False) -> str:
    """A change with its sign, as people read one: "+0.9", "\u22120.3", "0" (rounded to no
    change, no sign). `fixed` keeps the decimals, so a column of changes lines up ("+2.0",
    "0.0")."""
    r = round(float(x), places) + 0.0
    if fixed:
        text = f"{abs(r):.{places}f}".replace(".", translate("number", "."))
    else:
        text = figure(abs(r), places)
    if r == 0:
        return text
    return ("+" if r > 0 else MINUS) + text


def readable_id(slug: str) -> str:
    """What to show for an exercise or template id that has no name any more (deleted since):
    'rdl-3x10' -> 'Rdl 3x10'. A name is always preferred; a raw id never reaches the user."""
    text = " ".join(slug.replace("-", " ").replace("_", " ").split())
    return text[:1].upper() + text[1:]


_PLURAL_S = re.compile(r"(?<=[^\W\d_])\(s\)")  # 'template(s)', never the unit in 'hold (s)'


def plural(text: str, n: int) -> str:
    """English plural of a `%n ...(s)` text that no translation has chosen a form for:
    'Imported 1 template(s).' -> 'Imported 1 template.', with 2: '... 2 templates.'.

    Qt's `tr(source, "", n)` puts the number in for `%n` and picks the language's form from
    the translation file; English is the source text and has no file, so its '(s)' is
    resolved here (a translated text has no '(s)' left, and passes unchanged)."""
    return _PLURAL_S.sub("" if n == 1 else "s", text.replace("%n", str(n)))
