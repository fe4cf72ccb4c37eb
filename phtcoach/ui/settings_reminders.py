"""The Settings page's Reminders section: the master switch, the morning and evening
check-in times (each can be off), the isometrics times (a short list, each once) and
whether closing the window leaves the app running in the tray.

Only the choices live here; `services/reminders` and the tray decide when to notify.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import Settings
from phtcoach.core.settings import REMINDER_TIMES_MAX
from phtcoach.ui.settings_sections import Section
from phtcoach.ui.widgets.fmt import TIME_FORMAT


def _time(text: str, fallback: str) -> QTime:
    t = QTime.fromString(text or fallback, TIME_FORMAT)
    return t if t.isValid() else QTime(8, 0)


class OptionalTime(QWidget):
    """A time of day with an "Off" box: "" when off, else "HH:MM"."""

    def __init__(self, name: str, fallback: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat(TIME_FORMAT)
        self.edit.setAccessibleName(name)
        self.off = QCheckBox(self.tr("Off"))
        self.off.setAccessibleName(self.tr("%1: off").replace("%1", name))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.off)
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self.off.toggled.connect(lambda on: self.edit.setEnabled(not on))

    def set_value(self, text: str) -> None:
        self.off.setChecked(text == "")
        self.edit.setTime(_time(text, self._fallback))
        self.edit.setEnabled(text != "")

    def value(self) -> str:
        return "" if self.off.isChecked() else self.edit.time().toString(TIME_FORMAT)


class RemindersSection(Section):
    def __init__(self) -> None:
        super().__init__(self.tr("Reminders"))
        t = self.tr
        self.reminders = self.check("reminders", t("Remind me (a notification from the tray)"))
        self.morning = OptionalTime(t("Morning check-in"), "08:00")
        self.row("remind_morning", t("Morning check-in at:"), self.morning)
        self.evening = OptionalTime(t("Evening check-in"), "21:00")
        self.row("remind_evening", t("Evening check-in at:"), self.evening)

        self.iso_list = QListWidget()
        self.iso_list.setMaximumHeight(120)
        self.iso_time = QTimeEdit()
        self.iso_time.setDisplayFormat(TIME_FORMAT)
        self.iso_time.setTime(QTime(13, 0))
        self.iso_time.setAccessibleName(t("New isometrics time"))
        self.add_button = QPushButton(t("Add"))
        self.add_button.setAccessibleName(t("Add this isometrics time"))
        self.remove_button = QPushButton(t("Remove"))
        self.remove_button.setAccessibleName(t("Remove the selected isometrics time"))
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.iso_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.iso_time)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        hint = QLabel(t("Up to %1 times a day, each once.").replace("%1", str(REMINDER_TIMES_MAX)))
        col.addWidget(hint)
        self.row("remind_isometrics", t("Isometrics at:"), self.iso_list, box)
        self.keep_in_tray = self.check(
            "keep_in_tray", t("Keep running in the tray when the window is closed")
        )
        self.add_button.clicked.connect(self.add_time)
        self.remove_button.clicked.connect(self.remove_time)
        self.reminders.toggled.connect(lambda _on: self._sync())
        self.iso_list.currentRowChanged.connect(lambda _r: self._sync())

    def times(self) -> list[str]:
        return [self.iso_list.item(i).text() for i in range(self.iso_list.count())]

    def _set_times(self, times: list[str]) -> None:
        self.iso_list.clear()
        self.iso_list.addItems(sorted(times))
        self._sync()

    def add_time(self) -> bool:
        text = self.iso_time.time().toString(TIME_FORMAT)
        times = self.times()
        if text in times:
            self.rejected.emit(
                self.tr("Isometrics at %1 is already in the list.").replace("%1", text)
            )
            return False
        if len(times) >= REMINDER_TIMES_MAX:
            self.rejected.emit(
                self.tr("At most %1 isometrics times a day.").replace("%1", str(REMINDER_TIMES_MAX))
            )
            return False
        self._set_times([*times, text])
        self.iso_list.setCurrentRow(self.times().index(text))
        return True

    def remove_time(self) -> None:
        row = self.iso_list.currentRow()
        if row >= 0:
            times = self.times()
            del times[row]
            self._set_times(times)

    def _sync(self) -> None:
        on = self.reminders.isChecked()
        for w in (self.morning, self.evening, self.iso_list, self.iso_time):
            w.setEnabled(on)
        self.add_button.setEnabled(on and len(self.times()) < REMINDER_TIMES_MAX)
        self.remove_button.setEnabled(on and self.iso_list.currentRow() >= 0)

    def load(self, s: Settings) -> None:
        self.reminders.setChecked(s.reminders)
        self.keep_in_tray.setChecked(s.keep_in_tray)
        self.morning.set_value(s.remind_morning)
        self.evening.set_value(s.remind_evening)
        self._set_times(list(s.remind_isometrics))
        self.morning.edit.setEnabled(s.reminders and s.remind_morning != "")
        self.evening.edit.setEnabled(s.reminders and s.remind_evening != "")

    def values(self) -> dict[str, Any]:
        return {
            "reminders": self.reminders.isChecked(),
            "keep_in_tray": self.keep_in_tray.isChecked(),
            "remind_morning": self.morning.value(),
            "remind_evening": self.evening.value(),
            "remind_isometrics": tuple(sorted(self.times())),
        }
