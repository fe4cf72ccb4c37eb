"""What the session engine tells its caller: its state, the events it emits, the sets it saves.

The runner, the session service and the scheduler only ever read these values; keeping
them apart from the state machine lets them be read (and a performed set be decoded from
a crash snapshot) without the engine's internals in view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import SessionStatus, Side
from phtcoach.core.timeline import Cue, Phase


class EngineState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class PerformedSet:
    """One set as performed: what the runner saves as a SetRecord once it is rated.

    Only full reps count: a rep cut short by a skip is in `skipped_reps`, not in
    `performed_reps` nor in `hold_s`.
    """

    block_index: int
    exercise: str
    set_no: int
    side: Side
    planned_reps: int
    performed_reps: int
    hold_s: tuple[float, ...]  # seconds held / worked per performed rep, in rep order
    started_mono: float
    ended_mono: float
    load_kg: float
    tempo: str = ""  # "up-top-down-bottom" for tempo and eccentric work
    skipped_reps: int = 0  # reps started but skipped before their end

    @property
    def duration_s(self) -> float:
        return self.ended_mono - self.started_mono

    def to_dict(self) -> dict[str, Any]:
        return {
            "block_index": self.block_index,
            "exercise": self.exercise,
            "set_no": self.set_no,
            "side": self.side.value,
            "planned_reps": self.planned_reps,
            "performed_reps": self.performed_reps,
            "skipped_reps": self.skipped_reps,
            "hold_s": list(self.hold_s),
            "started_mono": self.started_mono,
            "ended_mono": self.ended_mono,
            "load_kg": self.load_kg,
            "tempo": self.tempo,
        }

    @classmethod
    def from_dict(cls, d: object, where: str) -> PerformedSet:
        """Decode `to_dict` output; snapshots written before `skipped_reps` existed read as 0."""
        if not isinstance(d, dict):
            raise DataFormatError(where, "expected an object")
        try:
            hold = d["hold_s"]
            if not isinstance(hold, list) or not all(is_number(h) for h in hold):
                raise DataFormatError(f"{where}.hold_s", "expected a list of numbers")
            ints = ("block_index", "set_no", "planned_reps", "performed_reps")
            for k in ints:
                if isinstance(d[k], bool) or not isinstance(d[k], int):
                    raise DataFormatError(f"{where}.{k}", "expected a whole number")
            skipped = d.get("skipped_reps", 0)
            if isinstance(skipped, bool) or not isinstance(skipped, int) or skipped < 0:
                raise DataFormatError(f"{where}.skipped_reps", "expected a whole number >= 0")
            for k in ("started_mono", "ended_mono", "load_kg"):
                if not is_number(d[k]):
                    raise DataFormatError(f"{where}.{k}", "expected a number")
            if not isinstance(d["exercise"], str) or not isinstance(d.get("tempo", ""), str):
                raise DataFormatError(f"{where}.exercise", "expected text")
            return cls(
                block_index=d["block_index"],
                exercise=d["exercise"],
                set_no=d["set_no"],
                side=Side(d["side"]),
                planned_reps=d["planned_reps"],
                performed_reps=d["performed_reps"],
                hold_s=tuple(float(h) for h in hold),
                started_mono=float(d["started_mono"]),
                ended_mono=float(d["ended_mono"]),
                load_kg=float(d["load_kg"]),
                tempo=d.get("tempo", ""),
                skipped_reps=skipped,
            )
        except KeyError as e:
            raise DataFormatError(f"{where}.{e.args[0]}", "missing (required)") from None
        except ValueError as e:
            if isinstance(e, DataFormatError):
                raise
            raise DataFormatError(f"{where}.side", f"{d.get('side')!r} is not a side") from None


@dataclass(frozen=True, slots=True)
class CueEvent:
    """A cue to play. `late_s` is how long after its due time it was delivered; `stale`
    marks a cue delivered over a second late after the runner was suspended (> 2 s late
    tick), whose sound would only confuse now."""

    cue: Cue
    due_mono: float
    late_s: float = 0.0
    stale: bool = False


@dataclass(frozen=True, slots=True)
class PhaseEvent:
    phase_index: int
    phase: Phase
    due_mono: float


@dataclass(frozen=True, slots=True)
class SetDone:
    performed: PerformedSet


@dataclass(frozen=True, slots=True)
class SessionDone:
    status: SessionStatus


EngineEvent = CueEvent | PhaseEvent | SetDone | SessionDone


def is_number(x: object) -> bool:
    """A finite int or float, and not a bool (JSON true would otherwise pass as 1)."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return False
    if isinstance(x, int):  # a huge int is finite but no float: 10**400 would overflow
        return -(2**53) <= x <= 2**53
    return math.isfinite(x)
