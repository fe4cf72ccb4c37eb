"""A compiled timeline as a read-only table (start, length, exercise, phase, set · rep, side).

Shown on the Programme page for the selected template and in the template editor's live
preview, so both read a session's phases the same way. The exercise column shows the
exercise's short name, the full name in its tooltip; every column is as wide as its header
and its cells.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from phtcoach.core.model import Exercise
from phtcoach.core.timeline import Timeline, format_clock
from phtcoach.core.words import figure
from phtcoach.ui.design import style_table
from phtcoach.ui.floor_text import phase_word
from phtcoach.ui.text.words import translate

EXERCISE_COLUMN = 2


class TimelineTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("Length"),
                self.tr("Exercise"),
                self.tr("Phase"),
                self.tr("Set · Rep"),
                self.tr("Side"),
            ]
        )
        style_table(self)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Timeline preview"))
        # Every column as wide as its header and its cells ("Get ready", "1/3 · 8/8"), the
        # last one taking what is left; a narrow place scrolls sideways instead of cutting.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def show_timeline(
        self, tl: Timeline | None, exercises: Mapping[str, Exercise] | None = None
    ) -> None:
        """One row per phase; an empty table for None. `exercises` (slug -> exercise) gives
        the short names; without it (or for an unknown slug) the phase's own name shows."""
        if tl is None:
            self.setRowCount(0)
            return
        known = exercises or {}
        self.setRowCount(len(tl.phases))
        for row, ph in enumerate(tl.phases):
            setrep = "" if ph.set is None else f"{ph.set}/{ph.sets_total}"
            if ph.rep is not None:
                setrep += f" · {ph.rep}/{ph.reps_total}"
            ex = known.get(ph.exercise)
            full = ex.name if ex is not None else ph.exercise_name
            cells = [
                format_clock(ph.start_s),
                self.tr("%1 s").replace("%1", figure(ph.duration_s)),
                ex.short if ex is not None else ph.exercise_name,
                _sentence_case(phase_word(ph.kind)),
                setrep,
                _sentence_case(translate("timeline", ph.side.value)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == EXERCISE_COLUMN:
                    item.setToolTip(full)
                self.setItem(row, col, item)


def _sentence_case(word: str) -> str:
    """The runner shouts its phase words across the room ("GET READY"); a table row says
    them in the sentence case of the text around it ("Get ready")."""
    return word[:1].upper() + word[1:].lower()
