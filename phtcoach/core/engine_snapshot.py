"""The shape of the engine's crash snapshot, and the check a stored one must pass.

A snapshot comes back from the database after a crash, possibly written by an older
version or damaged: it is checked in full here, naming the bad field, before the engine
trusts any of it. Keys added since the first version are optional with a default, so
older snapshots still resume.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from phtcoach.core.engine_events import EngineState, is_number
from phtcoach.core.engine_ledger import index_sets
from phtcoach.core.errors import DataFormatError, short_repr
from phtcoach.core.model import SessionStatus
from phtcoach.core.timeline import Phase, Timeline

SNAPSHOT_VERSION = 1


class ResumeFrom(StrEnum):
    LAST_COMPLETED_SET = "last_completed_set"  # restart at the rest before the next set
    EXACT = "exact"  # the same phase and second the snapshot was taken


REQUIRED_KEYS: tuple[str, ...] = (
    "version",
    "template",
    "phases",
    "state",
    "phase_index",
    "phase_elapsed",
    "phase_duration_s",
    "elapsed_s",
    "completed_sets",
    "closed_sets",
    "worked",
)
"""Every saved engine state has these keys (the resume check and its fuzz test share them)."""


def check_snapshot(snapshot: object, timeline: Timeline) -> dict[str, Any]:
    w = "engine_state"
    if not isinstance(snapshot, dict):
        raise DataFormatError(w, "expected an object")
    for k in REQUIRED_KEYS:
        if k not in snapshot:
            raise DataFormatError(f"{w}.{k}", "missing (required)")
    if snapshot["version"] != SNAPSHOT_VERSION:
        raise DataFormatError(f"{w}.version", f"expected {SNAPSHOT_VERSION}")
    if snapshot["template"] != timeline.template_id or snapshot["phases"] != len(timeline.phases):
        raise DataFormatError(
            f"{w}.template",
            f"the saved session was for {short_repr(snapshot['template'])} with "
            f"{short_repr(snapshot['phases'])} phases, not this timeline",
        )
    state = snapshot["state"]
    if not isinstance(state, str) or state not in {s.value for s in EngineState}:
        raise DataFormatError(f"{w}.state", f"{short_repr(state)} is not an engine state")
    status = snapshot.get("status")
    if status is not None and (
        not isinstance(status, str) or status not in {s.value for s in SessionStatus}
    ):
        raise DataFormatError(f"{w}.status", f"{short_repr(status)} is not a session status")
    n_phases = len(timeline.phases)
    pi = snapshot["phase_index"]
    if isinstance(pi, bool) or not isinstance(pi, int) or not 0 <= pi < n_phases:
        raise DataFormatError(f"{w}.phase_index", f"expected 0 to {n_phases - 1}")
    for k in ("phase_elapsed", "phase_duration_s", "elapsed_s"):
        if not is_number(snapshot[k]) or snapshot[k] < 0:
            raise DataFormatError(f"{w}.{k}", "expected a number of seconds >= 0")
    n_sets = len(index_sets(timeline.phases)[0])
    closed = snapshot["closed_sets"]
    if not isinstance(closed, list) or not all(
        isinstance(s, int) and not isinstance(s, bool) and 0 <= s < n_sets for s in closed
    ):
        raise DataFormatError(f"{w}.closed_sets", f"expected set numbers 0 to {n_sets - 1}")
    if not isinstance(snapshot["completed_sets"], list):
        raise DataFormatError(f"{w}.completed_sets", "expected a list")
    worked = snapshot["worked"]
    if not isinstance(worked, dict) or not all(
        _index_key(k) < n_phases and is_number(v) for k, v in worked.items()
    ):
        raise DataFormatError(f"{w}.worked", "expected phase numbers mapped to seconds")
    skipped = snapshot.get("skipped", [])  # absent from snapshots older than skip marks
    if not isinstance(skipped, list) or not all(
        isinstance(j, int) and not isinstance(j, bool) and 0 <= j < n_phases for j in skipped
    ):
        raise DataFormatError(f"{w}.skipped", f"expected phase numbers 0 to {n_phases - 1}")
    return snapshot


def carry_snapshot(snapshot: Mapping[str, Any], old: Timeline, new: Timeline) -> dict[str, Any]:
    """A snapshot of a run on `old`, for the same run on `new` (its plan changed mid-way:
    a lighter load, shorter holds, a set or a rep fewer from the next set on).

    Valid when every phase up to the snapshot's phase is the same step in both timelines
    (kind, block, side, set, rep): then every phase, set and piece of work it records keeps
    its index, and the run continues at the same phase and second. Raises DataFormatError
    otherwise (the step would have changed what was already run).
    """
    at = snapshot.get("phase_index")
    if not isinstance(at, int) or not 0 <= at < min(len(old.phases), len(new.phases)):
        raise DataFormatError("engine_state.phase_index", "not a phase of both timelines")
    for j in range(at + 1):
        if _step_of(old.phases[j]) != _step_of(new.phases[j]):
            raise DataFormatError(
                "engine_state", f"phase {j} changed: the new plan must keep what was run"
            )
    return {**snapshot, "phases": len(new.phases), "total_s": new.total_s}


def _step_of(p: Phase) -> tuple[object, ...]:
    return (p.kind, p.block_index, p.side, p.set, p.rep)


def _index_key(key: object) -> int:
    """A phase number written as a JSON object key ("12"), or a number too big to be one."""
    if isinstance(key, str) and key.isascii() and key.isdigit() and len(key) <= 6:
        return int(key)
    return 2**31
