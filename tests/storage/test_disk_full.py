"""A full disk at start and during a restore (issue 12, item 6): the start-up backup that
has no room is refused up front with the bytes needed and free (`BackupSpaceError`), and so
is one that fills the disk half way; a restore with no room says so and leaves the database,
its folder and the backups as they were. Injected failures run everywhere; the same on a
real, small tmpfs where one can be mounted."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from phtcoach import paths
from phtcoach.storage import backup as backup_module
from phtcoach.storage import repository
from phtcoach.storage.backup import list_backups, restore_backup
from phtcoach.storage.db import backup_need, inspect_database
from phtcoach.storage.errors import BackupSpaceError, DiskFullError
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.records import D0
from tests.storage.samples import pain
from tests.tiny_disk import fill, tmpfs


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_data(root: Path, clock: FakeClock, entries: int = 1) -> Path:
    """A data dir whose database holds `entries` check-ins; returns the database's path."""
    store = open_store(root, clock, auto_backup=False)
    try:
        with store.batch():  # one commit: a small disk has no room for a long WAL
            for day in range(entries):
                store.diary.add_pain(pain(D0 - timedelta(days=day)))
    finally:
        store.close()
    return paths.db_path(root)


def sidecars(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.endswith(("-wal", "-shm")))


def db_bytes(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0]) * int(
            conn.execute("PRAGMA page_size").fetchone()[0]
        )
    finally:
        conn.close()


# ------------------------------------------------------------------ injected


def test_no_room_for_the_start_up_backup_is_refused_with_the_figures(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = with_data(data_dir, clock)
    need = backup_need(db_bytes(db))
    monkeypatch.setattr(repository, "known_free", lambda where: 1234)
    with pytest.raises(BackupSpaceError) as caught:
        open_store(data_dir, clock)
    assert caught.value.needed == need and caught.value.free == 1234
    assert "start-up backup" in str(caught.value) and "1.2" not in str(caught.value)
    assert list_backups(paths.backup_dir(data_dir)) == []
    # The user chose to start without it: the store opens and works.
    store = open_store(data_dir, clock, auto_backup=False)
    try:
        assert store.has_data()
    finally:
        store.close()
    assert list_backups(paths.backup_dir(data_dir)) == []


class _SmallDisk:
    """sqlite3 as backup.py sees it, but every new database file fills up at once."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)

    @staticmethod
    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = sqlite3.connect(*args, **kwargs)
        n = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {n + 1}")
        return conn


def test_a_disk_that_fills_during_the_start_up_backup_is_the_same_refusal(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_data(data_dir, clock, entries=40)
    monkeypatch.setattr(backup_module, "sqlite3", _SmallDisk())
    with pytest.raises(BackupSpaceError) as caught:
        open_store(data_dir, clock)
    assert isinstance(caught.value.__cause__, DiskFullError)
    assert caught.value.needed and caught.value.needed > 0
    backups = paths.backup_dir(data_dir)
    assert list(backups.iterdir()) == []  # no backup and no half-written partial


def test_an_enospc_while_a_backup_is_renamed_is_a_disk_full_error(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module.os, "replace", no_space)
    with pytest.raises(DiskFullError):
        store.backup("manual")
    assert list(store.backup_dir.iterdir()) == []


def test_a_restore_with_no_room_says_so_and_changes_nothing(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = with_data(data_dir, clock)
    store = open_store(data_dir, clock, auto_backup=False)
    try:
        backup = store.backup("manual")
    finally:
        store.close()
    before = sha(db)
    monkeypatch.setattr(backup_module, "known_free", lambda where: 10_000)
    with pytest.raises(DiskFullError) as caught:
        restore_backup(backup, db, paths.backup_dir(data_dir), clock)
    assert caught.value.free == 10_000
    assert caught.value.needed and caught.value.needed > 2 * backup.stat().st_size
    assert "disk is full" in str(caught.value)
    assert sha(db) == before and sidecars(db) == []
    assert list_backups(paths.backup_dir(data_dir)) == [backup]  # no "pre-restore" made


# ------------------------------------------------------------------ a real full disk


@pytest.fixture
def disk(tmp_path: Path) -> Any:
    with tmpfs(tmp_path / "disk", "2m") as d:
        yield d


def test_a_real_full_disk_at_start(disk: Path, clock: FakeClock) -> None:
    root = disk / "data"
    db = with_data(root, clock, entries=200)
    fill(disk, leave=db.stat().st_size // 2)
    with pytest.raises(BackupSpaceError) as caught:
        open_store(root, clock)
    assert caught.value.free < caught.value.needed  # type: ignore[operator]
    assert [p.name for p in paths.backup_dir(root).glob("*")] == []
    store = open_store(root, clock, auto_backup=False)  # "start without the backup"
    try:
        assert store.has_data()
    finally:
        store.close()


def test_a_real_full_disk_refuses_a_restore_and_leaves_no_trace(
    disk: Path, clock: FakeClock
) -> None:
    root = disk / "data"
    db = with_data(root, clock, entries=200)
    store = open_store(root, clock, auto_backup=False)
    try:
        backup = store.backup("manual")
    finally:
        store.close()
    fill(disk, leave=0)
    before = sha(db)
    with pytest.raises(DiskFullError) as caught:
        restore_backup(backup, db, paths.backup_dir(root), clock)
    assert caught.value.free < 4096 and caught.value.needed
    assert sha(db) == before and sidecars(db) == []
    assert list_backups(paths.backup_dir(root)) == [backup]
    assert [p.name for p in paths.backup_dir(root).iterdir()] == [backup.name]
    # The database is still healthy, and still ours, to the next reader.
    assert inspect_database(db).user_version > 0


def test_opening_on_a_real_full_disk_is_a_disk_full_error_not_damage(
    disk: Path, clock: FakeClock
) -> None:
    root = disk / "data"
    db = with_data(root, clock, entries=50)
    fill(disk, leave=0)
    before = sha(db)
    with pytest.raises(DiskFullError):
        open_store(root, clock, auto_backup=False)
    assert sha(db) == before and sidecars(db) == []


def test_an_empty_wal_left_by_a_failed_open_does_not_make_the_database_look_damaged(
    disk: Path, clock: FakeClock
) -> None:
    """What a failed open on a full disk used to leave (an empty -wal, a 3-byte -shm) made
    every later start call the healthy database "not a readable SQLite database"."""
    root = disk / "data"
    db = with_data(root, clock, entries=20)
    db.with_name(db.name + "-wal").write_bytes(b"")
    db.with_name(db.name + "-shm").write_bytes(b"\0\0\0")
    fill(disk, leave=0)
    assert inspect_database(db).user_version > 0


def test_a_disk_that_will_not_say_its_free_space_is_not_called_full(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network and FUSE mounts refuse statvfs: free space counted as 0 then made every
    start ask to skip the backup. Unknown lets the backup try."""
    from phtcoach.core.clock import SystemClock
    from phtcoach.storage.repository import open_store
    from tests.storage.samples import pain

    with open_store(data_dir, SystemClock()) as store:
        store.diary.add_pain(pain())

    def no_answer(_path: object) -> object:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr("phtcoach.storage.space.shutil.disk_usage", no_answer)
    with open_store(data_dir, SystemClock()):
        pass
    assert any("auto" in p.name for p in (data_dir / "backups").iterdir())
