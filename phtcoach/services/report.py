"""What the clinician's report says, gathered once for a period: no Qt, no layout.

The report shows the same numbers the app does: the history comes from the advice
service (red flags as rule 6 sees them), each day's advice from `advice_for_day`, the red
flags and clinician checks from the diary and the red-flag service. The layout
(phtcoach/report/) only arranges what this returns; the charts' series are computed there
by the Progress page's own model from `ReportData.history`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from phtcoach.core.clock import Clock
from phtcoach.core.model import (
    ClinicianCheck,
    PainEntry,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Template,
)
from phtcoach.core.progression import Advice, History
from phtcoach.core.timeline import compile_timeline
from phtcoach.core.words import readable_id
from phtcoach.services.advice import AdviceService, plan_inputs
from phtcoach.services.diary import DiaryService
from phtcoach.services.programme import ProgrammeService
from phtcoach.services.red_flags import RedFlagService
from phtcoach.services.settings import SettingsService

# (days done, days in all) -> keep going? The advice of each day is the slow part.
Progress = Callable[[int, int], bool]
MAX_DAYS = 366 * 3  # a report longer than this would be unreadable (and slow)


class ReportCancelledError(Exception):
    """The progress callback asked to stop: nothing is written."""


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One finished session as the sessions table lists it."""

    day: date
    template_id: str
    template_name: str
    sets_done: int  # sets with at least one rep
    sets_planned: int  # the template's sets (both sides counted), or the sets saved
    max_pain: int | None  # highest pain during a set, as rated
    effort: int | None  # highest effort (RPE 0-10) rated
    load_kg: float  # heaviest load lifted, 0 for bodyweight
    status: SessionStatus


@dataclass(frozen=True, slots=True)
class FlagRow:
    """Red flags logged on a day (ticked at a check-in)."""

    day: date
    flags: frozenset[RedFlag]


@dataclass(frozen=True, slots=True)
class WeekRow:
    """Adherence in one week (Monday-based) of the period."""

    monday: date
    days: int  # days of this week inside the period
    sessions: int  # finished sessions with work done
    mornings: int  # days with a morning check-in


@dataclass(frozen=True, slots=True)
class ReportData:
    first: date
    last: date
    made_at: datetime  # aware: when the report was made (pending 24-hour checks)
    settings: Settings
    template_id: str
    template_name: str
    stage: int | None
    ladder_step: int | None  # 1-based place of the current template on the ladder
    ladder_len: int
    history: History  # every record up to `last`: the baseline needs earlier mornings
    sessions: tuple[SessionRow, ...]
    advice: tuple[Advice, ...]  # one per day of the period, in order
    flags: tuple[FlagRow, ...]
    checks: tuple[ClinicianCheck, ...]
    holding: tuple[RedFlag, ...]  # red flags still holding at the end of the period
    weeks: tuple[WeekRow, ...]
    template_names: Mapping[str, str] = field(default_factory=dict)
    exercise_names: Mapping[str, str] = field(default_factory=dict)
    tz: tzinfo | None = None  # the user's time zone: the report's days are local days

    @property
    def local_made_at(self) -> datetime:
        """When the report was made, on the user's clock."""
        return self.made_at.astimezone(self.tz) if self.tz is not None else self.made_at

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


