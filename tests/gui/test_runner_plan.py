"""The session's sound planned ahead (ui/runner_plan.py): what the player is handed, when it
is taken back, and that no cue is ever heard twice. A NullCuePlayer with the fake clock
stands for a player that plans; `heard` is what it would have sounded, and when."""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer, ScheduledCue
from phtcoach.core.engine import EngineState
from phtcoach.ui.runner_plan import START_LEAD_S
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE, Rig, make_rig

pytestmark = QT_NOISE
K = Qt.Key


@dataclass
class StreamPlayer(NullCuePlayer):
    """A planning player whose output stream already holds what is due within `buffer_s`:
    `cancel_scheduled` cannot take those back (as the real mixer cannot)."""

    buffer_s: float = 0.0

    def cancel_scheduled(self) -> set[Hashable]:
        assert self.clock is not None
        limit = self.clock() + self.buffer_s
        kept = [c for c in self.planned if c.at <= limit]
        self.planned = [c for c in self.planned if c.at > limit]
        self.cancelled.extend(self.planned)
        self.planned = kept
        self.calls.append(("cancel_scheduled", ()))
        return {c.key for c in kept}


def planning_rig(qtbot: QtBot, data_dir: Path, **player: float) -> Iterator[Rig]:
    clock = FakeClock()
    r = make_rig(qtbot, data_dir, clock=clock, player=StreamPlayer(clock=clock.monotonic, **player))
    try:
        yield r
    finally:
        r.runner.shutdown()
        r.store.close()


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from planning_rig(qtbot, data_dir)


def space(rig: Rig) -> None:
    """Space, then the START_LEAD_S it starts after: the session's zero is now."""
    rig.key(K.Key_Space)
    rig.clock.advance(START_LEAD_S)
    assert rig.runner.scheduler is not None
    rig.runner.scheduler.poll()


def scheduled(rig: Rig) -> list[ScheduledCue]:
    return [c for name, args in rig.player.calls if name == "schedule" for c in args]  # type: ignore[misc]


def timeline_cues(rig: Rig, until_s: float) -> list[tuple[str, str | None]]:
    run = rig.runner.run
    assert run is not None
    return [(c.sound.value, c.say) for c in run.timeline.cues if c.at_s <= until_s]


def heard(rig: Rig) -> list[tuple[str | None, str | None]]:
    rig.player.flush()
    return list(rig.player.heard)


