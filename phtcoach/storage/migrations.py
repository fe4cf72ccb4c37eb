"""The schema as an ordered ladder of steps on PRAGMA user_version.

A released step is history: never edit one, add the next. Each step runs in its own
transaction together with its user_version bump, so a failure leaves the database at the
last step that completed. The CHECK constraints repeat the model's ranges as a second line
of defence against anything that writes around the repositories (a script, an old build).
Enum lists are spelled out rather than generated from the model on purpose: a new enum
member needs a new step (tests/storage checks every member is accepted).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from phtcoach.storage.db import APPLICATION_ID, TableShape, database_file, table_shape, transaction
from phtcoach.storage.errors import MigrationError, NewerSchemaError


class Migration(NamedTuple):
    version: int
    description: str
    apply: str | Callable[[sqlite3.Connection], None]  # SQL script, or code for data moves


# Patterns shared by the CHECKs below. Frozen with the steps that use them.
_TS = (
    "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
    ".[0-9][0-9][0-9][0-9][0-9][0-9]+00:00'"
)
_DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_SLUG = "GLOB '[a-z0-9]*' AND NOT {0} GLOB '*[^a-z0-9-]*' AND length({0}) <= 64"
_SIDES = "('left', 'right', 'both')"


def _slug(column: str) -> str:
    return f"{column} " + _SLUG.format(column)


def _json_array(column: str) -> str:
    return f"json_valid({column}) AND substr({column}, 1, 1) = '['"


_V1 = f"""
PRAGMA application_id = {APPLICATION_ID};

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    template_id   TEXT NOT NULL CHECK ({_slug("template_id")}),
    started_at    TEXT NOT NULL CHECK (started_at {_TS}),
    affected_side TEXT NOT NULL CHECK (affected_side IN {_SIDES}),
    status        TEXT NOT NULL DEFAULT 'in_progress'
                  CHECK (status IN ('in_progress', 'completed', 'ended_early')),
    ended_at      TEXT CHECK (ended_at {_TS} AND ended_at >= started_at),
    pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    notes         TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    engine_state  TEXT NOT NULL DEFAULT '' CHECK (length(engine_state) <= 1000000)
) STRICT;

CREATE TABLE sets (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id     INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_slug  TEXT NOT NULL CHECK ({_slug("exercise_slug")}),
    block_index    INTEGER NOT NULL CHECK (block_index BETWEEN 0 AND 49),
    set_no         INTEGER NOT NULL CHECK (set_no BETWEEN 1 AND 20),
    side           TEXT NOT NULL CHECK (side IN {_SIDES}),
    planned_reps   INTEGER NOT NULL CHECK (planned_reps BETWEEN 0 AND 100),
    performed_reps INTEGER NOT NULL CHECK (performed_reps BETWEEN 0 AND 100),
    started_at     TEXT NOT NULL CHECK (started_at {_TS}),
    ended_at       TEXT NOT NULL CHECK (ended_at {_TS} AND ended_at >= started_at),
    hold_s         TEXT NOT NULL DEFAULT '[]' CHECK ({_json_array("hold_s")}),
    tempo          TEXT NOT NULL DEFAULT '' CHECK (length(tempo) <= 40),
    load_kg        REAL NOT NULL DEFAULT 0 CHECK (load_kg BETWEEN 0 AND 500),
    pain_during    INTEGER CHECK (pain_during BETWEEN 0 AND 10),
    rpe            INTEGER CHECK (rpe BETWEEN 0 AND 10),
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000)
) STRICT;

-- Foreign-key lookups (ON DELETE CASCADE) and "the sets of this session".
CREATE INDEX sets_by_session ON sets (session_id, started_at);

CREATE TABLE pain_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    local_date  TEXT NOT NULL CHECK (local_date {_DAY} AND date(local_date) IS local_date),
    slot        TEXT NOT NULL CHECK (slot IN ('morning', 'evening', 'other')),
    recorded_at TEXT NOT NULL CHECK (recorded_at {_TS}),
    pain        INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    test_kind   TEXT CHECK (test_kind IN ('sl_bridge_3', 'hold_30s', 'shoe_pull',
                                          'hard_chair_5min')),
    test_score  INTEGER CHECK (test_score BETWEEN 0 AND 10),
    red_flags   TEXT NOT NULL DEFAULT '[]' CHECK ({_json_array("red_flags")}),
    notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    CHECK (test_score IS NULL OR test_kind IS NOT NULL)
) STRICT;

