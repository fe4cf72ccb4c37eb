"""Rolling timestamped backups through the SQLite backup API, and restoring one.

The backup API copies a consistent snapshot while the app has the database open in WAL
mode; a plain file copy would miss whatever still sits in the -wal file. Backups are
written under a hidden temporary name and renamed when complete, so a crash never leaves
a half backup that looks like a real one.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from phtcoach.core.clock import Clock
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import check_int
from phtcoach.storage.db import (
    backup_need,
    check_ours,
    connect,
    database_bytes,
    free_bytes,
    has_content,
    inspect_database,
    is_disk_full,
    is_ours,
    open_readonly,
)
from phtcoach.storage.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    StorageError,
)
from phtcoach.storage.space import known_free

BACKUP_RE = re.compile(r"^phtcoach-(\d{8}T\d{12})Z-([a-z0-9][a-z0-9-]{0,63})\.sqlite3$")
REASON_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_PARTIAL_SUFFIX = ".partial"
# Our temporary names only: a backup being written and the journals SQLite keeps beside it.
_LEFTOVER_RE = re.compile(
    r"^\.phtcoach-\d{8}T\d{12}Z-[a-z0-9][a-z0-9-]{0,63}\.sqlite3\.partial(-journal|-wal|-shm)?$"
)


def backup_name(at: datetime, reason: str) -> str:
    """phtcoach-YYYYmmddTHHMMSSffffffZ-<reason>.sqlite3: sorts by time as plain text."""
    return f"phtcoach-{at.astimezone(UTC):%Y%m%dT%H%M%S%f}Z-{reason}.sqlite3"


def backup_reason(backup: Path) -> str | None:
    """The reason part of a backup's name, or None if the name is not one of ours."""
    m = BACKUP_RE.match(backup.name)
    return m.group(2) if m else None


def list_backups(backup_dir: Path) -> list[Path]:
    """Our backups in `backup_dir`, newest first; other files there are left alone."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if BACKUP_RE.match(p.name) and p.is_file()]
    return sorted(found, key=_sort_key, reverse=True)


def backup_time(backup: Path) -> datetime | None:
    """When a backup was taken (UTC, from its name), or None if the name is not ours."""
    m = BACKUP_RE.match(backup.name)
    if m is None:
        return None
    return datetime.strptime(m.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class BackupContents:
    """How many rows of each kind a backup holds (0 for a table its schema lacks)."""

    sessions: int
    sets: int
    pain_entries: int
    activities: int
    measures: int


_COUNTED = ("sessions", "sets", "pain_entries", "activities", "measures")


def backup_contents(backup: Path) -> BackupContents:
    """Count what a backup holds, reading it without changing a byte (see open_readonly)."""
    if not backup.is_file():
        raise StorageError(backup, "no such backup file")
    try:
        conn = open_readonly(backup)
    except sqlite3.Error as e:
        raise CorruptDatabaseError(backup, f"cannot be opened ({e})") from e
    try:
        present = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) if t in present else 0
            for t in _COUNTED
        }
    except sqlite3.DatabaseError as e:
        raise CorruptDatabaseError(backup, f"not a readable SQLite database ({e})") from e
    finally:
        conn.close()
    return BackupContents(**counts)


def _sort_key(p: Path) -> tuple[str, str]:
    m = BACKUP_RE.match(p.name)
    return (m.group(1) if m else "", p.name)


def make_backup(
    conn: sqlite3.Connection,
    backup_dir: Path,
    clock: Clock,
    *,
    reason: str = "auto",
    keep: int = 10,
) -> Path:
    """Snapshot `conn`'s database into `backup_dir`, then keep only the newest `keep`."""
    check_int("backups_keep", keep, 1, 10_000)
    target = _write_backup(conn, backup_dir, clock, reason)
    rotate(backup_dir, keep, protect=target)
    return target


