"""What a session's timeline is compiled from besides its template, saved with the run so a
resumed session compiles the very same timeline (lead-in, side order, step downs, the set
taken off by rule 3), and how a step down is reported."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Settings, Side
from phtcoach.core.timeline import WORK_KINDS, Timeline


@dataclass(frozen=True, slots=True)
class StepDown:
    """A step down applied to one block, with the words to show the user."""

    block_index: int
    steps: int
    before: str
    after: str

    @property
    def message(self) -> str:
        return f"Stepped down for the remaining sets: {self.before} -> {self.after}"


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What a timeline is compiled from besides the template; saved with the state."""

    affected_side: Side
    affected_first: bool = True
    lead_in_s: float = 5.0
    step_downs: tuple[tuple[int, int], ...] = ()  # (block index, steps)
    sets_fewer: int = 0  # rule 3's "one set fewer", chosen before the start

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        step_downs: tuple[tuple[int, int], ...] = (),
        sets_fewer: int = 0,
    ) -> RunOptions:
        return cls(
            affected_side=settings.affected_side,
            affected_first=settings.affected_first,
            lead_in_s=float(settings.lead_in_s),
            step_downs=step_downs,
            sets_fewer=sets_fewer,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "affected_first": self.affected_first,
            "lead_in_s": self.lead_in_s,
            "step_downs": {str(i): n for i, n in self.step_downs},
            "sets_fewer": self.sets_fewer,
        }

    @classmethod
    def from_dict(cls, d: object, affected_side: Side) -> RunOptions:
        if d is None:
            return cls(affected_side=affected_side)
        if not isinstance(d, dict):
            raise DataFormatError("engine_state.runner", "expected an object")
        first = d.get("affected_first", True)
        lead = d.get("lead_in_s", 5.0)
        steps = d.get("step_downs", {})
        fewer = d.get("sets_fewer", 0)
        if isinstance(fewer, bool) or not isinstance(fewer, int) or not 0 <= fewer <= 20:
            raise DataFormatError("engine_state.runner.sets_fewer", "expected 0 to 20")
        if not isinstance(first, bool):
            raise DataFormatError("engine_state.runner.affected_first", "expected true or false")
        if isinstance(lead, bool) or not isinstance(lead, int | float) or not 0 <= lead <= 60:
            raise DataFormatError("engine_state.runner.lead_in_s", "expected 0 to 60 seconds")
        if not isinstance(steps, dict) or not all(
            isinstance(k, str) and k.isdigit() and isinstance(v, int) and 0 <= v <= 20
            for k, v in steps.items()
        ):
            raise DataFormatError("engine_state.runner.step_downs", "expected block -> steps")
        return cls(
            affected_side=affected_side,
            affected_first=first,
            lead_in_s=float(lead),
            step_downs=tuple(sorted((int(k), v) for k, v in steps.items())),
            sets_fewer=fewer,
        )


def count_sets(timeline: Timeline) -> int:
    """Sets in the plan (each side of a single-leg exercise counts as its own sets)."""
    return len({(p.block_index, p.side, p.set) for p in timeline.phases if p.kind in WORK_KINDS})