CREATE TABLE activities (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    local_date    TEXT NOT NULL CHECK (local_date {_DAY} AND date(local_date) IS local_date),
    kind          TEXT NOT NULL CHECK (kind IN ('run', 'ride', 'walk', 'hike', 'swim',
                                                'elliptical', 'climb', 'strength', 'other')),
    minutes       REAL NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    recorded_at   TEXT NOT NULL CHECK (recorded_at {_TS}),
    intensity     TEXT NOT NULL DEFAULT 'moderate'
                  CHECK (intensity IN ('easy', 'moderate', 'hard')),
    flags         TEXT NOT NULL DEFAULT '[]' CHECK ({_json_array("flags")}),
    hours_sitting REAL NOT NULL DEFAULT 0 CHECK (hours_sitting BETWEEN 0 AND 24),
    distance_km   REAL CHECK (distance_km BETWEEN 0 AND 1000),
    pain_during   INTEGER CHECK (pain_during BETWEEN 0 AND 10),
    notes         TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000)
) STRICT;

CREATE TABLE measures (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    local_date  TEXT NOT NULL CHECK (local_date {_DAY} AND date(local_date) IS local_date),
    kind        TEXT NOT NULL CHECK (kind IN ('sitting_tolerance_min', 'bridge_reps_left',
                                              'bridge_reps_right', 'hop_count', 'visa_h',
                                              'lefs')),
    value       REAL NOT NULL CHECK (value >= 0 AND value <= CASE kind
                    WHEN 'sitting_tolerance_min' THEN 1440
                    WHEN 'bridge_reps_left' THEN 500
                    WHEN 'bridge_reps_right' THEN 500
                    WHEN 'hop_count' THEN 1000
                    WHEN 'visa_h' THEN 100
                    WHEN 'lefs' THEN 80 END),
    recorded_at TEXT NOT NULL CHECK (recorded_at {_TS}),
    notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000)
) STRICT;

-- One row per Settings field; values are JSON so each keeps its type.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

-- Small UI state (window geometry, last tab): opaque text.
CREATE TABLE kv (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    value TEXT NOT NULL CHECK (length(value) <= 1000000)
) STRICT, WITHOUT ROWID;
"""

_V2 = f"""
CREATE TABLE user_exercises (
    slug       TEXT PRIMARY KEY NOT NULL CHECK ({_slug("slug")}),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    data       TEXT NOT NULL CHECK (json_valid(data) AND substr(data, 1, 1) = '{{'),
    updated_at TEXT NOT NULL CHECK (updated_at {_TS})
) STRICT, WITHOUT ROWID;

CREATE TABLE user_templates (
    id         TEXT PRIMARY KEY NOT NULL CHECK ({_slug("id")}),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    data       TEXT NOT NULL CHECK (json_valid(data) AND substr(data, 1, 1) = '{{'),
    updated_at TEXT NOT NULL CHECK (updated_at {_TS})
) STRICT, WITHOUT ROWID;

-- Which exercises each user template uses, so deleting one in use can be refused.
CREATE TABLE template_exercises (
    template_id   TEXT NOT NULL REFERENCES user_templates (id) ON DELETE CASCADE,
    exercise_slug TEXT NOT NULL,
    PRIMARY KEY (template_id, exercise_slug)
) STRICT, WITHOUT ROWID;

CREATE INDEX template_exercises_by_slug ON template_exercises (exercise_slug);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sets_by_start ON sets (started_at);
CREATE INDEX pain_by_day ON pain_entries (local_date, recorded_at);
CREATE INDEX activities_by_day ON activities (local_date, recorded_at);
CREATE INDEX measures_by_day ON measures (local_date, recorded_at);
"""

_V3 = f"""
-- "I have been checked by a clinician": red flags logged before it stop holding the
-- programme. A record of its own, so the diary, the report and an export show it.
CREATE TABLE clinician_checks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    local_date  TEXT NOT NULL CHECK (local_date {_DAY}),
    recorded_at TEXT NOT NULL CHECK (recorded_at {_TS}),
    notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000)
) STRICT;

