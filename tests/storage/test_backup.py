"""Backups: names, rotation, and restores that validate first and can be undone."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.storage.backup import (
    BackupContents,
    backup_contents,
    backup_name,
    backup_reason,
    backup_time,
    list_backups,
    make_backup,
    restore_backup,
)
from phtcoach.storage.db import connect
from phtcoach.storage.errors import CorruptDatabaseError, NewerSchemaError, StorageError
from phtcoach.storage.migrations import SCHEMA_VERSION, migrate
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, fingerprint, pain, user_version_of


def morning_pains(backup: Path) -> list[int]:
    conn = sqlite3.connect(backup)
    try:
        return [r[0] for r in conn.execute("SELECT pain FROM pain_entries ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_a_complete_self_contained_snapshot(store: Store, data_dir: Path) -> None:
    store.diary.add_pain(pain(pain_value=4))
    path = make_backup(store.conn, data_dir / "backups", FakeClock(), reason="manual")
    assert path.name == "phtcoach-20260302T070000000000Z-manual.sqlite3"
    assert backup_reason(path) == "manual"
    # The entry is only in the live WAL so far; the backup API still copies it.
    assert morning_pains(path) == [4]
    assert user_version_of(path) == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_names_sort_by_time_and_never_collide(store: Store, data_dir: Path) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 7, 0, tzinfo=UTC))
    bdir = data_dir / "b"
    first = make_backup(store.conn, bdir, clock)
    second = make_backup(store.conn, bdir, clock)  # the same instant
    assert first != second
    assert second.name == "phtcoach-20260302T070000000001Z-auto.sqlite3"
    assert list_backups(bdir) == [second, first]
    assert backup_name(datetime(2026, 12, 31, 23, 59, 59, 5, tzinfo=UTC), "x") == (
        "phtcoach-20261231T235959000005Z-x.sqlite3"
    )


def test_rotation_keeps_the_newest_and_ignores_other_files(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    bdir = data_dir / "b"
    bdir.mkdir()
    others = ["notes.txt", "phtcoach-old.sqlite3", "phtcoach-20260101T000000000000Z-x.db"]
    for name in others:
        (bdir / name).write_text("mine")
    (bdir / ".phtcoach-20260101T000000000000Z-auto.sqlite3.partial").write_text("crash")
    made = []
    for _ in range(5):
        made.append(make_backup(store.conn, bdir, clock, keep=3))
        clock.advance(3600)
    assert list_backups(bdir) == made[:1:-1]  # the newest three, newest first
    assert sorted(p.name for p in bdir.iterdir()) == sorted(
        [*others, *(p.name for p in made[2:])]
    )  # the interrupted .partial is gone, the user's files are not


def test_rotation_keeps_a_new_backup_when_the_clock_went_back(store: Store, data_dir: Path) -> None:
    bdir = data_dir / "b"
    later = FakeClock(datetime(2030, 1, 1, tzinfo=UTC))
    kept = [make_backup(store.conn, bdir, later, keep=2) for _ in range(2)]
    back = make_backup(store.conn, bdir, FakeClock(datetime(2020, 1, 1, tzinfo=UTC)), keep=2)
    assert list_backups(bdir) == [kept[1], back]


def test_bad_reason_and_keep_are_refused(store: Store, data_dir: Path, clock: FakeClock) -> None:
    with pytest.raises(ValidationError, match=r"backup\.reason"):
        make_backup(store.conn, data_dir / "b", clock, reason="../escape")
    with pytest.raises(ValidationError, match="backups_keep"):
        make_backup(store.conn, data_dir / "b", clock, keep=0)
    assert list_backups(data_dir / "b") == []


def test_list_backups_of_a_missing_dir_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere") == []


def _store_with_pain(data_dir: Path, clock: FakeClock, value: int) -> Path:
    """A closed database holding one pain entry; returns a backup of it."""
    with open_store(data_dir, clock, auto_backup=False) as store:
        store.diary.add_pain(pain(pain_value=value))
        clock.advance(1)
        return store.backup("manual")


def test_restore_round_trip_and_undo(data_dir: Path, clock: FakeClock) -> None:
    db = data_dir / "phtcoach.sqlite3"
    bdir = data_dir / "backups"
    saved = _store_with_pain(data_dir, clock, 3)
    with open_store(data_dir, clock, auto_backup=False) as store:
        (entry,) = store.diary.pain_entries()
        store.diary.update_pain(replace(entry, pain=7, test_score=7))
    clock.advance(1)
    pre = restore_backup(saved, db, bdir, clock)
    assert backup_reason(pre) == "pre-restore"
    assert morning_pains(pre) == [7]  # what was live before, kept for undo
    assert not db.with_name(db.name + "-wal").exists()
    with open_store(data_dir, clock, auto_backup=False) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [3]
    clock.advance(1)
    restore_backup(pre, db, bdir, clock)  # undo the restore
    with open_store(data_dir, clock, auto_backup=False) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [7]


def test_restore_while_a_hot_wal_exists_replaces_everything(
    data_dir: Path, clock: FakeClock
) -> None:
    """Data only in the live -wal must not survive into (or corrupt) the restored db."""
    db = data_dir / "phtcoach.sqlite3"
    saved = _store_with_pain(data_dir, clock, 2)
    conn = connect(db)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE pain_entries SET pain = 9, test_score = 9")
    # Simulate a crash: copy db and -wal aside while the writer still has them.
    snapshot = {s: db.with_name(db.name + s).read_bytes() for s in ("", "-wal")}
    conn.close()
    for suffix, data in snapshot.items():
        db.with_name(db.name + suffix).write_bytes(data)
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    pre = restore_backup(saved, db, data_dir / "backups", clock)
    assert morning_pains(pre) == [9]  # the WAL's committed data was part of "live"
    assert morning_pains(db) == [2]
    assert not db.with_name(db.name + "-wal").exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"garbage" * 1000, CorruptDatabaseError),
        (b"", CorruptDatabaseError),  # an empty file holds no data to restore
    ],
)
def test_unreadable_backup_is_refused_and_nothing_is_touched(
    data_dir: Path, clock: FakeClock, content: bytes, error: type[StorageError]
) -> None:
    _store_with_pain(data_dir, clock, 3)
    bad = data_dir / "elsewhere" / "phtcoach-20260101T000000000000Z-auto.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(content)
    before = fingerprint(data_dir)
    with pytest.raises(error) as err:
        restore_backup(bad, data_dir / "phtcoach.sqlite3", data_dir / "backups", clock)
    assert str(bad) in str(err.value)
    assert fingerprint(data_dir) == before  # no pre-restore backup, live db unchanged


def test_truncated_and_newer_backups_are_refused(data_dir: Path, clock: FakeClock) -> None:
    saved = _store_with_pain(data_dir, clock, 3)
    db = data_dir / "phtcoach.sqlite3"
    truncated = data_dir / "cut.sqlite3"
    truncated.write_bytes(saved.read_bytes()[:4096])
    newer = data_dir / "newer.sqlite3"
    newer.write_bytes(saved.read_bytes())
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = fingerprint(data_dir)
    with pytest.raises(CorruptDatabaseError):
        restore_backup(truncated, db, data_dir / "backups", clock)
    with pytest.raises(NewerSchemaError):
        restore_backup(newer, db, data_dir / "backups", clock)
    with pytest.raises(StorageError, match="no such backup"):
        restore_backup(data_dir / "missing.sqlite3", db, data_dir / "backups", clock)
    with pytest.raises(StorageError, match="live database itself"):
        restore_backup(db, db, data_dir / "backups", clock)
    assert fingerprint(data_dir) == before


def test_restore_over_a_corrupt_database_keeps_its_bytes(data_dir: Path, clock: FakeClock) -> None:
    saved = _store_with_pain(data_dir, clock, 5)
    db = data_dir / "phtcoach.sqlite3"
    junk = b"scrambled by a bad disk" * 500
    db.write_bytes(junk)
    db.with_name(db.name + "-shm").write_bytes(b"stale")
    pre = restore_backup(saved, db, data_dir / "backups", clock)
    assert pre.read_bytes() == junk  # kept as it was, for a rescue attempt
    assert not db.with_name(db.name + "-shm").exists()
    with open_store(data_dir, clock, auto_backup=False) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [5]


def test_restore_into_an_empty_data_dir(tmp_path: Path, data_dir: Path, clock: FakeClock) -> None:
    saved = _store_with_pain(data_dir, clock, 6)
    other = tmp_path / "new-machine"
    pre = restore_backup(saved, other / "phtcoach.sqlite3", other / "backups", clock)
    assert pre.exists()
    with open_store(other, clock, auto_backup=False) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [6]


def test_restoring_an_old_version_upgrades_it_on_next_open(
    data_dir: Path, tmp_path: Path, clock: FakeClock
) -> None:
    old = tmp_path / "phtcoach-20250101T000000000000Z-auto.sqlite3"
    build_db(old, 1)
    with open_store(data_dir, clock, auto_backup=False):
        pass
    restore_backup(old, data_dir / "phtcoach.sqlite3", data_dir / "backups", clock)
    assert user_version_of(data_dir / "phtcoach.sqlite3") == 1
    clock.advance(1)
    with open_store(data_dir, clock) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [3]
    reasons = [backup_reason(p) for p in list_backups(data_dir / "backups")]
    assert reasons == ["pre-migration-v1", "pre-restore"]


def test_restore_of_a_backup_with_another_page_size(data_dir: Path, clock: FakeClock) -> None:
    """SQLite cannot copy a different page size into a WAL database in place: the restore
    then swaps in a complete new file instead."""
    _store_with_pain(data_dir, clock, 1)
    odd = data_dir / "odd.sqlite3"
    raw = sqlite3.connect(odd, isolation_level=None)
    raw.execute("PRAGMA page_size = 8192")
    migrate(raw)
    raw.execute(
        "INSERT INTO pain_entries (local_date, slot, recorded_at, pain)"
        " VALUES ('2026-03-03', 'morning', '2026-03-03T07:00:00.000000+00:00', 8)"
    )
    raw.close()
    pre = restore_backup(odd, data_dir / "phtcoach.sqlite3", data_dir / "backups", clock)
    assert morning_pains(pre) == [1]
    with open_store(data_dir, clock, auto_backup=False) as store:
        assert [e.pain for e in store.diary.pain_entries()] == [8]
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == 8192
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_contents_and_time_are_read_without_changing_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / backup_name(datetime(2026, 3, 2, 7, 0, 1, 5, tzinfo=UTC), "pre-migration-v1")
    build_db(old, 1)
    before = fingerprint(folder)
    assert backup_contents(old) == BackupContents(
        sessions=1, sets=1, pain_entries=1, activities=1, measures=1
    )
    assert backup_time(old) == datetime(2026, 3, 2, 7, 0, 1, 5, tzinfo=UTC)
    assert fingerprint(folder) == before
    empty = folder / backup_name(datetime(2026, 3, 3, tzinfo=UTC), "manual")
    build_db(empty, 0)
    assert backup_contents(empty) == BackupContents(0, 0, 0, 0, 0)  # no tables yet
    assert backup_time(tmp_path / "notes.txt") is None
    with pytest.raises(StorageError):
        backup_contents(folder / "missing.sqlite3")
