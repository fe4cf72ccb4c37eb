"""The reminders' timers: one armed for the next due instant, and a one-minute watchdog that
notices a sleep (the wall clock moved much further than the monotonic one) or a deadline
passed while the timer slept.

What is due is decided by `core.reminders.schedule` (through `services.reminders`); this
object only keeps time on the app's `Clock`, remembers what fired in this run, and hands
each due reminder to its `Notifier`. Tests drive it with a fake clock by calling `check()`
and `watchdog()` directly: nothing here waits on real time.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from phtcoach.core.reminders import Slot
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError
from phtcoach.ui.reminder_notifier import Notifier, reminder_text
from phtcoach.ui.state import AppState

log = logging.getLogger("phtcoach.reminders")

WATCHDOG_MS = 60_000
SLEEP_JUMP_S = 90.0  # wall time ahead of monotonic time by this much: the machine slept
MAX_ARM_S = 3600.0  # re-check at least hourly: a long timer may not survive a sleep


class ReminderScheduler(QObject):
    """Signals: `fired(Slot)` for each reminder handed to the notifier; `checked()` after
    every look at the schedule (the tray refreshes its status line on a new day)."""

    fired = Signal(object)
    checked = Signal()

    def __init__(
        self,
        state: AppState,
        notifier: Notifier,
        *,
        paused: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.notifier = notifier
        self._paused = paused  # a session running: hold reminders until it ends
        self._fired: set[str] = set()
        self.armed_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.timer.timeout.connect(self.check)
        self.watchdog_timer = QTimer(self)
        self.watchdog_timer.setInterval(WATCHDOG_MS)
        self.watchdog_timer.timeout.connect(self.watchdog)
        self._last_wall = state.clock.now()
        self._last_mono = state.clock.monotonic()
        state.changed.connect(self._on_changed)

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Announce what is due now (the start-up banner) and arm the timers."""
        self.watchdog_timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self.watchdog_timer.stop()

    def fired_keys(self) -> frozenset[str]:
        return frozenset(self._fired)

    # ------------------------------------------------------------------ slots

    def check(self) -> list[Slot]:
        """Show whatever is due now and re-arm for the next instant; returns what fired."""
        try:
            plan = self._state.services.reminders.schedule(frozenset(self._fired))
        except (StorageError, DataFormatError) as exc:
            log.warning("reminders: %s", exc)
            return []
        shown: list[Slot] = []
        if plan.due and not self._paused():
            for slot in plan.due:
                title, body = reminder_text(slot.kind, slot.clock_text)
                self.notifier.notify(slot.kind, title, body)
                self._fired.add(slot.key)
                self.fired.emit(slot)
                shown.append(slot)
        self._fired.update(s.key for s in plan.missed)
        self._forget_old_days()
        self._arm(plan.next_at)
        self.checked.emit()
        return shown

    def watchdog(self) -> None:
        """Every minute: after a sleep, or once the armed instant has passed, ask again."""
        clock = self._state.clock
        now, mono = clock.now(), clock.monotonic()
        jump = (now - self._last_wall).total_seconds() - (mono - self._last_mono)
        self._last_wall, self._last_mono = now, mono
        overdue = self.armed_at is not None and now >= self.armed_at
        if abs(jump) > SLEEP_JUMP_S or overdue:
            self.check()

    # ------------------------------------------------------------------ helpers

    def _arm(self, at: datetime | None) -> None:
        self.armed_at = at
        self.timer.stop()
        if at is None:
            return
        clock = self._state.clock
        wait = min(max((at - clock.now()).total_seconds(), 0.0), MAX_ARM_S)
        self.timer.start(math.ceil(clock.real_seconds(wait) * 1000))

    def _forget_old_days(self) -> None:
        today = self._state.today().isoformat()
        self._fired = {k for k in self._fired if k.startswith(today)}

    def _on_changed(self, changes: object) -> None:
        # A check-in, a session or new times: what is due and when may have changed.
        if isinstance(changes, Changes) and changes.touches(
            Changes.SETTINGS | Changes.DIARY | Changes.SESSIONS
        ):
            self.check()
