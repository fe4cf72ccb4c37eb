"""CueScheduler: one single-shot timer armed for the engine's next deadline, lateness stats."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.core.clock import SystemClock
from phtcoach.core.engine import CueEvent, EngineEvent, EngineState, SessionDone, SessionEngine
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Side, Template
from phtcoach.core.timeline import Timeline, compile_timeline
from phtcoach.ui.scheduler import CueScheduler
from tests.fakes import FakeClock, ScaledClock
from tests.gui.runner_helpers import programme


def iso_5x5() -> Timeline:
    return compile_timeline(programme().template("iso-5x5"), affected_side=Side.LEFT)


def tiny() -> Timeline:
    """0.5 s lead-in and one 1 s hold: a real-time run takes 1.5 s."""
    ex = Exercise(slug="t-hold", name="Hold", kind=ExerciseKind.ISOMETRIC)
    d = Dosage(kind=ExerciseKind.ISOMETRIC, sets=1, reps=1, hold_s=1.0)
    tpl = Template(id="tiny", name="Tiny", blocks=(Block(ex, d),))
    return compile_timeline(tpl, affected_side=Side.LEFT, lead_in_s=0.5)


class Sink:
    def __init__(self) -> None:
        self.batches: list[list[EngineEvent]] = []

    def __call__(self, events: list[EngineEvent]) -> None:
        self.batches.append(list(events))

    @property
    def cues(self) -> list[CueEvent]:
        return [e for b in self.batches for e in b if isinstance(e, CueEvent)]


def make(
    qtbot: QtBot, clock: FakeClock, timeline: Timeline | None = None
) -> tuple[CueScheduler, SessionEngine, Sink]:
    engine = SessionEngine(timeline or iso_5x5(), clock)
    sink = Sink()
    sched = CueScheduler(engine, clock, sink)
    return sched, engine, sink


def test_the_timer_is_armed_for_the_next_deadline(qtbot: QtBot) -> None:
    clock = FakeClock()
    sched, engine, sink = make(qtbot, clock)
    assert sched.armed_ms is None
    sched.run(engine.start)
    # Lead-in 5 s: the exercise's name is due at once, the countdown "3" at 2 s.
    assert [c.cue.say for c in sink.cues] == ["single-leg bridge"]
    assert sched.armed_ms == 2000
    assert sched.display_active
    clock.advance(0.7)
    sched.poll()  # nothing due yet: re-armed for what is left, not a fixed interval
    assert sched.armed_ms == 1300
    clock.advance(1.3)
    sched.poll()
    assert [c.cue.say for c in sink.cues] == ["single-leg bridge", "3"]
    assert sched.armed_ms == 1000


def test_a_late_wake_up_does_not_shift_later_cues(qtbot: QtBot) -> None:
    clock = FakeClock()
    sched, engine, _ = make(qtbot, clock)
    sched.run(engine.start)
    clock.advance(2.4)  # the timer fired 400 ms late
    sched.poll()
    assert sched.armed_ms == 600  # the next cue is still due at 3 s, not 2.4 + 1
    stats = sched.stats()
    assert stats.count == 2
    assert stats.max_s == pytest.approx(0.4)


def test_pause_disarms_and_resume_rearms(qtbot: QtBot) -> None:
    clock = FakeClock()
    sched, engine, _ = make(qtbot, clock)
    sched.run(engine.start)
    clock.advance(1.0)
    sched.run(engine.pause)
    assert engine.state is EngineState.PAUSED
    assert sched.armed_ms is None
    assert not sched.display_active
    clock.advance(100)
    sched.run(engine.resume)
    assert sched.armed_ms == 1000
    assert sched.display_active


def test_the_timer_waits_the_clocks_real_seconds(qtbot: QtBot) -> None:
    class Fast(FakeClock):
        def real_seconds(self, seconds: float) -> float:
            return seconds / 4.0

    clock = Fast()
    sched, engine, _ = make(qtbot, clock)
    sched.run(engine.start)
    assert sched.armed_ms == 500  # 2 s of session time at 4x


def test_a_scaled_clock_keeps_cues_on_its_fast_schedule(qtbot: QtBot) -> None:
    """The e2e tests' clock (1.5 s of session in 0.5 s): without `real_seconds` the timer
    would sleep the clock's seconds and every cue would fall due a whole second late."""
    clock = ScaledClock(3.0)
    timeline = tiny()
    engine = SessionEngine(timeline, clock)
    sink = Sink()
    sched = CueScheduler(engine, clock, sink)
    t0 = time.monotonic()
    sched.run(engine.start)
    qtbot.waitUntil(lambda: engine.state is EngineState.FINISHED, timeout=5000)
    assert time.monotonic() - t0 == pytest.approx(timeline.total_s / 3.0, abs=0.3)
    assert [c.cue for c in sink.cues] == list(timeline.cues)
    assert sched.stats().max_s < 0.3  # clock seconds: 0.1 s of real time


