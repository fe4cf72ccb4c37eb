"""Compile a template into the exact schedule of a session: phases and timed cues.

The runner cannot ask the user to look at the screen mid-hold, so the timeline is the
whole contract of what will be heard and when. Everything is computed up front, in whole
milliseconds (integers, summed exactly), and only turned into float seconds at the edge:
a 45-minute session has no accumulated rounding, and tests can compare offsets with `==`.

Cue rules (one cue per instant; where several rules fall on the same instant they merge
into one cue: the sound of the highest-ranked rule, and the say of the highest-ranked rule
that has one; see `SOUND_RANK` and the `_SAY_*` ranks):
- every phase starts with a cue: "start" for the first work phase of a rep, "phase" for a
  later one inside the rep (top pause, down, run...) and for lead-in / switch sides,
  "rest" for rests; the spoken word is the phase's ("hold", "up", "lower", "rest", ...);
- tempo and eccentric phases tick every whole second and count aloud "2", "3", ... (the
  phase word stands for "1"), so a 10 s lowering is paced by voice;
- holds tick silently every second and say the seconds left at each multiple of 10;
- holds, timed work, walk/run, rests, switch sides and the lead-in count down their last
  3 seconds aloud ("3", "2", "1"; no ticks inside that window);
- the end of each set is a "set_end" (merged with the rest that follows: sound set_end,
  word "rest"), the end of the session a "session_end" with "session complete".
A set that runs straight into the next rep with no rest keeps the "start" cue of that rep
(the work cue outranks the set-end tone).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from phtcoach.core.cues import Sound
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Block,
    ExerciseKind,
    Side,
    SidesMode,
    Template,
    check_enum,
    check_float,
)

# Seconds given to change position between sides of a single-leg exercise: enough to
# roll over or move the foot on the step, short enough not to cool down.
SWITCH_SIDES_S = 10.0
LEAD_IN_S = 5.0
COUNTDOWN_S = 3  # the last 3 seconds are counted aloud
HOLD_CALLOUT_EVERY_S = 10  # holds say the seconds left at each multiple of this
MAX_SPOKEN_NUMBER = 60  # recorded number clips go "1".."60"


class PhaseKind(StrEnum):
    LEAD_IN = "lead_in"
    HOLD = "hold"
    REST = "rest"  # between reps of a set
    UP = "up"
    TOP_PAUSE = "top_pause"
    DOWN = "down"
    BOTTOM_PAUSE = "bottom_pause"
    SET_REST = "set_rest"
    EXERCISE_REST = "exercise_rest"
    SWITCH_SIDES = "switch_sides"
    WORK = "work"
    WALK = "walk"
    RUN = "run"

    @property
    def is_work(self) -> bool:
        """Time that counts as performed work (a rep's seconds held or moved)."""
        return self in WORK_KINDS


WORK_KINDS: frozenset[PhaseKind] = frozenset(
    {
        PhaseKind.HOLD,
        PhaseKind.UP,
        PhaseKind.TOP_PAUSE,
        PhaseKind.DOWN,
        PhaseKind.BOTTOM_PAUSE,
        PhaseKind.WORK,
        PhaseKind.WALK,
        PhaseKind.RUN,
    }
)
REST_KINDS: frozenset[PhaseKind] = frozenset(
    {PhaseKind.REST, PhaseKind.SET_REST, PhaseKind.EXERCISE_REST}
)
TEMPO_KINDS: frozenset[PhaseKind] = frozenset(
    {PhaseKind.UP, PhaseKind.TOP_PAUSE, PhaseKind.DOWN, PhaseKind.BOTTOM_PAUSE}
)
COUNTDOWN_KINDS: frozenset[PhaseKind] = frozenset(
    {
        PhaseKind.LEAD_IN,
        PhaseKind.HOLD,
        PhaseKind.WORK,
        PhaseKind.WALK,
        PhaseKind.RUN,
        PhaseKind.SWITCH_SIDES,
        *REST_KINDS,
    }
)

# The big word of the floor view.
PHASE_WORDS: dict[PhaseKind, str] = {
    PhaseKind.LEAD_IN: "GET READY",
    PhaseKind.HOLD: "HOLD",
    PhaseKind.REST: "REST",
    PhaseKind.UP: "UP",
    PhaseKind.TOP_PAUSE: "PAUSE",
    PhaseKind.DOWN: "LOWER",
    PhaseKind.BOTTOM_PAUSE: "PAUSE",
    PhaseKind.SET_REST: "REST",
    PhaseKind.EXERCISE_REST: "REST",
    PhaseKind.SWITCH_SIDES: "SWITCH SIDES",
    PhaseKind.WORK: "WORK",
    PhaseKind.WALK: "WALK",
    PhaseKind.RUN: "RUN",
}
# The spoken word at the start of each phase (all in cues.PHRASES).
PHASE_SAYS: dict[PhaseKind, str] = {
    PhaseKind.LEAD_IN: "get ready",
    PhaseKind.HOLD: "hold",
    PhaseKind.REST: "rest",
    PhaseKind.UP: "up",
    PhaseKind.TOP_PAUSE: "pause",
    PhaseKind.DOWN: "lower",
    PhaseKind.BOTTOM_PAUSE: "pause",
    PhaseKind.SET_REST: "rest",
    PhaseKind.EXERCISE_REST: "rest",
    PhaseKind.SWITCH_SIDES: "switch sides",
    PhaseKind.WORK: "work",
    PhaseKind.WALK: "walk",
    PhaseKind.RUN: "run",
}

# Lower rank wins when cues coincide.
SOUND_RANK: dict[Sound, int] = {
    Sound.SESSION_END: 0,
    Sound.START: 1,
    Sound.SET_END: 2,
    Sound.PHASE: 3,
    Sound.REST: 4,
    Sound.COUNTDOWN: 5,
    Sound.TICK: 6,
}
_SAY_SESSION, _SAY_PHASE, _SAY_SET_END, _SAY_COUNTDOWN, _SAY_TICK = range(5)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Phase:
    """One stretch of the session with a single instruction.

    Rests belong to what precedes them (a rest between reps carries the rep just done, a
    set rest the set just done); the lead-in and switch-sides phases belong to what follows
    (their `side` is the side about to work).
    """

    start_s: float
    duration_s: float
    kind: PhaseKind
    exercise: str
    exercise_name: str
    block_index: int
    set: int | None
    rep: int | None
    side: Side
    sets_total: int
    reps_total: int
    word: str

    @property
    def end_s(self) -> float:
        return (_ms(self.start_s) + _ms(self.duration_s)) / 1000

    @property
    def start_ms(self) -> int:
        return _ms(self.start_s)

    @property
    def duration_ms(self) -> int:
        return _ms(self.duration_s)


@dataclass(frozen=True, slots=True)
class Cue:
    at_s: float
    sound: Sound
    say: str | None
    phase_index: int


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
        """The stable shape printed by `phtcoach timeline --json` (scripts rely on it)."""
        return {
            "template": self.template_id,
            "total_s": self.total_s,
            "phases": [
                {
                    "start_s": p.start_s,
                    "duration_s": p.duration_s,
                    "kind": p.kind.value,
                    "exercise": p.exercise,
                    "set": p.set,
                    "rep": p.rep,
                    "side": p.side.value,
                }
                for p in self.phases
            ],
            "cues": [{"at_s": c.at_s, "sound": c.sound.value, "say": c.say} for c in self.cues],
        }

    def phase_at(self, t_s: float) -> int:
        """Index of the phase running at `t_s` seconds (the last one at or after the end)."""
        starts = [p.start_s for p in self.phases]
        return max(0, min(len(self.phases) - 1, bisect.bisect_right(starts, t_s) - 1))

    def ends_set(self, index: int) -> bool:
        return ends_set(self.phases, index)


# --------------------------------------------------------------------------- compiler


def compile_timeline(
    template: Template,
    *,
    affected_side: Side,
    affected_first: bool = True,
    lead_in_s: float = LEAD_IN_S,
    switch_sides_s: float = SWITCH_SIDES_S,
) -> Timeline:
    """The session plan of `template` for a user whose `affected_side` is left or right."""
    side = check_enum("timeline.affected_side", affected_side, Side)
    if side is Side.BOTH:
        raise ValidationError("timeline.affected_side", "both", "left or right")
    if not isinstance(affected_first, bool):
        raise ValidationError("timeline.affected_first", affected_first, "true or false")
    lead_ms = _ms(check_float("timeline.lead_in_s", lead_in_s, 0.0, 60.0))
    switch_ms = _ms(check_float("timeline.switch_sides_s", switch_sides_s, 0.0, 120.0))

    b = _Builder()
    infos = tuple(
        _block_info(i, blk, side, affected_first) for i, blk in enumerate(template.blocks)
    )
    first = infos[0]
    b.add(PhaseKind.LEAD_IN, lead_ms, first, None, None, first.sides[0])
    for bi, (blk, info) in enumerate(zip(template.blocks, infos, strict=True)):
        d = blk.dosage
        for si, sd in enumerate(info.sides):
            if si > 0:
                b.add(PhaseKind.SWITCH_SIDES, switch_ms, info, None, None, sd)
            for s in range(1, d.sets + 1):
                for r in range(1, d.reps + 1):
                    for kind, ms in _rep_phases(blk):
                        b.add(kind, ms, info, s, r, sd)
                    if r < d.reps:
                        b.add(PhaseKind.REST, _ms(d.rest_between_reps_s), info, s, r, sd)
                if s < d.sets:
                    b.add(PhaseKind.SET_REST, _ms(d.rest_between_sets_s), info, s, None, sd)
        if bi < len(template.blocks) - 1:
            b.add(PhaseKind.EXERCISE_REST, _ms(blk.rest_after_s), info, None, None, info.sides[-1])
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


class _Builder:
    def __init__(self) -> None:
        self.phases: list[Phase] = []
        self.t_ms = 0

    def add(
        self,
        kind: PhaseKind,
        ms: int,
        info: BlockInfo,
        set_no: int | None,
        rep: int | None,
        side: Side,
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
                sets_total=info.sets,
                reps_total=info.reps,
                word=PHASE_WORDS[kind],
            )
        )
        self.t_ms += ms


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _work_ms(seconds: float) -> int:
    """A positive work duration never vanishes: below the 1 ms resolution it counts as 1 ms."""
    ms = _ms(seconds)
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


