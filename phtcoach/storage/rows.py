"""Row <-> record codecs: how each core dataclass is laid out in its table.

Timestamps are stored as fixed-width ISO-8601 UTC text ("2026-03-02T07:00:00.000000+00:00")
so text order is time order; diary days as YYYY-MM-DD; sets of enum members as sorted JSON
lists. One module holds every layout so a schema change has one place to follow, and the
repositories above it only speak in records. The unchecked decoders for bulk display reads
(`trusted_rows`) follow these same layouts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
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
