"""One session being run: the engine, its database record, and the user's adjustments.

This is the glue between the pure `SessionEngine` and the `Store`, kept free of Qt so the
durability rules can be read (and tested) in one place:
- the session record is created the moment the user starts (status in_progress);
- each set is committed together with the engine's resume snapshot, in one transaction,
  the moment the engine reports it, before any screen reacts (a crash loses at most the
  set in progress);
- ratings are written onto the already saved set, so an unrated set is never lost;
- a step down (PROTOCOL.md rule 1) is part of the saved state, so a resumed session keeps it.

The stored `engine_state` is the engine's own snapshot plus a "runner" object with what the
timeline was compiled from (lead-in, side order, step downs); `SessionEngine.restore`
ignores keys it does not know.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

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
from phtcoach.core.errors import DataFormatError, UnknownTemplateError
from phtcoach.core.model import (
    Block,
    Dosage,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Template,
)
from phtcoach.core.programme import Programme
from phtcoach.core.timeline import WORK_KINDS, Timeline, compile_timeline
from phtcoach.storage.repository import KEEP, Store

log = logging.getLogger("phtcoach.session")

# PROTOCOL.md rule 1, "a step = -10-20 % load, or one set fewer, or a shorter hold". Our
# choice (design): -20 % of the load when the block is loaded, otherwise -20 % of the
# seconds of every work phase (hold, up, lower, work), in whole seconds and never below 1 s.
# Shorter phases keep the set's structure, so the session can still be resumed after a
# crash; "one set fewer" would change the plan under a running engine.
STEP_FRACTION = 0.8
LOAD_STEP_KG = 0.5  # loads are rounded to this (the smallest common plate or dumbbell step)
_WORK_FIELDS = (
    "hold_s",
    "up_s",
    "top_pause_s",
    "down_s",
    "bottom_pause_s",
    "work_s",
    "walk_s",
    "run_s",
)
ENV_TIME_SCALE = "PHTCOACH_TIME_SCALE"


# --------------------------------------------------------------------------- time


class ScaledClock:
    """A clock running `time_scale` times faster than real time (tests and demos only).

    Read from PHTCOACH_TIME_SCALE by app.py so end-to-end tests can run a whole session in
    seconds. The scheduler divides its timer delays by `time_scale`, so cues stay on the
    (fast) schedule instead of arriving late in bursts.
    """

    def __init__(self, time_scale: float) -> None:
        if not time_scale > 0:
            raise ValueError(f"{ENV_TIME_SCALE}: {time_scale!r} is not allowed (a number > 0)")
        self.time_scale = float(time_scale)
        self._mono0 = time.monotonic()
        self._wall0 = datetime.now(UTC)

    def monotonic(self) -> float:
        return self._mono0 + (time.monotonic() - self._mono0) * self.time_scale

    def now(self) -> datetime:
        return self._wall0 + timedelta(seconds=self.monotonic() - self._mono0)


def time_scale_from_env(value: str | None) -> float | None:
    """The factor in PHTCOACH_TIME_SCALE, or None when unset; a bad value raises ValueError."""
    if not value:
        return None
    try:
        scale = float(value)
    except ValueError:
        raise ValueError(f"{ENV_TIME_SCALE}: {value!r} is not a number") from None
    if not 0 < scale <= 1000:
        raise ValueError(f"{ENV_TIME_SCALE}: {value!r} is not allowed (a number from 0 to 1000)")
    return scale


# --------------------------------------------------------------------------- step down


@dataclass(frozen=True, slots=True)
class StepDown:
    """A step down applied to one block, with the words to show the user."""

    block_index: int
    steps: int
    before: str
    after: str

    @property
    def message(self) -> str:
        return f"Stepped down for the remaining sets: {self.before} -> {self.after}"


def step_dosage(dosage: Dosage, steps: int) -> Dosage:
    """`dosage` made `steps` steps easier (see STEP_FRACTION); each step changes something
    unless the block is already at its floor (no load and 1 s phases)."""
    d = dosage
    for _ in range(max(0, steps)):
        if d.load_kg > 0:
            load = round(d.load_kg * STEP_FRACTION / LOAD_STEP_KG) * LOAD_STEP_KG
            load = min(load, d.load_kg - LOAD_STEP_KG)
            d = replace(d, load_kg=max(0.0, load))
            continue
        changes: dict[str, Any] = {}
        for name in _WORK_FIELDS:
            v = float(getattr(d, name))
            if v > 0:
                changes[name] = max(1.0, min(float(round(v * STEP_FRACTION)), v - 1.0))
        d = replace(d, **changes)
    return d


def stepped_template(template: Template, steps: Mapping[int, int]) -> Template:
    """The template with each block's dosage stepped down as `steps` says (same id)."""
    if not any(n > 0 for n in steps.values()):
        return template
    blocks = tuple(
        replace(b, dosage=step_dosage(b.dosage, steps.get(i, 0)))
        for i, b in enumerate(template.blocks)
    )
    return replace(template, blocks=blocks)