-- The answer to "Is this a red flag?" about a note that names a red-flag symptom.
CREATE TABLE note_answers (
    source      TEXT NOT NULL CHECK (source IN ('pain', 'activity', 'measure', 'set', 'session')),
    source_id   INTEGER NOT NULL CHECK (source_id >= 1),
    is_flag     INTEGER NOT NULL CHECK (is_flag IN (0, 1)),
    flags       TEXT NOT NULL DEFAULT '[]' CHECK ({_json_array("flags")}),
    recorded_at TEXT NOT NULL CHECK (recorded_at {_TS}),
    PRIMARY KEY (source, source_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX clinician_checks_by_time ON clinician_checks (recorded_at);
"""

MIGRATIONS: list[Migration] = [
    Migration(1, "sessions, sets, diary and settings", _V1),
    Migration(2, "user exercises and templates; date indexes", _V2),
    Migration(3, "clinician checks and answers about red-flag notes", _V3),
]
SCHEMA_VERSION: int = MIGRATIONS[-1].version


def check_ladder(ladder: Sequence[Migration]) -> None:
    """Versions must run 1, 2, 3 ... with no gap: user_version means 'steps 1..n applied'."""
    versions = [m.version for m in ladder]
    if versions != list(range(1, len(ladder) + 1)):
        raise ValueError(f"migration versions must be 1..{len(ladder)} in order, not {versions}")


check_ladder(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def split_sql(script: str) -> list[str]:
    """The statements of a script, split where SQLite agrees a statement is complete.

    `executescript` would commit any open transaction first, so steps run statement by
    statement inside their own transaction instead.
    """
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            stmt = buffer.strip()
            if stmt.strip(";").strip() and not _only_comments(stmt):
                statements.append(stmt)
            buffer = ""
    if buffer.strip(";").strip() and not _only_comments(buffer):
        raise ValueError(f"incomplete SQL statement at the end of a script: {buffer.strip()!r}")
    return statements


def _only_comments(stmt: str) -> bool:
    lines = [ln.strip() for ln in stmt.strip().rstrip(";").splitlines()]
    return all(not ln or ln.startswith("--") for ln in lines)


def migrate(
    conn: sqlite3.Connection,
    before_upgrade: Callable[[int, int], None] | None = None,
    *,
    target: int | None = None,
    ladder: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Apply the pending steps up to `target` (default: the newest); returns the new version.

    `before_upgrade(old, new)` runs once before the first step of an existing database
    (old > 0), so the caller can take a backup; a brand-new database has nothing to save.
    Foreign keys are off during the steps (SQLite's table-rebuild recipe needs that) and
    each step must leave `foreign_key_check` clean before it commits.
    """
    newest = ladder[-1].version if ladder else 0
    goal = newest if target is None else target
    if not 0 <= goal <= newest:
        raise ValueError(f"target version {goal} is not between 0 and {newest}")
    path = database_file(conn)
    current = user_version(conn)
    if current > newest:
        raise NewerSchemaError(path, current, newest)
    pending = [m for m in ladder if current < m.version <= goal]
    if not pending:
        return current
    if before_upgrade is not None and current > 0:
        before_upgrade(current, goal)
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for step in pending:
            _apply(conn, step, path)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return goal


def _apply(conn: sqlite3.Connection, step: Migration, path: Path) -> None:
    where = f"upgrading to schema version {step.version} ({step.description}) failed"
    try:
        with transaction(conn):
            if isinstance(step.apply, str):
                for stmt in split_sql(step.apply):
                    conn.execute(stmt)
            else:
                step.apply(conn)
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(
                    path, f"{where}: {len(broken)} rows break foreign keys, e.g. {broken[0]}"
                )
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
    except sqlite3.Error as e:
        raise MigrationError(
            path, f"{where}: {e}. The database was left at the previous version."
        ) from e


@functools.cache
def schema_shape(version: int) -> TableShape:
    """The tables and columns of our schema at `version`, built by the steps themselves in
    memory: what a database of that version must hold to be recognised as ours."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, target=version)
        return table_shape(conn)
    finally:
        conn.close()
