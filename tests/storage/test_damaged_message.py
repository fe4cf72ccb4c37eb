"""A damaged database is refused in one line: SQLite's quick_check puts several findings,
one per line, in one row, and the command line promises a single line (found by the
reliability row "damaged database files", truncated near the end of the file)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from phtcoach.cli import main
from phtcoach.storage import db as db_module
from phtcoach.storage.db import inspect_database
from phtcoach.storage.errors import CorruptDatabaseError, UnreadableDatabaseError


def damaged_leaf(db: Path) -> None:
    """A table whose leaf page lost the end of its cells: quick_check finds five faults."""
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    raw.executemany("INSERT INTO t (v) VALUES (?)", [("x" * 50,) for _ in range(300)])
    raw.commit()
    raw.close()
    data = bytearray(db.read_bytes())
    page = 4096 * 2  # page 3
    data[page + 4096 - 600 : page + 4096] = bytes(600)
    db.write_bytes(bytes(data))


def test_quick_checks_findings_make_one_line(tmp_path: Path) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    damaged_leaf(db)
    with pytest.raises(CorruptDatabaseError) as caught:
        inspect_database(db)
    text = str(caught.value)
    assert "\n" not in text and "***" not in text
    assert "Rowid 0 out of order; On tree page 3" in text and "and 2 more" in text


def test_the_command_line_says_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    damaged_leaf(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["advice", "--data-dir", str(tmp_path)]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "the database is damaged" in err[0], err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def locked_by_another_program(db: Path) -> sqlite3.Connection:
    """A healthy database another program holds in exclusive locking mode mid-write: its
    -wal is there and nobody else may read it (SQLITE_BUSY), yet nothing is damaged."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (v)")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("INSERT INTO t VALUES (1)")
    return conn


def test_a_locked_database_is_unreadable_not_damaged(tmp_path: Path) -> None:
    """Regression: every sqlite3.Error was "not a readable SQLite database ... Restore a
    backup", so a healthy file another program had locked was offered a restore."""
    db = tmp_path / "phtcoach.sqlite3"
    holder = locked_by_another_program(db)
    try:
        with pytest.raises(UnreadableDatabaseError) as caught:
            inspect_database(db)
    finally:
        holder.close()
    assert not isinstance(caught.value, CorruptDatabaseError)
    text = str(caught.value)
    assert "locked" in text and "Restore" not in text and "not changed" in text
    assert inspect_database(db).has_tables  # once released it reads as it always did


def test_an_unopenable_file_is_unreadable_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLITE_CANTOPEN (a read-only folder with a crash's -wal beside the file; root cannot
    be refused a permission, so the error is made here) is not damage either."""
    db = tmp_path / "phtcoach.sqlite3"
    sqlite3.connect(db).close()

    def cannot_open(path: Path) -> sqlite3.Connection:
        e = sqlite3.OperationalError("unable to open database file")
        e.sqlite_errorcode = 14  # type: ignore[attr-defined]
        raise e

    monkeypatch.setattr(db_module, "open_readonly", cannot_open)
    with pytest.raises(UnreadableDatabaseError) as caught:
        inspect_database(db)
    assert "may read the file and its folder" in str(caught.value)
