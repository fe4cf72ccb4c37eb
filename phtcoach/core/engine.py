"""SessionEngine: the session runner's state machine, with time handed in from outside.

The engine never reads time itself: every call asks the injected Clock for `monotonic()`.
It is deadline based: the current phase has a start instant (moved forward by pauses) and
each cue and the phase end fall due at that start plus a fixed offset, so a late timer
never shifts what comes after it (no drift from chaining intervals). The GUI's scheduler
arms one single-shot timer for `next_deadline()` and calls `tick()` when it fires; tests
drive the same code with a fake clock and never wait.

Every method that changes the session (start, pause, skip, ...) first delivers what fell
due before the call, then applies the change, and returns the resulting events in order;
the caller handles them exactly like those from `tick()` and then re-arms its timer.

What was actually performed is tracked per work phase (the seconds spent in it on its
latest run), so a hold skipped after 3.2 s, stretched by +10 s or cut by -10 s is saved as
what the user really did.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from phtcoach.core.clock import Clock
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import SessionStatus, Side
from phtcoach.core.timeline import WORK_KINDS, Cue, Phase, PhaseKind, Timeline, phase_cues

BACK_RESTARTS_AFTER_S = 2.0  # back() within this many seconds of a phase start goes further back
LATE_TICK_S = 2.0  # a tick this late means the runner was suspended...
STALE_CUE_S = 1.0  # ...and cues older than this are marked stale (the UI may skip their sound)
SNAPSHOT_VERSION = 1


class EngineState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class ResumeFrom(StrEnum):
    LAST_COMPLETED_SET = "last_completed_set"  # restart at the rest before the next set
    EXACT = "exact"  # the same phase and second the snapshot was taken


@dataclass(frozen=True, slots=True)
class PerformedSet:
    """One set as performed: what the runner saves as a SetRecord once it is rated."""

    block_index: int
    exercise: str
    set_no: int
    side: Side
    planned_reps: int
    performed_reps: int
    hold_s: tuple[float, ...]  # seconds held / worked per performed rep, in rep order
    started_mono: float
    ended_mono: float
    load_kg: float
    tempo: str = ""  # "up-top-down-bottom" for tempo and eccentric work

    @property
    def duration_s(self) -> float:
        return self.ended_mono - self.started_mono

    def to_dict(self) -> dict[str, Any]:
        return {
            "block_index": self.block_index,
            "exercise": self.exercise,
            "set_no": self.set_no,
            "side": self.side.value,
            "planned_reps": self.planned_reps,
            "performed_reps": self.performed_reps,
            "hold_s": list(self.hold_s),
            "started_mono": self.started_mono,
            "ended_mono": self.ended_mono,
            "load_kg": self.load_kg,
            "tempo": self.tempo,
        }

    @classmethod
    def from_dict(cls, d: object, where: str) -> PerformedSet:
        if not isinstance(d, dict):
            raise DataFormatError(where, "expected an object")
        try:
            hold = d["hold_s"]
            if not isinstance(hold, list) or not all(_is_num(h) for h in hold):
                raise DataFormatError(f"{where}.hold_s", "expected a list of numbers")
            ints = ("block_index", "set_no", "planned_reps", "performed_reps")
            for k in ints:
                if isinstance(d[k], bool) or not isinstance(d[k], int):
                    raise DataFormatError(f"{where}.{k}", "expected a whole number")
            for k in ("started_mono", "ended_mono", "load_kg"):
                if not _is_num(d[k]):
                    raise DataFormatError(f"{where}.{k}", "expected a number")
            if not isinstance(d["exercise"], str) or not isinstance(d.get("tempo", ""), str):
                raise DataFormatError(f"{where}.exercise", "expected text")
            return cls(
                block_index=d["block_index"],
                exercise=d["exercise"],
                set_no=d["set_no"],
                side=Side(d["side"]),
                planned_reps=d["planned_reps"],
                performed_reps=d["performed_reps"],
                hold_s=tuple(float(h) for h in hold),
                started_mono=float(d["started_mono"]),
                ended_mono=float(d["ended_mono"]),
                load_kg=float(d["load_kg"]),
                tempo=d.get("tempo", ""),
            )
        except KeyError as e:
            raise DataFormatError(f"{where}.{e.args[0]}", "missing (required)") from None
        except ValueError as e:
            if isinstance(e, DataFormatError):
                raise
            raise DataFormatError(f"{where}.side", f"{d.get('side')!r} is not a side") from None


@dataclass(frozen=True, slots=True)
class CueEvent:
    """A cue to play. `late_s` is how long after its due time it was delivered; `stale`
    marks a cue delivered over a second late after the runner was suspended (> 2 s late
    tick), whose sound would only confuse now."""

    cue: Cue
    due_mono: float
    late_s: float = 0.0
    stale: bool = False


@dataclass(frozen=True, slots=True)
class PhaseEvent:
    phase_index: int
    phase: Phase
    due_mono: float


@dataclass(frozen=True, slots=True)
class SetDone:
    performed: PerformedSet


@dataclass(frozen=True, slots=True)
class SessionDone:
    status: SessionStatus


EngineEvent = CueEvent | PhaseEvent | SetDone | SessionDone


@dataclass(frozen=True, slots=True)
class _SetInfo:
    block_index: int
    exercise: str
    set_no: int
    side: Side
    planned_reps: int
    first_phase: int  # its first work phase
    last_phase: int  # its last work phase


class SessionEngine:
    """Runs a Timeline: see the module docstring for the time model.

    Operations in a state where they make no sense (skip when idle, resume when running,
    anything once finished) change nothing and return the events due so far.
    """

    def __init__(
        self, timeline: Timeline, clock: Clock, *, loads: Mapping[int, float] | None = None
    ) -> None:
        if not timeline.phases:
            raise ValueError("a timeline without phases cannot be run")
        self._tl = timeline
        self._clock = clock
        self._loads = dict(loads or {})
        self._sets, self._set_of_phase = _index_sets(timeline.phases)
        self._state = EngineState.IDLE
        self._i = 0
        self._dur_ms = timeline.phases[0].duration_ms
        self._start = 0.0  # monotonic instant the current phase started (pauses shift it)
        self._paused_at = 0.0
        self._cues: list[Cue] = []
        self._offs: list[int] = []
        self._k = 0  # next cue of the current phase
        self._worked: dict[int, float] = {}  # phase index -> seconds worked on its latest run
        self._set_started: dict[int, float] = {}  # set index -> monotonic start of the attempt
        self._closed: set[int] = set()  # set indices already reported (or passed with no rep)
        self._floor = 0  # back() never returns before this phase (a reported set lies before it)
        self._completed: list[PerformedSet] = []
        self._run_base = 0.0  # running seconds before the latest resume
        self._run_since = 0.0
        self._status: SessionStatus | None = None
        self._late_batch = False  # set while delivering a batch after a suspension

    # ------------------------------------------------------------------ queries

    @property
    def timeline(self) -> Timeline:
        return self._tl

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def status(self) -> SessionStatus | None:
        """completed / ended_early once finished, else None."""
        return self._status

    @property
    def phase_index(self) -> int:
        return self._i

    @property
    def current_phase(self) -> Phase | None:
        """The phase running (or about to run when idle); None once finished."""
        if self._state is EngineState.FINISHED:
            return None
        return self._tl.phases[self._i]

    @property
    def upcoming(self) -> Phase | None:
        """The phase after the current one, for "Next: rest 5 s"."""
        if self._state is EngineState.FINISHED or self._i + 1 >= len(self._tl.phases):
            return None
        return self._tl.phases[self._i + 1]

    @property
    def phase_duration(self) -> float:
        """The current phase's length including any +-10 s adjustments."""
        return 0.0 if self._state is EngineState.FINISHED else self._dur_ms / 1000

    @property
    def phase_elapsed(self) -> float:
        if self._state in (EngineState.IDLE, EngineState.FINISHED):
            return 0.0
        return min(self._elapsed(), self._dur_ms / 1000)

    @property
    def phase_remaining(self) -> float:
        return max(0.0, self.phase_duration - self.phase_elapsed)

    @property
    def elapsed_s(self) -> float:
        """Seconds the session has actually been running (pauses excluded)."""
        if self._state is EngineState.RUNNING:
            return self._run_base + (self._clock.monotonic() - self._run_since)
        return self._run_base

    @property
    def remaining_s(self) -> float:
        """The current phase's remaining time plus the planned length of all later phases."""
        if self._state is EngineState.FINISHED:
            return 0.0
        rest = self._tl.total_s - self._tl.phases[self._i].end_s
        return self.phase_remaining + rest

    @property
    def progress(self) -> float:
        """0..1 through the session, by position in the plan (for the progress bar)."""
        if self._state is EngineState.FINISHED:
            return 1.0
        done = self._tl.phases[self._i].start_s + self.phase_elapsed
        total = done + self.remaining_s
        return 0.0 if total <= 0 else max(0.0, min(1.0, done / total))

    @property
    def completed_sets(self) -> tuple[PerformedSet, ...]:
        return tuple(self._completed)

    def next_deadline(self) -> float | None:
        """The monotonic instant the next event falls due (maybe already past); None when
        nothing can fall due (idle, paused, finished)."""
        if self._state is not EngineState.RUNNING:
            return None
        if self._k < len(self._cues) and self._cue_ms(self._k) < self._dur_ms:
            return self._start + self._cue_ms(self._k) / 1000
        return self._start + self._dur_ms / 1000

    # ------------------------------------------------------------------ driving

    def start(self) -> list[EngineEvent]:
        """Begin the session at phase 0 (the lead-in); only from idle."""
        if self._state is not EngineState.IDLE:
            return self.tick()
        now = self._clock.monotonic()
        self._state = EngineState.RUNNING
        self._run_since = now
        events: list[EngineEvent] = []
        self._enter(0, now, events)
        events += self._advance(now)
        return events

    def tick(self) -> list[EngineEvent]:
        """Everything that fell due since the last call, in time order."""
        return self._advance(self._clock.monotonic())

    def pause(self) -> list[EngineEvent]:
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._state is EngineState.RUNNING:
            self._state = EngineState.PAUSED
            self._paused_at = now
            self._run_base += now - self._run_since
        return events

    def resume(self) -> list[EngineEvent]:
        now = self._clock.monotonic()
        if self._state is not EngineState.PAUSED:
            return self._advance(now)
        self._start += now - self._paused_at
        self._state = EngineState.RUNNING
        self._run_since = now
        return self._advance(now)

    def toggle_pause(self) -> list[EngineEvent]:
        """Space: start when idle, pause when running, resume when paused."""
        if self._state is EngineState.IDLE:
            return self.start()
        if self._state is EngineState.RUNNING:
            return self.pause()
        return self.resume()

    def skip(self) -> list[EngineEvent]:
        """End the current phase now and go to the next one (work done so far counts)."""
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._active():
            self._finish_phase(self._elapsed(), self._position(), now, events)
            events += self._advance(now)
        return events

    def back(self) -> list[EngineEvent]:
        """Restart the current phase, or go to the previous one if within 2 s of its start.

        Never back into a set that has already been reported (it is saved): there, the
        current phase restarts instead.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active():
            return events
        target = self._i
        if self._elapsed() <= BACK_RESTARTS_AFTER_S and self._i - 1 >= self._floor:
            target = self._i - 1
        self._jump_back(target, events)
        events += self._advance(now)
        return events

    def restart_set(self) -> list[EngineEvent]:
        """Back to the first rep of the set in progress, discarding its reps so far.

        Outside a set (lead-in, rests between sets or exercises, switching sides) there is
        no set in progress and nothing happens.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active():
            return events
        s = self._set_of_phase[self._i]
        if s is None or s in self._closed:
            return events
        self._jump_back(self._sets[s].first_phase, events)
        events += self._advance(now)
        return events

    def adjust(self, delta_s: float) -> list[EngineEvent]:
        """+10 / -10: lengthen or shorten what is left of the current phase.

        Never below zero: cutting more than is left ends the phase now (as a skip). The
        countdown and ticks follow the new end; a longer hold is saved as held longer.
        """
        now = self._clock.monotonic()
        events = self._advance(now)
        if not self._active() or not math.isfinite(delta_s):
            return events
        elapsed = self._elapsed()
        new_ms = self._dur_ms + round(delta_s * 1000)
        if new_ms <= elapsed * 1000:
            self._finish_phase(elapsed, self._position(), now, events)
        else:
            self._dur_ms = new_ms
            self._set_cues(new_ms)
            self._k = next(
                (j for j, _ in enumerate(self._cues) if self._cue_ms(j) > elapsed * 1000),
                len(self._cues),
            )
        events += self._advance(now)
        return events

    def end_early(self) -> list[EngineEvent]:
        """Stop now. The set in progress is reported if at least one rep was started."""
        now = self._clock.monotonic()
        events = self._advance(now)
        if self._state is EngineState.FINISHED:
            return events
        if self._active():
            if self._tl.phases[self._i].kind in WORK_KINDS:
                self._worked[self._i] = self._elapsed()
            s = self._set_of_phase[self._i]
            if s is not None and s not in self._closed:
                self._close_set(s, now, events)
            if self._state is EngineState.RUNNING:
                self._run_base += now - self._run_since
        self._finish(SessionStatus.ENDED_EARLY, events)
        return events

    # ------------------------------------------------------------------ snapshot

    def snapshot(self) -> dict[str, Any]:
        """JSON-safe state to resume from after a crash (stored as SessionRecord.engine_state)."""
        return {
            "version": SNAPSHOT_VERSION,
            "template": self._tl.template_id,
            "phases": len(self._tl.phases),
            "total_s": self._tl.total_s,
            "state": self._state.value,
            "phase_index": self._i,
            "phase_elapsed": self.phase_elapsed,
            "phase_duration_s": self._dur_ms / 1000,
            "elapsed_s": self.elapsed_s,
            "completed_sets": [p.to_dict() for p in self._completed],
            "closed_sets": sorted(self._closed),
            "worked": {str(i): s for i, s in sorted(self._worked.items())},
            "status": self._status.value if self._status else None,
        }

    @classmethod
    def restore(
        cls,
        timeline: Timeline,
        clock: Clock,
        snapshot: object,
        resume_from: str = ResumeFrom.LAST_COMPLETED_SET,
        *,
        loads: Mapping[int, float] | None = None,
    ) -> SessionEngine:
        """An engine paused where `snapshot` says, waiting for resume().

        "last_completed_set" (default) restarts at the first phase after the last reported
        set (normally the rest before the next set, so the user gets its countdown); the
        set that was in progress is redone. "exact" restores the phase and second. When
        every set was already done the engine comes back finished (no events).
        """
        mode = ResumeFrom(resume_from)
        snap = _check_snapshot(snapshot, timeline)
        eng = cls(timeline, clock, loads=loads)
        eng._completed = [
            PerformedSet.from_dict(d, f"engine_state.completed_sets[{n}]")
            for n, d in enumerate(snap["completed_sets"])
        ]
        eng._closed = set(snap["closed_sets"])
        eng._run_base = float(snap["elapsed_s"])
        now = clock.monotonic()
        if snap["state"] == EngineState.FINISHED.value:
            eng._state = EngineState.FINISHED
            eng._i = snap["phase_index"]
            eng._status = SessionStatus(snap.get("status") or SessionStatus.COMPLETED)
            return eng
        if mode is ResumeFrom.EXACT:
            target = snap["phase_index"]
            elapsed = float(snap["phase_elapsed"])
            eng._worked = {int(k): float(v) for k, v in snap["worked"].items()}
            dur_ms = round(float(snap["phase_duration_s"]) * 1000)
        else:
            ends = [eng._sets[s].last_phase for s in eng._closed]
            target = max(ends) + 1 if ends else 0
            elapsed = 0.0
            dur_ms = 0
        eng._floor = max((eng._sets[s].last_phase + 1 for s in eng._closed), default=0)
        if target >= len(timeline.phases):
            eng._state = EngineState.FINISHED
            eng._status = SessionStatus.COMPLETED
            eng._i = len(timeline.phases) - 1
            return eng
        eng._state = EngineState.PAUSED
        eng._paused_at = now
        eng._enter(target, now - elapsed, [])
        if dur_ms > elapsed * 1000:
            eng._dur_ms = dur_ms
            eng._set_cues(dur_ms)
        if elapsed > 0:
            eng._k = next(
                (j for j in range(len(eng._cues)) if eng._cue_ms(j) > elapsed * 1000),
                len(eng._cues),
            )
        s = eng._set_of_phase[target]
        if s is not None and any(i in eng._worked for i in eng._set_phases(s)):
            eng._set_started[s] = now
        return eng

    # ------------------------------------------------------------------ internals

    def _active(self) -> bool:
        return self._state in (EngineState.RUNNING, EngineState.PAUSED)

    def _position(self) -> float:
        """The instant used to start the next phase: now, or the pause instant if paused."""
        return self._paused_at if self._state is EngineState.PAUSED else self._clock.monotonic()

    def _elapsed(self) -> float:
        ref = self._paused_at if self._state is EngineState.PAUSED else self._clock.monotonic()
        return max(0.0, ref - self._start)

    def _cue_ms(self, j: int) -> int:
        """Offset of cue j from the start of the current phase, in ms."""
        return self._offs[j]

    def _set_cues(self, duration_ms: int) -> None:
        start_ms = self._tl.phases[self._i].start_ms
        self._cues = phase_cues(self._tl.phases, self._i, duration_ms)
        self._offs = [round(c.at_s * 1000) - start_ms for c in self._cues]

    def _set_phases(self, s: int) -> range:
        info = self._sets[s]
        return range(info.first_phase, info.last_phase + 1)

    def _enter(self, j: int, start: float, events: list[EngineEvent]) -> None:
        p = self._tl.phases[j]
        self._i = j
        self._dur_ms = p.duration_ms
        self._start = start
        self._set_cues(p.duration_ms)
        self._k = 0
        self._worked.pop(j, None)
        s = self._set_of_phase[j]
        if s is not None and p.kind in WORK_KINDS and s not in self._set_started:
            self._set_started[s] = start
        events.append(PhaseEvent(j, p, start))

    def _advance(self, now: float) -> list[EngineEvent]:
        events: list[EngineEvent] = []
        if self._state is not EngineState.RUNNING:
            return events
        first_due = self.next_deadline()
        self._late_batch = first_due is not None and now - first_due > LATE_TICK_S
        while self._state is EngineState.RUNNING:
            end = self._start + self._dur_ms / 1000
            if self._k < len(self._cues) and self._cue_ms(self._k) < self._dur_ms:
                due = self._start + self._cue_ms(self._k) / 1000
                if due <= now:
                    self._emit_cue(due, now, events)
                    continue
                break
            if end > now:
                break
            self._finish_phase(self._dur_ms / 1000, end, end, events, natural=True)
        self._late_batch = False
        return events

    def _emit_cue(self, due: float, now: float, events: list[EngineEvent]) -> None:
        late = max(0.0, now - due)
        stale = self._late_batch and late > STALE_CUE_S
        events.append(CueEvent(self._cues[self._k], due, late, stale))
        self._k += 1

    def _finish_phase(
        self,
        worked: float,
        next_start: float,
        at: float,
        events: list[EngineEvent],
        *,
        natural: bool = False,
    ) -> None:
        """Leave the current phase forward: record its work, close its set if it was the
        set's last work phase, and enter the next phase (or end the session)."""
        i = self._i
        if self._tl.phases[i].kind in WORK_KINDS:
            self._worked[i] = round(worked, 3)
        s = self._set_of_phase[i]
        if s is not None and self._sets[s].last_phase == i and s not in self._closed:
            self._close_set(s, at, events)
        if i + 1 < len(self._tl.phases):
            self._enter(i + 1, next_start, events)
            return
        # The last phase: the session-end cue at its end, then done. Cut short, the rest of
        # the phase's own cues are dropped and the session-end cue is due now.
        now = self._clock.monotonic()
        while self._k < len(self._cues):
            off = self._cue_ms(self._k)
            if natural:
                self._emit_cue(self._start + off / 1000, now, events)
            elif off >= self._dur_ms:
                self._emit_cue(at, now, events)
            else:
                self._k += 1
        if self._state is EngineState.RUNNING:
            self._run_base += (at if natural else now) - self._run_since
        self._finish(SessionStatus.COMPLETED, events)

    def _close_set(self, s: int, at: float, events: list[EngineEvent]) -> None:
        info = self._sets[s]
        per_rep: dict[int, float] = {}
        for j in self._set_phases(s):
            if j in self._worked:
                rep = self._tl.phases[j].rep or 1
                per_rep[rep] = per_rep.get(rep, 0.0) + self._worked[j]
        holds = tuple(round(per_rep[r], 3) for r in sorted(per_rep) if per_rep[r] > 0)
        self._closed.add(s)
        self._floor = max(self._floor, info.last_phase + 1)
        if not holds:
            return  # passed over without a single rep: nothing to save
        block = self._tl.blocks[info.block_index] if self._tl.blocks else None
        default_load = block.load_kg if block else 0.0
        performed = PerformedSet(
            block_index=info.block_index,
            exercise=info.exercise,
            set_no=info.set_no,
            side=info.side,
            planned_reps=info.planned_reps,
            performed_reps=len(holds),
            hold_s=holds,
            started_mono=self._set_started.get(s, at),
            ended_mono=at,
            load_kg=float(self._loads.get(info.block_index, default_load)),
            tempo=block.tempo if block else "",
        )
        self._completed.append(performed)
        events.append(SetDone(performed))

    def _jump_back(self, target: int, events: list[EngineEvent]) -> None:
        for j in [j for j in self._worked if j >= target]:
            del self._worked[j]
        for s in [s for s in self._set_started if self._sets[s].first_phase >= target]:
            del self._set_started[s]
        self._enter(target, self._position(), events)

    def _finish(self, status: SessionStatus, events: list[EngineEvent]) -> None:
        self._state = EngineState.FINISHED
        self._status = status
        events.append(SessionDone(status))


