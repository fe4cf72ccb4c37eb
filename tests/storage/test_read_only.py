"""A database or data folder that cannot be written is refused at open, with a message that
says what is wrong and what to do, before any session could start and lose its sets."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach.storage import db as db_module
from phtcoach.storage.errors import ReadOnlyError
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, fingerprint, pain

as_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root writes through file permissions; the injected probe covers this path",
)


def assert_says_what_to_do(err: ReadOnlyError, where: Path) -> None:
    message = str(err)
    assert str(where) in message
    assert "read-only" in message
    assert "Make it writable" in message and "--data-dir" in message
    assert "not a readable SQLite database" not in message


@pytest.fixture
def restore_modes(data_dir: Path) -> Iterator[None]:
    yield
    for p in [data_dir, *data_dir.iterdir()]:
        p.chmod(p.stat().st_mode | stat.S_IWUSR)


@as_root
def test_read_only_database_file_is_refused(data_dir: Path, restore_modes: None) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    db.chmod(0o444)
    with pytest.raises(ReadOnlyError) as err:
        open_store(data_dir, FakeClock())
    assert_says_what_to_do(err.value, db)


@as_root
def test_read_only_data_dir_is_refused(data_dir: Path, restore_modes: None) -> None:
    build_db(data_dir / "phtcoach.sqlite3", SCHEMA_VERSION)
    data_dir.chmod(0o555)
    with pytest.raises(ReadOnlyError) as err:
        open_store(data_dir, FakeClock())
    assert_says_what_to_do(err.value, data_dir)


def _no_write(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    real = db_module._can_write
    monkeypatch.setattr(db_module, "_can_write", lambda p: p != denied and real(p))


def test_probe_read_only_file_is_refused_untouched(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    _no_write(monkeypatch, db)
    before = fingerprint(data_dir)
    with pytest.raises(ReadOnlyError) as err:
        open_store(data_dir, FakeClock())
    assert_says_what_to_do(err.value, db)
    assert fingerprint(data_dir) == before


def test_probe_read_only_folder_is_refused_untouched(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_db(data_dir / "phtcoach.sqlite3", SCHEMA_VERSION)
    _no_write(monkeypatch, data_dir)
    before = fingerprint(data_dir)
    with pytest.raises(ReadOnlyError) as err:
        open_store(data_dir, FakeClock())
    assert_says_what_to_do(err.value, data_dir)
    assert fingerprint(data_dir) == before


def test_sqlite_saying_read_only_is_a_read_only_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where permissions do not tell (root, a read-only mount), SQLite's SQLITE_READONLY does."""
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA journal_mode = DELETE")  # switching back to WAL is then a write
    raw.close()
    real = sqlite3.connect

    def read_only(target: str, **kw: object) -> sqlite3.Connection:
        if target == str(db):
            return real(f"{db.resolve().as_uri()}?mode=ro", uri=True, **kw)  # type: ignore[arg-type]
        return real(target, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(db_module.sqlite3, "connect", read_only)
    with pytest.raises(ReadOnlyError) as err:
        open_store(data_dir, FakeClock())
    assert_says_what_to_do(err.value, db)


def test_a_write_refused_as_read_only_later_says_so(store: Store) -> None:
    """Made read-only while the app runs: the message says what to do, not just the error."""
    store.conn.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY, as root too
    with pytest.raises(ReadOnlyError) as err:
        store.diary.add_pain(pain())
    assert_says_what_to_do(err.value, store.path)
