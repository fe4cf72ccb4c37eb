"""What a session's timeline is compiled from besides its template, saved with the run so a
resumed session compiles the very same timeline (lead-in, side order, the steps down chosen
before the start and those taken during it, the set taken off by rule 3), and how a step
down is reported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Settings, Side
from phtcoach.core.steps import StepAt, StepDownKind, StepTaken
from phtcoach.core.timeline import WORK_KINDS, Timeline


@dataclass(frozen=True, slots=True)
class StepDown:
    """A step down taken during a session on one block: which step, and what it changed
    (worded by the screen, in the user's units)."""

    block_index: int
    taken: StepTaken


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What a timeline is compiled from besides the template; saved with the state."""

    affected_side: Side
    affected_first: bool = True
    lead_in_s: float = 5.0
    step_downs: tuple[tuple[int, int], ...] = ()  # (block index, steps) before the start
    sets_fewer: int = 0  # rule 3's "one set fewer", chosen before the start
    steps: tuple[StepAt, ...] = ()  # the steps down taken during the session, in order
    switch_sides_s: float = 10.0  # absent from states saved before it was a setting
    rest_extra_s: float = 0.0

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
            switch_sides_s=float(settings.switch_sides_s),
            rest_extra_s=float(settings.rest_extra_s),
            step_downs=step_downs,
            sets_fewer=sets_fewer,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "affected_first": self.affected_first,
            "lead_in_s": self.lead_in_s,
            "switch_sides_s": self.switch_sides_s,
            "rest_extra_s": self.rest_extra_s,
            "step_downs": {str(i): n for i, n in self.step_downs},
            "sets_fewer": self.sets_fewer,
            "steps": [
                {"block": a.block, "kind": a.kind.value, "side": a.side, "set": a.set_no}
                for a in self.steps
            ],
        }

    @classmethod
    def from_dict(cls, d: object, affected_side: Side) -> RunOptions:
        if d is None:
            return cls(affected_side=affected_side)
        if not isinstance(d, dict):
            raise DataFormatError("engine_state.runner", "expected an object")
        first = d.get("affected_first", True)
        lead = d.get("lead_in_s", 5.0)
        switch = _seconds(d, "switch_sides_s", 10.0, 0, 120)
        extra = _seconds(d, "rest_extra_s", 0.0, 0, 120)
        steps = d.get("step_downs", {})
        fewer = d.get("sets_fewer", 0)
        if isinstance(fewer, bool) or not isinstance(fewer, int) or not 0 <= fewer <= 20:
            raise DataFormatError("engine_state.runner.sets_fewer", "expected 0 to 20")
        if not isinstance(first, bool):
            raise DataFormatError("engine_state.runner.affected_first", "expected true or false")
        if isinstance(lead, bool) or not isinstance(lead, int | float) or not 0 <= lead <= 60:
            raise DataFormatError("engine_state.runner.lead_in_s", "expected 0 to 60 seconds")
        if not isinstance(steps, dict) or not all(
            isinstance(k, str)
            and k.isascii()
            and k.isdigit()
            and len(k) <= 2
            and isinstance(v, int)
            and not isinstance(v, bool)
            and 0 <= v <= 20
            for k, v in steps.items()
        ):
            raise DataFormatError("engine_state.runner.step_downs", "expected block -> steps")
        return cls(
            affected_side=affected_side,
            affected_first=first,
            lead_in_s=float(lead),
            switch_sides_s=switch,
            rest_extra_s=extra,
            step_downs=tuple(sorted((int(k), v) for k, v in steps.items())),
            sets_fewer=fewer,
            steps=_steps_from(d.get("steps", [])),
        )


def _steps_from(raw: object) -> tuple[StepAt, ...]:
    """The steps taken during a session, from the saved state (absent before they existed)."""
    where = "engine_state.runner.steps"
    if not isinstance(raw, list):
        raise DataFormatError(where, "expected a list of steps")
    out: list[StepAt] = []
    for n, item in enumerate(raw):
        at = f"{where}[{n}]"
        if not isinstance(item, dict) or item.get("kind") not in set(StepDownKind):
            raise DataFormatError(at, "expected block, kind, side and set")
        out.append(
            StepAt(
                block=_int(item, "block", 0, 49, at),
                kind=StepDownKind(item["kind"]),
                side=_int(item, "side", 0, 1, at),
                set_no=_int(item, "set", 1, 20, at),
            )
        )
    return tuple(out)


def _seconds(d: dict[str, Any], key: str, default: float, lo: int, hi: int) -> float:
    v = d.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int | float) or not lo <= v <= hi:
        raise DataFormatError(f"engine_state.runner.{key}", f"expected {lo} to {hi} seconds")
    return float(v)


def _int(item: dict[str, Any], key: str, lo: int, hi: int, where: str) -> int:
    v = item.get(key)
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise DataFormatError(f"{where}.{key}", f"expected {lo} to {hi}")
    return v


def count_sets(timeline: Timeline) -> int:
    """Sets in the plan (each side of a single-leg exercise counts as its own sets)."""
    return len({(p.block_index, p.side, p.set) for p in timeline.phases if p.kind in WORK_KINDS})


def decode_state(text: str) -> object:
    """The stored engine state as JSON values (None when there is none), or DataFormatError:
    garbage, 5000-digit numbers and 100,000-deep nesting included."""
    if not text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise DataFormatError("engine_state", f"not JSON ({e.msg})") from None
    except (ValueError, RecursionError) as e:
        raise DataFormatError("engine_state", f"cannot be read ({type(e).__name__})") from None
