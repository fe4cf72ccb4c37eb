"""The template editor's live preview: length, phases and cues, and "Play 20 s".

The editor compiles its draft as the user types (as the user's settings would run it:
side, lead-in, rests) and hands the timeline here; None means the draft has problems and
there is nothing to show yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.clock import Clock
from phtcoach.core.model import Exercise
from phtcoach.core.timeline import Timeline, format_clock
from phtcoach.ui.cue_preview import PREVIEW_S, CuePreview
from phtcoach.ui.floor_text import format_duration
from phtcoach.ui.timeline_table import TimelineTable
from phtcoach.ui.today_screen import session_minutes


class TemplatePreview(QWidget):
    def __init__(self, player: CuePlayer, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._exercises: Mapping[str, Exercise] = {}
        self.sound = CuePreview(player, clock, self)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.length = QLabel()
        self.length.setWordWrap(True)
        self.length.setAccessibleName(self.tr("Length of the session"))
        v.addWidget(self.length)
        self.phases = TimelineTable()
        self.cues = QListWidget()
        self.cues.setAccessibleName(self.tr("Cues of the session"))
        self.cues.setUniformItemSizes(True)  # thousands of ticks: every one listed, quickly
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Phases or cues of the preview"))
        self.tabs.addTab(self.phases, self.tr("P&hases"))
        self.tabs.addTab(self.cues, self.tr("C&ues"))
        v.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.play_button = QPushButton()
        self.play_button.setAutoDefault(False)
        row.addWidget(self.play_button)
        row.addStretch(1)
        v.addLayout(row)
        self.play_button.clicked.connect(self.toggle_play)
        self.sound.playing_changed.connect(self._show_playing)
        self._show_playing(False)
        self.show_timeline(None)

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    def show_timeline(
        self, tl: Timeline | None, exercises: Mapping[str, Exercise] | None = None
    ) -> None:
        """`exercises` (slug -> exercise) name the phases' exercises by their short names."""
        self._timeline = tl
        if exercises is not None:
            self._exercises = exercises
        self.play_button.setEnabled(tl is not None or self.sound.playing)
        if tl is None:
            self.length.setText(self.tr("Fix the problems to see the timeline."))
            self.phases.show_timeline(None)
            self.cues.clear()
            return
        work = sum(p.duration_s for p in tl.phases if p.kind.is_work)
        self.length.setText(
            self.tr("Length %1 (%2 min) · %3 phases · %4 cues · %5 of work")
            .replace("%1", format_duration(tl.total_s))  # "9:05", as the runner writes it
            .replace("%2", str(session_minutes(tl.total_s)))
            .replace("%3", str(len(tl.phases)))
            .replace("%4", str(len(tl.cues)))
            .replace("%5", format_duration(work))
        )

    def fill_lists(self) -> None:
        """The phase table and the cue list (slower for long sessions: debounced)."""
        tl = self._timeline
        self.phases.show_timeline(tl, self._exercises)
        self.cues.clear()
        if tl is None:
            return
        self.cues.addItems(
            [
                f"{format_clock(c.at_s)}  {c.sound.value}" + (f" — {c.say}" if c.say else "")
                for c in tl.cues
            ]
        )

    def toggle_play(self) -> None:
        if self.sound.playing:
            self.sound.stop()
        elif self._timeline is not None:
            self.sound.play(self._timeline.cues, PREVIEW_S)

    def _show_playing(self, playing: bool) -> None:
        seconds = f"{PREVIEW_S:g}"
        if playing:
            self.play_button.setText(
                self.tr("Sto&p (playing the first %1 s)").replace("%1", seconds)
            )
            self.play_button.setAccessibleName(self.tr("Stop the sound preview"))
        else:
            self.play_button.setText(self.tr("&Play %1 s").replace("%1", seconds))
            self.play_button.setAccessibleName(
                self.tr("Play the first %1 seconds of the cues").replace("%1", seconds)
            )
        self.play_button.setEnabled(playing or self._timeline is not None)
