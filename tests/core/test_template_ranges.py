"""Every built-in template stays within PROTOCOL.md's dosages: sets, reps, tempo, stage.

The ranges below are PROTOCOL.md's (the stage table, the seed plan, return to running), so
an edit of assets/protocols/templates.json that drifts out of them fails here, naming the
template. Numbers PROTOCOL.md leaves open (rests between holds, set-up seconds, default
loads, the walk-run phase times) are our design choices: each description says so.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from phtcoach.core.model import Block, ExerciseKind, Template
from phtcoach.core.programme import LADDER, Programme, load_builtin
from phtcoach.core.progression.thresholds import SEED_LADDER, SEED_LADDER_STAGES

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "protocols"

# Stage 1: holds of 5 s -> 15 s -> 30-45 s, 4-5 reps, ~2 min between sets when holds are long.
HOLD_S = (5.0, 45.0)
HOLDS_A_SET = (4, 5)
LONG_HOLD_S = 30.0
LONG_HOLD_REST_S = 120.0
# Stage 2: sets x reps by block 3x15 -> 3x12 -> 4x10 -> 4x8 -> 4x6, 3 s / 3 s up to
# 5 s / 5 s, 2-3 min between sets.
HSR_BLOCKS = ((3, 15), (3, 12), (4, 10), (4, 8), (4, 6))
HSR_IDS = tuple(f"hsr-{s}x{r}" for s, r in HSR_BLOCKS)
TEMPO_S = (3.0, 5.0)
STAGE_2_SET_REST_S = (120.0, 180.0)
# Stage 3: 3-4 x 6-10 at the same slow tempo; Nordic work, in any stage: 3-4 x 6-10.
SETS_3_4 = (3, 4)
REPS_6_10 = (6, 10)
NORDIC = ("nordic-curl", "assisted-nordic")
KINDS = {
    1: {ExerciseKind.ISOMETRIC},
    2: {ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC},
    3: {ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC},
    4: {ExerciseKind.TIMED, ExerciseKind.INTERVAL},
}
# Return to running: ~6 walk-run phases (e.g. 2 min walk / 3 min run) to continuous
# running; or time-based, first run ~10-15 min, +~2 min a run up to 20 min.
WALK_RUN_PHASES = 6
TIME_RUN_FIRST_MIN = (10, 15)
TIME_RUN_STEP_MIN = 2
TIME_RUN_LAST_MIN = 20


@pytest.fixture(scope="module")
def programme() -> Programme:
    return load_builtin(ASSETS)


def within(x: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= x <= bounds[1]


def blocks(p: Programme, stage: int, *, seed: bool = True) -> list[tuple[Template, Block]]:
    return [
        (t, b)
        for t in p.templates.values()
        if t.stage == stage and (seed or t.id not in LADDER)
        for b in t.blocks
    ]


def test_every_template_has_a_stage_and_that_stages_kinds(programme: Programme) -> None:
    wrong = [
        (t.id, b.exercise.slug)
        for t in programme.templates.values()
        for b in t.blocks
        if t.stage not in KINDS
        or b.dosage.kind not in KINDS[t.stage]
        or b.exercise.stage not in (None, t.stage)
    ]
    assert wrong == []
    assert {tid: programme.template(tid).stage for tid in SEED_LADDER} == SEED_LADDER_STAGES


def test_stage_1_holds(programme: Programme) -> None:
    wrong = []
    for t, b in blocks(programme, 1):
        d = b.dosage
        per_set = within(d.reps, HOLDS_A_SET) or (d.reps == 1 and within(d.sets, HOLDS_A_SET))
        long_rest = d.hold_s < LONG_HOLD_S or d.rest_between_sets_s == LONG_HOLD_REST_S
        if not (within(d.hold_s, HOLD_S) and per_set and long_rest):
            wrong.append(t.id)
    assert wrong == []


def test_the_seed_ladder_is_the_seed_plan(programme: Programme) -> None:
    d = {tid: programme.template(tid).blocks[0] for tid in LADDER}
    holds = [(b.exercise.slug, b.dosage.sets, b.dosage.reps, b.dosage.hold_s) for b in d.values()]
    assert holds[:2] == [("fesl-bridge-hold", 2, 5, 5.0), ("fesl-bridge-hold", 2, 5, 15.0)]
    ecc, loaded, hsr = d["eccentric-10s"], d["eccentric-10s-loaded"], d["hsr-5-5"]
    for b in (ecc, loaded):  # raise on two legs, lower on the affected leg over 10 s
        assert (b.exercise.slug, b.dosage.kind, b.dosage.down_s) == (
            "fesl-bridge-eccentric",
            ExerciseKind.ECCENTRIC,
            10.0,
        )
    assert (ecc.dosage.load_kg, loaded.dosage.load_kg > 0) == (0.0, True)
    assert (hsr.exercise.slug, hsr.dosage.up_s, hsr.dosage.down_s) == ("fesl-bridge-tempo", 5, 5)
    assert hsr.dosage.load_kg > 0
    # The seed plan gives no sets or reps for steps 3-5: 3 x 8 is ours, the same for all three.
    assert {(b.dosage.sets, b.dosage.reps) for b in (ecc, loaded, hsr)} == {(3, 8)}
    assert all(within(b.dosage.rest_between_sets_s, STAGE_2_SET_REST_S) for b in (ecc, hsr))


def test_stage_2_follows_the_block_schedule_and_tempo(programme: Programme) -> None:
    wrong = []
    for t, b in blocks(programme, 2, seed=False):
        d = b.dosage
        slow = within(d.down_s, TEMPO_S) and (
            d.kind is ExerciseKind.ECCENTRIC or within(d.up_s, TEMPO_S)
        )
        if (d.sets, d.reps) not in HSR_BLOCKS or not slow:
            wrong.append((t.id, b.exercise.slug))
        if not within(d.rest_between_sets_s, STAGE_2_SET_REST_S):
            wrong.append((t.id, "rest"))
    assert wrong == []


def test_hsr_blocks_in_order_with_the_tempo_moving_towards_5_5(programme: Programme) -> None:
    tempos = []
    for tid, (sets, reps) in zip(HSR_IDS, HSR_BLOCKS, strict=True):
        t = programme.template(tid)
        assert t.stage == 2
        assert {(b.dosage.sets, b.dosage.reps) for b in t.blocks} == {(sets, reps)}
        (tempo,) = {(b.dosage.up_s, b.dosage.down_s) for b in t.blocks}
        assert tempo[0] == tempo[1]
        tempos.append(tempo[0])
    assert tempos == sorted(tempos)
    assert (tempos[0], tempos[-1]) == TEMPO_S


def test_stage_3_and_nordic_work_are_3_to_4_sets_of_6_to_10(programme: Programme) -> None:
    nordic = [
        (t, b) for t in programme.templates.values() for b in t.blocks if b.exercise.slug in NORDIC
    ]
    assert {t.stage for t, _ in nordic} == {2, 3}
    wrong = []
    for t, b in [*blocks(programme, 3), *nordic]:
        d = b.dosage
        if not (within(d.sets, SETS_3_4) and within(d.reps, REPS_6_10)):
            wrong.append((t.id, b.exercise.slug))
        if t.stage == 3 and not (within(d.down_s, TEMPO_S) and within(d.up_s, TEMPO_S)):
            wrong.append((t.id, "tempo"))
    assert wrong == []


def test_walk_run_goes_through_six_phases_to_continuous_running(programme: Programme) -> None:
    phases = [programme.template(f"walk-run-{n}") for n in range(1, WALK_RUN_PHASES + 1)]
    assert "walk-run-7" not in programme.templates
    d = [t.blocks[0].dosage for t in phases]
    assert {t.stage for t in phases} == {4}
    assert {x.kind for x in d} == {ExerciseKind.INTERVAL}
    assert (d[0].walk_s, d[0].run_s) == (120.0, 180.0)  # PROTOCOL.md's example
    bouts = [x.run_s for x in d]
    assert bouts == sorted(bouts)  # the longest run without a walk only grows
    assert d[-1].reps == 1  # the last phase is one continuous run
    assert all(x.reps > 1 for x in d[:-1])
    assert all("rest day between runs" in t.description for t in phases)


def test_time_based_runs_add_2_min_a_run_up_to_20(programme: Programme) -> None:
    runs = sorted(
        (t for t in programme.templates.values() if t.id.startswith("run-")),
        key=lambda t: t.blocks[0].dosage.run_s,
    )
    minutes = [t.blocks[0].dosage.run_s / 60 for t in runs]
    assert within(minutes[0], TIME_RUN_FIRST_MIN)
    assert minutes[-1] == TIME_RUN_LAST_MIN
    assert all(b - a == TIME_RUN_STEP_MIN for a, b in itertools.pairwise(minutes))
    for t in runs:
        assert (t.stage, t.blocks[0].dosage.reps, len(t.blocks)) == (4, 1, 1)
        assert t.id == f"run-{t.blocks[0].dosage.run_s / 60:g}-min"
        assert "every other day" in t.description


def test_every_description_marks_our_design_choices(programme: Programme) -> None:
    assert [t.id for t in programme.templates.values() if "our choice" not in t.description] == []
