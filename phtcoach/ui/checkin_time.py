"""When a check-in happened: the clock for one made now, a sensible time for one back-filled.

A check-in written today is stamped with the clock. One written for an earlier day did not
happen "now": a morning entry gets the morning reminder's time from Settings (the user's
own idea of when the morning check-in is), an evening entry the evening reminder's, and
"Other time" the time the user picks in the form's time field.

The time field shows what will be saved: for today, until the user types a time, it
follows the app clock (refreshed when the form is shown and at each new minute), and an
untouched field saves the clock's time of the minute shown (`CheckInTime`).

A day has one morning and one evening check-in: a second one is saved only if the user
says it replaces the first (`ask_replace`). Replacing never drops a safety sign silently:
the question names the first one's test score and notes that would go, and its red flags
are carried onto the new entry (`replacement`) so a "see a clinician" hold stays; the user
can untick them on the new entry afterwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer
from PySide6.QtWidgets import QMessageBox, QTimeEdit, QWidget

from phtcoach.core.model import PainEntry, PainSlot, Settings
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import day_text, time_text

DEFAULTS = Settings()
OTHER_DEFAULT = time(12, 0)  # "other time" on a past day, until the user picks one
MORNING_UNTIL_HOUR = 12  # before noon a check-in defaults to "morning"
EVENING_FROM_HOUR = 17  # from 5 pm to "evening"; in between to "other"
LATE_NIGHT_FROM_HOUR = 23  # once the morning is logged: "evening" until 11 pm, then "other"


def default_slot(local_now: datetime, *, morning_logged: bool = False) -> PainSlot:
    """The likely check-in: a second morning entry is rare, so after one it is the evening."""
    if morning_logged:
        return PainSlot.OTHER if local_now.hour >= LATE_NIGHT_FROM_HOUR else PainSlot.EVENING
    if local_now.hour < MORNING_UNTIL_HOUR:
        return PainSlot.MORNING
    if local_now.hour >= EVENING_FROM_HOUR:
        return PainSlot.EVENING
    return PainSlot.OTHER


def slot_time(settings: Settings | None, slot: PainSlot) -> time:
    """The reminder time for the slot ("HH:MM"; the default when that reminder is off)."""
    s = settings or DEFAULTS
    if slot is PainSlot.MORNING:
        text = s.remind_morning or DEFAULTS.remind_morning
    elif slot is PainSlot.EVENING:
        text = s.remind_evening or DEFAULTS.remind_evening
    else:
        return OTHER_DEFAULT
    return time.fromisoformat(text)


def local_instant(day: date, at: time, tz: tzinfo | None) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `tz` (None: the system's zone)."""
    naive = datetime.combine(day, at)
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return aware.astimezone(UTC)


def qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


def same_slot(
    entries: list[PainEntry], slot: PainSlot, editing: PainEntry | None
) -> PainEntry | None:
    """The day's other check-in in `slot`, if the slot holds one at most once (morning,
    evening); "other time" may be logged as often as wanted."""
    if slot is PainSlot.OTHER:
        return None
    skip = editing.id if editing is not None else None
    return next((e for e in entries if e.slot is slot and e.id != skip), None)


def slot_name(slot: PainSlot) -> str:
    translate = QCoreApplication.translate
    if slot is PainSlot.MORNING:
        return translate("CheckInForm", "morning")
    if slot is PainSlot.EVENING:
        return translate("CheckInForm", "evening")
    return translate("CheckInForm", "other time")