def describe_dosage_change(before: Block, after: Block) -> tuple[str, str]:
    """What a step changed, as short "before" and "after" texts ("5 s hold" -> "4 s hold")."""
    b, a = before.dosage, after.dosage
    if b.load_kg != a.load_kg:
        return f"{b.load_kg:g} kg", f"{a.load_kg:g} kg"
    parts_b: list[str] = []
    parts_a: list[str] = []
    for name in _WORK_FIELDS:
        vb, va = getattr(b, name), getattr(a, name)
        if vb != va:
            label = name.removesuffix("_s").replace("_", " ")
            parts_b.append(f"{vb:g} s {label}")
            parts_a.append(f"{va:g} s {label}")
    if not parts_b:
        return b.describe(), a.describe()
    return ", ".join(parts_b), ", ".join(parts_a)


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What a timeline is compiled from besides the template; saved with the state."""

    affected_side: Side
    affected_first: bool = True
    lead_in_s: float = 5.0
    step_downs: tuple[tuple[int, int], ...] = ()  # (block index, steps)

    @classmethod
    def from_settings(cls, settings: Settings) -> RunOptions:
        return cls(
            affected_side=settings.affected_side,
            affected_first=settings.affected_first,
            lead_in_s=float(settings.lead_in_s),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "affected_first": self.affected_first,
            "lead_in_s": self.lead_in_s,
            "step_downs": {str(i): n for i, n in self.step_downs},
        }

    @classmethod
    def from_dict(cls, d: object, affected_side: Side) -> RunOptions:
        if d is None:
            return cls(affected_side=affected_side)
        if not isinstance(d, dict):
            raise DataFormatError("engine_state.runner", "expected an object")
        first = d.get("affected_first", True)
        lead = d.get("lead_in_s", 5.0)
        steps = d.get("step_downs", {})
        if not isinstance(first, bool):
            raise DataFormatError("engine_state.runner.affected_first", "expected true or false")
        if isinstance(lead, bool) or not isinstance(lead, int | float) or not 0 <= lead <= 60:
            raise DataFormatError("engine_state.runner.lead_in_s", "expected 0 to 60 seconds")
        if not isinstance(steps, dict) or not all(
            isinstance(k, str) and k.isdigit() and isinstance(v, int) and 0 <= v <= 20
            for k, v in steps.items()
        ):
            raise DataFormatError("engine_state.runner.step_downs", "expected block -> steps")
        return cls(
            affected_side=affected_side,
            affected_first=first,
            lead_in_s=float(lead),
            step_downs=tuple(sorted((int(k), v) for k, v in steps.items())),
        )


def count_sets(timeline: Timeline) -> int:
    """Sets in the plan (each side of a single-leg exercise counts as its own sets)."""
    return len({(p.block_index, p.side, p.set) for p in timeline.phases if p.kind in WORK_KINDS})


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
        self.base_template = template
        self.options = options
        self.template = stepped_template(template, dict(options.step_downs))
        self.timeline = compile_timeline(
            self.template,
            affected_side=options.affected_side,
            affected_first=options.affected_first,
            lead_in_s=options.lead_in_s,
        )
        self.engine = engine or SessionEngine(self.timeline, clock)
        self.record = record
        self.saved_sets: list[SetRecord] = list(saved_sets or [])
        self._anchor_wall = clock.now()
        self._anchor_mono = clock.monotonic()

    # ------------------------------------------------------------------ constructors

    @classmethod
    def new(cls, store: Store, clock: Clock, template: Template, settings: Settings) -> SessionRun:
        """A run waiting for the user to start it (nothing is stored until then)."""
        return cls(store, clock, template, RunOptions.from_settings(settings))

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
        state: object = None
        if record.engine_state:
            try:
                state = json.loads(record.engine_state)
            except json.JSONDecodeError as e:
                raise DataFormatError("engine_state", f"not JSON ({e.msg})") from None
        runner = state.get("runner") if isinstance(state, dict) else None
        options = RunOptions.from_dict(runner, record.affected_side)
        run = cls(store, clock, template, options, record=record)
        if state is not None:
            run.engine = SessionEngine.restore(
                run.timeline, clock, state, resume_from=ResumeFrom.LAST_COMPLETED_SET
            )
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

    def state_json(self) -> str:
        snap = self.engine.snapshot()
        snap["runner"] = self.options.to_dict()
        return json.dumps(snap, allow_nan=False, separators=(",", ":"))

    def wall_time(self, mono: float) -> datetime:
        """A monotonic instant of this run as UTC wall time (for the stored set times)."""
        return self._anchor_wall + timedelta(seconds=mono - self._anchor_mono)

    # ------------------------------------------------------------------ driving

    def begin(self) -> list[EngineEvent]:
        """Start (or, for a resumed run, continue): creates the record on the first call."""
        self._anchor_wall = self._clock.now()
        self._anchor_mono = self._clock.monotonic()
        if self.engine.state is EngineState.IDLE:
            events = self.engine.start()
        else:
            events = self.engine.resume()
        if self.record is None:
            rec = SessionRecord(
                template_id=self.template.id,
                started_at=self._anchor_wall,
                affected_side=self.options.affected_side,
                engine_state=self.state_json(),
            )
            self.record = self._store.sessions.start(rec)
            log.info("session started id=%s template=%s", self.record.id, self.template.id)
        return events

    def persist(self, events: list[EngineEvent]) -> list[SetRecord]:
        """Commit what `events` say happened (sets, the session's end); returns the new sets.

        Call this before the screen reacts to the events: it is the durability point.
        """
        saved: list[SetRecord] = []
        for ev in events:
            if isinstance(ev, SetDone):
                saved.append(self.save_set(ev.performed))
            elif isinstance(ev, SessionDone):
                self.finish(ev.status)
        return saved

    def save_set(self, performed: PerformedSet) -> SetRecord:
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

        The engine is rebuilt on the new timeline at the same phase and second (same
        phases, shorter or lighter work), and the new plan is saved with the state.
        """
        if not 0 <= block_index < len(self.base_template.blocks):
            raise ValueError(f"block {block_index} is not in this session")
        steps = dict(self.options.step_downs)
        steps[block_index] = steps.get(block_index, 0) + 1
        before_block = self.template.blocks[block_index]
        was_running = self.engine.state is EngineState.RUNNING
        snap = self.engine.snapshot()
        self.options = replace(self.options, step_downs=tuple(sorted(steps.items())))
        self.template = stepped_template(self.base_template, steps)
        self.timeline = compile_timeline(
            self.template,
            affected_side=self.options.affected_side,
            affected_first=self.options.affected_first,
            lead_in_s=self.options.lead_in_s,
        )
        events: list[EngineEvent] = []
        if self.engine.state is not EngineState.FINISHED:
            self.engine = SessionEngine.restore(
                self.timeline, self._clock, snap, resume_from=ResumeFrom.EXACT
            )
            if was_running:
                events = self.engine.resume()
        if self.record is not None and self.record.id is not None and not self.finished:
            self._store.sessions.save_state(self.record.id, self.state_json())
        before, after = describe_dosage_change(before_block, self.template.blocks[block_index])
        log.info(
            "step down block=%s steps=%s: %s -> %s", block_index, steps[block_index], before, after
        )
        return StepDown(block_index, steps[block_index], before, after), events

    def step_preview(self, block_index: int) -> str:
        """What one more step down of block `block_index` would change ("5 s hold -> 4 s hold")."""
        steps = dict(self.options.step_downs)
        steps[block_index] = steps.get(block_index, 0) + 1
        after = stepped_template(self.base_template, steps).blocks[block_index]
        before, changed = describe_dosage_change(self.template.blocks[block_index], after)
        return f"{before} -> {changed}"

    def next_work_block(self) -> int | None:
        """The block of the next set still to come (what a step down applies to), or None."""
        if self.engine.state is EngineState.FINISHED:
            return None
        current = self.engine.phase_index
        for p in self.timeline.phases[current:]:
            if p.kind in WORK_KINDS:
                return p.block_index
        return None

    def finish(self, status: SessionStatus, pain_after: int | None = None) -> SessionRecord:
        """Close the record (completed / ended early); again later to add the pain after."""
        sid = self._require_id()
        rec = self._store.sessions.get(sid) if self.record is None else self.record
        ended = rec.ended_at or max(self._clock.now(), rec.started_at)
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


# --------------------------------------------------------------------------- resume offer


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


def discard(store: Store, record: SessionRecord, clock: Clock) -> SessionRecord:
    """Close an unfinished session as ended early (its saved sets stay in the log)."""
    if record.id is None:
        raise ValueError("the session has no id")
    ended = max(clock.now(), record.started_at)
    return store.sessions.finish(record.id, SessionStatus.ENDED_EARLY, ended_at=ended)
