"""What the reminders and the tray need to know about today, read from the diary and the
sessions: the input of `core.reminders.schedule`, and Today's status in one line's worth
of structured data (the tray words it).

Nothing here writes: which reminders already fired is the scheduler's memory of one run,
not data worth keeping (a restart re-announces what is still due, once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from phtcoach.core.clock import Clock, SystemLocalTime
from phtcoach.core.model import PainSlot, SessionStatus
from phtcoach.core.reminders import Logged, ReminderTimes, Schedule, schedule
from phtcoach.services.advice import AdviceService, StartKind, has_work
from phtcoach.services.diary import DiaryService
from phtcoach.services.settings import SettingsService
from phtcoach.storage.repository import Store


@dataclass(frozen=True, slots=True)
class ReminderInputs:
    """Everything `core.reminders.schedule` needs except what already fired."""

    times: ReminderTimes
    tz: tzinfo
    logged: Logged
    now: datetime
    keep_in_tray: bool


@dataclass(frozen=True, slots=True)
class TodayStatus:
    """Today in brief, for the tray's tooltip and first menu line."""

    day: date
    morning_logged: bool
    evening_logged: bool
    sessions_done: int  # finished sessions with work done today
    session_name: str | None  # the session Start runs today; None when there is none
    start: StartKind


class ReminderService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        tz: tzinfo | None,
        settings: SettingsService,
        diary: DiaryService,
        advice: AdviceService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz: tzinfo = tz if tz is not None else SystemLocalTime()
        self._settings = settings
        self._diary = diary
        self._advice = advice

    def today(self, now: datetime | None = None) -> date:
        return (now or self._clock.now()).astimezone(self._tz).date()

    def logged(self, day: date) -> Logged:
        """What of `day` cancels a reminder: its check-ins, and sessions with work done
        (or still running: a session under way needs no nudge)."""
        entries = self._diary.pain_entries(day, day)
        starts: list[datetime] = []
        for s in self._diary.sessions(day, day):
            running = s.status is SessionStatus.IN_PROGRESS
            if running or (s.id is not None and has_work(self._store.sessions.sets(s.id))):
                starts.append(s.started_at)
        return Logged(
            morning=any(e.slot is PainSlot.MORNING for e in entries),
            evening=any(e.slot is PainSlot.EVENING for e in entries),
            sessions=tuple(sorted(starts)),
        )

    def inputs(self) -> ReminderInputs:
        now = self._clock.now()
        s = self._settings.load()
        return ReminderInputs(
            times=ReminderTimes.from_settings(
                s.reminders, s.remind_morning, s.remind_evening, s.remind_isometrics
            ),
            tz=self._tz,
            logged=self.logged(self.today(now)),
            now=now,
            keep_in_tray=s.keep_in_tray,
        )

    def schedule(self, fired: frozenset[str] = frozenset()) -> Schedule:
        """What is due now and when to look again (`core.reminders.schedule`)."""
        i = self.inputs()
        return schedule(i.times, i.tz, i.logged, i.now, fired)

    def status(self) -> TodayStatus:
        plan = self._advice.plan()
        logged = self.logged(plan.day)
        return TodayStatus(
            day=plan.day,
            morning_logged=logged.morning,
            evening_logged=logged.evening,
            sessions_done=len(plan.sessions_today),
            session_name=None if plan.template is None else plan.template.name,
            start=plan.start,
        )