def test_every_cue_is_planned_ahead_at_its_due_time_and_heard_once(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    t0 = rig.clock.monotonic()
    rig.key(K.Key_Space)
    assert rig.player.lead_s == 0.0  # this player needs no lead...
    # ...but Space still starts the session START_LEAD_S later, its first cue planned then
    assert [(c.at - t0, c.say) for c in scheduled(rig)] == [(START_LEAD_S, "single-leg bridge")]
    rig.clock.advance(START_LEAD_S)
    rig.advance(44.75)
    run = rig.runner.run
    assert run is not None
    plan = scheduled(rig)
    start = t0 + START_LEAD_S
    # Planned up to 0.4 s ahead: the session is at 44.75 s, the plan reaches 45.15 s.
    expected = [c for c in run.timeline.cues if c.at_s <= 45.15]
    assert [(c.sound, c.say) for c in plan] == timeline_cues(rig, 45.15)
    # Each handed over at its exact instant (the engine's due_mono), never twice.
    assert [c.at - start for c in plan[: len(expected)]] == pytest.approx(
        [c.at_s for c in expected], abs=1e-9
    )
    assert len({c.key for c in plan}) == len(plan)
    # Nothing played at the due time: the plan carried every cue, each heard once.
    assert [a for name, a in rig.player.calls if name == "play"] == []
    assert heard(rig) == timeline_cues(rig, 44.75)
    # Never more than the look-ahead window ahead of the clock.
    assert max(c.at for c in plan) <= rig.clock.monotonic() + 0.4 + 1e-9


def test_pause_takes_back_the_plan_and_resume_plans_again(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    space(rig)
    rig.advance(4.75)  # the hold's "start" at 5 s is planned
    rig.player.flush()
    assert [(c.sound, c.say) for c in rig.player.planned] == [("start", "hold")]
    rig.key(K.Key_Space)  # pause
    assert rig.engine.state is EngineState.PAUSED
    assert rig.player.planned == []
    assert [(c.sound, c.say) for c in rig.player.cancelled] == [("start", "hold")]
    before = heard(rig)
    rig.advance(30)
    assert heard(rig) == before  # nothing sounds while paused
    rig.key(K.Key_Space)  # resume: the remaining 0.25 s of the lead-in, after START_LEAD_S
    resumed = rig.clock.monotonic()
    (again,) = rig.player.planned
    assert again.at == pytest.approx(resumed + START_LEAD_S + 0.25)
    rig.advance(1)
    assert heard(rig).count(("start", "hold")) == 1


def test_plus_ten_seconds_moves_the_planned_countdown(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    space(rig)
    zero = rig.clock.monotonic()  # a hold of 5 s from 5 s: "3" due at 7 s
    rig.advance(6.75)
    assert ("countdown", "3") in [(c.sound, c.say) for c in rig.player.planned]
    rig.key(K.Key_Plus)  # the hold now ends at 20 s: its "3" at 17 s
    assert ("countdown", "3") in [(c.sound, c.say) for c in rig.player.cancelled]
    rig.advance(10)
    assert [w for _, w in heard(rig)].count("3") == 1  # the lead-in's only
    rig.advance(0.5)
    assert [w for _, w in heard(rig)].count("3") == 2
    late = [c for c in scheduled(rig) if c.say == "3"][-1]
    assert late.at == pytest.approx(zero + 17)


def test_a_skip_plans_the_next_phase_from_now_plus_the_players_lead(
    qtbot: QtBot, data_dir: Path
) -> None:
    for r in planning_rig(qtbot, data_dir, schedule_lead_s=0.05):
        r.runner.load("iso-5x5")
        space(r)
        r.advance(1)
        r.key(K.Key_Right)  # skip the lead-in: the hold begins 50 ms from now
        now = r.clock.monotonic()
        assert r.engine.current_phase is not None
        (first,) = [c for c in r.player.planned if c.say == "hold"]
        assert first.at == pytest.approx(now + 0.05)
        r.advance(0.25)
        assert ("start", "hold") in heard(r)
        assert [a for name, a in r.player.calls if name == "play"] == []


def test_a_cue_already_in_the_stream_is_not_played_again(qtbot: QtBot, data_dir: Path) -> None:
    """Pressing +10 s just before a cue: that cue is already in the output (it cannot be
    taken back), is still due, and its due-time event must not play it a second time."""
    for r in planning_rig(qtbot, data_dir, buffer_s=0.3):
        r.runner.load("iso-5x5")
        space(r)
        r.advance(4.75)  # the hold's "start" is due at 5 s: within the stream's 0.3 s
        r.key(K.Key_Plus)
        assert ("start", "hold") in [(c.sound, c.say) for c in r.player.planned]
        r.advance(1)
        assert heard(r).count(("start", "hold")) == 1
        assert [a for name, a in r.player.calls if name == "play"] == []


def test_a_player_that_cannot_plan_hears_each_cue_at_its_due_time(
    qtbot: QtBot, data_dir: Path
) -> None:
    r = make_rig(qtbot, data_dir)  # NullCuePlayer without a clock: visual-only, no plan
    try:
        r.runner.load("iso-5x5")
        r.key(K.Key_Space)
        r.advance(6)
        assert r.player.calls.count(("schedule", ())) == 0
        assert not [c for c in r.player.calls if c[0] == "schedule"]
        assert [(q.sound, q.say) for q in r.player.requests] == timeline_cues(r, 6)
    finally:
        r.runner.shutdown()
        r.store.close()
