"""Row <-> record codecs: how each core dataclass is laid out in its table.

Timestamps are stored as fixed-width ISO-8601 UTC text ("2026-03-02T07:00:00.000000+00:00")
so text order is time order; diary days as YYYY-MM-DD; sets of enum members as sorted JSON
lists. One module holds every layout so a schema change has one place to follow, and the
repositories above it only speak in records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, date, datetime
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    ClinicianCheck,
    Intensity,
    Measure,
    MeasureKind,
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

# --------------------------------------------------------------------------- conversions


def to_text(value: datetime) -> str:
    """Fixed-width UTC text: lexical order equals time order, so SQL can range-scan it."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def opt_time(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def time_bound(name: str, value: datetime) -> str:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValidationError(name, value, "a timezone-aware date and time")
    return to_text(value)


def day_bound(name: str, value: date) -> str:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(name, value, "a calendar date")
    return value.isoformat()


def json_list(values: Sequence[float] | Sequence[str]) -> str:
    return json.dumps(list(values), allow_nan=False)


def enum_names(values: frozenset[Any]) -> str:
    """A set of enum members as a sorted JSON list of their values (stable text)."""
    return json.dumps(sorted(str(v.value) for v in values))


# --------------------------------------------------------------------------- sessions and sets

SESSION_COLS = (
    "template_id",
    "started_at",
    "affected_side",
    "status",
    "ended_at",
    "pain_after",
    "notes",
    "engine_state",
)
SET_COLS = (
    "session_id",
    "exercise_slug",
    "block_index",
    "set_no",
    "side",
    "planned_reps",
    "performed_reps",
    "started_at",
    "ended_at",
    "hold_s",
    "tempo",
    "load_kg",
    "pain_during",
    "rpe",
    "notes",
)


def session_row(rec: SessionRecord) -> tuple[object, ...]:
    return (
        rec.template_id,
        to_text(rec.started_at),
        rec.affected_side.value,
        rec.status.value,
        None if rec.ended_at is None else to_text(rec.ended_at),
        rec.pain_after,
        rec.notes,
        rec.engine_state,
    )


def session_from_row(r: Row) -> SessionRecord:
    return SessionRecord(
        template_id=r["template_id"],
        started_at=from_text(r["started_at"]),
        affected_side=Side(r["affected_side"]),
        status=SessionStatus(r["status"]),
        ended_at=opt_time(r["ended_at"]),
        pain_after=r["pain_after"],
        notes=r["notes"],
        engine_state=r["engine_state"],
        id=r["id"],
    )


def set_row(rec: SetRecord) -> tuple[object, ...]:
    return (
        rec.session_id,
        rec.exercise_slug,
        rec.block_index,
        rec.set_no,
        rec.side.value,
        rec.planned_reps,
        rec.performed_reps,
        to_text(rec.started_at),
        to_text(rec.ended_at),
        json_list(rec.hold_s),
        rec.tempo,
        rec.load_kg,
        rec.pain_during,
        rec.rpe,
        rec.notes,
    )


def set_from_row(r: Row) -> SetRecord:
    return SetRecord(
        session_id=r["session_id"],
        exercise_slug=r["exercise_slug"],
        block_index=r["block_index"],
        set_no=r["set_no"],
        side=Side(r["side"]),
        planned_reps=r["planned_reps"],
        performed_reps=r["performed_reps"],
        started_at=from_text(r["started_at"]),
        ended_at=from_text(r["ended_at"]),
        hold_s=tuple(float(h) for h in json.loads(r["hold_s"])),
        tempo=r["tempo"],
        load_kg=r["load_kg"],
        pain_during=r["pain_during"],
        rpe=r["rpe"],
        notes=r["notes"],
        id=r["id"],
    )


# --------------------------------------------------------------------------- diary

PAIN_COLS = (
    "local_date",
    "slot",
    "recorded_at",
    "pain",
    "test_kind",
    "test_score",
    "red_flags",
    "notes",
)
ACTIVITY_COLS = (
    "local_date",
    "kind",
    "minutes",
    "recorded_at",
    "intensity",
    "flags",
    "hours_sitting",
    "distance_km",
    "pain_during",
    "notes",
)
MEASURE_COLS = ("local_date", "kind", "value", "recorded_at", "notes")
CHECK_COLS = ("local_date", "recorded_at", "notes")


def pain_row(e: PainEntry) -> tuple[object, ...]:
    return (
        e.local_date.isoformat(),
        e.slot.value,
        to_text(e.recorded_at),
        e.pain,
        None if e.test_kind is None else e.test_kind.value,
        e.test_score,
        enum_names(e.red_flags),
        e.notes,
    )


def pain_from_row(r: Row) -> PainEntry:
    return PainEntry(
        local_date=date.fromisoformat(r["local_date"]),
        slot=PainSlot(r["slot"]),
        recorded_at=from_text(r["recorded_at"]),
        pain=r["pain"],
        test_kind=None if r["test_kind"] is None else MorningTest(r["test_kind"]),
        test_score=r["test_score"],
        red_flags=frozenset(RedFlag(f) for f in json.loads(r["red_flags"])),
        notes=r["notes"],
        id=r["id"],
    )


def activity_row(a: Activity) -> tuple[object, ...]:
    return (
        a.local_date.isoformat(),
        a.kind.value,
        a.minutes,
        to_text(a.recorded_at),
        a.intensity.value,
        enum_names(a.flags),
        a.hours_sitting,
        a.distance_km,
        a.pain_during,
        a.notes,
    )


def activity_from_row(r: Row) -> Activity:
    return Activity(
        local_date=date.fromisoformat(r["local_date"]),
        kind=ActivityKind(r["kind"]),
        minutes=r["minutes"],
        recorded_at=from_text(r["recorded_at"]),
        intensity=Intensity(r["intensity"]),
        flags=frozenset(ActivityFlag(f) for f in json.loads(r["flags"])),
        hours_sitting=r["hours_sitting"],
        distance_km=r["distance_km"],
        pain_during=r["pain_during"],
        notes=r["notes"],
        id=r["id"],
    )


def measure_row(m: Measure) -> tuple[object, ...]:
    return (m.local_date.isoformat(), m.kind.value, m.value, to_text(m.recorded_at), m.notes)


def measure_from_row(r: Row) -> Measure:
    return Measure(
        local_date=date.fromisoformat(r["local_date"]),
        kind=MeasureKind(r["kind"]),
        value=r["value"],
        recorded_at=from_text(r["recorded_at"]),
        notes=r["notes"],
        id=r["id"],
    )


def check_row(c: ClinicianCheck) -> tuple[object, ...]:
    return (c.local_date.isoformat(), to_text(c.recorded_at), c.notes)


def check_from_row(r: Row) -> ClinicianCheck:
    return ClinicianCheck(
        local_date=date.fromisoformat(r["local_date"]),
        recorded_at=from_text(r["recorded_at"]),
        notes=r["notes"],
        id=r["id"],
    )


# --------------------------------------------------------------------------- trusted reads
#
# The Progress page reads every row of years of history. Its rows come from STRICT tables
# whose CHECK constraints already hold every range the model's constructors check, so
# these decoders build the records without running the validation again (about a tenth
# of the cost: the checks, Fractions and enum look-ups were 0.6 s at ten years). They are
# for bulk reads that only display; anything that edits or exports uses the checked
# decoders above.

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
    """`from_text` for the fixed-width "+00:00" text every writer stores."""
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
    """A JSON list of numbers as `json_list` writes it ("[8.5, 9.0]"), without the JSON
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
