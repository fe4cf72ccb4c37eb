"""The small words every advice sentence is built from: numbers, days, sessions, names.

`translate` is Qt's when Qt is loaded (the window, and a command line in another language,
which loads QtCore only and installs the same translators: `phtcoach.i18n`) and the source text
when it is not (an English command line, which must start fast and run without a display). The
window and `phtcoach advice` therefore say the same words, in the same language.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping
from html import escape

from phtcoach.core.model import MorningTest, RedFlag
from phtcoach.core.progression import RECENT_DAYS, SessionRef, Value
from phtcoach.core.words import figure, plural

Values = Mapping[str, Value]


def bullets_html(items: Iterable[str]) -> str:
    """Lines as a bulleted list for a rich-text label: a line that wraps hangs under its
    text, not under its bullet."""
    rows = "".join(f"<tr><td>•&nbsp;</td><td>{escape(item)}</td></tr>" for item in items)
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"


def translate(context: str, source: str, n: int = -1) -> str:
    """`QCoreApplication.translate` once PySide6 is loaded, else `source` unchanged.

    With `n` >= 0 the source is a plural text ('%n set(s)'): the number goes in for %n and the
    translation's form for it is used (English: `core.words.plural`). lupdate reads plurals
    only from tr-style calls: call this through a `_tr(text, "", n)` alias (ui/text/steps.py).
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        text = source
    else:
        text = str(qtcore.QCoreApplication.translate(context, source, None, n))
    return text if n < 0 else plural(text, n)


NBSP = "\u00a0"
WORD_JOINER = "\u2060"  # no line break here, and nothing drawn
_NUMBER_AND_UNIT = re.compile(r"(?<=\d) (?=(?:%|s|min|h|kg|lb|km|x)(?!\w))")
_TIMES_NUMBER = re.compile(r"(?<=\bx) (?=\d)")


def unbroken_units(text: str) -> str:
    """`text` with no line break between a number and its unit ("30 %", "5 s", "9 min") or
    inside a "3 x 8": a wrapped label must not leave "%)." alone at the start of a line."""
    return _TIMES_NUMBER.sub(NBSP, _NUMBER_AND_UNIT.sub(NBSP, text))


def unbroken_phrase(words: str) -> str:
    """`words` that a wrapping label keeps on one line: spaces made non-breaking, and no
    break after a slash ("←/→")."""
    return words.replace(" ", NBSP).replace("/", "/" + WORD_JOINER)


def key_hints(text: str) -> str:
    """A "Space pause · ← back · Esc end" line that wraps only between its items, and never
    starts a line with the "·" that separates them."""
    return (NBSP + "· ").join(unbroken_phrase(item) for item in text.split(" · "))


def inline(label: str) -> str:
    """A label or a floor word inside a sentence: English lower-cases it ('Run' -> 'run',
    'REST' -> 'rest'); German keeps its nouns' capitals ('Laufen', 'PAUSE' -> 'Pause'). The
    language says which through the translation of the marker below."""
    if translate("grammar", "inline words: lower case") != "inline words: keep capitals":
        return label.lower()
    return label[:1] + label[1:].lower() if label.isupper() else label


# --------------------------------------------------------------------------- values


def num(values: Values, key: str) -> float:
    """A number of `values` (0 when absent: a sentence never fails on a missing value)."""
    v = values.get(key)
    return float(v) if isinstance(v, int | float) else 0.0


def opt_num(values: Values, key: str) -> float | None:
    v = values.get(key)
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def count(values: Values, key: str) -> int:
    return round(num(values, key))


def text(values: Values, key: str) -> str:
    v = values.get(key)
    return v if isinstance(v, str) else ""


def opt_date(values: Values, key: str) -> dt.date | None:
    v = values.get(key)
    return dt.date.fromisoformat(v) if isinstance(v, str) and v else None


def n(x: float) -> str:
    """A pain number as people write it: 3, 3.5 (never 3.0 or 3.4999); 3,5 in German."""
    return figure(x)


def sessions_count(k: int) -> str:
    """'1 session', '2 sessions'."""
    if k == 1:
        return translate("advice", "1 session")
    return translate("advice", "{n} sessions").format(n=k)


def morning_tests_count(k: int) -> str:
    """'1 morning test', '2 morning tests'."""
    if k == 1:
        return translate("advice", "1 morning test")
    return translate("advice", "{n} morning tests").format(n=k)


