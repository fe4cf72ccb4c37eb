"""Settings: the thresholds of the rules (PROTOCOL.md), the runner's sound, units, backups."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import MORNING_TEST_LABELS, MorningTest, Settings, Side, Units
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel


class SettingsPage(QWidget):
    """Edits `Settings`; Save (Ctrl+S) writes only the fields the user changed here, so a
    choice made elsewhere since the page was filled (the side on Today, the current step
    on Programme) is never overwritten by this page's older copy."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._loaded: dict[str, Any] = {}
        state.changed.connect(self._on_changed)
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        root = QVBoxLayout(body)
        root.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Settings"))
        tf = QFont(self.font())
        tf.setPointSizeF(self.font().pointSizeF() * 1.5)
        tf.setBold(True)
        title.setFont(tf)
        root.addWidget(title)

        self.side = QComboBox()
        self.side.addItem(self.tr("Left"), Side.LEFT.value)
        self.side.addItem(self.tr("Right"), Side.RIGHT.value)
        self.affected_first = QCheckBox(self.tr("Work the affected side first"))
        self.morning_test = QComboBox()
        for test in MorningTest:
            self.morning_test.addItem(MORNING_TEST_LABELS[test], test.value)
        self.ceiling = self._spin(3, 5, "/10")
        self.window_h = self._spin(24, 36, " h")
        self.baseline_days = self._spin(3, 28, self.tr(" mornings"))
        self.hold_sessions = self._spin(2, 3, self.tr(" sessions"))
        self.spike_pct = self._spin(10, 100, " %")
        self.red_margin = self._spin(1, 3, self.tr(" above baseline"))
        self.red_above = self._spin(4, 7, "/10")
        self.trend_step = self._spin(1, 3, self.tr(" point(s)"))
        self.stage_green_days = self._spin(7, 14, self.tr(" of 14 days"))
        self.baseline_min = self._spin(3, 7, self.tr(" mornings"))
        self.lead_in = self._spin(0, 60, " s")
        self.volume = self._spin(0, 100, " %")
        self.voice = QCheckBox(self.tr("Spoken cues"))
        self.ticks = QCheckBox(self.tr("Tempo ticks"))
        self.flash = QCheckBox(self.tr("Flash the screen on each cue"))
        self.units = QComboBox()
        self.units.addItem(self.tr("Kilograms (kg)"), Units.KG.value)
        self.units.addItem(self.tr("Pounds (lb)"), Units.LB.value)
        self.backups_keep = self._spin(1, 100, self.tr(" backups"))

        you = QGroupBox(self.tr("You"))
        f1 = QFormLayout(you)
        self._row(f1, self.tr("&Affected side:"), self.side)
        f1.addRow("", self.affected_first)
        self._row(f1, self.tr("&Morning test:"), self.morning_test)
        rules = QGroupBox(self.tr("Pain-monitoring rules"))
        f2 = QFormLayout(rules)
        self._row(f2, self.tr("Acceptable pain &ceiling (3-5):"), self.ceiling)
        self._row(f2, self.tr("24-hour &window (24-36 h):"), self.window_h)
        self._row(f2, self.tr("&Baseline from the last (3-28):"), self.baseline_days)
        self._row(f2, self.tr("A baseline needs at &least (3-7):"), self.baseline_min)
        self._row(f2, self.tr("Red morning: more &than (1-3):"), self.red_margin)
        self._row(f2, self.tr("Red whatever the baseline: a&bove (4-7):"), self.red_above)
        self._row(f2, self.tr("Weekly rise that &freezes progress (1-3):"), self.trend_step)
        self._row(f2, self.tr("Green days for a s&tage advance (7-14):"), self.stage_green_days)
        self._row(f2, self.tr("After a red morning, &hold for (2-3):"), self.hold_sessions)
        self._row(f2, self.tr("Warn when 2-week activity rises by &more than:"), self.spike_pct)
        session = QGroupBox(self.tr("Sessions and sound"))
        f3 = QFormLayout(session)
        self._row(f3, self.tr("&Get-ready lead-in:"), self.lead_in)
        self._row(f3, self.tr("&Volume:"), self.volume)
        f3.addRow("", self.voice)
        f3.addRow("", self.ticks)
        f3.addRow("", self.flash)
        data = QGroupBox(self.tr("Units and data"))
        f4 = QFormLayout(data)
        self._row(f4, self.tr("&Units:"), self.units)
        self._row(f4, self.tr("&Keep the newest:"), self.backups_keep)
        for g in (you, rules, session, data):
            root.addWidget(g)
        note = QLabel(
            self.tr(
                "The ceiling is the highest pain during exercise counted as acceptable "
                "(PHT practice: 3/10; the Silbernagel model allows up to 5/10). The 24-hour "
                "window is how long after a session its next-morning check may come "
                "(users report 24-36 h)."
            )
        )
        note.setWordWrap(True)
        root.addWidget(note)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        root.addLayout(row)
        self.message = MessageLabel()
        self.message.setAccessibleName(self.tr("Settings message"))
        root.addWidget(self.message)
        root.addStretch(1)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(lambda: self.load(self._state.settings))
        self.load(state.settings)

    def _spin(self, lo: int, hi: int, suffix: str) -> QSpinBox:
        s = QSpinBox()
        s.setRange(lo, hi)
        s.setSuffix(suffix)
        return s

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        lab = QLabel(label)
        lab.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(lab, widget)

    def load(self, s: Settings) -> None:
        """Fill the form from `s`; what Save compares against to find the user's edits."""
        self.side.setCurrentIndex(self.side.findData(s.affected_side.value))
        self.affected_first.setChecked(s.affected_first)
        self.morning_test.setCurrentIndex(self.morning_test.findData(s.morning_test.value))
        self.ceiling.setValue(s.acceptable_ceiling)
        self.window_h.setValue(s.response_window_h)
        self.baseline_days.setValue(s.baseline_days)
        self.hold_sessions.setValue(s.hold_sessions_after_red)
        self.spike_pct.setValue(s.spike_warn_pct)
        self.red_margin.setValue(s.red_margin)
        self.red_above.setValue(s.red_above)
        self.trend_step.setValue(s.trend_step)
        self.stage_green_days.setValue(s.stage_green_days)
        self.baseline_min.setValue(s.baseline_min_mornings)
        self.lead_in.setValue(s.lead_in_s)
        self.volume.setValue(s.volume)
        self.voice.setChecked(s.voice)
        self.ticks.setChecked(s.ticks)
        self.flash.setChecked(s.flash)
        self.units.setCurrentIndex(self.units.findData(s.units.value))
        self.backups_keep.setValue(s.backups_keep)
        self.message.clear_message()
        self._loaded = self.values()

    def edited(self) -> dict[str, Any]:
        """The fields whose box differs from what the form was filled with."""
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def _on_changed(self, changes: object) -> None:
        """Settings changed elsewhere: show them, unless the user is editing here."""
        edited = self.edited()
        if isinstance(changes, Changes) and changes.touches(Changes.SETTINGS) and not edited:
            self.load(self._state.settings)

    def values(self) -> dict[str, Any]:
        return {
            "affected_side": self.side.currentData(),
            "affected_first": self.affected_first.isChecked(),
            "morning_test": self.morning_test.currentData(),
            "acceptable_ceiling": self.ceiling.value(),
            "response_window_h": self.window_h.value(),
            "baseline_days": self.baseline_days.value(),
            "hold_sessions_after_red": self.hold_sessions.value(),
            "spike_warn_pct": self.spike_pct.value(),
            "red_margin": self.red_margin.value(),
            "red_above": self.red_above.value(),
            "trend_step": self.trend_step.value(),
            "stage_green_days": self.stage_green_days.value(),
            "baseline_min_mornings": self.baseline_min.value(),
            "lead_in_s": self.lead_in.value(),
            "volume": self.volume.value(),
            "voice": self.voice.isChecked(),
            "ticks": self.ticks.isChecked(),
            "flash": self.flash.isChecked(),
            "units": self.units.currentData(),
            "backups_keep": self.backups_keep.value(),
        }

    def save(self, values: dict[str, Any] | None = None) -> Settings | None:
        """Validate and store; on a bad value show the model's message and write nothing."""
        changes = values if values is not None else self.edited()
        try:
            replace(self._state.settings, **changes)  # validate before anything is written
            new = self._state.update_settings(**changes)
        except (ValidationError, StorageError) as exc:
            self.message.show_error(str(exc))
            return None
        self.load(new)
        self.message.show_info(self.tr("Saved."))
        return new

    @property
    def settings(self) -> Settings:
        return self._state.settings
