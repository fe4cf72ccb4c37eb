"""What one step easier is for each kind of dosage (PROTOCOL.md rule 1), and how a step
taken mid-session changes only the sets still to come, so the run keeps its place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.core.engine_snapshot import carry_snapshot
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Block, Dosage, Exercise, ExerciseKind, Side, SidesMode, Template
from phtcoach.core.steps import (
    StepAt,
    StepDownKind,
    StepTaken,
    apply_step,
    first_set_to_come,
    next_step,
    plan_session,
    step_dosage,
    step_once,
    stepped_template,
)
from phtcoach.core.timeline import PhaseKind, compile_timeline
from tests.core.test_timeline import _check_invariants as check_invariants
from tests.core.test_timeline import dosages, templates

K = StepDownKind
TEMPO_FIELDS = ("up_s", "top_pause_s", "down_s", "bottom_pause_s")


def iso(**kw: object) -> Dosage:
    base: dict[str, object] = {"sets": 2, "reps": 5, "hold_s": 5, "rest_between_reps_s": 5}
    return Dosage(kind=ExerciseKind.ISOMETRIC, **(base | kw))  # type: ignore[arg-type]


def eccentric(**kw: object) -> Dosage:
    base: dict[str, object] = {"sets": 3, "reps": 8, "up_s": 2, "top_pause_s": 1, "down_s": 10}
    base["bottom_pause_s"] = 2
    return Dosage(kind=ExerciseKind.ECCENTRIC, **(base | kw))  # type: ignore[arg-type]


def template(dosage: Dosage, *, single_leg: bool = True) -> Template:
    ex = Exercise("fesl-bridge-eccentric", "Bridge", dosage.kind, single_leg=single_leg)
    return Template("t", "T", (Block(ex, dosage, rest_after_s=60),))


# --------------------------------------------------------------------------- each kind


def test_loaded_block_loses_a_fifth_of_its_load_in_half_kilos() -> None:
    loaded = eccentric(load_kg=10.0)
    d, taken = step_once(loaded) or (loaded, None)
    assert taken == StepTaken(K.LOAD, 10.0, 8.0)
    assert (d.sets, d.reps) == (3, 8)
    assert [getattr(d, f) for f in TEMPO_FIELDS] == [2.0, 1.0, 10.0, 2.0]
    assert step_dosage(eccentric(load_kg=5.0), 1).load_kg == 4.0
    assert step_dosage(eccentric(load_kg=7.0), 1).load_kg == 5.5  # 5.6 to the half kilo
    small = iso(load_kg=1.0)
    assert [step_dosage(small, n).load_kg for n in (1, 2)] == [0.5, 0.0]
    assert step_dosage(small, 3).hold_s == 4.0  # then the kind's own step
    assert step_dosage(small, 3).load_kg == 0.0


def test_isometric_hold_gets_shorter_in_whole_seconds() -> None:
    d = iso()
    assert step_once(d) == (replace(d, hold_s=4.0), StepTaken(K.HOLD, 5.0, 4.0))
    assert step_dosage(d, 2).hold_s == 3.0
    assert step_dosage(iso(hold_s=15), 1).hold_s == 12.0
    assert step_dosage(iso(hold_s=45), 1).hold_s == 36.0
    assert step_dosage(d, 4).hold_s == 1.0  # never below 1 s
    assert step_dosage(d, 4).rest_between_reps_s == 5.0  # rests stay
    # At 1 s the hold cannot get shorter: the next step is a set.
    assert step_once(iso(hold_s=1)) == (iso(hold_s=1, sets=1), StepTaken(K.SET, 2, 1))


def test_unloaded_tempo_and_eccentric_take_a_set_then_a_rep() -> None:
    d = eccentric()
    assert step_once(d) == (replace(d, sets=2), StepTaken(K.SET, 3, 2))
    assert step_dosage(d, 2).sets == 1
    one = eccentric(sets=1)
    assert step_once(one) == (replace(one, reps=7), StepTaken(K.REP, 8, 7))
    assert step_once(eccentric(sets=1, reps=1)) is None  # nothing left
    assert step_dosage(eccentric(sets=1, reps=1), 3) == eccentric(sets=1, reps=1)
    tempo = Dosage(ExerciseKind.TEMPO, sets=3, reps=6, up_s=5, top_pause_s=1, down_s=5)
    assert step_once(tempo) == (replace(tempo, sets=2), StepTaken(K.SET, 3, 2))


def test_timed_work_and_walk_run_get_shorter_intervals() -> None:
    timed = Dosage(ExerciseKind.TIMED, sets=2, reps=5, work_s=20, rest_between_reps_s=40)
    stepped = step_dosage(timed, 1)
    assert (stepped.work_s, stepped.rest_between_reps_s, stepped.sets) == (16.0, 40.0, 2)
    assert step_once(timed) is not None
    assert step_once(timed)[1] == StepTaken(K.WORK, 20.0, 16.0)  # type: ignore[index]
    walk_run = Dosage(ExerciseKind.INTERVAL, reps=6, walk_s=120, run_s=180)
    stepped = step_dosage(walk_run, 1)
    assert (stepped.walk_s, stepped.run_s, stepped.reps) == (120.0, 144.0, 6)
    assert step_once(walk_run)[1] == StepTaken(K.RUN, 180.0, 144.0)  # type: ignore[index]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC]).flatmap(dosages),
    st.integers(0, 12),
)
def test_a_step_never_makes_the_tempo_faster(d: Dosage, steps: int) -> None:
    stepped = step_dosage(d, steps)
    assert [getattr(stepped, f) for f in TEMPO_FIELDS] == [getattr(d, f) for f in TEMPO_FIELDS]
    assert stepped.rest_between_reps_s == d.rest_between_reps_s
    assert stepped.load_kg <= d.load_kg
    assert stepped.sets * stepped.reps <= d.sets * d.reps
    tl = compile_timeline(template(stepped), affected_side=Side.LEFT)
    before = compile_timeline(template(d), affected_side=Side.LEFT)
    seconds = {p.kind: p.duration_s for p in tl.phases if p.kind.is_work}
    assert seconds == {p.kind: p.duration_s for p in before.phases if p.kind.is_work}


def test_stepped_template_keeps_its_id() -> None:
    t = template(iso(hold_s=15))
    stepped = stepped_template(t, {0: 1})
    assert stepped.id == t.id
    assert stepped.blocks[0].dosage.hold_s == 12.0
    assert stepped_template(t, {}) is t


# --------------------------------------------------------------------------- mid-session


def test_during_a_session_a_set_fewer_takes_the_last_set_to_come() -> None:
    plan = plan_session(template(eccentric()), {})
    at = next_step(plan, 0, side=0, set_no=2)  # set 1 done, sets 2 and 3 to come
    assert at == StepAt(0, K.SET, 0, 2)
    stepped, taken = apply_step(plan, at)
    assert taken == StepTaken(K.SET, 3, 2)
    assert stepped.shape(0) == ((8, 8),)
    assert stepped.template.blocks[0].dosage == eccentric()  # the tempo is untouched
    # With one set left to come, that set loses a rep; the sets done keep theirs.
    at = next_step(stepped, 0, side=0, set_no=2)
    assert at == StepAt(0, K.REP, 0, 2)
    again, taken = apply_step(stepped, at)
    assert (again.shape(0), taken) == (((8, 7),), StepTaken(K.REP, 8, 7))
    # Replayed from the saved steps, the plan is the same.
    assert plan_session(template(eccentric()), {}, [StepAt(0, K.SET, 0, 2), at]) == again


def test_nothing_left_to_take_is_none() -> None:
    plan = plan_session(template(eccentric(sets=2, reps=1)), {})
    assert next_step(plan, 0, 0, 2) is None  # one set of one rep to come
    assert next_step(plan, 3, 0, 1) is None
    with pytest.raises(ValueError, match="no set 5"):
        apply_step(plan, StepAt(0, K.SET, 0, 5))


def test_a_step_on_the_second_side_leaves_the_first_side_as_it_was() -> None:
    t = template(eccentric(sides=SidesMode.EACH))
    plan = plan_session(t, {})
    assert plan.shape(0) == ((8, 8, 8), (8, 8, 8))
    on_first = apply_step(plan, StepAt(0, K.SET, 0, 2))[0]
    assert on_first.shape(0) == ((8, 8), (8, 8))  # the sides stay level
    on_second = apply_step(plan, StepAt(0, K.SET, 1, 2))[0]
    assert on_second.shape(0) == ((8, 8, 8), (8, 8))
    rep = apply_step(plan, StepAt(0, K.REP, 0, 3))[0]
    assert rep.shape(0) == ((8, 8, 7), (7, 7, 7))


def test_the_first_set_to_come_is_never_the_one_begun() -> None:
    tl = compile_timeline(template(eccentric()), affected_side=Side.LEFT)
    set_rest = next(i for i, p in enumerate(tl.phases) if p.kind is PhaseKind.SET_REST)
    p = first_set_to_come(tl, set_rest)
    assert p is not None
    assert (p.set, p.rep, p.kind) == (2, 1, PhaseKind.UP)
    mid_set = set_rest - 5  # inside set 1
    nxt = first_set_to_come(tl, mid_set, 0)
    assert nxt is not None
    assert nxt.set == 2
    last = len(tl.phases) - 3  # inside the last set: nothing left to come
    assert first_set_to_come(tl, last) is None
    assert first_set_to_come(tl, 0) is tl.phases[1]  # from the lead-in, the first set


@pytest.mark.parametrize(
    ("at", "sets_left"),
    [(StepAt(0, K.SET, 0, 2), 2), (StepAt(0, K.REP, 0, 3), 3), (StepAt(0, K.LOAD, 0, 2), 3)],
)
def test_a_step_keeps_every_phase_already_run_in_its_place(at: StepAt, sets_left: int) -> None:
    t = template(eccentric(load_kg=5.0))
    old = compile_timeline(t, affected_side=Side.LEFT)
    plan = apply_step(plan_session(t, {}), at)[0]
    new = compile_timeline(plan.template, affected_side=Side.LEFT, shapes=plan.shapes)
    rests = [i for i, p in enumerate(old.phases) if p.kind is PhaseKind.SET_REST]
    at_rest = rests[at.set_no - 2]  # the rest before the set the step starts from
    snap = {"phase_index": at_rest, "phases": len(old.phases), "template": "t", "total_s": 1.0}
    carried = carry_snapshot(snap, old, new)
    assert carried["phases"] == len(new.phases)
    assert carried["total_s"] == new.total_s
    assert new.phases[: at_rest + 1] == tuple(
        replace(p, sets_total=q.sets_total, reps_total=q.reps_total, load_kg=q.load_kg)
        for p, q in zip(old.phases[: at_rest + 1], new.phases, strict=False)
    )
    assert max(p.set or 0 for p in new.phases) == sets_left


def test_carrying_a_snapshot_refuses_a_plan_that_changed_the_past() -> None:
    t = template(eccentric())
    old = compile_timeline(t, affected_side=Side.LEFT)
    fewer = compile_timeline(t, affected_side=Side.LEFT, shapes={0: ((7, 7, 7),)})
    late = next(i for i, p in enumerate(old.phases) if p.kind is PhaseKind.SET_REST)
    with pytest.raises(DataFormatError, match="must keep what was run"):
        carry_snapshot({"phase_index": late}, old, fewer)
    with pytest.raises(DataFormatError, match="phase_index"):
        carry_snapshot({"phase_index": 10_000}, old, fewer)


@settings(max_examples=150, deadline=None)
@given(templates(), st.lists(st.floats(0.0, 1.0), min_size=1, max_size=4))
def test_any_step_at_any_moment_keeps_the_past(t: Template, moments: list[float]) -> None:
    """Wherever a session is, a step down never changes a phase already begun, and the
    stepped plan is a valid timeline replayed the same from its saved steps."""
    plan = plan_session(t, {})
    taken: list[StepAt] = []
    tl = compile_timeline(t, affected_side=Side.LEFT)
    for m in sorted(moments):
        cur = min(len(tl.phases) - 1, int(m * len(tl.phases)))
        p = first_set_to_come(tl, cur)
        if p is None:
            break
        at = next_step(
            plan, p.block_index, tl.blocks[p.block_index].sides.index(p.side), p.set or 1
        )
        if at is None:
            continue
        plan = apply_step(plan, at)[0]
        taken.append(at)
        new = compile_timeline(plan.template, affected_side=Side.LEFT, shapes=plan.shapes)
        carry_snapshot({"phase_index": cur}, tl, new)  # raises if the past changed
        check_invariants(new)
        for d_old, d_new in zip(t.blocks, plan.template.blocks, strict=True):
            before = [getattr(d_old.dosage, f) for f in TEMPO_FIELDS]
            assert [getattr(d_new.dosage, f) for f in TEMPO_FIELDS] == before
        tl = new
    assert plan_session(t, {}, taken) == plan