def _index_sets(phases: tuple[Phase, ...]) -> tuple[list[_SetInfo], list[int | None]]:
    """Group phases into sets: each set's work phases and the rests between its reps."""
    keys: dict[tuple[int, Side, int], int] = {}
    firsts: list[int] = []
    lasts: list[int] = []
    metas: list[Phase] = []
    of_phase: list[int | None] = []
    for j, p in enumerate(phases):
        if p.set is None or not (p.kind in WORK_KINDS or p.kind is PhaseKind.REST):
            of_phase.append(None)
            continue
        key = (p.block_index, p.side, p.set)
        s = keys.get(key)
        if s is None:
            s = keys[key] = len(firsts)
            firsts.append(j)
            lasts.append(j)
            metas.append(p)
        if p.kind in WORK_KINDS:
            lasts[s] = j
        of_phase.append(s)
    sets = [
        _SetInfo(
            block_index=m.block_index,
            exercise=m.exercise,
            set_no=m.set or 1,
            side=m.side,
            planned_reps=m.reps_total,
            first_phase=f,
            last_phase=last,
        )
        for m, f, last in zip(metas, firsts, lasts, strict=True)
    ]
    return sets, of_phase


def _is_num(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def _check_snapshot(snapshot: object, timeline: Timeline) -> dict[str, Any]:
    w = "engine_state"
    if not isinstance(snapshot, dict):
        raise DataFormatError(w, "expected an object")
    required = (
        "version",
        "template",
        "phases",
        "state",
        "phase_index",
        "phase_elapsed",
        "phase_duration_s",
        "elapsed_s",
        "completed_sets",
        "closed_sets",
        "worked",
    )
    for k in required:
        if k not in snapshot:
            raise DataFormatError(f"{w}.{k}", "missing (required)")
    if snapshot["version"] != SNAPSHOT_VERSION:
        raise DataFormatError(f"{w}.version", f"expected {SNAPSHOT_VERSION}")
    if snapshot["template"] != timeline.template_id or snapshot["phases"] != len(timeline.phases):
        raise DataFormatError(
            f"{w}.template",
            f"the saved session was for {snapshot['template']!r} with "
            f"{snapshot['phases']} phases, not this timeline",
        )
    if snapshot["state"] not in {s.value for s in EngineState}:
        raise DataFormatError(f"{w}.state", f"{snapshot['state']!r} is not an engine state")
    if snapshot.get("status") not in {None, *(s.value for s in SessionStatus)}:
        raise DataFormatError(f"{w}.status", f"{snapshot['status']!r} is not a session status")
    pi = snapshot["phase_index"]
    if isinstance(pi, bool) or not isinstance(pi, int) or not 0 <= pi < len(timeline.phases):
        raise DataFormatError(f"{w}.phase_index", f"expected 0 to {len(timeline.phases) - 1}")
    for k in ("phase_elapsed", "phase_duration_s", "elapsed_s"):
        if not _is_num(snapshot[k]) or snapshot[k] < 0:
            raise DataFormatError(f"{w}.{k}", "expected a number of seconds >= 0")
    n_sets = len(_index_sets(timeline.phases)[0])
    closed = snapshot["closed_sets"]
    if not isinstance(closed, list) or not all(
        isinstance(s, int) and not isinstance(s, bool) and 0 <= s < n_sets for s in closed
    ):
        raise DataFormatError(f"{w}.closed_sets", f"expected set numbers 0 to {n_sets - 1}")
    if not isinstance(snapshot["completed_sets"], list):
        raise DataFormatError(f"{w}.completed_sets", "expected a list")
    worked = snapshot["worked"]
    if not isinstance(worked, dict) or not all(
        isinstance(k, str) and k.isdigit() and int(k) < len(timeline.phases) and _is_num(v)
        for k, v in worked.items()
    ):
        raise DataFormatError(f"{w}.worked", "expected phase numbers mapped to seconds")
    return snapshot