class CheckInTime(QObject):
    """The form's time field and the instant a save stamps.

    Untouched, it shows the clock for today (kept current by `timer`, armed on the app
    clock for the next minute while the form is shown) and the slot's reminder time for a
    past day; an edited entry shows and keeps its own time. Once the user types a time,
    that time is the one saved."""

    def __init__(
        self,
        state: AppState,
        edit: QTimeEdit,
        *,
        day: Callable[[], date],
        slot: Callable[[], PainSlot],
    ) -> None:
        super().__init__(edit)
        self._state, self.edit = state, edit
        self._day, self._slot = day, slot
        self._touched = False
        self._pinned = False  # an edited entry's own time: never follows the clock
        self._setting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        edit.timeChanged.connect(self._edited)

    def touched(self) -> bool:
        return self._touched

    def reset(self) -> None:
        """A new entry: the default time again."""
        self._touched = self._pinned = False
        self.follow()

    def load(self, entry: PainEntry) -> None:
        """An edit: the entry's own time, kept unless the user types another."""
        self._set(qtime(entry.recorded_at.astimezone(self._state.tz).time()))
        self._touched, self._pinned = False, True

    def follow(self) -> None:
        """Until the user types a time: now for today, the slot's reminder time before."""
        if self._touched or self._pinned:
            return
        if self._day() == self._state.today():
            self._set(qtime(self._local_now().time()))
        else:
            self._set(qtime(slot_time(self._state.settings, self._slot())))

    def start(self) -> None:
        """Follow the clock while shown: now, then at each new minute of the app clock."""
        self.follow()
        now = self._state.clock.now()
        wait = 60.0 - (now.second + now.microsecond / 1e6)
        ms = math.ceil(self._state.clock.real_seconds(wait) * 1000)
        self.timer.start(max(ms, 1000))

    def stop(self) -> None:
        self.timer.stop()

    def recorded_at(self, old: PainEntry | None = None) -> datetime:
        """The instant to save, always the time shown: the typed time; untouched, an edit
        keeps its own, today's new entry the clock (the box first catches up with it)."""
        if not self._touched and old is not None:
            return old.recorded_at
        today = self._day() == self._state.today()
        if not self._touched and today:
            self.follow()
            return self._state.clock.now()
        return local_instant(self._day(), pytime(self.edit.time()), self._state.tz)

    def _tick(self) -> None:
        if self.edit.isVisible():
            self.start()

    def _local_now(self) -> datetime:
        return self._state.clock.now().astimezone(self._state.tz)

    def _set(self, t: QTime) -> None:
        self._setting = True
        self.edit.setTime(t)
        self._setting = False

    def _edited(self, _t: QTime) -> None:
        if not self._setting:
            self._touched = True


def replacement(entry: PainEntry, other: PainEntry) -> PainEntry:
    """`entry` saved in `other`'s place: `other`'s red flags stay ticked on it, so replacing
    a check-in never lifts a "see a clinician" hold behind the user's back."""
    return replace(entry, red_flags=entry.red_flags | other.red_flags)


def replace_question(other: PainEntry, new: PainEntry, tz: tzinfo | None) -> tuple[str, str]:
    """The question before `new` replaces `other`, and below it what carries over or goes."""
    translate = QCoreApplication.translate
    first = translate("CheckInForm", "{time}, pain {old}/10").format(
        time=time_text(other.recorded_at, tz), old=other.pain
    )
    if other.test_score is not None:
        first += translate("CheckInForm", ", test {score}/10").format(score=other.test_score)
    text = translate(
        "CheckInForm",
        "There is already a {slot} check-in for {day} ({first}). "
        "Replace it with this one (pain {new}/10)?",
    ).format(slot=slot_name(other.slot), day=day_text(other.local_date), first=first, new=new.pain)
    notes: list[str] = []
    kept = sorted(other.red_flags - new.red_flags)
    if kept:
        notes.append(
            translate(
                "CheckInForm",
                "Its red flags stay ticked on the new one (untick them there if they are "
                "wrong): {flags}.",
            ).format(flags="; ".join(f.label for f in kept))
        )
    if other.test_score is not None and new.test_score is None:
        notes.append(
            translate("CheckInForm", "Its morning test score ({score}/10) will be lost.").format(
                score=other.test_score
            )
        )
    if other.notes and other.notes != new.notes:
        notes.append(translate("CheckInForm", "Its notes will be lost."))
    notes.append(translate("CheckInForm", "No keeps the one you have and saves nothing."))
    return text, "\n".join(notes)


def ask_replace(parent: QWidget, other: PainEntry, new: PainEntry, tz: tzinfo | None) -> bool:
    """Ask before a second morning (or evening) check-in: Yes replaces the first, No (the
    default) saves nothing. The question names what the first one would lose."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CheckInForm", "Replace check-in?"))
    text, informative = replace_question(other, new, tz)
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
