"""One session being run: the engine, its database record, and the user's adjustments.

This is the glue between the pure `SessionEngine` and the `Store`, kept free of Qt so the
durability rules can be read (and tested) in one place:
- the session record is created the moment the user starts (status in_progress), before
  the engine starts: if that write fails nothing runs and the caller says why;
- each set is committed together with the engine's resume snapshot, in one transaction,
  the moment the engine reports it, before any screen reacts (a crash loses at most the
  set in progress);
- a set whose write fails is kept in `pending`, retried at every set boundary and at the
  end, and the session is not closed while anything is pending: it can never end
  "completed" with a set missing;
- ratings are written onto the already saved set, so an unrated set is never lost;
- a step down (PROTOCOL.md rule 1) is part of the saved state, so a resumed session keeps it;
  it changes only what is still to come (`core.steps`), so the run goes on at the same
  phase and second.

The stored `engine_state` is the engine's own snapshot plus a "runner" object with what the
timeline was compiled from (lead-in, side order, step downs); `SessionEngine.restore`
ignores keys it does not know.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta

from phtcoach.core.clock import Clock
from phtcoach.core.engine import (
    EngineEvent,
    EngineState,
    PerformedSet,
    ResumeFrom,
    SessionDone,
    SessionEngine,
    SetDone,
)
from phtcoach.core.engine_snapshot import carry_snapshot
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import (
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Template,
)
from phtcoach.core.programme import Programme
from phtcoach.core.steps import (
    StepAt,
    StepTaken,
    apply_step,
    fewer_sets,
    first_set_to_come,
    next_step,
    plan_session,
)
from phtcoach.core.timeline import compile_timeline
from phtcoach.core.words import plural
from phtcoach.services.run_options import RunOptions, StepDown, decode_state
from phtcoach.storage.errors import StorageError
from phtcoach.storage.repository import KEEP, Store

log = logging.getLogger("phtcoach.session")


class SessionRun:
    """A session from start to finish; see the module docstring for what is saved when."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        template: Template,
        options: RunOptions,
        *,
        record: SessionRecord | None = None,
        engine: SessionEngine | None = None,
        saved_sets: list[SetRecord] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.base_template = fewer_sets(template, options.sets_fewer)
        self.options = options
        self._replan()
        self.engine = engine or SessionEngine(self.timeline, clock)
        self.record = record
        self.saved_sets: list[SetRecord] = list(saved_sets or [])
        self.pending: list[PerformedSet] = []  # sets whose write failed: retried, never lost
        self.last_error = ""  # why the latest write of a pending set failed
        self.last_failure: StorageError | None = None  # the same, for the screen to word
        self._anchor_wall = clock.now()
        self._anchor_mono = clock.monotonic()

    # ------------------------------------------------------------------ constructors

    @classmethod
    def new(
        cls,
        store: Store,
        clock: Clock,
        template: Template,
        settings: Settings,
        *,
        step_downs: tuple[tuple[int, int], ...] = (),
        sets_fewer: int = 0,
    ) -> SessionRun:
        """A run waiting for the user to start it (nothing is stored until then)."""
        options = RunOptions.from_settings(settings, step_downs=step_downs, sets_fewer=sets_fewer)
        return cls(store, clock, template, options)

    @classmethod
    def resume(
        cls, store: Store, clock: Clock, programme: Programme, record: SessionRecord
    ) -> SessionRun:
        """The unfinished session `record`, paused after its last saved set.

        Raises UnknownTemplateError when its template is gone and DataFormatError when its
        saved state cannot be read; the caller offers to discard it then.
        """
        if record.id is None:
            raise DataFormatError("session.id", "a stored session is needed to resume")
        template = programme.template(record.template_id)
        state = decode_state(record.engine_state)
        try:
            runner = state.get("runner") if isinstance(state, dict) else None
            options = RunOptions.from_dict(runner, record.affected_side)
            try:
                run = cls(store, clock, template, options, record=record)
            except ValueError as e:  # saved steps that do not fit the template
                if isinstance(e, DataFormatError):
                    raise
                raise DataFormatError("engine_state.runner.steps", str(e)) from None
            if state is not None:
                run.engine = SessionEngine.restore(
                    run.timeline, clock, state, resume_from=ResumeFrom.LAST_COMPLETED_SET
                )
        except DataFormatError:
            raise
        except (TypeError, ValueError, KeyError, IndexError, OverflowError, RecursionError) as e:
            # A check above missed a shape: still the one domain error, never a traceback.
            raise DataFormatError("engine_state", f"cannot be read ({type(e).__name__})") from None
        run.saved_sets = store.sessions.sets(record.id)
        return run

    # ------------------------------------------------------------------ state

    @property
    def session_id(self) -> int | None:
        return None if self.record is None else self.record.id

    @property
    def started(self) -> bool:
        return self.record is not None

    @property
    def finished(self) -> bool:
        return self.record is not None and self.record.status is not SessionStatus.IN_PROGRESS

    @property
    def has_work(self) -> bool:
        """At least one rep done (saved or waiting to be): otherwise the session is not
        counted and the user is offered to discard it."""
        return any(s.performed_reps > 0 for s in self.saved_sets) or bool(self.pending)

    def state_json(self) -> str:
        snap = self.engine.snapshot()
        snap["runner"] = self.options.to_dict()
        return json.dumps(snap, allow_nan=False, separators=(",", ":"))

    def wall_time(self, mono: float) -> datetime:
        """A monotonic instant of this run as UTC wall time (for the stored set times)."""
        return self._anchor_wall + timedelta(seconds=mono - self._anchor_mono)

    # ------------------------------------------------------------------ driving

    def begin(self) -> list[EngineEvent]:
        """Start (or, for a resumed run, continue). The record is written first: when that
        fails StorageError is raised and the engine has not moved."""
        now = self._clock.now()
        if self.record is None:
            rec = SessionRecord(
                template_id=self.template.id,
                started_at=now,
                affected_side=self.options.affected_side,
                engine_state=self.state_json(),
            )
            self.record = self._store.sessions.start(rec)
            log.info("session started id=%s template=%s", self.record.id, self.template.id)
        self._anchor_wall = now
        self._anchor_mono = self._clock.monotonic()
        if self.engine.state is EngineState.IDLE:
            return self.engine.start()
        return self.engine.resume()

    def persist(self, events: list[EngineEvent]) -> list[SetRecord]:
        """Commit what `events` say happened (sets, the session's end); returns the new sets.

        Call this before the screen reacts to the events: it is the durability point.
        """
        saved: list[SetRecord] = []
        for ev in events:
            if isinstance(ev, SetDone):
                rec = self.save_set(ev.performed)
                if rec is not None:
                    saved.append(rec)
            elif isinstance(ev, SessionDone):
                self.finish(ev.status)
        return saved

    def save_set(self, performed: PerformedSet) -> SetRecord | None:
        """Commit a set the engine closed; on a failed write it joins `pending` (None is
        returned) and the caller shows that it is waiting. Pending sets go first."""
        self.pending.append(performed)
        written = self.retry_pending()
        return written[-1] if written and not self.pending else None

    def retry_pending(self) -> list[SetRecord]:
        """Write every pending set, oldest first; stops at the first failure (the rest stay
        pending, in order). Returns what was written now."""
        written: list[SetRecord] = []
        while self.pending:
            try:
                written.append(self._write_set(self.pending[0]))
            except StorageError as e:
                log.error("set not saved yet (%d pending): %s", len(self.pending), e)
                self.last_error = str(e)
                self.last_failure = e
                break
            self.pending.pop(0)
        return written

    def _write_set(self, performed: PerformedSet) -> SetRecord:
        sid = self._require_id()
        rec = SetRecord(
            session_id=sid,
            exercise_slug=performed.exercise,
            block_index=performed.block_index,
            set_no=performed.set_no,
            side=performed.side,
            planned_reps=performed.planned_reps,
            performed_reps=performed.performed_reps,
            started_at=self.wall_time(performed.started_mono),
            ended_at=self.wall_time(max(performed.ended_mono, performed.started_mono)),
            hold_s=performed.hold_s,
            tempo=performed.tempo,
            load_kg=performed.load_kg,
        )
        saved = self._store.sessions.add_set_and_state(rec, self.state_json())
        self.saved_sets.append(saved)
        log.info(
            "set saved id=%s session=%s exercise=%s set=%s side=%s reps=%s",
            saved.id,
            sid,
            saved.exercise_slug,
            saved.set_no,
            saved.side.value,
            saved.performed_reps,
        )
        return saved

    def rate(
        self,
        set_id: int,
        *,
        pain_during: int | None,
        rpe: int | None,
        performed_reps: int | None = None,
        hold_s: tuple[float, ...] | None = None,
        load_kg: float | None = None,
    ) -> SetRecord:
        """Write the after-set rating; None for reps/hold/load keeps what was measured."""
        rated = self._store.sessions.rate_set(
            set_id,
            pain_during=pain_during,
            rpe=rpe,
            performed_reps=KEEP if performed_reps is None else performed_reps,
            hold_s=KEEP if hold_s is None else hold_s,
            load_kg=KEEP if load_kg is None else load_kg,
        )
        self.saved_sets = [rated if s.id == set_id else s for s in self.saved_sets]
        log.info("set rated id=%s pain=%s rpe=%s", set_id, pain_during, rpe)
        return rated

    def last_rating(self, exercise: str) -> tuple[int | None, int | None]:
        """Pain and RPE of the latest rated set of `exercise` in this session (prefill)."""
        for s in reversed(self.saved_sets):
            if s.exercise_slug == exercise and (s.pain_during is not None or s.rpe is not None):
                return s.pain_during, s.rpe
        return None, None

    def step_down(self, block_index: int) -> tuple[StepDown, list[EngineEvent]]:
        """Make the rest of block `block_index` one step easier without losing the place.

        The step changes only the sets not yet begun (`core.steps`), so the engine is
        rebuilt on the new timeline at the same phase and second, and the step is saved
        with the state. ValueError when the block has nothing left to make easier.
        """
        at = self._next_step(block_index)
        if at is None:
            raise ValueError(f"block {block_index} has no set to come that can be made easier")
        was_running = self.engine.state is EngineState.RUNNING
        snap = self.engine.snapshot()
        old_timeline = self.timeline
        taken = apply_step(self.plan, at)[1]
        self.options = replace(self.options, steps=(*self.options.steps, at))
        self._replan()
        events: list[EngineEvent] = []
        if self.engine.state is not EngineState.FINISHED:
            carried = carry_snapshot(snap, old_timeline, self.timeline)
            self.engine = SessionEngine.restore(
                self.timeline, self._clock, carried, resume_from=ResumeFrom.EXACT
            )
            if was_running:
                events = self.engine.resume()
        if self.record is not None and self.record.id is not None and not self.finished:
            self._store.sessions.save_state(self.record.id, self.state_json())
        log.info(
            "step down block=%s %s: %g -> %g", block_index, taken.kind, taken.before, taken.after
        )
        return StepDown(block_index, taken), events

    def step_preview(self, block_index: int) -> StepTaken | None:
        """What one more step down of block `block_index` would change (None: nothing left)."""
        at = self._next_step(block_index)
        return None if at is None else apply_step(self.plan, at)[1]

    def next_work_block(self) -> int | None:
        """The block of the next set still to come (what a step down applies to), or None."""
        if self.engine.state is EngineState.FINISHED:
            return None
        p = first_set_to_come(self.timeline, self.engine.phase_index)
        return None if p is None else p.block_index

    def sets_total(self, block_index: int, side: Side) -> int:
        """The sets of a block on `side` as the plan now stands (a step may have taken one)."""
        sides = self.timeline.blocks[block_index].sides
        return len(self.plan.shape(block_index)[sides.index(side) if side in sides else 0])

    def _next_step(self, block_index: int) -> StepAt | None:
        if self.engine.state is EngineState.FINISHED:
            return None
        p = first_set_to_come(self.timeline, self.engine.phase_index, block_index)
        if p is None:
            return None
        side = self.timeline.blocks[block_index].sides.index(p.side)
        return next_step(self.plan, block_index, side, p.set or 1)

    def _replan(self) -> None:
        """Plan and timeline from the options: the saved steps replayed, as on resume."""
        o = self.options
        self.plan = plan_session(self.base_template, dict(o.step_downs), o.steps)
        self.template = self.plan.template
        self.timeline = compile_timeline(
            self.template,
            affected_side=o.affected_side,
            affected_first=o.affected_first,
            lead_in_s=o.lead_in_s,
            switch_sides_s=o.switch_sides_s,
            rest_extra_s=o.rest_extra_s,
            shapes=self.plan.shapes,
        )

    def finish(self, status: SessionStatus, pain_after: int | None = None) -> SessionRecord:
        """Close the record (completed / ended early); again later to add the pain after.

        Pending sets are written first; while any stays pending StorageError is raised and
        the record stays in progress (so a crash now still offers to resume it).
        """
        sid = self._require_id()
        self.retry_pending()
        if self.pending:
            raise StorageError(
                self._store.path,
                plural("%n set(s) not saved yet", len(self.pending))
                + f" ({self.last_error}); retrying",
            )
        rec = self._store.sessions.get(sid) if self.record is None else self.record
        # On the run's own clock, like its sets: a wall clock set an hour on (or back) during
        # the session must not make it an hour long (or end it before it began).
        ended = rec.ended_at or max(self.wall_time(self._clock.monotonic()), rec.started_at)
        self.record = self._store.sessions.finish(
            sid, status, ended_at=ended, pain_after=pain_after, notes=rec.notes
        )
        log.info("session finished id=%s status=%s", sid, status.value)
        return self.record

    def set_pain_after(self, pain: int) -> SessionRecord:
        if self.record is None or not self.finished:
            raise ValueError("the session has not finished yet")
        return self.finish(self.record.status, pain_after=pain)

    def _require_id(self) -> int:
        if self.record is None or self.record.id is None:
            raise ValueError("the session has not been started")
        return self.record.id