class ReportService:
    def __init__(
        self,
        settings: SettingsService,
        programme: ProgrammeService,
        advice: AdviceService,
        diary: DiaryService,
        red_flags: RedFlagService,
        clock: Clock,
        tz: tzinfo | None,
    ) -> None:
        self._clock = clock
        self._tz = tz
        self._settings = settings
        self._programme = programme
        self._advice = advice
        self._diary = diary
        self._red_flags = red_flags

    def default_period(self, weeks: int = 12) -> tuple[date, date]:
        """The last `weeks` weeks up to today."""
        last = self._advice.today()
        return last - timedelta(days=7 * weeks - 1), last

    def gather(self, first: date, last: date, progress: Progress | None = None) -> ReportData:
        """Everything the report shows for local days [first, last]."""
        if last < first:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        if (last - first).days + 1 > MAX_DAYS:
            raise ValueError(f"the period is longer than {MAX_DAYS} days")
        settings = self._settings.load()
        programme = self._programme.current()
        history = self._advice.history(last, days=None)
        inputs = plan_inputs(programme)
        tid = settings.current_template
        template = programme.templates.get(tid)
        ladder = inputs.ladder
        total = (last - first).days + 1
        advice: list[Advice] = []
        for i in range(total):
            if progress is not None and not progress(i, total):
                raise ReportCancelledError
            advice.append(self._advice.advice_for_day(first + timedelta(days=i), settings=settings))
        if progress is not None and not progress(total, total):
            raise ReportCancelledError
        entries = self._diary.pain_entries(first, last)  # as logged: flags before a check too
        in_period = {s.id for s in self._diary.sessions(first, last)}
        sessions = _session_rows(history, in_period, programme.templates, self._tz)
        return ReportData(
            first=first,
            last=last,
            made_at=self._clock.now(),
            settings=settings,
            template_id=tid,
            template_name=template.name if template is not None else tid,
            stage=inputs.stages.get(tid),
            ladder_step=ladder.index(tid) + 1 if tid in ladder else None,
            ladder_len=len(ladder),
            history=history,
            sessions=sessions,
            advice=tuple(advice),
            flags=tuple(FlagRow(e.local_date, e.red_flags) for e in entries if e.red_flags),
            checks=tuple(self._red_flags.checks(first, last)),
            holding=advice[-1].red_flags if advice else (),
            weeks=_weeks(first, last, sessions, entries),
            template_names=inputs.names,
            exercise_names={k: e.name for k, e in programme.exercises.items()},
            tz=self._tz,
        )


def _session_rows(
    history: History,
    in_period: set[int | None],
    templates: Mapping[str, Template],
    tz: tzinfo | None,
) -> tuple[SessionRow, ...]:
    sets_of: dict[int, list[SetRecord]] = {}
    for st in history.sets:
        sets_of.setdefault(st.session_id, []).append(st)
    rows = []
    for s in sorted(history.sessions, key=lambda s: s.started_at):
        if s.id is None or s.id not in in_period or s.status is SessionStatus.IN_PROGRESS:
            continue
        sets = sets_of.get(s.id, [])
        pains = [x.pain_during for x in sets if x.pain_during is not None]
        efforts = [x.rpe for x in sets if x.rpe is not None]
        template = templates.get(s.template_id)
        rows.append(
            SessionRow(
                day=s.started_at.astimezone(tz).date(),
                template_id=s.template_id,
                template_name=template.name if template is not None else readable_id(s.template_id),
                sets_done=sum(1 for x in sets if x.performed_reps > 0),
                sets_planned=_planned(template, s) or len(sets),
                max_pain=max(pains) if pains else None,
                effort=max(efforts) if efforts else None,
                load_kg=max((x.load_kg for x in sets), default=0.0),
                status=s.status,
            )
        )
    return tuple(rows)


def _planned(template: Template | None, s: SessionRecord) -> int:
    if template is None:
        return 0
    tl = compile_timeline(template, affected_side=s.affected_side)
    return sum(b.sets * len(b.sides) for b in tl.blocks)


def _weeks(
    first: date, last: date, sessions: tuple[SessionRow, ...], entries: list[PainEntry]
) -> tuple[WeekRow, ...]:
    mornings = {e.local_date for e in entries if e.morning_score is not None}
    rows = []
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        lo, hi = max(monday, first), min(monday + timedelta(days=6), last)
        rows.append(
            WeekRow(
                monday=monday,
                days=(hi - lo).days + 1,
                sessions=sum(1 for s in sessions if lo <= s.day <= hi),
                mornings=sum(1 for d in mornings if lo <= d <= hi),
            )
        )
        monday += timedelta(days=7)
    return tuple(rows)