def rotate(backup_dir: Path, keep: int, *, protect: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups (never `protect`); returns what was deleted.

    `protect` guards the backup just taken when the clock has gone backwards and it sorts
    older than the others.
    """
    backups = list_backups(backup_dir)
    kept = backups[:keep]
    if protect is not None and protect not in kept and protect in backups:
        kept = [*backups[: keep - 1], protect]
    removed = [p for p in backups if p not in kept]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def _write_backup(conn: sqlite3.Connection, backup_dir: Path, clock: Clock, reason: str) -> Path:
    if not REASON_RE.match(reason):
        raise ValidationError(
            "backup.reason", reason, "1-64 lower-case letters, digits and hyphens"
        )
    backup_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(backup_dir)
    target = _free_name(backup_dir, clock.now(), reason)
    partial = backup_dir / f".{target.name}{_PARTIAL_SUFFIX}"
    try:
        dst = sqlite3.connect(str(partial), isolation_level=None)
        try:
            conn.backup(dst)
            # A self-contained single file: no -wal/-shm appear when it is read later.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(backup_dir)
    except (sqlite3.Error, OSError) as e:
        partial.unlink(missing_ok=True)
        remove_leftovers(backup_dir)
        if is_disk_full(e, backup_dir):
            need = backup_need(database_bytes(conn))
            raise DiskFullError(target, free=free_bytes(backup_dir), needed=need) from e
        if isinstance(e, OSError):
            raise
        raise StorageError(target, f"the backup could not be written ({e})") from e
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _free_name(backup_dir: Path, at: datetime, reason: str) -> Path:
    """A name no other backup has: two backups in the same microsecond get the next one."""
    target = backup_dir / backup_name(at, reason)
    while target.exists():
        at += timedelta(microseconds=1)
        target = backup_dir / backup_name(at, reason)
    return target


def remove_leftovers(backup_dir: Path) -> list[Path]:
    """Delete what an interrupted backup left (its partial file and SQLite's journal beside
    it); single instance, so none is in progress. Only our own temporary names are touched."""
    if not backup_dir.is_dir():
        return []
    found = [p for p in backup_dir.iterdir() if _LEFTOVER_RE.match(p.name) and p.is_file()]
    for p in found:
        p.unlink(missing_ok=True)
    return found


def restore_backup(backup: Path, db_path: Path, backup_dir: Path, clock: Clock) -> Path:
    """Replace the database at `db_path` with the contents of `backup`.

    The caller must have closed every connection to `db_path` (the app holds the instance
    lock). The backup is validated before anything is touched; the current database is
    then saved as a "pre-restore" backup, whose path is returned so the user can undo. A
    restored older schema is upgraded the next time the database is opened.
    """
    from phtcoach.storage.migrations import SCHEMA_VERSION

    if not backup.is_file():
        raise StorageError(backup, "no such backup file")
    info = inspect_database(backup)
    check_ours(backup, info, SCHEMA_VERSION)
    if info.user_version == 0:
        raise CorruptDatabaseError(
            backup, "this file holds no PHT Coach data (schema version 0); nothing was restored"
        )
    if db_path.exists() and backup.resolve() == db_path.resolve():
        raise StorageError(backup, "this is the live database itself, not a backup")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    check_restore_space(backup, db_path, backup_dir)

    live_readable = True
    if has_content(db_path):
        try:
            live = inspect_database(db_path)
        except CorruptDatabaseError:
            live_readable = False
        else:
            if not is_ours(live, SCHEMA_VERSION):
                raise ForeignDatabaseError(db_path)
    if not live_readable:
        saved = _copy_damaged(db_path, backup_dir, clock)
        _replace_file(backup, db_path)
        return saved

    conn = connect(db_path)
    try:
        saved = _write_backup(conn, backup_dir, clock, "pre-restore")
        try:
            _copy_into(backup, conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            in_place = True
        except sqlite3.OperationalError as e:
            if is_disk_full(e, db_path.parent):
                raise DiskFullError(db_path, free=free_bytes(db_path.parent)) from e
            in_place = False  # e.g. a different page size cannot be copied into a WAL database
    finally:
        conn.close()
    if not in_place:
        _replace_file(backup, db_path)
    return saved


def check_restore_space(backup: Path, db_path: Path, backup_dir: Path) -> None:
    """Refuse a restore the disk has no room for before anything is written: the current
    data is kept as a backup first, then the backup is copied in beside it."""
    live = sum(
        p.stat().st_size for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.is_file()
    )
    need = backup_need(live) + backup_need(backup.stat().st_size)
    free = known_free(backup_dir if backup_dir.exists() else db_path.parent)
    if free is not None and free < need:
        raise DiskFullError(db_path, free=free, needed=need, what="no room to restore the backup")


def _copy_into(backup: Path, dst: sqlite3.Connection) -> None:
    src = open_readonly(backup)
    try:
        src.backup(dst)
    finally:
        src.close()


def _copy_damaged(db_path: Path, backup_dir: Path, clock: Clock) -> Path:
    """Keep the unreadable database byte for byte (with its -wal) for a later rescue."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    saved = _free_name(backup_dir, clock.now(), "pre-restore")
    wal = db_path.with_name(db_path.name + "-wal")
    # Under temporary names first: a copy cut short (a full disk) must not look like a backup.
    partial = backup_dir / f".{saved.name}{_PARTIAL_SUFFIX}"
    partial_wal = partial.with_name(partial.name + "-wal")
    try:
        shutil.copy2(db_path, partial)
        _fsync_file(partial)
        if wal.exists():
            shutil.copy2(wal, partial_wal)
            _fsync_file(partial_wal)
            os.replace(partial_wal, saved.with_name(saved.name + "-wal"))
        os.replace(partial, saved)
        _fsync_dir(backup_dir)
    except OSError as e:
        for p in (partial, partial_wal, saved.with_name(saved.name + "-wal")):
            p.unlink(missing_ok=True)
        if is_disk_full(e):
            raise DiskFullError(saved, free=free_bytes(backup_dir)) from e
        raise
    return saved


def _replace_file(backup: Path, db_path: Path) -> None:
    """Write the backup next to the database, drop the old -wal/-shm, then swap it in.

    The sidecars go first: an old -wal beside a new main file would be replayed onto it.
    """
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    for stale in (tmp, tmp.with_name(tmp.name + "-journal")):  # a stale journal would replay
        stale.unlink(missing_ok=True)
    try:
        dst = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            _copy_into(backup, dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        _fsync_file(tmp)
    except (sqlite3.Error, OSError) as e:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        if is_disk_full(e, db_path.parent):
            raise DiskFullError(db_path, free=free_bytes(db_path.parent)) from e
        if isinstance(e, OSError):
            raise
        raise StorageError(backup, f"the backup could not be copied ({e})") from e
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a directory for syncing."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
