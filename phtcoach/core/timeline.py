"""Compile a template into the exact schedule of a session: phases and timed cues.

The runner cannot ask the user to look at the screen mid-hold, so the timeline is the
whole contract of what will be heard and when. Everything is computed up front, in whole
milliseconds (integers, summed exactly), and only turned into float seconds at the edge:
a 45-minute session has no accumulated rounding, and tests can compare offsets with `==`.

The cue rules are in `timeline_cues`, the phase and cue types in `timeline_phases`, the
terminal table in `timeline_text`; all are re-exported here, the one import for timelines.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Block,
    ExerciseKind,
    Settings,
    Side,
    SidesMode,
    Template,
    check_enum,
    check_float,
)
from phtcoach.core.timeline_cues import (
    COUNTDOWN_S,
    HOLD_CALLOUT_EVERY_S,
    MAX_SPOKEN_NUMBER,
    SOUND_RANK,
    ends_set,
    phase_cues,
)
from phtcoach.core.timeline_phases import (
    COUNTDOWN_KINDS,
    PHASE_SAYS,
    PHASE_WORDS,
    REST_KINDS,
    SINGLE_LEG_ECCENTRIC_SAYS,
    TEMPO_KINDS,
    WORK_KINDS,
    Cue,
    Phase,
    PhaseKind,
    to_ms,
)
from phtcoach.core.timeline_text import format_clock, format_text

__all__ = [
    "COUNTDOWN_KINDS",
    "COUNTDOWN_S",
    "HOLD_CALLOUT_EVERY_S",
    "LEAD_IN_S",
    "MAX_SPOKEN_NUMBER",
    "PHASE_SAYS",
    "PHASE_WORDS",
    "REST_KINDS",
    "SINGLE_LEG_ECCENTRIC_SAYS",
    "SOUND_RANK",
    "SWITCH_SIDES_S",
    "TEMPO_KINDS",
    "WORK_KINDS",
    "BlockInfo",
    "Cue",
    "Phase",
    "PhaseKind",
    "Timeline",
    "compile_for",
    "compile_timeline",
    "ends_set",
    "format_clock",
    "format_text",
    "phase_cues",
]

# Seconds given to change position between sides of a single-leg exercise: enough to
# roll over or move the foot on the step, short enough not to cool down.
SWITCH_SIDES_S = 10.0
LEAD_IN_S = 5.0


@dataclass(frozen=True, slots=True)
class BlockInfo:
    """What the runner needs to save a set of this block (load, tempo) and to show it."""

    index: int
    exercise: str
    exercise_name: str
    kind: ExerciseKind
    sets: int
    reps: int
    sides: tuple[Side, ...]
    load_kg: float
    tempo: str  # "up-top-down-bottom" seconds for tempo/eccentric work, else ""
    summary: str


@dataclass(frozen=True, slots=True)
class Timeline:
    template_id: str
    template_name: str
    phases: tuple[Phase, ...]
    cues: tuple[Cue, ...]
    total_s: float
    blocks: tuple[BlockInfo, ...] = ()
    affected_side: Side = Side.LEFT

    def to_json_dict(self) -> dict[str, Any]:
        """The stable shape printed by `phtcoach timeline --json` (scripts rely on it); a
        phase of a loaded block also carries its `load_kg`."""
        return {
            "template": self.template_id,
            "total_s": self.total_s,
            "phases": [_phase_json(p) for p in self.phases],
            "cues": [{"at_s": c.at_s, "sound": c.sound.value, "say": c.say} for c in self.cues],
        }

    def phase_at(self, t_s: float) -> int:
        """Index of the phase running at `t_s` seconds (the last one at or after the end)."""
        starts = [p.start_s for p in self.phases]
        return max(0, min(len(self.phases) - 1, bisect.bisect_right(starts, t_s) - 1))

    def ends_set(self, index: int) -> bool:
        return ends_set(self.phases, index)


def _phase_json(p: Phase) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start_s": p.start_s,
        "duration_s": p.duration_s,
        "kind": p.kind.value,
        "exercise": p.exercise,
        "set": p.set,
        "rep": p.rep,
        "side": p.side.value,
    }
    if p.load_kg > 0:
        out["load_kg"] = p.load_kg
    return out


# --------------------------------------------------------------------------- compiler

# The reps of each set, per side of a block (in the order the sides are worked): how a
# session stepped down mid-way ("one set fewer" from here on) differs from its dosage.
Shape = Sequence[Sequence[int]]


def compile_timeline(
    template: Template,
    *,
    affected_side: Side,
    affected_first: bool = True,
    lead_in_s: float = LEAD_IN_S,
    switch_sides_s: float = SWITCH_SIDES_S,
    rest_extra_s: float = 0.0,
    shapes: Mapping[int, Shape] | None = None,
) -> Timeline:
    """The session plan of `template` for a user whose `affected_side` is left or right.

    `rest_extra_s` (the user's "extra rest") lengthens every rest between sets and between
    exercises, never the short rests between reps (their length is part of the dosage).
    `shapes` overrides the sets and reps of some blocks (by block index): one entry per side
    worked, the reps of each of its sets; other blocks run their dosage's sets x reps.
    """
    side = check_enum("timeline.affected_side", affected_side, Side)
    if side is Side.BOTH:
        raise ValidationError("timeline.affected_side", "both", "left or right")
    if not isinstance(affected_first, bool):
        raise ValidationError("timeline.affected_first", affected_first, "true or false")
    lead_ms = to_ms(check_float("timeline.lead_in_s", lead_in_s, 0.0, 60.0))
    switch_ms = to_ms(check_float("timeline.switch_sides_s", switch_sides_s, 0.0, 120.0))
    extra_ms = to_ms(check_float("timeline.rest_extra_s", rest_extra_s, 0.0, 120.0))

    b = _Builder()
    infos = tuple(
        _block_info(i, blk, side, affected_first) for i, blk in enumerate(template.blocks)
    )
    first = infos[0]
    b.add(PhaseKind.LEAD_IN, lead_ms, first, None, None, first.sides[0])
    for bi, (blk, info) in enumerate(zip(template.blocks, infos, strict=True)):
        d = blk.dosage
        shape = _shape(bi, blk, info, shapes)
        for si, sd in enumerate(info.sides):
            b.sets_total, b.reps_total = len(shape[si]), shape[si][0]
            if si > 0:
                b.add(PhaseKind.SWITCH_SIDES, switch_ms, info, None, None, sd)
            for s, reps in enumerate(shape[si], start=1):
                b.reps_total = reps
                for r in range(1, reps + 1):
                    for kind, ms in _rep_phases(blk):
                        b.add(kind, ms, info, s, r, sd, say=_say(blk, kind))
                    if r < reps:
                        b.add(PhaseKind.REST, to_ms(d.rest_between_reps_s), info, s, r, sd)
                if s < len(shape[si]):
                    set_rest_ms = to_ms(d.rest_between_sets_s) + extra_ms
                    b.add(PhaseKind.SET_REST, set_rest_ms, info, s, None, sd)
        if bi < len(template.blocks) - 1:
            rest_ms = to_ms(blk.rest_after_s) + extra_ms
            b.add(PhaseKind.EXERCISE_REST, rest_ms, info, None, None, info.sides[-1])
    phases = tuple(b.phases)
    cues: list[Cue] = []
    for i, p in enumerate(phases):
        cues.extend(phase_cues(phases, i, p.duration_ms))
    return Timeline(
        template_id=template.id,
        template_name=template.name,
        phases=phases,
        cues=tuple(cues),
        total_s=b.t_ms / 1000,
        blocks=infos,
        affected_side=side,
    )


def compile_for(
    template: Template,
    settings: Settings,
    *,
    affected_side: Side | None = None,
    shapes: Mapping[int, Shape] | None = None,
) -> Timeline:
    """`template` as this user's settings run it: side and order, lead-in, rests, switch.

    The one place a session's timing is read from `Settings`, so a real session, its preview
    on Programme, Today's length and the report all count the same seconds.
    """
    return compile_timeline(
        template,
        affected_side=settings.affected_side if affected_side is None else affected_side,
        affected_first=settings.affected_first,
        lead_in_s=float(settings.lead_in_s),
        switch_sides_s=float(settings.switch_sides_s),
        rest_extra_s=float(settings.rest_extra_s),
        shapes=shapes,
    )


def _shape(i: int, block: Block, info: BlockInfo, shapes: Mapping[int, Shape] | None) -> Shape:
    d = block.dosage
    shape = shapes.get(i) if shapes else None
    if shape is None:
        return [[d.reps] * d.sets for _ in info.sides]
    if len(shape) != len(info.sides) or not all(
        sets and all(isinstance(r, int) and 1 <= r <= 100 for r in sets) for sets in shape
    ):
        raise ValidationError(f"timeline.shapes[{i}]", shape, "1 to 100 reps per set, per side")
    return shape


def _say(block: Block, kind: PhaseKind) -> str:
    ex = block.exercise
    if ex.single_leg and ex.kind is ExerciseKind.ECCENTRIC:
        return SINGLE_LEG_ECCENTRIC_SAYS.get(kind, "")
    return ""


class _Builder:
    def __init__(self) -> None:
        self.phases: list[Phase] = []
        self.t_ms = 0
        self.sets_total = 0  # of the side being built
        self.reps_total = 0  # of the set being built

    def add(
        self,
        kind: PhaseKind,
        ms: int,
        info: BlockInfo,
        set_no: int | None,
        rep: int | None,
        side: Side,
        *,
        say: str = "",
    ) -> None:
        if ms <= 0:
            return  # no zero-length phases: a rest of 0 s simply is not there
        self.phases.append(
            Phase(
                start_s=self.t_ms / 1000,
                duration_s=ms / 1000,
                kind=kind,
                exercise=info.exercise,
                exercise_name=info.exercise_name,
                block_index=info.index,
                set=set_no,
                rep=rep,
                side=side,
                sets_total=self.sets_total or info.sets,
                reps_total=self.reps_total or info.reps,
                word=PHASE_WORDS[kind],
                say=say,
                load_kg=info.load_kg,
            )
        )
        self.t_ms += ms


def _work_ms(seconds: float) -> int:
    """A positive work duration never vanishes: below the 1 ms resolution it counts as 1 ms."""
    ms = to_ms(seconds)
    return 1 if seconds > 0 and ms == 0 else ms


def _rep_phases(block: Block) -> list[tuple[PhaseKind, int]]:
    d = block.dosage
    k = d.kind
    if k is ExerciseKind.ISOMETRIC:
        return [(PhaseKind.HOLD, _work_ms(d.hold_s))]
    if k is ExerciseKind.TIMED:
        return [(PhaseKind.WORK, _work_ms(d.work_s))]
    if k is ExerciseKind.INTERVAL:
        return [(PhaseKind.WALK, _work_ms(d.walk_s)), (PhaseKind.RUN, _work_ms(d.run_s))]
    up = [(PhaseKind.UP, _work_ms(d.up_s)), (PhaseKind.TOP_PAUSE, _work_ms(d.top_pause_s))]
    down = [
        (PhaseKind.DOWN, _work_ms(d.down_s)),
        (PhaseKind.BOTTOM_PAUSE, _work_ms(d.bottom_pause_s)),
    ]
    # A rep that starts at the top (RDL, split squat, Nordic) lowers first.
    return down + up if block.exercise.lower_first else up + down


def _block_info(i: int, block: Block, affected: Side, affected_first: bool) -> BlockInfo:
    ex, d = block.exercise, block.dosage
    sides: tuple[Side, ...]
    if not ex.single_leg:
        sides = (Side.BOTH,)
    elif d.sides is SidesMode.EACH:
        sides = (affected, affected.other) if affected_first else (affected.other, affected)
    else:
        sides = (affected,)
    tempo = ""
    if d.kind in (ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC):
        tempo = "-".join(f"{x:g}" for x in (d.up_s, d.top_pause_s, d.down_s, d.bottom_pause_s))
    return BlockInfo(
        index=i,
        exercise=ex.slug,
        exercise_name=ex.name,
        kind=ex.kind,
        sets=d.sets,
        reps=d.reps,
        sides=sides,
        load_kg=d.load_kg,
        tempo=tempo,
        summary=d.describe(),
    )
