"""A compiled timeline as a read-only table (start, length, phase, set · rep, side).

Shown on the Programme page for the selected template and in the template editor's live
preview, so both read a session's phases the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from phtcoach.core.timeline import Timeline, format_clock
from phtcoach.ui.floor_text import phase_word
from phtcoach.ui.text.words import translate


class TimelineTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Start"),
                self.tr("Length"),
                self.tr("Phase"),
                self.tr("Set · Rep"),
                self.tr("Side"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setAccessibleName(self.tr("Timeline preview"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def show_timeline(self, tl: Timeline | None) -> None:
        """One row per phase; an empty table for None."""
        if tl is None:
            self.setRowCount(0)
            return
        self.setRowCount(len(tl.phases))
        for row, ph in enumerate(tl.phases):
            setrep = "" if ph.set is None else f"{ph.set}/{ph.sets_total}"
            if ph.rep is not None:
                setrep += f" · {ph.rep}/{ph.reps_total}"
            cells = [
                format_clock(ph.start_s),
                f"{ph.duration_s:g} s",
                phase_word(ph.kind),
                setrep,
                translate("timeline", ph.side.value),
            ]
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
