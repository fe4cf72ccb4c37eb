"""The upgrade ladder: every step from every earlier version, atomic steps, newer refused."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach.core.model import (
    ActivityFlag,
    ActivityKind,
    Intensity,
    MeasureKind,
    MorningTest,
    PainSlot,
    SessionStatus,
    Side,
)
from phtcoach.storage.backup import backup_reason, list_backups
from phtcoach.storage.db import APPLICATION_ID, connect, open_database
from phtcoach.storage.errors import MigrationError, NewerSchemaError
from phtcoach.storage.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    check_ladder,
    migrate,
    split_sql,
    user_version,
)
from phtcoach.storage.repository import open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, schema_of, user_version_of

EARLIER = list(range(SCHEMA_VERSION))  # 0 (empty file) .. SCHEMA_VERSION - 1


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = connect(tmp_path / "db.sqlite3")
    yield c
    c.close()


def fresh_schema(tmp_path: Path) -> list[tuple[str, str, str]]:
    c = connect(tmp_path / "fresh.sqlite3")
    try:
        migrate(c)
        return schema_of(c)
    finally:
        c.close()


def test_ladder_is_contiguous_and_described() -> None:
    assert SCHEMA_VERSION >= 2
    assert [m.version for m in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
    assert all(m.description.strip() for m in MIGRATIONS)
    with pytest.raises(ValueError, match=r"1\.\.2 in order"):
        check_ladder([MIGRATIONS[1], MIGRATIONS[0]])


# sha256 of each released step's SQL. A released step is history: users' databases were
# built by it. Change the schema by adding a step, never by editing one (and never here).
RELEASED = {
    1: "5b603a5c9efd172e34205068210140ede077bd8ed46b4e1beef6a58892e2f1b5",
    2: "d188649e4dcad370ea840035ed59ec6b893fc8fbb064dd8086e7955fddfb16d8",
    3: "cee7dbbbf2ac663fe51e2a316cb11e22557ee2af2ba739a286c898bf0c21f6a9",
}


def test_released_steps_are_never_edited() -> None:
    for step in MIGRATIONS:
        if step.version in RELEASED:
            assert isinstance(step.apply, str)
            digest = hashlib.sha256(step.apply.encode()).hexdigest()
            assert digest == RELEASED[step.version], f"released step {step.version} was edited"
    assert set(RELEASED) <= {m.version for m in MIGRATIONS}


def test_empty_database_migrates_to_latest_with_strict_tables(conn: sqlite3.Connection) -> None:
    assert migrate(conn) == SCHEMA_VERSION
    assert user_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {
        name: strict
        for _schema, name, _type, _ncol, _wr, strict in conn.execute("PRAGMA table_list")
        if not name.startswith("sqlite_")
    }
    expected = {
        "sessions",
        "sets",
        "pain_entries",
        "activities",
        "measures",
        "settings",
        "kv",
        "user_exercises",
        "user_templates",
        "template_exercises",
        "clinician_checks",
        "note_answers",
    }
    assert set(tables) == expected
    assert all(tables.values()), f"not STRICT: {[n for n, s in tables.items() if not s]}"
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
    assert {"sessions_by_start", "sets_by_start", "pain_by_day", "activities_by_day"} <= indexes
    assert migrate(conn) == SCHEMA_VERSION  # idempotent


@pytest.mark.parametrize("version", EARLIER)
def test_each_single_step_from_every_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "db.sqlite3"
    build_db(path, version)
    c = connect(path)
    try:
        assert user_version(c) == version
        assert migrate(c, target=version + 1) == version + 1
        assert user_version(c) == version + 1
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the ladder
    finally:
        c.close()


@pytest.mark.parametrize("version", EARLIER)
def test_fixture_of_every_earlier_version_upgrades_keeping_its_data(
    tmp_path: Path, version: int
) -> None:
    root = tmp_path / "data"
    root.mkdir()
    build_db(root / "phtcoach.sqlite3", version)
    clock = FakeClock()
    with open_store(root, clock) as store:
        assert user_version(store.conn) == SCHEMA_VERSION
        assert schema_of(store.conn) == fresh_schema(tmp_path)
        backups = list_backups(root / "backups")
        if version == 0:
            assert store.sessions.list() == []
            assert backups == []  # nothing to save in an empty database
            return
        (session,) = store.sessions.list()
        assert (session.status, session.pain_after, session.notes) == ("completed", 2, "fine")
        (s,) = store.sessions.sets(1)
        assert s.hold_s == (15.0, 15.0, 15.0, 15.0, 12.5)
        assert (s.pain_during, s.rpe) == (2, 6)
        (p,) = store.diary.pain_entries()
        assert (p.slot, p.pain, p.red_flags) == ("morning", 3, frozenset())
        (a,) = store.diary.activities()
        assert (a.kind, a.minutes, a.flags) == ("run", 30.0, frozenset({ActivityFlag.HILLS}))
        (m,) = store.diary.measures()
        assert (m.kind, m.value) == ("visa_h", 61.0)
        assert store.settings.load().acceptable_ceiling == 4
        assert store.settings.get_value("window/geometry") == "abc"
        # The upgrade took a backup of the old version first, and nothing else.
        (backup,) = backups
        assert backup_reason(backup) == f"pre-migration-v{version}"
        assert user_version_of(backup) == version


def test_backup_is_taken_before_the_first_step(tmp_path: Path) -> None:
    """The backup must hold the old schema: the hook runs before anything changes."""
    path = tmp_path / "db.sqlite3"
    build_db(path, 1)
    seen: list[tuple[int, int, int]] = []
    c = connect(path)
    try:
        migrate(c, before_upgrade=lambda old, new: seen.append((old, new, user_version(c))))
    finally:
        c.close()
    assert seen == [(1, SCHEMA_VERSION, 1)]


def test_no_backup_hook_for_a_new_or_current_database(conn: sqlite3.Connection) -> None:
    calls: list[tuple[int, int]] = []
    migrate(conn, before_upgrade=lambda old, new: calls.append((old, new)))
    migrate(conn, before_upgrade=lambda old, new: calls.append((old, new)))
    assert calls == []


def test_failing_step_rolls_back_and_keeps_the_previous_version(
    conn: sqlite3.Connection,
) -> None:
    def boom(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x INTEGER) STRICT")
        c.execute("INSERT INTO sessions (template_id) VALUES ('x')")  # NOT NULL started_at

    ladder = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken step", boom)]
    broken = rf"schema version {SCHEMA_VERSION + 1} \(broken step\)"
    with pytest.raises(MigrationError, match=broken) as err:
        migrate(conn, ladder=ladder)
    assert "previous version" in str(err.value)
    assert user_version(conn) == SCHEMA_VERSION  # steps 1..N committed, N+1 rolled back
    assert not conn.in_transaction
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert "half_done" not in names


def test_step_leaving_broken_foreign_keys_is_refused(conn: sqlite3.Connection) -> None:
    orphan = (
        "INSERT INTO sets (session_id, exercise_slug, block_index, set_no, side, planned_reps,"
        " performed_reps, started_at, ended_at) VALUES (99, 'x', 0, 1, 'left', 1, 1,"
        " '2026-03-02T07:00:00.000000+00:00', '2026-03-02T07:00:00.000000+00:00')"
    )
    ladder = [*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "orphan rows", orphan)]
    with pytest.raises(MigrationError, match="foreign keys"):
        migrate(conn, ladder=ladder)
    assert user_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 0


def test_newer_schema_is_refused_by_migrate(conn: sqlite3.Connection) -> None:
    migrate(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewerSchemaError) as err:
        migrate(conn)
    assert err.value.found == SCHEMA_VERSION + 1
    assert user_version(conn) == SCHEMA_VERSION + 1


def test_open_database_backs_up_old_versions_only(tmp_path: Path) -> None:
    clock = FakeClock()
    old = tmp_path / "old.sqlite3"
    build_db(old, 1)
    open_database(old, backup_dir=tmp_path / "b1", clock=clock).close()
    assert [backup_reason(p) for p in list_backups(tmp_path / "b1")] == ["pre-migration-v1"]
    new = tmp_path / "new.sqlite3"
    open_database(new, backup_dir=tmp_path / "b2", clock=clock).close()
    open_database(new, backup_dir=tmp_path / "b2", clock=clock).close()
    assert list_backups(tmp_path / "b2") == []
    assert user_version_of(new) == SCHEMA_VERSION


def test_split_sql_respects_quotes_comments_and_triggers() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE t (x TEXT DEFAULT 'a;b');
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        UPDATE t SET x = 'c;d';
    END;
    -- trailing comment
    """
    stmts = split_sql(script)
    assert len(stmts) == 2
    assert "'a;b'" in stmts[0]
    assert stmts[1].rstrip().endswith("END;")
    with pytest.raises(ValueError, match="incomplete"):
        split_sql("INSERT INTO t VALUES ('unterminated")


