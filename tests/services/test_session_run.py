"""SessionRun and its helpers without any screen: what is stored when, step downs, clocks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from phtcoach.core.engine import EngineState, SetDone
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Dosage, ExerciseKind, SessionStatus, Settings, Side
from phtcoach.core.steps import describe_dosage_change, step_dosage, stepped_template
from phtcoach.services.run_options import RunOptions, count_sets
from phtcoach.services.runs import resume_offer
from phtcoach.services.session_run import SessionRun
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.gui.runner_helpers import programme


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock, auto_backup=False)
    yield s
    s.close()


def drive(run: SessionRun, clock: FakeClock, seconds: float, step: float = 0.5) -> list[object]:
    events: list[object] = []
    for _ in range(round(seconds / step)):
        clock.advance(step)
        evs = run.engine.tick()
        run.persist(evs)
        events += evs
    return events


def test_nothing_is_stored_until_begin(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    assert not run.started
    assert store.sessions.list() == []
    run.persist(run.begin())
    assert run.started
    assert run.record is not None
    rec = store.sessions.get(run.record.id or 0)
    assert rec.status is SessionStatus.IN_PROGRESS
    assert json.loads(rec.engine_state)["runner"] == {
        "affected_first": True,
        "lead_in_s": 5.0,
        "step_downs": {},
        "sets_fewer": 0,
    }


def test_each_set_is_committed_with_the_state_the_moment_it_ends(
    store: Store, clock: FakeClock
) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    sid = run.session_id
    assert sid is not None
    events = drive(run, clock, 50)
    assert sum(isinstance(e, SetDone) for e in events) == 1
    sets = store.sessions.sets(sid)
    assert len(sets) == 1
    s = sets[0]
    assert (s.exercise_slug, s.block_index, s.set_no, s.side) == (
        "fesl-bridge-hold",
        0,
        1,
        Side.LEFT,
    )
    assert s.started_at == clock.now().replace(second=5)
    assert s.tempo == ""
    state = json.loads(store.sessions.get(sid).engine_state)
    assert state["closed_sets"] == [0]  # the resume point moved with the set, atomically


def test_rating_keeps_measured_values_unless_edited(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    drive(run, clock, 50)
    set_id = run.saved_sets[0].id
    assert set_id is not None
    rated = run.rate(set_id, pain_during=2, rpe=6)
    assert rated.hold_s == (5.0,) * 5
    assert (rated.pain_during, rated.rpe) == (2, 6)
    assert run.last_rating("fesl-bridge-hold") == (2, 6)
    assert run.last_rating("other") == (None, None)
    rated = run.rate(set_id, pain_during=3, rpe=None, performed_reps=3, hold_s=(5.0, 5.0, 4.0))
    assert rated.performed_reps == 3
    assert rated.hold_s == (5.0, 5.0, 4.0)


def test_tempo_sets_carry_their_tempo_and_load(store: Store, clock: FakeClock) -> None:
    tpl = programme().template("hsr-5-5")
    run = SessionRun.new(store, clock, tpl, Settings(lead_in_s=0))
    run.persist(run.begin())
    first_set = run.timeline.phases
    dur = next(p.end_s for i, p in enumerate(first_set) if run.timeline.ends_set(i))
    drive(run, clock, dur + 0.5)
    s = run.saved_sets[0]
    block = tpl.blocks[0].dosage
    assert s.tempo == "-".join(
        f"{x:g}" for x in (block.up_s, block.top_pause_s, block.down_s, block.bottom_pause_s)
    )
    assert s.load_kg == block.load_kg


def test_step_dosage_rules() -> None:
    iso = Dosage(kind=ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=5, rest_between_reps_s=5)
    assert step_dosage(iso, 1).hold_s == 4.0
    assert step_dosage(iso, 2).hold_s == 3.0
    assert step_dosage(iso, 10).hold_s == 1.0  # never below 1 s
    assert step_dosage(iso, 1).rest_between_reps_s == 5.0  # rests stay
    loaded = replace(iso, load_kg=10.0)
    assert step_dosage(loaded, 1).load_kg == 8.0
    assert step_dosage(loaded, 1).hold_s == 5.0  # load goes first
    small = replace(iso, load_kg=1.0)
    assert [step_dosage(small, n).load_kg for n in (1, 2)] == [0.5, 0.0]
    assert step_dosage(small, 3).hold_s == 4.0  # then the seconds
    tempo = Dosage(kind=ExerciseKind.TEMPO, sets=3, reps=6, up_s=5, top_pause_s=1, down_s=5)
    t1 = step_dosage(tempo, 1)
    assert (t1.up_s, t1.top_pause_s, t1.down_s, t1.bottom_pause_s) == (4.0, 1.0, 4.0, 0.0)


def test_stepped_template_keeps_id_and_phase_count() -> None:
    tpl = programme().template("iso-5x15")
    stepped = stepped_template(tpl, {0: 1})
    assert stepped.id == tpl.id
    assert stepped.blocks[0].dosage.hold_s == 12.0
    assert stepped_template(tpl, {}) is tpl
    before, after = describe_dosage_change(tpl.blocks[0], stepped.blocks[0])
    assert (before, after) == ("15 s hold", "12 s hold")


def test_step_down_keeps_the_place_and_survives_resume(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    drive(run, clock, 50 + 20)  # 20 s into the set rest
    assert run.step_preview(0) == "5 s hold -> 4 s hold"
    step, events = run.step_down(0)
    assert events == []
    assert step.message == "Stepped down for the remaining sets: 5 s hold -> 4 s hold"
    assert run.engine.state is EngineState.RUNNING
    assert run.engine.phase_remaining == pytest.approx(40.0)
    # A crash now: the resumed session still has the easier holds.
    rec = store.sessions.get(run.session_id or 0)
    again = SessionRun.resume(store, clock, programme(), rec)
    assert again.template.blocks[0].dosage.hold_s == 4.0
    assert again.options.step_downs == ((0, 1),)
    drive(run, clock, 40 + 40)
    assert run.finished
    assert store.sessions.sets(run.session_id or 0)[1].hold_s == (4.0,) * 5


def test_run_options_from_a_bad_state_name_the_field() -> None:
    with pytest.raises(DataFormatError, match=r"engine_state\.runner\.lead_in_s"):
        RunOptions.from_dict({"lead_in_s": "soon"}, Side.LEFT)
    with pytest.raises(DataFormatError, match="step_downs"):
        RunOptions.from_dict({"step_downs": {"x": 1}}, Side.LEFT)
    opts = RunOptions.from_dict({"lead_in_s": 0, "step_downs": {"1": 2}}, Side.RIGHT)
    assert opts == RunOptions(Side.RIGHT, True, 0.0, ((1, 2),))
    assert RunOptions.from_dict(opts.to_dict(), Side.RIGHT) == opts


def test_resume_offer_counts_sets(store: Store, clock: FakeClock) -> None:
    assert resume_offer(store, programme(), clock) is None
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    drive(run, clock, 55)
    offer = resume_offer(store, programme(), clock)
    assert offer is not None
    assert offer.can_resume
    assert (offer.sets_done, offer.sets_total, offer.next_set) == (1, 2, 2)
    assert offer.template_name == "Bridge holds 5 x 5 s, 2 sets"
    assert count_sets(run.timeline) == 2


def test_resume_offer_with_a_corrupt_state_explains(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    store.sessions.save_state(run.session_id or 0, "{not json")
    offer = resume_offer(store, programme(), clock)
    assert offer is not None
    assert not offer.can_resume
    assert "engine_state" in (offer.problem or "")


def test_pain_after_is_saved_on_the_finished_session(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    with pytest.raises(ValueError, match="not finished"):
        run.set_pain_after(2)
    drive(run, clock, 155)
    assert run.finished
    ended = store.sessions.get(run.session_id or 0).ended_at
    rec = run.set_pain_after(2)
    assert rec.pain_after == 2
    assert rec.ended_at == ended
    assert rec.status is SessionStatus.COMPLETED