# --------------------------------------------------------------------------- days


def _weekday(d: dt.date) -> str:
    names = (
        translate("advice", "Monday"),
        translate("advice", "Tuesday"),
        translate("advice", "Wednesday"),
        translate("advice", "Thursday"),
        translate("advice", "Friday"),
        translate("advice", "Saturday"),
        translate("advice", "Sunday"),
    )
    return names[d.weekday()]


def _month(d: dt.date) -> str:
    names = (
        translate("advice", "Jan"),
        translate("advice", "Feb"),
        translate("advice", "Mar"),
        translate("advice", "Apr"),
        translate("advice", "May"),
        translate("advice", "Jun"),
        translate("advice", "Jul"),
        translate("advice", "Aug"),
        translate("advice", "Sep"),
        translate("advice", "Oct"),
        translate("advice", "Nov"),
        translate("advice", "Dec"),
    )
    return names[d.month - 1]


def day_words(d: dt.date, today: dt.date) -> str:
    """A day as people say it: today, yesterday, Friday (within the week), else 20 Nov."""
    ago = (today - d).days
    if ago == 0:
        return translate("advice", "today")
    if ago == 1:
        return translate("advice", "yesterday")
    if 0 < ago < RECENT_DAYS:
        return _weekday(d)
    if d.year == today.year:
        return translate("advice", "{day} {month}").format(day=d.day, month=_month(d))
    return translate("advice", "{day} {month} {year}").format(
        day=d.day, month=_month(d), year=d.year
    )


def on_day(d: dt.date, today: dt.date) -> str:
    """'yesterday', 'on Friday', 'on 20 Nov': a day after a verb."""
    if (today - d).days in (0, 1):
        return day_words(d, today)
    return translate("advice", "on {day}").format(day=day_words(d, today))


def days_possessive(d: dt.date, today: dt.date) -> str:
    """ "yesterday's", "Friday's": a day before a noun."""
    return translate("advice", "{day}'s").format(day=day_words(d, today))


# --------------------------------------------------------------------------- templates


def name(template_id: str | None, names: Mapping[str, str]) -> str:
    """A template's display name (its id when it has none)."""
    if template_id is None:
        return ""
    return names.get(template_id) or template_id


def label(template_id: str | None, dosage: str | None, names: Mapping[str, str]) -> str:
    """'Isometric bridge (2 x 5 x 15 s hold)': the name and, when known, the dosage."""
    shown = name(template_id, names)
    if not dosage:
        return shown
    return translate("advice", "{name} ({dosage})").format(name=shown, dosage=dosage)


def session_words(ref: SessionRef, names: Mapping[str, str], today: dt.date) -> str:
    """ "yesterday's session (Isometric bridge)" or "the session of 20 Nov (...)"."""
    shown = name(ref.template_id, names)
    if today - ref.date < dt.timedelta(days=RECENT_DAYS):
        return translate("advice", "{day}'s session ({name})").format(
            day=day_words(ref.date, today), name=shown
        )
    return translate("advice", "the session of {day} ({name})").format(
        day=day_words(ref.date, today), name=shown
    )


# --------------------------------------------------------------------------- labels


def red_flag_text(flag: RedFlag) -> str:
    words = {
        RedFlag.NIGHT_OR_REST_PAIN: translate("advice", "Rising night or rest pain"),
        RedFlag.NERVE_SYMPTOMS: translate(
            "advice", "Tingling, numbness, weakness or pain radiating down the leg"
        ),
        RedFlag.POP_OR_BRUISING: translate("advice", "A sudden pop or bruising"),
        RedFlag.WORSE_DESPITE_LESS_LOAD: translate("advice", "Getting worse despite reduced load"),
    }
    return words[flag]


def morning_test_text(test: MorningTest) -> str:
    words = {
        MorningTest.SL_BRIDGE_3: translate("advice", "3 short-lever single-leg bridges"),
        MorningTest.HOLD_30S: translate("advice", "30 s single-leg bridge hold"),
        MorningTest.SHOE_PULL: translate("advice", "Pull a tied shoe off with the other foot"),
        MorningTest.HARD_CHAIR_5MIN: translate("advice", "5 minutes on a hard chair"),
    }
    return words[test]
