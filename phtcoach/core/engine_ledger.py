"""The record a running session leaves behind: seconds per work phase, skips, closed sets.

The engine's state machine is about time (which phase runs, what falls due next); this
ledger is about what the user really did, and it decides what a set reports when it
closes. Keeping it apart puts the rule for what counts as a rep in one place: a rep counts
only when none of its work phases was cut short by a skip, and a set without a single
full rep is passed over (nothing to save).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from phtcoach.core.engine_events import PerformedSet
from phtcoach.core.model import Side
from phtcoach.core.timeline import WORK_KINDS, Phase, PhaseKind, Timeline


@dataclass(frozen=True, slots=True)
class SetInfo:
    block_index: int
    exercise: str
    set_no: int
    side: Side
    planned_reps: int
    first_phase: int  # its first work phase
    last_phase: int  # its last work phase


def index_sets(phases: tuple[Phase, ...]) -> tuple[list[SetInfo], list[int | None]]:
    """Group phases into sets: each set's work phases and the rests between its reps."""
    keys: dict[tuple[int, Side, int], int] = {}
    firsts: list[int] = []
    lasts: list[int] = []
    metas: list[Phase] = []
    of_phase: list[int | None] = []
    for j, p in enumerate(phases):
        if p.set is None or not (p.kind in WORK_KINDS or p.kind is PhaseKind.REST):
            of_phase.append(None)
            continue
        key = (p.block_index, p.side, p.set)
        s = keys.get(key)
        if s is None:
            s = keys[key] = len(firsts)
            firsts.append(j)
            lasts.append(j)
            metas.append(p)
        if p.kind in WORK_KINDS:
            lasts[s] = j
        of_phase.append(s)
    sets = [
        SetInfo(
            block_index=m.block_index,
            exercise=m.exercise,
            set_no=m.set or 1,
            side=m.side,
            planned_reps=m.reps_total,
            first_phase=f,
            last_phase=last,
        )
        for m, f, last in zip(metas, firsts, lasts, strict=True)
    ]
    return sets, of_phase


class SetLedger:
    """Per-phase work and skip marks of the latest run of each phase, and the sets closed.

    A phase run again (back, restart set) forgets what its earlier run recorded.
    """

    def __init__(self, timeline: Timeline, loads: Mapping[int, float]) -> None:
        self._tl = timeline
        self._loads = dict(loads)
        self.sets, self.set_of_phase = index_sets(timeline.phases)
        self.worked: dict[int, float] = {}  # phase index -> seconds worked on its latest run
        self.skipped: set[int] = set()  # work phases whose latest run was cut short by a skip
        self.set_started: dict[int, float] = {}  # set index -> monotonic start of the attempt
        self.closed: set[int] = set()  # set indices already reported (or passed with no rep)
        self.floor = 0  # back() never returns before this phase (a reported set lies before it)
        self.completed: list[PerformedSet] = []

    def set_phases(self, s: int) -> range:
        info = self.sets[s]
        return range(info.first_phase, info.last_phase + 1)

    def open_set_at(self, j: int) -> int | None:
        """The set phase `j` belongs to, or None outside a set or once that set is closed."""
        s = self.set_of_phase[j]
        return None if s is None or s in self.closed else s

    def entered(self, j: int, start: float) -> None:
        """Phase `j` (re)starts at `start`: what an earlier run of it recorded no longer counts."""
        self.worked.pop(j, None)
        self.skipped.discard(j)
        s = self.set_of_phase[j]
        if s is not None and self._tl.phases[j].kind in WORK_KINDS and s not in self.set_started:
            self.set_started[s] = start

    def record(self, j: int, worked_s: float, *, skipped: bool = False) -> None:
        """`worked_s` seconds spent in phase `j` (rests are not work and are not kept)."""
        if self._tl.phases[j].kind in WORK_KINDS:
            self.worked[j] = worked_s
            if skipped:
                self.skipped.add(j)

    def forget_from(self, target: int) -> None:
        """Every phase from `target` on will run again: drop what their runs recorded."""
        for j in [j for j in self.worked if j >= target]:
            del self.worked[j]
        self.skipped = {j for j in self.skipped if j < target}
        for s in [s for s in self.set_started if self.sets[s].first_phase >= target]:
            del self.set_started[s]

    def close(self, s: int, at: float) -> PerformedSet | None:
        """Close set `s` at monotonic `at`: the set as performed, or None with no full rep."""
        info = self.sets[s]
        per_rep: dict[int, float] = {}
        cut: set[int] = set()
        for j in self.set_phases(s):
            if j in self.worked:
                rep = self._tl.phases[j].rep or 1
                per_rep[rep] = per_rep.get(rep, 0.0) + self.worked[j]
                if j in self.skipped:
                    cut.add(rep)
        # Rounded before the test: stopped within a millisecond of its start, a rep would
        # otherwise be saved as a rep held for 0.0 s.
        rounded = {r: round(per_rep[r], 3) for r in sorted(per_rep) if r not in cut}
        holds = tuple(h for h in rounded.values() if h > 0)
        self.closed.add(s)
        self.floor = max(self.floor, info.last_phase + 1)
        if not holds:
            return None  # passed over without a single full rep: nothing to save
        block = self._tl.blocks[info.block_index] if self._tl.blocks else None
        default_load = block.load_kg if block else 0.0
        performed = PerformedSet(
            block_index=info.block_index,
            exercise=info.exercise,
            set_no=info.set_no,
            side=info.side,
            planned_reps=info.planned_reps,
            performed_reps=len(holds),
            hold_s=holds,
            started_mono=self.set_started.get(s, at),
            ended_mono=at,
            load_kg=float(self._loads.get(info.block_index, default_load)),
            tempo=block.tempo if block else "",
            skipped_reps=len(cut),
        )
        self.completed.append(performed)
        return performed

    # ------------------------------------------------------------------ snapshot

    def to_snapshot(self) -> dict[str, Any]:
        return {
            "completed_sets": [p.to_dict() for p in self.completed],
            "closed_sets": sorted(self.closed),
            "worked": {str(i): s for i, s in sorted(self.worked.items())},
            "skipped": sorted(self.skipped),
        }

    def load_snapshot(self, snap: Mapping[str, Any], *, exact: bool) -> None:
        """Take the closed sets from a checked snapshot; with `exact`, the work in progress too
        (otherwise the set in progress is redone and its work so far does not count)."""
        self.completed = [
            PerformedSet.from_dict(d, f"engine_state.completed_sets[{n}]")
            for n, d in enumerate(snap["completed_sets"])
        ]
        self.closed = set(snap["closed_sets"])
        self.floor = max((self.sets[s].last_phase + 1 for s in self.closed), default=0)
        if exact:
            self.worked = {int(k): float(v) for k, v in snap["worked"].items()}
            self.skipped = set(snap.get("skipped", []))

    def resume_point(self) -> int:
        """The first phase after the last closed set (0 when none is closed)."""
        ends = [self.sets[s].last_phase for s in self.closed]
        return max(ends) + 1 if ends else 0