def test_a_scaled_clock_runs_faster_than_real_time(monkeypatch: pytest.MonkeyPatch) -> None:
    real = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: real[0])
    c = ScaledClock(50.0)
    m0, w0 = c.monotonic(), c.now()
    real[0] += 0.2
    assert c.monotonic() - m0 == pytest.approx(10.0)
    assert (c.now() - w0).total_seconds() == pytest.approx(10.0)
    assert c.real_seconds(10.0) == pytest.approx(0.2)
    with pytest.raises(ValueError, match="scale"):
        ScaledClock(0)


def test_lateness_is_logged_at_debug_and_summarised(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    sched, engine, sink = make(qtbot, clock)
    with caplog.at_level(logging.DEBUG, logger="phtcoach.scheduler"):
        sched.run(engine.start)
        for late in (0.001, 0.002, 0.003, 0.010, 0.030):
            deadline = engine.next_deadline()
            assert deadline is not None
            clock.advance(deadline - clock.monotonic() + late)
            sched.poll()
    lines = [r.getMessage() for r in caplog.records if r.name == "phtcoach.scheduler"]
    assert any("late 30.0 ms" in line for line in lines)
    stats = sched.stats()
    assert stats.count == len(sink.cues) == 6
    assert stats.max_s == pytest.approx(0.030)
    assert stats.p99_s == pytest.approx(0.030)
    assert stats.mean_s == pytest.approx(0.046 / 6)
    sched.reset_stats()
    assert sched.stats().count == 0


def test_swapping_the_engine_rearms(qtbot: QtBot) -> None:
    clock = FakeClock()
    sched, engine, _ = make(qtbot, clock)
    sched.run(engine.start)
    other = SessionEngine(iso_5x5(), clock)
    sched.engine = other
    assert sched.armed_ms is None  # the new engine is idle
    sched.run(other.start)
    assert sched.armed_ms == 2000


def test_real_timer_runs_a_short_session_on_time(qtbot: QtBot) -> None:
    """The one test on wall-clock time: the QTimer path itself (1.5 s)."""
    clock = SystemClock()
    timeline = tiny()
    engine = SessionEngine(timeline, clock)
    sink = Sink()
    sched = CueScheduler(engine, clock, sink)
    assert sched._timer.timerType() is Qt.TimerType.PreciseTimer
    t0 = time.monotonic()
    sched.run(engine.start)
    qtbot.waitUntil(lambda: engine.state is EngineState.FINISHED, timeout=5000)
    assert time.monotonic() - t0 == pytest.approx(timeline.total_s, abs=0.3)
    assert [c.cue for c in sink.cues] == list(timeline.cues)
    assert any(isinstance(e, SessionDone) for b in sink.batches for e in b)
    assert sched.stats().max_s < 0.2
    assert sched.armed_ms is None
    assert not sched.display_active
