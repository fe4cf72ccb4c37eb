"""SessionRun and its helpers without any screen: what is stored when, step downs, clocks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from phtcoach.core.engine import EngineState, ResumeFrom, SessionEngine, SetDone
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import SessionStatus, Settings, Side
from phtcoach.core.steps import StepAt, StepDownKind, StepTaken
from phtcoach.core.timeline import PhaseKind
from phtcoach.services.run_options import RunOptions, StepDown, count_sets
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
        "switch_sides_s": 10.0,
        "rest_extra_s": 0.0,
        "step_downs": {},
        "sets_fewer": 0,
        "steps": [],
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


def test_step_down_keeps_the_place_and_survives_resume(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    drive(run, clock, 50 + 20)  # 20 s into the set rest
    assert run.step_preview(0) == StepTaken(StepDownKind.HOLD, 5.0, 4.0)
    step, events = run.step_down(0)
    assert events == []
    assert step == StepDown(0, StepTaken(StepDownKind.HOLD, 5.0, 4.0))
    assert run.engine.state is EngineState.RUNNING
    assert run.engine.phase_remaining == pytest.approx(40.0)
    # A crash now: the resumed session still has the easier holds.
    rec = store.sessions.get(run.session_id or 0)
    again = SessionRun.resume(store, clock, programme(), rec)
    assert again.template.blocks[0].dosage.hold_s == 4.0
    assert again.options.steps == (StepAt(0, StepDownKind.HOLD, 0, 2),)
    assert again.options.step_downs == ()
    drive(run, clock, 40 + 40)
    assert run.finished
    assert store.sessions.sets(run.session_id or 0)[1].hold_s == (4.0,) * 5


def first_set_rest(run: SessionRun, n: int = 1) -> float:
    """Seconds from the start to 1 s into the rest after set `n`."""
    rests = [p for p in run.timeline.phases if p.kind is PhaseKind.SET_REST]
    return rests[n - 1].start_s + 1.0


def test_an_unloaded_eccentric_steps_down_by_a_set_never_by_tempo(
    store: Store, clock: FakeClock
) -> None:
    tpl = programme().template("eccentric-10s")
    d = tpl.blocks[0].dosage
    run = SessionRun.new(store, clock, tpl, Settings())
    run.persist(run.begin())
    drive(run, clock, first_set_rest(run))
    phase, remaining = run.engine.phase_index, run.engine.phase_remaining
    step, _ = run.step_down(0)
    assert step.taken == StepTaken(StepDownKind.SET, d.sets, d.sets - 1)
    assert (run.engine.phase_index, run.engine.phase_remaining) == (phase, remaining)
    assert run.template.blocks[0].dosage == d  # up, pauses and the lowering stay as they were
    assert run.sets_total(0, Side.LEFT) == d.sets - 1
    # A crash now: the resumed run compiles the same shorter plan.
    again = SessionRun.resume(store, clock, programme(), store.sessions.get(run.session_id or 0))
    assert again.timeline == run.timeline
    drive(run, clock, run.engine.remaining_s + 1)
    assert run.finished
    sets = store.sessions.sets(run.session_id or 0)
    assert [s.set_no for s in sets] == list(range(1, d.sets))
    assert {s.tempo for s in sets} == {"2-1-10-2"}
    assert {s.performed_reps for s in sets} == {d.reps}


def test_with_one_set_left_the_step_is_a_rep_and_resume_stays_exact(
    store: Store, clock: FakeClock
) -> None:
    tpl = programme().template("eccentric-10s")
    d = tpl.blocks[0].dosage
    run = SessionRun.new(store, clock, tpl, Settings())
    run.persist(run.begin())
    drive(run, clock, first_set_rest(run, d.sets - 1))  # only the last set is still to come
    step, _ = run.step_down(0)
    assert step.taken == StepTaken(StepDownKind.REP, d.reps, d.reps - 1)
    assert run.sets_total(0, Side.LEFT) == d.sets
    # The saved state restores at the very same phase and second on the replayed plan.
    rec = store.sessions.get(run.session_id or 0)
    again = SessionRun.resume(store, clock, programme(), rec)
    exact = SessionEngine.restore(
        again.timeline, clock, json.loads(rec.engine_state), resume_from=ResumeFrom.EXACT
    )
    assert (exact.phase_index, exact.phase_elapsed) == (
        run.engine.phase_index,
        pytest.approx(run.engine.phase_elapsed),
    )
    drive(run, clock, run.engine.remaining_s + 1)
    sets = store.sessions.sets(run.session_id or 0)
    assert [s.planned_reps for s in sets] == [d.reps] * (d.sets - 1) + [d.reps - 1]
    assert sets[-1].performed_reps == d.reps - 1


def test_a_loaded_block_steps_down_its_load(store: Store, clock: FakeClock) -> None:
    tpl = programme().template("eccentric-10s-loaded")
    load = tpl.blocks[0].dosage.load_kg
    run = SessionRun.new(store, clock, tpl, Settings())
    run.persist(run.begin())
    drive(run, clock, first_set_rest(run))
    step, _ = run.step_down(0)
    assert step.taken.kind is StepDownKind.LOAD
    assert step.taken.after < load
    drive(run, clock, run.engine.remaining_s + 1)
    loads = [s.load_kg for s in store.sessions.sets(run.session_id or 0)]
    assert loads[0] == load
    assert set(loads[1:]) == {step.taken.after}


def test_nothing_left_to_step_down_is_refused(store: Store, clock: FakeClock) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    drive(run, clock, first_set_rest(run, 1) + 60)  # inside the last set
    assert run.next_work_block() is None
    assert run.step_preview(0) is None
    with pytest.raises(ValueError, match="no set to come"):
        run.step_down(0)


def test_saved_steps_that_do_not_fit_the_template_are_a_format_error(
    store: Store, clock: FakeClock
) -> None:
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    run.persist(run.begin())
    state = json.loads(run.state_json())
    state["runner"]["steps"] = [{"block": 7, "kind": "set", "side": 0, "set": 2}]
    store.sessions.save_state(run.session_id or 0, json.dumps(state))
    rec = store.sessions.get(run.session_id or 0)
    with pytest.raises(DataFormatError, match=r"runner\.steps"):
        SessionRun.resume(store, clock, programme(), rec)


def test_run_options_from_a_bad_state_name_the_field() -> None:
    with pytest.raises(DataFormatError, match=r"engine_state\.runner\.lead_in_s"):
        RunOptions.from_dict({"lead_in_s": "soon"}, Side.LEFT)
    with pytest.raises(DataFormatError, match="step_downs"):
        RunOptions.from_dict({"step_downs": {"x": 1}}, Side.LEFT)
    with pytest.raises(DataFormatError, match=r"steps\[0\]"):
        RunOptions.from_dict({"steps": [{"block": 0, "kind": "faster"}]}, Side.LEFT)
    with pytest.raises(DataFormatError, match=r"steps\[0\]\.set"):
        RunOptions.from_dict({"steps": [{"block": 0, "kind": "set", "side": 0}]}, Side.LEFT)
    opts = RunOptions.from_dict({"lead_in_s": 0, "step_downs": {"1": 2}}, Side.RIGHT)
    assert opts == RunOptions(Side.RIGHT, True, 0.0, ((1, 2),))
    assert RunOptions.from_dict(opts.to_dict(), Side.RIGHT) == opts
    stepped = replace(opts, steps=(StepAt(0, StepDownKind.SET, 1, 2),))
    assert stepped.to_dict()["steps"] == [{"block": 0, "kind": "set", "side": 1, "set": 2}]
    assert RunOptions.from_dict(stepped.to_dict(), Side.RIGHT) == stepped


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


def test_the_rest_settings_reach_the_run_and_its_resume(store: Store, clock: FakeClock) -> None:
    """Extra rest and the switch-sides pause are saved with the run: a resume after the
    settings changed still runs the timeline the session began with."""
    from dataclasses import replace as _replace

    from phtcoach.core.timeline import compile_for

    template = programme().template("iso-5x5")
    settings = _replace(Settings(), rest_extra_s=15, switch_sides_s=20)
    run = SessionRun.new(store, clock, template, settings)
    assert run.timeline == compile_for(template, settings)
    run.persist(run.begin())
    saved = json.loads(store.sessions.get(run.record.id or 0).engine_state)["runner"]
    assert (saved["rest_extra_s"], saved["switch_sides_s"]) == (15.0, 20.0)


@pytest.mark.parametrize("jump_h", [1, -1])
def test_a_wall_clock_jump_mid_session_changes_neither_its_length_nor_its_set_times(
    store: Store, clock: FakeClock, jump_h: int
) -> None:
    """The end is stamped on the run's own clock, like its sets: the system clock set an
    hour on (or back) made the session an hour long (or end the moment it began)."""
    run = SessionRun.new(store, clock, programme().template("iso-5x5"), Settings())
    started = clock.now()
    run.persist(run.begin())
    drive(run, clock, 60)
    clock._now += timedelta(hours=jump_h)  # the wall clock alone: monotonic time runs on
    drive(run, clock, 95)
    assert run.finished
    rec = store.sessions.get(run.session_id or 0)
    assert rec.ended_at is not None
    assert rec.ended_at - rec.started_at == timedelta(seconds=155)
    sets = store.sessions.sets(run.session_id or 0)
    assert [s.ended_at - started for s in sets] == [timedelta(seconds=50), timedelta(seconds=155)]
