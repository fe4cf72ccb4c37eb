"""Sample records and database fixtures of every schema version for the storage tests."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SetRecord,
    Side,
)
from phtcoach.storage.db import connect
from phtcoach.storage.migrations import migrate
from tests.records import D0, T0, at


def session(at: datetime = T0, **kw: object) -> SessionRecord:
    base: dict[str, object] = {
        "template_id": "iso-5x5",
        "started_at": at,
        "affected_side": Side.LEFT,
    }
    return SessionRecord(**{**base, **kw})  # type: ignore[arg-type]


def set_record(session_id: int, at: datetime = T0, **kw: object) -> SetRecord:
    base: dict[str, object] = {
        "session_id": session_id,
        "exercise_slug": "bridge-hold",
        "block_index": 0,
        "set_no": 1,
        "side": Side.LEFT,
        "planned_reps": 5,
        "performed_reps": 5,
        "started_at": at,
        "ended_at": at + timedelta(seconds=75),
        "hold_s": (15.0, 15.0, 14.5, 15.0, 12.25),
        "tempo": "",
        "load_kg": 0.0,
    }
    return SetRecord(**{**base, **kw})  # type: ignore[arg-type]


def pain(day: date = D0, pain_value: int = 3, **kw: object) -> PainEntry:
    base: dict[str, object] = {
        "local_date": day,
        "slot": PainSlot.MORNING,
        "recorded_at": at(day, 7),
        "pain": pain_value,
        "test_kind": MorningTest.SL_BRIDGE_3,
        "test_score": pain_value,
        "red_flags": frozenset({RedFlag.NERVE_SYMPTOMS}),
        "notes": "stiff after the drive",
    }
    return PainEntry(**{**base, **kw})  # type: ignore[arg-type]


def activity(day: date = D0, **kw: object) -> Activity:
    base: dict[str, object] = {
        "local_date": day,
        "kind": ActivityKind.RIDE,
        "minutes": 45.5,
        "recorded_at": at(day, 18),
        "intensity": Intensity.HARD,
        "flags": frozenset({ActivityFlag.HILLS, ActivityFlag.AERO}),
        "hours_sitting": 6.5,
        "distance_km": 21.3,
        "pain_during": 2,
        "notes": "hill repeats",
    }
    return Activity(**{**base, **kw})  # type: ignore[arg-type]


def measure(day: date = D0, **kw: object) -> Measure:
    base: dict[str, object] = {
        "local_date": day,
        "kind": MeasureKind.SITTING_TOLERANCE_MIN,
        "value": 35.0,
        "recorded_at": at(day, 20),
    }
    return Measure(**{**base, **kw})  # type: ignore[arg-type]


# Raw rows valid for schema version 1, written with plain SQL as a v1 app would have.
V1_ROWS: list[tuple[str, tuple[object, ...]]] = [
    (
        "INSERT INTO sessions (id, template_id, started_at, affected_side, status, ended_at,"
        " pain_after, notes, engine_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            1,
            "iso-5x5",
            "2026-03-02T07:00:00.000000+00:00",
            "left",
            "completed",
            "2026-03-02T07:10:00.000000+00:00",
            2,
            "fine",
            "",
        ),
    ),
    (
        "INSERT INTO sets (id, session_id, exercise_slug, block_index, set_no, side,"
        " planned_reps, performed_reps, started_at, ended_at, hold_s, tempo, load_kg,"
        " pain_during, rpe, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            1,
            1,
            "bridge-hold",
            0,
            1,
            "left",
            5,
            5,
            "2026-03-02T07:01:00.000000+00:00",
            "2026-03-02T07:02:15.000000+00:00",
            "[15.0, 15.0, 15.0, 15.0, 12.5]",
            "",
            0.0,
            2,
            6,
            "",
        ),
    ),
    (
        "INSERT INTO pain_entries (id, local_date, slot, recorded_at, pain, test_kind,"
        " test_score, red_flags, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (1, "2026-03-02", "morning", "2026-03-02T06:30:00.000000+00:00", 3, None, None, "[]", ""),
    ),
    (
        "INSERT INTO activities (id, local_date, kind, minutes, recorded_at, intensity, flags,"
        " hours_sitting, distance_km, pain_during, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            1,
            "2026-03-02",
            "run",
            30.0,
            "2026-03-02T17:00:00.000000+00:00",
            "easy",
            '["hills"]',
            0.0,
            5.0,
            None,
            "",
        ),
    ),
    (
        "INSERT INTO measures (id, local_date, kind, value, recorded_at, notes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (1, "2026-03-02", "visa_h", 61.0, "2026-03-02T20:00:00.000000+00:00", ""),
    ),
    ("INSERT INTO settings (key, value) VALUES (?, ?)", ("acceptable_ceiling", "4")),
    ("INSERT INTO kv (key, value) VALUES (?, ?)", ("window/geometry", "abc")),
]


def build_db(path: Path, version: int, *, with_data: bool = True) -> None:
    """A database as an app of schema `version` left it: steps 1..version, plus its data."""
    conn = connect(path)
    try:
        migrate(conn, target=version)
        if with_data and version >= 1:
            conn.execute("BEGIN")
            for sql, params in V1_ROWS:
                conn.execute(sql, params)
            conn.execute("COMMIT")
    finally:
        conn.close()


def schema_of(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    return [(str(t), str(n), str(s)) for t, n, s in rows]


def user_version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def fingerprint(directory: Path) -> dict[str, str]:
    """Every file under `directory` with a hash of its bytes: 'untouched' made checkable."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }
