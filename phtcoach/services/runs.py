"""The runner's entry to sessions: make a run ready, find an unfinished one after a crash,
resume or discard it. The Qt runner holds a `SessionRun` but never the store behind it."""

from __future__ import annotations

from dataclasses import dataclass

from phtcoach.core.clock import Clock
from phtcoach.core.engine import EngineState
from phtcoach.core.errors import DataFormatError, UnknownTemplateError
from phtcoach.core.model import SessionRecord, SetRecord, Settings, Template
from phtcoach.core.programme import Programme
from phtcoach.core.timeline import WORK_KINDS
from phtcoach.services.changes import Done
from phtcoach.services.programme import ProgrammeService
from phtcoach.services.run_options import count_sets
from phtcoach.services.session_run import SessionRun
from phtcoach.services.sessions import SessionRecords
from phtcoach.storage.repository import Store


class Runs:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        programme: ProgrammeService,
        records: SessionRecords,
    ) -> None:
        self._store = store
        self._clock = clock
        self._programme = programme
        self._records = records

    def new(
        self,
        template: Template | str,
        settings: Settings,
        *,
        step_downs: tuple[tuple[int, int], ...] = (),
        sets_fewer: int = 0,
    ) -> SessionRun:
        """A run waiting for Space; nothing is stored until it begins."""
        t = self._programme.template(template) if isinstance(template, str) else template
        return SessionRun.new(
            self._store, self._clock, t, settings, step_downs=step_downs, sets_fewer=sets_fewer
        )

    def resume(self, record: SessionRecord) -> SessionRun:
        """Raises UnknownTemplateError / DataFormatError when it cannot be resumed."""
        return SessionRun.resume(self._store, self._clock, self._programme.current(), record)

    def offer(self) -> ResumeOffer | None:
        return resume_offer(self._store, self._programme.current(), self._clock)

    def discard(self, record: SessionRecord) -> Done[SessionRecord]:
        return self._records.discard(record)

    def sets(self, run: SessionRun) -> list[SetRecord]:
        """The run's sets as stored now (ratings included)."""
        return [] if run.session_id is None else self._store.sessions.sets(run.session_id)


@dataclass(frozen=True, slots=True)
class ResumeOffer:
    """An unfinished session found at start, described for the "Resume / Discard" question."""

    record: SessionRecord
    template_name: str
    sets_done: int
    sets_total: int
    next_set: int | None  # set number (within its exercise) the resumed session starts with
    exercise_name: str
    problem: str | None = None  # why it cannot be resumed (then only discarding is offered)

    @property
    def can_resume(self) -> bool:
        return self.problem is None


def resume_offer(store: Store, programme: Programme, clock: Clock) -> ResumeOffer | None:
    """The latest unfinished session, described; None when there is none."""
    rec = store.sessions.unfinished()
    if rec is None:
        return None
    try:
        run = SessionRun.resume(store, clock, programme, rec)
    except (UnknownTemplateError, DataFormatError, ValueError) as e:
        return ResumeOffer(rec, rec.template_id, 0, 0, None, "", problem=str(e))
    eng = run.engine
    next_set: int | None = None
    exercise = ""
    if eng.state is not EngineState.FINISHED:
        for p in run.timeline.phases[eng.phase_index :]:
            if p.kind in WORK_KINDS:
                next_set, exercise = p.set, p.exercise_name
                break
    return ResumeOffer(
        record=rec,
        template_name=run.template.name,
        sets_done=len(run.saved_sets),
        sets_total=count_sets(run.timeline),
        next_set=next_set,
        exercise_name=exercise,
    )
