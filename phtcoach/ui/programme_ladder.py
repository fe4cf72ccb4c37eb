"""The Programme page's ladder line: where the user stands on the seed ladder, in words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from phtcoach.core.programme import LADDER, Programme


def ladder_html(programme: Programme, current: str) -> str:
    """'You are on step 2 of the seed ladder.', the five steps with the current one marked,
    and the reminder that the 24-hour response, not the calendar, moves the user up."""
    steps = []
    for i, tid in enumerate(LADDER, start=1):
        t = programme.templates.get(tid)
        label = f"{i}. {escape(t.name) if t else tid}"
        steps.append(f"<b><u>{label}</u></b>" if tid == current else label)
    where = (
        QCoreApplication.translate(
            "ProgrammePage", "You are on step %1 of the seed ladder."
        ).replace("%1", str(LADDER.index(current) + 1))
        if current in LADDER
        else _off_ladder(programme, current)
    )
    advice = QCoreApplication.translate(
        "ProgrammePage",
        "Step up only when the advice on Today says so: progress by the 24-hour response, "
        "never by the calendar alone.",
    )
    return f"{where}<br>{' &rarr; '.join(steps)}<br><span style='color:gray'>{advice}</span>"


def _off_ladder(programme: Programme, current: str) -> str:
    """The current template by its name (never its id); a removed one says so."""
    t = programme.templates.get(current)
    if t is None:
        return QCoreApplication.translate(
            "ProgrammePage",
            "Your current session is no longer in the programme: choose one below.",
        )
    return QCoreApplication.translate(
        "ProgrammePage", "Your current session is %1 (not on the seed ladder)."
    ).replace("%1", f"“{escape(t.name)}”")