# --------------------------------------------------------------------------- cues


def _set_key(p: Phase) -> tuple[int, Side, int | None] | None:
    """Phases that make up a set (its reps and the rests between them) share this key."""
    if p.kind in WORK_KINDS or p.kind is PhaseKind.REST:
        return (p.block_index, p.side, p.set)
    return None


def ends_set(phases: Sequence[Phase], index: int) -> bool:
    """Whether phase `index` is the last work phase of its set."""
    p = phases[index]
    if p.kind not in WORK_KINDS:
        return False
    if index + 1 >= len(phases):
        return True
    return _set_key(phases[index + 1]) != _set_key(p)


def _starts_rep(phases: Sequence[Phase], index: int) -> bool:
    p = phases[index]
    if index == 0:
        return True
    q = phases[index - 1]
    return not (q.kind in WORK_KINDS and _set_key(q) == _set_key(p) and q.rep == p.rep)


def phase_cues(phases: Sequence[Phase], index: int, duration_ms: int) -> list[Cue]:
    """The cues of phase `index` if it lasts `duration_ms`, offsets in [0, duration).

    The last phase also carries the session-end cue at its end. The engine calls this
    again when +-10 s changes a phase's length, so the countdown follows the new end.
    """
    p = phases[index]
    kind = p.kind
    cands: list[tuple[int, Sound, int, str | None, int]] = []  # off, sound, rank, say, rank

    if kind in WORK_KINDS:
        sound = Sound.START if _starts_rep(phases, index) else Sound.PHASE
    elif kind in REST_KINDS:
        sound = Sound.REST
    else:
        sound = Sound.PHASE
    cands.append((0, sound, SOUND_RANK[sound], PHASE_SAYS[kind], _SAY_PHASE))
    if index > 0 and ends_set(phases, index - 1):
        cands.append((0, Sound.SET_END, SOUND_RANK[Sound.SET_END], "set done", _SAY_SET_END))

    countdown = kind in COUNTDOWN_KINDS
    if countdown:
        for k in range(1, COUNTDOWN_S + 1):
            off = duration_ms - 1000 * k
            if off >= 0:
                cands.append(
                    (off, Sound.COUNTDOWN, SOUND_RANK[Sound.COUNTDOWN], str(k), _SAY_COUNTDOWN)
                )
    if kind in TEMPO_KINDS or kind is PhaseKind.HOLD:
        limit = duration_ms - 1000 * COUNTDOWN_S if countdown else duration_ms
        k = 1
        while 1000 * k < limit:
            off = 1000 * k
            say: str | None = None
            if kind in TEMPO_KINDS:
                say = _number(k + 1)
            else:
                left = duration_ms - off
                if left % (1000 * HOLD_CALLOUT_EVERY_S) == 0:
                    say = _number(left // 1000)
            cands.append((off, Sound.TICK, SOUND_RANK[Sound.TICK], say, _SAY_TICK))
            k += 1
    if index == len(phases) - 1:
        cands.append((duration_ms, Sound.SESSION_END, 0, "session complete", _SAY_SESSION))
    return _merge(cands, p.start_ms, index)


def _number(n: int) -> str | None:
    return str(n) if 1 <= n <= MAX_SPOKEN_NUMBER else None


def _merge(
    cands: list[tuple[int, Sound, int, str | None, int]], start_ms: int, index: int
) -> list[Cue]:
    by_off: dict[int, list[tuple[int, Sound, int, str | None, int]]] = {}
    for c in cands:
        by_off.setdefault(c[0], []).append(c)
    out: list[Cue] = []
    for off in sorted(by_off):
        group = by_off[off]
        sound = min(group, key=lambda c: c[2])[1]
        says = [c for c in group if c[3] is not None]
        say = min(says, key=lambda c: c[4])[3] if says else None
        out.append(Cue(at_s=(start_ms + off) / 1000, sound=sound, say=say, phase_index=index))
    return out


# --------------------------------------------------------------------------- text


def format_clock(seconds: float) -> str:
    """mm:ss (with tenths when not whole), for offsets and lengths in the table."""
    ms = _ms(seconds)
    m, rem = divmod(ms, 60_000)
    s, frac = divmod(rem, 1000)
    text = f"{m:02d}:{s:02d}"
    return f"{text}.{frac // 100}" if frac else text


def format_text(timeline: Timeline) -> str:
    """A terminal table of the session: when, what, which set/rep/side, and what is heard."""
    by_phase: dict[int, list[Cue]] = {}
    for c in timeline.cues:
        by_phase.setdefault(c.phase_index, []).append(c)
    lines = [
        f"{timeline.template_id}: {timeline.template_name}",
        f"total {format_clock(timeline.total_s)} · {len(timeline.phases)} phases · "
        f"{len(timeline.cues)} cues · affected side {timeline.affected_side.value}",
        "",
        f"{'START':>8}  {'LENGTH':>7}  {'PHASE':<13} {'EXERCISE':<36} {'SET':>5} {'REP':>5}"
        f"  {'SIDE':<5}  CUES",
    ]
    for i, p in enumerate(timeline.phases):
        set_txt = f"{p.set}/{p.sets_total}" if p.set is not None else "-"
        rep_txt = f"{p.rep}/{p.reps_total}" if p.rep is not None else "-"
        lines.append(
            f"{format_clock(p.start_s):>8}  {p.duration_s:>5g} s  {p.kind.value:<13} "
            f"{_clip(p.exercise_name, 36):<36} {set_txt:>5} {rep_txt:>5}  {p.side.value:<5}  "
            f"{_cue_words(by_phase.get(i, []))}"
        )
    lines.append(f"{format_clock(timeline.total_s):>8}  end")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cue_words(cues: list[Cue]) -> str:
    """Spoken words as they are, silent cues as [sound]; runs of the same token as 'x N'."""
    tokens = [c.say if c.say is not None else f"[{c.sound.value}]" for c in cues]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j] == tokens[i]:
            j += 1
        out.append(tokens[i] if j - i == 1 else f"{tokens[i]} x{j - i}")
        i = j
    return ", ".join(out)
