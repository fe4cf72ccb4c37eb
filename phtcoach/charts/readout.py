"""The hover read-out's words: one day's values as short, translatable phrases.

Plain functions rather than widget methods, so the wording and the number formats can be
read (and changed) in one place without the plotting code around them. The strings keep
the "ProgressCharts" translation context they had when the widget owned them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from phtcoach.charts.labels import kind_label, verdict_label
from phtcoach.charts.series import DayValues
from phtcoach.core.model import KG_PER_LB, Units
from phtcoach.core.words import figure, signed
from phtcoach.ui.text.words import translate

_CTX = "ProgressCharts"


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A text of the read-out; a plural one ('%n rep(s)') takes `n` and is given in the
    form for it (English: `core.words.plural`; lupdate reads the forms through this alias)."""
    del disambiguation
    if n < 0:
        return QCoreApplication.translate(_CTX, text)
    return translate(_CTX, text, n)


def unit_factor(units: Units) -> float:
    """Loads are stored in kg; this turns them into the user's unit."""
    return 1.0 / KG_PER_LB if units is Units.LB else 1.0


def unit_label(units: Units) -> str:
    return _tr("lb") if units is Units.LB else _tr("kg")


def readout_parts(
    v: DayValues,
    *,
    units: Units,
    exercise_name: Callable[[str], str],
    template_name: Callable[[str], str],
) -> list[str]:
    """One phrase per value logged on `v.day`, in the order of the charts."""
    parts: list[str] = []
    if v.morning is not None:
        parts.append(_tr("Morning test {0}/10").format(figure(v.morning)))
    if v.evening is not None:
        parts.append(_tr("Evening {0}/10").format(figure(v.evening)))
    if v.mean7 is not None:
        parts.append(_tr("7-day mean {0}").format(figure(v.mean7)))
    if v.baseline is not None:
        parts.append(_tr("Baseline {0}").format(figure(v.baseline)))
    if v.sessions:
        names = ", ".join(template_name(s) for s in v.sessions)
        parts.append(_tr("Session: {0}").format(names))
    for verdict, delta in v.responses:
        if delta is None:
            parts.append(_tr("24 h: {0}").format(verdict_label(verdict)))
        else:
            parts.append(_tr("24 h: {0} ({1})").format(signed(delta), verdict_label(verdict)))
    if v.reps is not None:
        reps = round(v.reps)  # a day's sum of whole reps
        parts.append(_tr("%n rep(s)", "", reps))
    if v.tut_s is not None:
        parts.append(_tr("{0} min under tension").format(figure(v.tut_s / 60.0)))
    for slug, kg in v.loads:
        if kg <= 0:  # a bodyweight set, which the load chart leaves off: not "0 kg"
            parts.append(_tr("{0} with bodyweight").format(exercise_name(slug)))
            continue
        parts.append(
            _tr("{0} {1} {2}").format(
                exercise_name(slug), figure(kg * unit_factor(units)), unit_label(units)
            )
        )
    for kind, minutes in v.activities:
        parts.append(_tr("{0} {1} min").format(kind_label(kind), figure(minutes)))
    if v.symmetry_test is not None:
        parts.append(_tr("Bridge test symmetry {0} %").format(figure(v.symmetry_test)))
    if v.symmetry_sets is not None:
        parts.append(_tr("Session symmetry {0} %").format(figure(v.symmetry_sets)))
    return parts
