"""The floor view's words and numbers: countdown formats, phase words, "Set 1/2 · Rep 3/5"
(with the load of a loaded block) and "Next: rest 5 s".

Plain functions of a phase and some seconds, apart from the widget so they can be checked
without drawing anything, and shared with the summary (durations, sides, phase words) and
the runner (the side in a rating's title). They are translated in the floor view's context.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from phtcoach.core.model import Side, Units
from phtcoach.core.timeline import TEMPO_KINDS, Phase, PhaseKind
from phtcoach.ui.text.steps import load_text
from phtcoach.ui.text.words import inline


def counts_up(kind: PhaseKind) -> bool:
    """Tempo phases show the second being counted aloud (the voice says "lower", "2",
    "3"...), so eye and ear agree; every other phase counts down to its end."""
    return kind in TEMPO_KINDS


def format_count(elapsed_s: float, duration_s: float) -> str:
    """The counted second of a tempo phase: 1 during its first second, up to its length."""
    total = max(1, math.ceil(duration_s - 1e-6))
    return str(max(1, min(total, math.floor(elapsed_s + 1e-6) + 1)))


def format_countdown(remaining_s: float) -> str:
    """Whole seconds rounded up ("5" for 4.2 s left), m:ss above a minute."""
    s = max(0, math.ceil(remaining_s - 1e-6))
    if s > 60:
        return f"{s // 60}:{s % 60:02d}"
    return str(s)


def format_duration(seconds: float) -> str:
    """m:ss for elapsed / remaining session time (h:mm:ss past an hour)."""
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def format_length(seconds: float) -> str:
    """A phase length for "Next: rest 5 s" / "Next: rest 1:30"."""
    s = max(0, round(seconds))
    return f"{s} s" if s < 60 else format_duration(s)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorView", text)


def side_text(side: Side) -> str:
    if side is Side.LEFT:
        return _tr("Left")
    if side is Side.RIGHT:
        return _tr("Right")
    return ""


def phase_word(kind: PhaseKind) -> str:
    words = {
        PhaseKind.LEAD_IN: _tr("GET READY"),
        PhaseKind.HOLD: _tr("HOLD"),
        PhaseKind.REST: _tr("REST"),
        PhaseKind.UP: _tr("UP"),
        PhaseKind.TOP_PAUSE: _tr("PAUSE"),
        PhaseKind.DOWN: _tr("LOWER"),
        PhaseKind.BOTTOM_PAUSE: _tr("PAUSE"),
        PhaseKind.SET_REST: _tr("REST"),
        PhaseKind.EXERCISE_REST: _tr("REST"),
        PhaseKind.SWITCH_SIDES: _tr("SWITCH SIDES"),
        PhaseKind.WORK: _tr("WORK"),
        PhaseKind.WALK: _tr("WALK"),
        PhaseKind.RUN: _tr("RUN"),
    }
    return words[kind]


def position_text(p: Phase, units: Units | None = None) -> str:
    """'Set 1/2 · Rep 3/5 · 8 kg · Left' (what the rests and lead-ins refer to, said
    plainly); the load of a loaded block in `units`, when given."""
    parts: list[str] = []
    if p.kind in (PhaseKind.LEAD_IN, PhaseKind.SWITCH_SIDES, PhaseKind.EXERCISE_REST):
        parts.append(p.exercise_name)
    elif p.kind is PhaseKind.SET_REST:
        parts.append(_tr("Set {0}/{1} done").format(p.set, p.sets_total))
    else:
        if p.set is not None:
            parts.append(_tr("Set {0}/{1}").format(p.set, p.sets_total))
        if p.rep is not None:
            rep = _tr("Rep {0}/{1}").format(p.rep, p.reps_total)
            parts.append(rep + _tr(" done") if p.kind is PhaseKind.REST else rep)
    if units is not None and p.load_kg > 0:
        parts.append(load_text(p.load_kg, units))
    side = side_text(p.side)
    if side:
        parts.append(side)
    return " · ".join(parts)


def _starts_set(upcoming: Phase, current: Phase | None) -> bool:
    if not upcoming.kind.is_work:
        return False
    if current is None or not (current.kind.is_work or current.kind is PhaseKind.REST):
        return True
    key = (current.block_index, current.side, current.set)
    return key != (upcoming.block_index, upcoming.side, upcoming.set)


def next_text(upcoming: Phase | None, current: Phase | None = None) -> str:
    """'Next: rest 5 s'; the start of a set also names the set and side."""
    if upcoming is None:
        return _tr("Next: done")
    word = inline(phase_word(upcoming.kind))
    if upcoming.kind is PhaseKind.SWITCH_SIDES or _starts_set(upcoming, current):
        side = side_text(upcoming.side)
        if upcoming.set is not None:
            word = _tr("set {0}, {1}").format(upcoming.set, word)
        if side:
            word = f"{word} ({inline(side)})"
    return _tr("Next: {0} {1}").format(word, format_length(upcoming.duration_s))
