"""Opening a database: durable pragmas, and refusals that leave the file byte-for-byte intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from phtcoach.storage.db import (
    APPLICATION_ID,
    connect,
    inspect_database,
    open_database,
    transaction,
)
from phtcoach.storage.errors import CorruptDatabaseError, NewerSchemaError, StorageError
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, fingerprint


def test_connect_sets_durable_pragmas(tmp_path: Path) -> None:
    conn = connect(tmp_path / "db.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.isolation_level is None
        conn.execute("CREATE TABLE t (x INTEGER)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert not conn.in_transaction  # no implicit transaction left open by the module
    finally:
        conn.close()


def test_store_connection_has_the_same_pragmas(data_dir: Path) -> None:
    with open_store(data_dir, FakeClock()) as store:
        c = store.conn
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert c.isolation_level is None


def test_open_creates_parent_dirs_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "db.sqlite3"
    conn = open_database(path, backup_dir=tmp_path / "backups", clock=FakeClock())
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert not (tmp_path / "backups").exists()  # no backup of a brand-new database


def test_zero_byte_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.touch()
    open_database(path, backup_dir=tmp_path / "b", clock=FakeClock()).close()
    assert inspect_database(path).user_version == SCHEMA_VERSION


def _refused(data: Path, error: type[StorageError]) -> StorageError:
    """Open `data`'s database expecting `error`; the whole dir must stay as it was."""
    before = fingerprint(data)
    with pytest.raises(error) as err:
        open_store(data, FakeClock())
    assert fingerprint(data) == before
    assert str(data / "phtcoach.sqlite3") in str(err.value)
    return err.value


def test_newer_schema_is_refused_and_untouched(data_dir: Path) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    err = _refused(data_dir, NewerSchemaError)
    assert isinstance(err, NewerSchemaError)
    assert (err.found, err.supported) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert "newer version of PHT Coach" in str(err)
    assert sorted(p.name for p in data_dir.iterdir()) == ["phtcoach.sqlite3"]


def test_garbage_file_is_refused_and_untouched(data_dir: Path) -> None:
    (data_dir / "phtcoach.sqlite3").write_bytes(b"these are my notes, not a database\n" * 200)
    err = _refused(data_dir, CorruptDatabaseError)
    assert "not changed" in str(err)


@pytest.mark.parametrize("keep_bytes", [50, 100, 4096, 3 * 4096])
def test_truncated_database_is_refused_and_untouched(data_dir: Path, keep_bytes: int) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    assert db.stat().st_size > 2 * keep_bytes
    db.write_bytes(db.read_bytes()[:keep_bytes])
    _refused(data_dir, CorruptDatabaseError)


def test_damaged_page_is_refused_and_untouched(data_dir: Path) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    data = bytearray(db.read_bytes())
    page = 4096
    data[page : 2 * page] = b"\xff" * page  # the root page of the first table
    db.write_bytes(bytes(data))
    _refused(data_dir, CorruptDatabaseError)


def test_another_apps_database_is_refused_and_untouched(data_dir: Path) -> None:
    db = data_dir / "phtcoach.sqlite3"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    err = _refused(data_dir, CorruptDatabaseError)
    assert "is not a PHT Coach database (it belongs to another application)" in str(err)


def test_foreign_application_id_is_refused(data_dir: Path) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID + 1}")
    raw.close()
    _refused(data_dir, CorruptDatabaseError)


def test_uncheckpointed_wal_of_a_crashed_app_is_read(tmp_path: Path) -> None:
    """A -wal left by a crash holds committed data: inspecting must see it, not miss it."""
    path = tmp_path / "db.sqlite3"
    build_db(path, SCHEMA_VERSION)
    conn = connect(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    # Read while the writer still holds the WAL (as after a crash, nothing checkpointed).
    assert inspect_database(path).user_version == SCHEMA_VERSION + 1
    conn.close()


def test_transaction_commits_rolls_back_and_nests(tmp_path: Path) -> None:
    conn = connect(tmp_path / "db.sqlite3")
    try:
        conn.execute("CREATE TABLE t (x INTEGER)")
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")

        def failing() -> None:
            with transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError

        with pytest.raises(RuntimeError):
            failing()
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (3)")
            try:
                with transaction(conn):  # a savepoint: only the inner part is undone
                    conn.execute("INSERT INTO t VALUES (4)")
                    raise KeyError
            except KeyError:
                pass
        assert [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
        assert not conn.in_transaction
    finally:
        conn.close()
