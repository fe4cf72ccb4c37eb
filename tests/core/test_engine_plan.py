"""What the engine says is coming (`upcoming_cues`, for the sound planned ahead) and the
lead it gives what the user starts (`lead_s`): pure, on a FakeClock."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from phtcoach.core.engine import CueEvent, EngineState, SessionEngine
from phtcoach.core.model import Side
from phtcoach.core.programme import Programme, load_builtin
from phtcoach.core.timeline import Timeline, compile_timeline
from tests.fakes import FakeClock

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


def timeline(programme: Programme, tid: str) -> Timeline:
    return compile_timeline(programme.template(tid), affected_side=Side.LEFT)


@pytest.mark.parametrize("tid", ["iso-5x5", "iso-5x15", "eccentric-10s", "hsr-3x12"])
def test_upcoming_cues_are_exactly_the_cue_events_to_come(programme: Programme, tid: str) -> None:
    """Listed ahead at any moment, each cue falls due later with the very same instant: the
    plan and the due-time event name the same cue, so it can never be played twice."""
    tl = timeline(programme, tid)
    clock = FakeClock()
    eng = SessionEngine(tl, clock)
    seen = [e for e in eng.start() if isinstance(e, CueEvent)]
    promised: dict[tuple[object, float], int] = {}
    rng = random.Random(tid)
    while eng.state is EngineState.RUNNING:
        now = clock.monotonic()
        for due, cue in eng.upcoming_cues(now + 2.0):
            assert now < due <= now + 2.0
            promised.setdefault((cue, due), 0)
            promised[(cue, due)] += 1
        clock.advance(rng.choice([0.05, 0.25, 0.7, 1.3]))
        seen += [e for e in eng.tick() if isinstance(e, CueEvent)]
    assert {(e.cue, e.due_mono) for e in seen[1:]} <= set(promised)
    # Every cue after the first (due at start) was promised before it fell due.
    assert len(seen) == len(tl.cues)


def test_upcoming_cues_follow_pause_skip_and_adjust(programme: Programme) -> None:
    clock = FakeClock()
    eng = SessionEngine(timeline(programme, "iso-5x5"), clock)
    assert eng.upcoming_cues(clock.monotonic() + 100) == []  # idle
    eng.start()
    clock.advance(5.5)
    eng.tick()  # 0.5 s into hold 1 (5 s)
    now = clock.monotonic()
    listed = eng.upcoming_cues(now + 4.6)
    assert [c.say for _, c in listed] == [None, "3", "2", "1", "rest"]
    assert [due - now for due, _ in listed] == pytest.approx([0.5, 1.5, 2.5, 3.5, 4.5])
    eng.adjust(10)
    # 15 s now: ticks instead of the countdown, the one 10 s before the end says so
    assert [c.say for _, c in eng.upcoming_cues(now + 4.6)] == [None, None, None, None, "10"]
    eng.pause()
    assert eng.upcoming_cues(now + 100) == []
    eng.resume()
    skipped = [e.cue.say for e in eng.skip() if isinstance(e, CueEvent)]
    # The rest's first cue, due now, was delivered by skip() itself; what is listed is later.
    assert skipped == ["rest"]
    (due, cue), *_ = eng.upcoming_cues(now + 100)
    assert cue.say == "3"
    assert due == pytest.approx(clock.monotonic() + 2.0)


def test_the_list_ends_with_the_session(programme: Programme) -> None:
    tl = timeline(programme, "iso-5x5")
    clock = FakeClock()
    eng = SessionEngine(tl, clock)
    eng.start()
    t0 = clock.monotonic()
    listed = eng.upcoming_cues(t0 + tl.total_s + 60)
    assert [c for _, c in listed] == list(tl.cues[1:])
    assert [due - t0 for due, _ in listed] == pytest.approx([c.at_s for c in tl.cues[1:]])


def test_lead_starts_what_the_user_starts_that_much_later(programme: Programme) -> None:
    clock = FakeClock()
    eng = SessionEngine(timeline(programme, "iso-5x5"), clock)
    eng.lead_s = 0.2
    t0 = clock.monotonic()
    events = eng.start()
    assert not [e for e in events if isinstance(e, CueEvent)]  # the first cue is 0.2 s away
    assert eng.next_deadline() == pytest.approx(t0 + 0.2)
    assert eng.elapsed_s == 0.0  # not negative before the start
    assert eng.upcoming_cues(t0 + 0.2)[0][0] == pytest.approx(t0 + 0.2)
    clock.advance(0.2)
    cues = [e for e in eng.tick() if isinstance(e, CueEvent)]
    assert len(cues) == 1 and cues[0].late_s == 0.0
    clock.advance(1.0)
    eng.pause()
    assert eng.elapsed_s == pytest.approx(1.0)
    eng.resume()  # the session goes on 0.2 s after the key
    clock.advance(0.1)
    assert eng.elapsed_s == pytest.approx(1.0)
    clock.advance(0.2)
    assert eng.elapsed_s == pytest.approx(1.1)
    eng.skip()  # the next phase starts 0.2 s from now
    assert eng.phase_elapsed == 0.0
    assert eng.next_deadline() == pytest.approx(clock.monotonic() + 0.2)
