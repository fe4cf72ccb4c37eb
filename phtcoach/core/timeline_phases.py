"""The vocabulary of a timeline: the kinds of phase, a phase, and a cue.

The compiler, the cue rules, the engine and the runner's floor view all read these; kept
apart from the compiler so a reader of a phase or a cue need not go through how a template
becomes a schedule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from phtcoach.core.cues import Sound
from phtcoach.core.model import Side


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
# A single-leg eccentric names the movement, since up and down differ in more than
# direction: the raise is on two legs, the slow lowering on the working leg alone.
SINGLE_LEG_ECCENTRIC_SAYS: dict[PhaseKind, str] = {
    PhaseKind.UP: "up on two legs",
    PhaseKind.DOWN: "lower on one",
}


@dataclass(frozen=True, slots=True)
class Phase:
    """One stretch of the session with a single instruction.

    Rests belong to what precedes them (a rest between reps carries the rep just done, a
    set rest the set just done); the lead-in and switch-sides phases belong to what follows
    (their `side` is the side about to work). `say` is the word spoken as it starts (empty:
    the kind's word in PHASE_SAYS); `load_kg` the load of its block (0 without one).
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
    say: str = ""
    load_kg: float = 0.0

    @property
    def spoken(self) -> str:
        """The word spoken as the phase starts."""
        return self.say or PHASE_SAYS[self.kind]

    @property
    def end_s(self) -> float:
        return (to_ms(self.start_s) + to_ms(self.duration_s)) / 1000

    @property
    def start_ms(self) -> int:
        return to_ms(self.start_s)

    @property
    def duration_ms(self) -> int:
        return to_ms(self.duration_s)


@dataclass(frozen=True, slots=True)
class Cue:
    at_s: float
    sound: Sound
    say: str | None
    phase_index: int


def to_ms(seconds: float) -> int:
    """Seconds as whole milliseconds: every timeline offset is summed in these."""
    return round(seconds * 1000)
