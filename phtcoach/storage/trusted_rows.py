"""Trusted row decoders: the Progress page's bulk reads of years of history.

Their rows come from STRICT tables whose CHECK constraints already hold every range the
model's constructors check, so these decoders build the records without running the
validation again (about a tenth of the cost: the checks, Fractions and enum look-ups were
0.6 s at ten years). They are for bulk reads that only display; anything that edits or
exports uses the checked decoders in `rows`, whose column layouts these follow.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import Any

from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)
from phtcoach.storage.sql import Row

_SIDES = {m.value: m for m in Side}
_STATUSES = {m.value: m for m in SessionStatus}
_SLOTS = {m.value: m for m in PainSlot}
_TESTS = {m.value: m for m in MorningTest}
_KINDS = {m.value: m for m in ActivityKind}
_INTENSITIES = {m.value: m for m in Intensity}
_RED_FLAGS = {m.value: m for m in RedFlag}
_ACTIVITY_FLAGS = {m.value: m for m in ActivityFlag}
_NO_FLAGS: frozenset[Any] = frozenset()


def _utc(text: str) -> datetime:
    """`rows.from_text` for the fixed-width "+00:00" text every writer stores."""
    value = datetime.fromisoformat(text)
    return value if text.endswith("+00:00") else value.astimezone(UTC)


def _maker(cls: type[Any]) -> Any:
    """A constructor of `cls` that takes every field by keyword and skips `__post_init__`:
    generated once, so a record costs one slot store per field and nothing else."""
    names = [f.name for f in fields(cls)]
    env: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    body = ["    obj = _new(_cls)"]
    for i, name in enumerate(names):
        env[f"_s{i}"] = getattr(cls, name).__set__  # the slot's own setter: no frozen check
        body.append(f"    _s{i}(obj, {name})")
    src = f"def make(*, {', '.join(names)}):\n" + "\n".join(body) + "\n    return obj\n"
    exec(src, env)  # fixed source built from the dataclass's own field names
    return env["make"]


_NEW_SESSION = _maker(SessionRecord)
_NEW_SET = _maker(SetRecord)
_NEW_PAIN = _maker(PainEntry)
_NEW_ACTIVITY = _maker(Activity)


def _flags(text: str, members: dict[str, Any]) -> frozenset[Any]:
    return _NO_FLAGS if text == "[]" else frozenset(members[f] for f in json.loads(text))


def _floats(text: str) -> tuple[float, ...]:
    """A JSON list of numbers as `rows.json_list` writes it ("[8.5, 9.0]"), without the JSON
    parser: float() reads back each number json.dumps wrote (repr round-trips); anything
    else (another writer's spacing, an int) goes through json.loads."""
    if text == "[]":
        return ()
    try:
        return tuple(map(float, text[1:-1].split(", ")))
    except ValueError:
        return tuple(float(h) for h in json.loads(text))


def trusted_session(r: Row) -> SessionRecord:
    ended = r["ended_at"]
    return _NEW_SESSION(  # type: ignore[no-any-return]
        template_id=r["template_id"],
        started_at=_utc(r["started_at"]),
        affected_side=_SIDES[r["affected_side"]],
        status=_STATUSES[r["status"]],
        ended_at=None if ended is None else _utc(ended),
        pain_after=r["pain_after"],
        notes=r["notes"],
        engine_state=r["engine_state"],
        id=r["id"],
    )


def trusted_set(r: Row) -> SetRecord:
    return _NEW_SET(  # type: ignore[no-any-return]
        session_id=r["session_id"],
        exercise_slug=r["exercise_slug"],
        block_index=r["block_index"],
        set_no=r["set_no"],
        side=_SIDES[r["side"]],
        planned_reps=r["planned_reps"],
        performed_reps=r["performed_reps"],
        started_at=_utc(r["started_at"]),
        ended_at=_utc(r["ended_at"]),
        hold_s=_floats(r["hold_s"]),
        tempo=r["tempo"],
        load_kg=float(r["load_kg"]),
        pain_during=r["pain_during"],
        rpe=r["rpe"],
        notes=r["notes"],
        id=r["id"],
    )


def trusted_pain(r: Row) -> PainEntry:
    test = r["test_kind"]
    return _NEW_PAIN(  # type: ignore[no-any-return]
        local_date=date.fromisoformat(r["local_date"]),
        slot=_SLOTS[r["slot"]],
        recorded_at=_utc(r["recorded_at"]),
        pain=r["pain"],
        test_kind=None if test is None else _TESTS[test],
        test_score=r["test_score"],
        red_flags=_flags(r["red_flags"], _RED_FLAGS),
        notes=r["notes"],
        id=r["id"],
    )


def trusted_activity(r: Row) -> Activity:
    return _NEW_ACTIVITY(  # type: ignore[no-any-return]
        local_date=date.fromisoformat(r["local_date"]),
        kind=_KINDS[r["kind"]],
        minutes=float(r["minutes"]),
        recorded_at=_utc(r["recorded_at"]),
        intensity=_INTENSITIES[r["intensity"]],
        flags=_flags(r["flags"], _ACTIVITY_FLAGS),
        hours_sitting=float(r["hours_sitting"]),
        distance_km=None if r["distance_km"] is None else float(r["distance_km"]),
        pain_during=r["pain_during"],
        notes=r["notes"],
        id=r["id"],
    )
