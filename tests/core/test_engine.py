"""SessionEngine driven by a FakeClock: every operation, what it reports, and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.core.cues import Sound
from phtcoach.core.engine import (
    CueEvent,
    EngineEvent,
    EngineState,
    PerformedSet,
    PhaseEvent,
    SessionDone,
    SessionEngine,
    SetDone,
)
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import SessionStatus, Side, Template
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.timeline import WORK_KINDS, PhaseKind, Timeline, compile_timeline
from tests.core.test_timeline import compile_args, templates
from tests.fakes import FakeClock

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"
T0 = 1000.0  # FakeClock's monotonic origin


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


def timeline(programme: Programme, tid: str, side: Side = Side.LEFT) -> Timeline:
    return compile_timeline(programme.template(tid), affected_side=side)


def run(
    clock: FakeClock, eng: SessionEngine, seconds: float, step: float = 1.0
) -> list[EngineEvent]:
    """Advance in steps, ticking, and collect every event."""
    out: list[EngineEvent] = []
    left = seconds
    while left > 1e-9:
        d = min(step, left)
        clock.advance(d)
        left -= d
        out += eng.tick()
    return out


def sets_done(events: list[EngineEvent]) -> list[PerformedSet]:
    return [e.performed for e in events if isinstance(e, SetDone)]


def cues(events: list[EngineEvent]) -> list[tuple[float, str, str | None]]:
    return [(e.cue.at_s, e.cue.sound.value, e.cue.say) for e in events if isinstance(e, CueEvent)]


def phases(events: list[EngineEvent]) -> list[int]:
    return [e.phase_index for e in events if isinstance(e, PhaseEvent)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(mono=T0)


@pytest.fixture
def iso(programme: Programme) -> Timeline:
    return timeline(programme, "iso-5x5")


# --------------------------------------------------------------------------- a plain run


def test_full_run_reports_both_sets_exactly(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    assert eng.state is EngineState.IDLE
    assert eng.next_deadline() is None
    first = eng.start()
    assert [type(e) for e in first] == [PhaseEvent, CueEvent]
    assert eng.next_deadline() == T0 + 2.0
    events = first + run(clock, eng, 160.0)
    assert eng.state is EngineState.FINISHED
    assert eng.status is SessionStatus.COMPLETED
    assert cues(events) == [(c.at_s, c.sound.value, c.say) for c in iso.cues]
    assert phases(events) == list(range(len(iso.phases)))
    done = sets_done(events)
    assert [(s.set_no, s.performed_reps, s.hold_s) for s in done] == [
        (1, 5, (5.0,) * 5),
        (2, 5, (5.0,) * 5),
    ]
    assert [(s.started_mono, s.ended_mono) for s in done] == [
        (T0 + 5, T0 + 50),
        (T0 + 110, T0 + 155),
    ]
    assert done[0].side is Side.LEFT
    assert done[0].exercise == "fesl-bridge-hold"
    assert done[0].planned_reps == 5
    assert isinstance(events[-1], SessionDone)
    assert events[-1].status is SessionStatus.COMPLETED
    assert eng.elapsed_s == 155.0
    assert eng.progress == 1.0
    assert eng.remaining_s == 0.0
    assert eng.current_phase is None
    assert eng.completed_sets == tuple(done)


def test_order_at_a_set_boundary(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 49.0)
    clock.advance(1.0)
    ev = eng.tick()
    assert [type(e) for e in ev] == [SetDone, PhaseEvent, CueEvent]
    assert ev[1].phase.kind is PhaseKind.SET_REST  # type: ignore[union-attr]
    assert ev[2].cue.sound is Sound.SET_END  # type: ignore[union-attr]


def test_many_due_events_are_all_delivered_in_order_and_late_ones_marked(
    clock: FakeClock, iso: Timeline
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    clock.advance(30.0)  # a long stall: 30 s of events at once
    ev = eng.tick()
    got = cues(ev)
    assert got == [(c.at_s, c.sound.value, c.say) for c in iso.cues if 0 < c.at_s <= 30.0]
    stale = [e for e in ev if isinstance(e, CueEvent) and e.stale]
    fresh = [e for e in ev if isinstance(e, CueEvent) and not e.stale]
    assert all(e.late_s > 1.0 for e in stale)
    assert [e.cue.at_s for e in fresh] == [29.0, 30.0]  # at most 1 s old: still worth playing
    assert fresh[-1].late_s == 0.0
    # Small jitter is never stale.
    clock.advance(1.5)
    assert not any(e.stale for e in eng.tick() if isinstance(e, CueEvent))


def test_deadlines_do_not_drift_with_late_ticks(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    for _ in range(20):
        clock.advance(1.37)  # the timer always fires late
        eng.tick()
    assert eng.next_deadline() == T0 + 28.0  # still on the plan's grid
    assert eng.phase_index == 5


# --------------------------------------------------------------------------- pause


def test_pause_freezes_schedule_and_work(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 7.0)  # 2 s into the first hold
    eng.pause()
    assert eng.state is EngineState.PAUSED
    assert eng.next_deadline() is None
    clock.advance(100.0)
    assert eng.tick() == []
    assert eng.phase_elapsed == 2.0
    assert eng.phase_remaining == 3.0
    ev = eng.resume()
    assert ev == []
    assert eng.next_deadline() == T0 + 108.0  # the "3" countdown, 100 s later than planned
    events = run(clock, eng, 160.0)
    done = sets_done(events)
    assert done[0].hold_s == (5.0,) * 5
    assert done[0].started_mono == T0 + 5
    assert eng.elapsed_s == 155.0  # pauses excluded
    assert eng.toggle_pause() == []  # finished: nothing happens


def test_toggle_pause_starts_pauses_and_resumes(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    assert isinstance(eng.toggle_pause()[0], PhaseEvent)
    assert eng.state is EngineState.RUNNING
    eng.toggle_pause()
    assert eng.state is EngineState.PAUSED
    eng.toggle_pause()
    assert eng.state is EngineState.RUNNING


# --------------------------------------------------------------------------- skip


def test_skip_a_hold_early_marks_its_rep_skipped(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 5.0)
    clock.advance(3.2)
    ev = eng.skip()
    # What fell due before the skip comes first, then the rest starting now, with its cue.
    assert cues(ev) == [
        (6.0, "tick", None),
        (7.0, "countdown", "3"),
        (8.0, "countdown", "2"),
        (10.0, "rest", "rest"),
    ]
    assert phases(ev) == [2]
    assert eng.phase_elapsed == 0.0
    assert eng.next_deadline() == pytest.approx(T0 + 8.2 + 2.0)
    events = run(clock, eng, 200.0)
    first = sets_done(events)[0]
    assert (first.performed_reps, first.skipped_reps) == (4, 1)
    assert first.hold_s == (5.0, 5.0, 5.0, 5.0)


def test_skip_the_last_hold_reports_the_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 46.0)  # 1 s into rep 5
    ev = eng.skip()
    assert [type(e) for e in ev] == [SetDone, PhaseEvent, CueEvent]
    done = sets_done(ev)[0]
    assert (done.performed_reps, done.skipped_reps) == (4, 1)
    assert done.hold_s == (5.0, 5.0, 5.0, 5.0)
    assert done.ended_mono == T0 + 46


def test_skipping_through_the_whole_session_saves_no_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    events: list[EngineEvent] = []
    while eng.state is not EngineState.FINISHED:
        clock.advance(0.5)
        events += eng.skip()
    assert sets_done(events) == []
    assert eng.completed_sets == ()
    assert isinstance(events[-1], SessionDone)
    assert events[-1].status is SessionStatus.COMPLETED
    assert cues(events)[-1] == (155.0, "session_end", "session complete")


def test_a_set_skipped_without_any_work_is_not_reported(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    events = eng.skip()  # leave the lead-in at 0 s
    for _ in range(9):  # through all of set 1 without a moment of work
        events += eng.skip()
    assert eng.current_phase is not None
    assert eng.current_phase.kind is PhaseKind.SET_REST
    assert sets_done(events) == []


def test_skip_while_paused_stays_paused(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)
    eng.pause()
    clock.advance(30.0)
    ev = eng.skip()
    assert phases(ev) == [2]
    assert cues(ev) == []  # no sound while paused
    assert eng.state is EngineState.PAUSED
    ev = eng.resume()
    assert cues(ev) == [(10.0, "rest", "rest")]  # the rest's cue plays on resume
    events = run(clock, eng, 200.0)
    first = sets_done(events)[0]
    assert (first.performed_reps, first.skipped_reps, first.hold_s) == (4, 1, (5.0,) * 4)


# --------------------------------------------------------------------------- skipped reps


def skip_holds_after(clock: FakeClock, eng: SessionEngine, held: float) -> list[EngineEvent]:
    """Run to the end, pressing skip `held` seconds into every hold (rests run out)."""
    events: list[EngineEvent] = []
    while eng.state is not EngineState.FINISHED:
        clock.advance(0.01)
        events += eng.tick()
        p = eng.current_phase
        if p is not None and p.kind is PhaseKind.HOLD and eng.phase_elapsed >= held:
            events += eng.skip()
    return events


def test_skipping_every_hold_saves_no_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    events = eng.start() + skip_holds_after(clock, eng, 0.66)
    assert not any(isinstance(e, SetDone) for e in events)
    assert eng.completed_sets == ()
    assert sum(s.performed_reps for s in eng.completed_sets) == 0


def test_skipping_one_hold_of_five(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 27.0)  # 2 s into rep 3 of set 1
    events = eng.skip() + run(clock, eng, 200.0)
    first, second = sets_done(events)
    assert (first.performed_reps, first.skipped_reps, first.planned_reps) == (4, 1, 5)
    assert first.hold_s == (5.0,) * 4
    assert (second.performed_reps, second.skipped_reps) == (5, 0)


def test_a_hold_stretched_by_ten_seconds_and_finished_counts(
    clock: FakeClock, iso: Timeline
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)
    eng.adjust(+10)
    first = sets_done(run(clock, eng, 200.0))[0]
    assert (first.performed_reps, first.skipped_reps) == (5, 0)
    assert first.hold_s[0] == 15.0


@pytest.mark.parametrize(
    ("adjust", "held", "performed", "skipped"),
    [
        (0, 4.5, 5, 0),  # 0.5 s before the end: the grace, counts as done
        (0, 4.4, 4, 1),
        (+10, 14.6, 5, 0),  # the grace is measured from the adjusted end
        (+10, 6.0, 4, 1),  # past the planned 5 s but before the chosen 15 s
        (-2, 2.8, 5, 0),
    ],
)
def test_a_skip_counts_against_the_adjusted_end(
    clock: FakeClock, iso: Timeline, adjust: int, held: float, performed: int, skipped: int
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 5.0)  # hold 1 starts
    if adjust:
        eng.adjust(adjust)
    clock.advance(held)
    first = sets_done(eng.skip() + run(clock, eng, 200.0))[0]
    assert (first.performed_reps, first.skipped_reps) == (performed, skipped)
    assert len(first.hold_s) == performed


def test_back_clears_the_skip_mark_of_the_rep_it_reenters(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)
    eng.skip()  # rep 1 skipped after 1 s
    clock.advance(1.0)
    assert phases(eng.back()) == [1]  # within 2 s of the rest: back into rep 1
    first = sets_done(run(clock, eng, 200.0))[0]
    assert (first.performed_reps, first.skipped_reps) == (5, 0)


def test_restart_set_clears_the_skip_marks_of_the_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)
    eng.skip()  # rep 1
    run(clock, eng, 6.0)  # into rep 2
    eng.skip()
    eng.restart_set()
    first = sets_done(run(clock, eng, 200.0))[0]
    assert (first.performed_reps, first.skipped_reps, first.hold_s) == (5, 0, (5.0,) * 5)


def test_ending_early_within_a_millisecond_of_a_hold_saves_no_rep(
    clock: FakeClock, iso: Timeline
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 5.0)
    clock.advance(0.0001)
    assert eng.end_early() == [SessionDone(SessionStatus.ENDED_EARLY)]


# --------------------------------------------------------------------------- back


def test_back_restarts_the_phase_after_two_seconds(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 8.0)  # 3 s into hold 1
    ev = eng.back()
    assert phases(ev) == [1]
    assert cues(ev) == [(5.0, "start", "hold")]
    assert eng.phase_elapsed == 0.0
    events = run(clock, eng, 200.0)
    done = sets_done(events)
    assert done[0].hold_s == (5.0,) * 5
    assert done[0].started_mono == T0 + 8  # restarting rep 1 restarts the set


def test_back_early_goes_to_the_previous_phase(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 11.0)  # 1 s into the rest after rep 1
    ev = eng.back()
    assert phases(ev) == [1]
    assert eng.current_phase is not None
    assert eng.current_phase.rep == 1
    clock.advance(4.6)  # skipped within the grace before its end: done
    events = eng.skip() + run(clock, eng, 200.0)
    assert sets_done(events)[0].hold_s == (4.6, 5.0, 5.0, 5.0, 5.0)  # rep 1 redone: 4.6 s


def test_back_never_reenters_a_reported_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 51.0)  # 1 s into the set rest: set 1 is saved
    ev = eng.back()
    assert phases(ev) == [10]  # the set rest restarts
    assert eng.current_phase is not None
    assert eng.current_phase.kind is PhaseKind.SET_REST
    events = run(clock, eng, 200.0)
    assert [s.set_no for s in sets_done(events)] == [2]
    assert len(eng.completed_sets) == 2


def test_back_at_the_lead_in_restarts_it(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    clock.advance(1.0)
    assert phases(eng.back()) == [0]
    assert phases(eng.back()) == [0]  # nothing before the lead-in: it restarts again
    assert SessionEngine(iso, clock).back() == []  # idle: nothing


# --------------------------------------------------------------------------- +-10 s


def test_plus_ten_extends_a_hold_and_moves_the_countdown(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)  # 1 s into hold 1 (tick at 6 delivered)
    eng.adjust(+10)
    assert eng.phase_duration == 15.0
    assert eng.phase_remaining == 14.0
    ev = run(clock, eng, 14.0)
    hold_cues = [(round(e.due_mono - T0, 3), e.cue.say) for e in ev if isinstance(e, CueEvent)]
    assert hold_cues[:3] == [(7.0, None), (8.0, None), (9.0, None)]
    assert (10.0, "10") in hold_cues  # 10 s left
    assert hold_cues[-4:] == [(17.0, "3"), (18.0, "2"), (19.0, "1"), (20.0, "rest")]
    events = ev + run(clock, eng, 200.0)
    assert sets_done(events)[0].hold_s == (15.0, 5.0, 5.0, 5.0, 5.0)
    assert eng.elapsed_s == 165.0


def test_minus_ten_never_goes_below_zero(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)  # hold 1 has 4 s left
    ev = eng.adjust(-10)
    assert phases(ev) == [2]  # the hold ended now
    events = ev + run(clock, eng, 200.0)
    first = sets_done(events)[0]
    assert first.hold_s == (1.0, 5.0, 5.0, 5.0, 5.0)  # the user chose the shorter hold
    assert first.skipped_reps == 0


def test_minus_ten_shortens_a_rest(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 55.0)  # 5 s into the 60 s set rest
    eng.adjust(-10)
    assert eng.phase_remaining == 45.0
    # "last set" and the countdown after it moved 10 s earlier
    assert eng.next_deadline() == T0 + 95.0
    ev = run(clock, eng, 45.0)
    assert phases(ev) == [11]
    assert next(e for e in ev if isinstance(e, PhaseEvent)).due_mono == T0 + 100.0
    assert [(e.due_mono, e.cue.say) for e in ev if isinstance(e, CueEvent)] == [
        (T0 + 95.0, "last set"),
        (T0 + 97.0, "3"),
        (T0 + 98.0, "2"),
        (T0 + 99.0, "1"),
        (T0 + 100.0, "hold"),
    ]


# --------------------------------------------------------------------------- restart set


def test_restart_set_discards_the_reps_so_far(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 27.0)  # rep 3 of set 1, 2 s in
    ev = eng.restart_set()
    assert phases(ev) == [1]
    assert cues(ev) == [(5.0, "start", "hold")]
    events = run(clock, eng, 300.0)
    first = sets_done(events)[0]
    assert first.hold_s == (5.0,) * 5
    assert first.started_mono == T0 + 27
    assert first.ended_mono == T0 + 27 + 45


def test_restart_set_outside_a_set_does_nothing(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 60.0)  # in the set rest
    assert eng.restart_set() == []
    assert eng.phase_index == 10


# --------------------------------------------------------------------------- end early


def test_end_early_reports_the_partial_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 27.0)  # 2 s into rep 3
    ev = eng.end_early()
    assert [type(e) for e in ev] == [SetDone, SessionDone]
    s = sets_done(ev)[0]
    assert (s.performed_reps, s.hold_s, s.planned_reps) == (3, (5.0, 5.0, 2.0), 5)
    assert s.ended_mono == T0 + 27
    assert ev[-1] == SessionDone(SessionStatus.ENDED_EARLY)
    assert eng.state is EngineState.FINISHED
    assert eng.status is SessionStatus.ENDED_EARLY
    assert eng.elapsed_s == 27.0
    assert eng.end_early() == []
    assert eng.tick() == []


def test_end_early_in_a_rest_between_sets_reports_nothing_more(
    clock: FakeClock, iso: Timeline
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 60.0)
    ev = eng.end_early()
    assert ev == [SessionDone(SessionStatus.ENDED_EARLY)]
    assert len(eng.completed_sets) == 1


def test_end_early_before_any_rep(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    assert eng.end_early() == [SessionDone(SessionStatus.ENDED_EARLY)]
    eng2 = SessionEngine(iso, clock)
    eng2.start()
    clock.advance(2.0)
    assert [type(e) for e in eng2.end_early()][-1] is SessionDone
    assert eng2.completed_sets == ()


def test_end_early_while_paused_in_a_rest_between_reps(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 12.0)  # in the rest after rep 1
    eng.pause()
    clock.advance(50.0)
    s = sets_done(eng.end_early())[0]
    assert (s.performed_reps, s.hold_s) == (1, (5.0,))


# --------------------------------------------------------------------------- loads, tempo, sides


def test_loads_and_tempo_are_reported(clock: FakeClock, programme: Programme) -> None:
    tl = timeline(programme, "eccentric-10s-loaded")
    eng = SessionEngine(tl, clock)
    eng.start()
    done = sets_done(run(clock, eng, 700.0, step=2.5))
    assert [s.load_kg for s in done] == [5.0] * 3
    assert done[0].tempo == "2-1-10-2"
    assert done[0].hold_s == (15.0,) * 8  # up + pause + lower + reset per rep
    eng2 = SessionEngine(tl, FakeClock(), loads={0: 7.5})
    eng2.start()
    assert eng2.end_early() == [SessionDone(SessionStatus.ENDED_EARLY)]
    eng3 = SessionEngine(tl, clock, loads={0: 7.5})
    eng3.start()
    assert sets_done(run(clock, eng3, 700.0, step=3.0))[0].load_kg == 7.5


def test_each_side_sets_are_reported_per_side(clock: FakeClock, programme: Programme) -> None:
    tl = timeline(programme, "sl-rdl-3x8", side=Side.RIGHT)
    eng = SessionEngine(tl, clock)
    eng.start()
    done = sets_done(run(clock, eng, 2000.0, step=5.0))
    assert [(s.side, s.set_no) for s in done] == [
        (Side.RIGHT, 1),
        (Side.RIGHT, 2),
        (Side.RIGHT, 3),
        (Side.LEFT, 1),
        (Side.LEFT, 2),
        (Side.LEFT, 3),
    ]


def test_queries_while_running(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    assert eng.current_phase is iso.phases[0]
    assert eng.upcoming is iso.phases[1]
    assert eng.progress == 0.0
    assert eng.remaining_s == 155.0
    eng.start()
    run(clock, eng, 7.0)
    assert eng.phase_index == 1
    assert eng.upcoming is not None
    assert (eng.upcoming.kind, eng.upcoming.duration_s) == (PhaseKind.REST, 5.0)
    assert eng.phase_elapsed == 2.0
    assert eng.remaining_s == 148.0
    assert eng.progress == pytest.approx(7.0 / 155.0)
    assert eng.elapsed_s == 7.0


# --------------------------------------------------------------------------- snapshots


def test_resume_from_last_completed_set(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 120.0)  # set 1 done, 10 s into set 2
    snap = json.loads(json.dumps(eng.snapshot()))
    new_clock = FakeClock(mono=50.0)  # a new process: another monotonic origin
    back = SessionEngine.restore(iso, new_clock, snap)
    assert back.state is EngineState.PAUSED
    assert back.phase_index == 10  # the rest before set 2
    assert back.phase_elapsed == 0.0
    assert [s.set_no for s in back.completed_sets] == [1]
    assert back.elapsed_s == 120.0
    assert back.next_deadline() is None
    ev = back.resume()
    assert cues(ev) == [(50.0, "set_end", "rest")]
    events = run(new_clock, back, 200.0)
    done = sets_done(events)
    assert [(s.set_no, s.hold_s) for s in done] == [(2, (5.0,) * 5)]
    assert done[0].started_mono == 50.0 + 60.0
    assert back.status is SessionStatus.COMPLETED


def test_resume_before_any_set_starts_at_the_lead_in(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 12.0)
    back = SessionEngine.restore(iso, FakeClock(), eng.snapshot())
    assert (back.phase_index, back.state) == (0, EngineState.PAUSED)
    assert back.completed_sets == ()


def test_resume_exact(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 17.0)  # rep 2, 2 s in
    eng.adjust(+10)
    snap = json.loads(json.dumps(eng.snapshot()))
    c2 = FakeClock(mono=0.0)
    back = SessionEngine.restore(iso, c2, snap, resume_from="exact")
    assert (back.phase_index, back.phase_elapsed, back.phase_duration) == (3, 2.0, 15.0)
    back.resume()
    events = run(c2, back, 300.0)
    assert sets_done(events)[0].hold_s == (5.0, 15.0, 5.0, 5.0, 5.0)


def test_resume_when_everything_was_done(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 200.0)
    back = SessionEngine.restore(iso, clock, eng.snapshot())
    assert back.state is EngineState.FINISHED
    assert back.status is SessionStatus.COMPLETED
    eng2 = SessionEngine(iso, clock)
    eng2.start()
    run(clock, eng2, 154.0)
    eng2.pause()
    # Interrupted in the last rep: that set is redone.
    back2 = SessionEngine.restore(iso, clock, eng2.snapshot())
    assert back2.phase_index == 10


def test_skip_marks_survive_a_snapshot(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 6.0)
    eng.skip()  # set 1, rep 1 skipped after 1 s: everything after moves 4 s earlier
    run(clock, eng, 101.0)  # set 1 saved; set 2 started at 106
    eng.skip()  # set 2, rep 1 skipped
    run(clock, eng, 7.0)  # 2 s into rep 2 of set 2
    assert (eng.current_phase.set, eng.current_phase.rep) == (2, 2)  # type: ignore[union-attr]
    snap = json.loads(json.dumps(eng.snapshot()))
    assert snap["completed_sets"][0]["skipped_reps"] == 1
    c2 = FakeClock(mono=0.0)
    back = SessionEngine.restore(iso, c2, snap, resume_from="exact")
    assert back.completed_sets[0].skipped_reps == 1
    back.resume()
    second = sets_done(run(c2, back, 300.0))[0]
    assert (second.set_no, second.performed_reps, second.skipped_reps) == (2, 4, 1)
    assert second.hold_s == (5.0,) * 4


def test_snapshots_from_before_skip_marks_still_restore(clock: FakeClock, iso: Timeline) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 117.0)  # set 1 done, 2 s into rep 2 of set 2
    snap = json.loads(json.dumps(eng.snapshot()))
    del snap["skipped"]
    del snap["completed_sets"][0]["skipped_reps"]
    back = SessionEngine.restore(iso, clock, snap, resume_from="exact")
    assert back.completed_sets[0].skipped_reps == 0
    back.resume()
    second = sets_done(run(clock, back, 300.0))[0]
    assert (second.performed_reps, second.skipped_reps) == (5, 0)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda s: s.update(template="iso-5x15"), "engine_state.template"),
        (lambda s: s.update(phase_index=999), "engine_state.phase_index"),
        (lambda s: s.update(version=9), "engine_state.version"),
        (lambda s: s.pop("worked"), "engine_state.worked"),
        (lambda s: s.update(closed_sets=[7]), "engine_state.closed_sets"),
        (lambda s: s.update(state="dancing"), "engine_state.state"),
        (lambda s: s.update(elapsed_s=-1), "engine_state.elapsed_s"),
        (lambda s: s["completed_sets"][0].pop("hold_s"), "engine_state.completed_sets[0].hold_s"),
        (lambda s: s["completed_sets"][0].update(side="up"), "engine_state.completed_sets[0].side"),
        (
            lambda s: s["completed_sets"][0].update(skipped_reps=-1),
            "engine_state.completed_sets[0].skipped_reps",
        ),
        (lambda s: s.update(skipped=[999]), "engine_state.skipped"),
        (lambda s: s.update(skipped={"1": 0}), "engine_state.skipped"),
    ],
)
def test_bad_snapshots_are_rejected(
    clock: FakeClock, iso: Timeline, mutate: object, where: str
) -> None:
    eng = SessionEngine(iso, clock)
    eng.start()
    run(clock, eng, 60.0)
    snap = json.loads(json.dumps(eng.snapshot()))
    mutate(snap)  # type: ignore[operator]
    with pytest.raises(DataFormatError) as info:
        SessionEngine.restore(iso, clock, snap)
    assert info.value.where == where
    with pytest.raises(DataFormatError):
        SessionEngine.restore(iso, clock, "not a dict")


# --------------------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(
    templates(max_blocks=2),
    compile_args,
    st.lists(st.floats(0.01, 4.0), min_size=1, max_size=50),
)
def test_engine_emits_every_cue_once_in_order(
    t: Template, kw: dict[str, object], steps: list[float]
) -> None:
    tl = compile_timeline(t, **kw)  # type: ignore[arg-type]
    clock = FakeClock()
    eng = SessionEngine(tl, clock)
    events = eng.start()
    # Long sessions (a 30-min walk-run) stretch the steps, so the loop stays short whatever the
    # template: the pattern of uneven ticks is what is under test, not its scale.
    scale = max(1.0, tl.total_s / 500.0)
    limit = tl.total_s / (min(steps) * scale) + len(steps) + 10
    n = 0
    while eng.state is not EngineState.FINISHED:
        dl = eng.next_deadline()
        assert dl is not None
        clock.advance(steps[n % len(steps)] * scale)
        n += 1
        events += eng.tick()
        assert n < limit, "the engine did not finish by the end of its timeline"
    assert cues(events) == [(c.at_s, c.sound.value, c.say) for c in tl.cues]
    assert phases(events) == list(range(len(tl.phases)))
    dues = [e.due_mono for e in events if isinstance(e, CueEvent)]
    assert dues == sorted(dues)
    assert dues == pytest.approx([1000.0 + c.at_s for c in tl.cues], abs=1e-6)
    done = sets_done(events)
    assert len(done) == sum(tl.ends_set(i) for i in range(len(tl.phases)))
    for s in done:
        assert s.performed_reps == s.planned_reps
        assert s.skipped_reps == 0
        block = t.blocks[s.block_index]
        rep_ms = sum(
            round(x * 1000)
            for x in (
                block.dosage.hold_s,
                block.dosage.up_s,
                block.dosage.top_pause_s,
                block.dosage.down_s,
                block.dosage.bottom_pause_s,
                block.dosage.work_s,
                block.dosage.walk_s,
                block.dosage.run_s,
            )
        )
        assert all(abs(h * 1000 - rep_ms) <= len(WORK_KINDS) for h in s.hold_s)
    assert isinstance(events[-1], SessionDone)
    assert eng.elapsed_s == pytest.approx(tl.total_s, abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(
    templates(max_blocks=2),
    compile_args,
    st.lists(
        st.tuples(
            st.sampled_from(["tick", "skip", "back", "plus", "minus", "pause", "restart"]),
            st.floats(0.0, 6.0),
        ),
        min_size=1,
        max_size=40,
    ),
)
def test_random_operations_keep_the_engine_consistent(
    t: Template, kw: dict[str, object], ops: list[tuple[str, float]]
) -> None:
    tl = compile_timeline(t, **kw)  # type: ignore[arg-type]
    clock = FakeClock()
    eng = SessionEngine(tl, clock)
    events = eng.start()
    calls = {
        "tick": eng.tick,
        "skip": eng.skip,
        "back": eng.back,
        "plus": lambda: eng.adjust(10),
        "minus": lambda: eng.adjust(-10),
        "pause": eng.toggle_pause,
        "restart": eng.restart_set,
    }
    for name, dt in ops:
        clock.advance(dt)
        events += calls[name]()
        if eng.state is not EngineState.FINISHED:
            assert 0.0 <= eng.phase_elapsed <= eng.phase_duration
            assert 0.0 <= eng.progress <= 1.0
            if eng.state is EngineState.RUNNING:
                dl = eng.next_deadline()
                assert dl is not None
    events += eng.end_early()
    assert sum(isinstance(e, SessionDone) for e in events) == 1
    assert isinstance(events[-1], SessionDone)
    keys = [(s.block_index, s.side, s.set_no) for s in sets_done(events)]
    assert len(keys) == len(set(keys))  # no set is ever reported twice
    for s in sets_done(events):
        assert 1 <= s.performed_reps <= s.planned_reps
        assert s.performed_reps + s.skipped_reps <= s.planned_reps
        assert len(s.hold_s) == s.performed_reps
        assert all(h > 0 for h in s.hold_s)
        assert s.ended_mono >= s.started_mono
    assert all(isinstance(e, CueEvent | PhaseEvent | SetDone | SessionDone) for e in events)