# Every value the model can produce must be accepted by the schema's CHECK lists: a new
# enum member in the model needs a migration step, and this test says so.
ENUM_COLUMNS = [
    ("sessions", "affected_side", Side),
    ("sessions", "status", SessionStatus),
    ("sets", "side", Side),
    ("pain_entries", "slot", PainSlot),
    ("pain_entries", "test_kind", MorningTest),
    ("activities", "kind", ActivityKind),
    ("activities", "intensity", Intensity),
    ("measures", "kind", MeasureKind),
]


@pytest.mark.parametrize(("table", "column", "enum"), ENUM_COLUMNS)
def test_schema_accepts_every_model_enum_value(
    conn: sqlite3.Connection, table: str, column: str, enum: type[SessionStatus]
) -> None:
    migrate(conn)
    _insert(conn, "sessions", GOOD_ROWS["sessions"])
    for member in enum:
        _insert(conn, table, {**GOOD_ROWS[table], column: member.value})
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert(conn, table, {**GOOD_ROWS[table], column: "not-a-member"})


# The CHECKs repeat the model's ranges: a script writing around the repositories still
# cannot store a pain of 11 or a timestamp without its UTC offset.
BAD_ROWS = [
    ("pain_entries", "pain", 11),
    ("pain_entries", "local_date", "2026-13-01"),
    ("pain_entries", "local_date", "2.3.2026"),
    ("pain_entries", "recorded_at", "2026-03-02T07:00:00"),
    ("pain_entries", "red_flags", "nerve_symptoms"),
    ("pain_entries", "test_score", 4),  # a score without its test
    ("activities", "minutes", 0.5),
    ("activities", "hours_sitting", 25.0),
    ("measures", "value", 101.0),  # VISA-H is out of 100
    ("sets", "load_kg", -1.0),
    ("sets", "hold_s", "[1, 2"),
    ("sets", "ended_at", "2026-03-02T06:59:59.000000+00:00"),
    ("sets", "rpe", 11),
    ("sessions", "template_id", "Not A Slug"),
    ("sessions", "pain_after", -1),
]
GOOD_ROWS: dict[str, dict[str, object]] = {
    "sessions": {"template_id": "t", "started_at": "2026-03-02T07:00:00.000000+00:00",
                 "affected_side": "left"},
    "sets": {"session_id": 1, "exercise_slug": "x", "block_index": 0, "set_no": 1,
             "side": "left", "planned_reps": 1, "performed_reps": 1,
             "started_at": "2026-03-02T07:00:00.000000+00:00",
             "ended_at": "2026-03-02T07:00:00.000000+00:00"},
    "pain_entries": {"local_date": "2026-03-02", "slot": "morning",
                     "recorded_at": "2026-03-02T07:00:00.000000+00:00", "pain": 0},
    "activities": {"local_date": "2026-03-02", "kind": "run", "minutes": 10.0,
                   "recorded_at": "2026-03-02T07:00:00.000000+00:00"},
    "measures": {"local_date": "2026-03-02", "kind": "visa_h", "value": 0.0,
                 "recorded_at": "2026-03-02T07:00:00.000000+00:00"},
}  # fmt: skip


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    marks = ", ".join("?" * len(row))
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))


@pytest.mark.parametrize(("table", "column", "value"), BAD_ROWS)
def test_checks_mirror_the_model_ranges(
    conn: sqlite3.Connection, table: str, column: str, value: object
) -> None:
    migrate(conn)
    _insert(conn, "sessions", GOOD_ROWS["sessions"])
    _insert(conn, table, GOOD_ROWS[table])  # the baseline row is fine
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert(conn, table, {**GOOD_ROWS[table], column: value})
