"""Making a session easier, in one place: the runner's step down after a painful set, and
the session Today offers after an amber day, apply the same rules.

PROTOCOL.md rule 1: "a step = -10-20 % load, or one set fewer, or a shorter hold / less
range". What one step is depends on the dosage *(design)*:
- a loaded block: -20 % of the load, rounded to 0.5 kg;
- an isometric hold: a shorter hold, -20 % in whole seconds, never below 1 s;
- timed work: a shorter work interval; walk-run: a shorter run interval (the same -20 %);
- tempo and eccentric reps: one set fewer of the sets still to come, or, when only one is
  left, one rep fewer. Their seconds are never touched: a shorter lowering is a faster
  tempo, which the protocol never asks for.
Once a load or a hold is at its floor (no load, 1 s), the next step takes a set or a rep.

Before a session starts, a step changes the dosage (`step_dosage`, `stepped_template`).
During one, sets and reps change only from the first set not yet begun (`StepAt`), as a
`Shape` per block, so every phase already run keeps its place and a crashed session
resumes at the same second (`SteppedPlan`, replayed from the saved steps). Rule 3's "one
set fewer" is its own operation (`fewer_sets`), applied before a session starts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from phtcoach.core.model import Block, Dosage, ExerciseKind, SidesMode, Template
from phtcoach.core.timeline import WORK_KINDS, Phase, PhaseKind, Timeline

STEP_FRACTION = 0.8
LOAD_STEP_KG = 0.5  # loads are rounded to this (the smallest common plate or dumbbell step)

Shape = tuple[tuple[int, ...], ...]  # per side of a block, in order: the reps of each set


class StepDownKind(StrEnum):
    LOAD = "load"  # -20 % load
    HOLD = "hold"  # a shorter hold
    WORK = "work"  # a shorter work interval (timed)
    RUN = "run"  # a shorter run interval (walk-run)
    SET = "set"  # one set fewer
    REP = "rep"  # one rep fewer


@dataclass(frozen=True, slots=True)
class StepTaken:
    """Which step was taken and the number it changed: kg (load), seconds (hold, work,
    run), sets on the side being worked (set) or reps of the next set (rep)."""

    kind: StepDownKind
    before: float
    after: float


@dataclass(frozen=True, slots=True)
class StepAt:
    """A step taken during a session on block `block`, whose first set not yet begun was
    set `set_no` of its side number `side` (0 = the side worked first)."""

    block: int
    kind: StepDownKind
    side: int = 0
    set_no: int = 1


# --------------------------------------------------------------------------- dosage steps


def _shorter(seconds: float) -> float:
    return max(1.0, min(float(round(seconds * STEP_FRACTION)), seconds - 1.0))


def _lighter(kg: float) -> float:
    load = round(kg * STEP_FRACTION / LOAD_STEP_KG) * LOAD_STEP_KG
    return max(0.0, min(load, kg - LOAD_STEP_KG))


_SECONDS_STEP: dict[ExerciseKind, tuple[StepDownKind, str]] = {
    ExerciseKind.ISOMETRIC: (StepDownKind.HOLD, "hold_s"),
    ExerciseKind.TIMED: (StepDownKind.WORK, "work_s"),
    ExerciseKind.INTERVAL: (StepDownKind.RUN, "run_s"),
}
_FIELD: dict[StepDownKind, str] = dict(_SECONDS_STEP.values()) | {StepDownKind.LOAD: "load_kg"}


def _dosage_step(d: Dosage) -> StepDownKind | None:
    """The step that changes the dosage itself (load or seconds), None when none is left."""
    if d.load_kg > 0:
        return StepDownKind.LOAD
    seconds = _SECONDS_STEP.get(d.kind)
    if seconds is not None and getattr(d, seconds[1]) > 1.0:
        return seconds[0]
    return None


def _apply_dosage_step(d: Dosage, kind: StepDownKind) -> tuple[Dosage, StepTaken]:
    name = _FIELD[kind]
    before = float(getattr(d, name))
    after = _lighter(before) if kind is StepDownKind.LOAD else _shorter(before)
    changes: dict[str, Any] = {name: after}
    return replace(d, **changes), StepTaken(kind, before, after)


def _structural_step(to_come: Sequence[int]) -> StepDownKind | None:
    """Set or rep, for the reps of the sets still to come on the side being worked."""
    if len(to_come) >= 2:
        return StepDownKind.SET
    if to_come and to_come[0] > 1:
        return StepDownKind.REP
    return None


def step_once(dosage: Dosage) -> tuple[Dosage, StepTaken] | None:
    """`dosage` one step easier before the session starts, and the step; None when nothing
    is left to take (no load, 1 s, a single set of a single rep)."""
    kind = _dosage_step(dosage)
    if kind is not None:
        return _apply_dosage_step(dosage, kind)
    kind = _structural_step([dosage.reps] * dosage.sets)
    if kind is StepDownKind.SET:
        return replace(dosage, sets=dosage.sets - 1), StepTaken(kind, dosage.sets, dosage.sets - 1)
    if kind is StepDownKind.REP:
        return replace(dosage, reps=dosage.reps - 1), StepTaken(kind, dosage.reps, dosage.reps - 1)
    return None


def step_dosage(dosage: Dosage, steps: int) -> Dosage:
    """`dosage` made `steps` steps easier (see the module docstring)."""
    d = dosage
    for _ in range(max(0, steps)):
        stepped = step_once(d)
        if stepped is None:
            break
        d = stepped[0]
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


def fewer_sets(template: Template, n: int) -> Template:
    """The template with `n` sets fewer in every block that has more than one (same id)."""
    if n <= 0:
        return template
    blocks = tuple(
        replace(b, dosage=replace(b.dosage, sets=max(1, b.dosage.sets - n)))
        for b in template.blocks
    )
    return replace(template, blocks=blocks)


# --------------------------------------------------------------------------- during a session


def side_count(block: Block) -> int:
    """How many sides a block works (as the timeline compiles it)."""
    return 2 if block.exercise.single_leg and block.dosage.sides is SidesMode.EACH else 1


def block_shape(block: Block) -> Shape:
    d = block.dosage
    return tuple((d.reps,) * d.sets for _ in range(side_count(block)))


@dataclass(frozen=True, slots=True)
class SteppedPlan:
    """A session's plan with its steps applied: the dosages (`template`) and, for blocks
    whose sets or reps changed mid-way, their `shapes` (see `compile_timeline`)."""

    template: Template
    shapes: Mapping[int, Shape]

    def shape(self, block: int) -> Shape:
        return self.shapes.get(block) or block_shape(self.template.blocks[block])


def plan_session(
    template: Template, before_start: Mapping[int, int], during: Sequence[StepAt] = ()
) -> SteppedPlan:
    """`template` with the steps chosen before the start, then those taken during the
    session replayed in order: the same steps always give the same plan."""
    plan = SteppedPlan(stepped_template(template, before_start), {})
    for at in during:
        plan = apply_step(plan, at)[0]
    return plan


def next_step(plan: SteppedPlan, block: int, side: int, set_no: int) -> StepAt | None:
    """The step to take on `block` when its first set not yet begun is `set_no` of side
    `side`; None when nothing is left to take."""
    if not 0 <= block < len(plan.template.blocks):
        return None
    kind = _dosage_step(plan.template.blocks[block].dosage)
    if kind is None:
        shape = plan.shape(block)
        if not 0 <= side < len(shape):
            return None
        kind = _structural_step(shape[side][set_no - 1 :])
    return None if kind is None else StepAt(block, kind, side, set_no)


def apply_step(plan: SteppedPlan, at: StepAt) -> tuple[SteppedPlan, StepTaken]:
    """`plan` with the step `at` taken, and what it changed. Sets and reps change on the
    side `at` names from its set `set_no` on, and on every side after it."""
    blocks = list(plan.template.blocks)
    if not 0 <= at.block < len(blocks):
        raise ValueError(f"step on block {at.block}: the session has {len(blocks)} blocks")
    b = blocks[at.block]
    if at.kind not in (StepDownKind.SET, StepDownKind.REP):
        dosage, taken = _apply_dosage_step(b.dosage, at.kind)
        blocks[at.block] = replace(b, dosage=dosage)
        return SteppedPlan(replace(plan.template, blocks=tuple(blocks)), plan.shapes), taken
    shape = plan.shape(at.block)
    if not (0 <= at.side < len(shape) and 1 <= at.set_no <= len(shape[at.side])):
        raise ValueError(f"step on block {at.block}: no set {at.set_no} on side {at.side}")
    sets = shape[at.side]
    if at.kind is StepDownKind.SET:
        taken = StepTaken(at.kind, len(sets), len(sets) - 1)
    else:
        taken = StepTaken(at.kind, sets[at.set_no - 1], max(1, sets[at.set_no - 1] - 1))
    new_shape = tuple(
        sets if j < at.side else _cut(sets, at.kind, at.set_no - 1 if j == at.side else 0)
        for j, sets in enumerate(shape)
    )
    return SteppedPlan(plan.template, {**plan.shapes, at.block: new_shape}), taken


def _cut(sets: tuple[int, ...], kind: StepDownKind, first: int) -> tuple[int, ...]:
    """`sets` with the step taken on its sets from index `first` on (the sets to come)."""
    if kind is StepDownKind.SET:
        return sets[:-1] if len(sets) - first >= 2 else sets
    return sets[:first] + tuple(max(1, r - 1) for r in sets[first:])


def first_set_to_come(timeline: Timeline, current: int, block: int | None = None) -> Phase | None:
    """The first work phase, at or after phase `current`, of a set not yet begun (of
    `block` when given): the set a step down applies to. None when there is none."""
    cur = timeline.phases[current]
    begun = _set_key(cur)
    for p in timeline.phases[current:]:
        if p.kind in WORK_KINDS and _set_key(p) != begun and block in (None, p.block_index):
            return p
    return None


def _set_key(p: Phase) -> tuple[object, ...] | None:
    if p.kind in WORK_KINDS or p.kind is PhaseKind.REST:
        return (p.block_index, p.side, p.set)
    return None
