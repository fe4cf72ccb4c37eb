"""Backups as the user sees them: the rolling copies, one made now, and a restore.

A backup is a whole copy of the database for this app to restore; it is not an export.
Restoring while the app runs is done on the next start: the request is a small marker
file in the data dir, and the composition root applies it (`apply_pending_restore`) after
taking the instance lock and before opening the store, so no open connection, running
session or cached screen ever sees the database swapped under it. The chosen backup is
copied beside the marker, so rotation (more backups made before the restart) cannot take it
away. The restore itself backs up the current data first ("pre-restore"), so it can be
undone the same way.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum
from pathlib import Path

from phtcoach import paths
from phtcoach.core.clock import Clock
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.backup import (
    BACKUP_RE,
    BackupContents,
    backup_contents,
    backup_reason,
    backup_time,
    list_backups,
    restore_backup,
)
from phtcoach.storage.db import check_ours, inspect_database
from phtcoach.storage.errors import CorruptDatabaseError, StorageError
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import Store

MARKER_NAME = "restore-pending.json"
HELD_NAME = "restore-pending.sqlite3"  # a copy of the chosen backup, safe from rotation


class BackupKind(Enum):
    """Why a backup was taken (from the reason in its name)."""

    AUTO = "auto"  # at every start
    MANUAL = "manual"  # File > Back up now, `phtcoach backup`
    PRE_MIGRATION = "pre-migration"  # before a schema upgrade
    PRE_RESTORE = "pre-restore"  # the data a restore replaced
    OTHER = "other"


def backup_kind(reason: str) -> BackupKind:
    if reason.startswith("pre-migration"):
        return BackupKind.PRE_MIGRATION
    for kind in (BackupKind.AUTO, BackupKind.MANUAL, BackupKind.PRE_RESTORE):
        if reason == kind.value:
            return kind
    return BackupKind.OTHER


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup: when (in the user's time zone), how big, why, and what it holds.

    `contents` is None when the file cannot be read; `problem` then says why.
    """

    path: Path
    taken_at: datetime
    size_bytes: int
    kind: BackupKind
    reason: str
    contents: BackupContents | None
    problem: str = ""


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What the start-up restore did: `saved` holds the data it replaced; `error` if none."""

    backup: Path
    taken_at: datetime | None
    saved: Path | None
    error: str = ""


def restore_marker_path(root: Path) -> Path:
    return root / MARKER_NAME


def _held_path(root: Path) -> Path:
    return root / HELD_NAME


class BackupService:
    """List, make and ask to restore backups of the open store's database."""

    def __init__(self, store: Store, clock: Clock, tz: tzinfo | None) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        # Set by the composition root when a restore ran at this start (shown once).
        self.restored_at_start: RestoreOutcome | None = None
        # Set when the user chose to start without the start-up backup (no room for it).
        self.skipped_at_start = False

    @property
    def folder(self) -> Path:
        return self._store.backup_dir

    def list(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        return [self.info(p) for p in list_backups(self._store.backup_dir)]

    def info(self, path: Path, *, read: Path | None = None) -> BackupInfo:
        """`path`'s date, reason, size and contents (the last two read from `read`, a copy
        of it, when given)."""
        return backup_info(path, self._tz, read=read)

    def back_up_now(self) -> Done[BackupInfo]:
        """A manual backup now, rotated to Settings.backups_keep; changes no data."""
        return Done(self.info(self._store.backup("manual")), Changes.NONE)

    # ------------------------------------------------------------------ restore

    def request_restore(self, backup: Path) -> Done[BackupInfo]:
        """Check `backup` now and have it restored at the next start (replacing any earlier
        request). Nothing in the open database changes until then."""
        info = self._checked(backup)
        marker = restore_marker_path(self._root)
        held = _held_path(self._root)
        payload = {"backup": backup.name, "requested_at": self._clock.now().isoformat()}
        try:
            # A backup is one self-contained file (no -wal), so a plain copy is complete.
            _replace_atomically(held, lambda tmp: shutil.copy2(backup, tmp))
            _replace_atomically(
                marker, lambda tmp: tmp.write_text(json.dumps(payload), encoding="utf-8")
            )
        except OSError as exc:
            raise StorageError(marker, f"the restore could not be planned ({exc})") from exc
        return Done(info, Changes.NONE)

    def pending(self) -> BackupInfo | None:
        """The backup to be restored at the next start, if one was asked for."""
        path = _marked_backup(self._root)
        held = _held_path(self._root)
        if path is None or not held.is_file():
            return None
        return self.info(path, read=held)

    def cancel_restore(self) -> Done[None]:
        restore_marker_path(self._root).unlink(missing_ok=True)
        _held_path(self._root).unlink(missing_ok=True)
        return Done(None, Changes.NONE)

    @property
    def _root(self) -> Path:
        return self._store.path.parent

    def _checked(self, backup: Path) -> BackupInfo:
        folder = self._store.backup_dir.resolve()
        if backup.resolve().parent != folder or not BACKUP_RE.match(backup.name):
            raise StorageError(backup, f"only a backup in {folder} can be restored here")
        info = inspect_database(backup)
        check_ours(backup, info, SCHEMA_VERSION)
        if info.user_version == 0:
            raise CorruptDatabaseError(backup, "this backup holds no PHT Coach data")
        return self.info(backup)


def backup_info(path: Path, tz: tzinfo | None, *, read: Path | None = None) -> BackupInfo:
    """One backup as the user sees it (see `BackupService.info`); needs no open store."""
    taken = backup_time(path)
    reason = backup_reason(path)
    if taken is None or reason is None:
        raise StorageError(path, "not a PHT Coach backup (the name is not one of ours)")
    source = read or path
    try:
        contents: BackupContents | None = backup_contents(source)
        problem = ""
    except StorageError as exc:
        contents, problem = None, exc.problem
    try:
        size = source.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(
        path=path,
        taken_at=taken.astimezone(tz),
        size_bytes=size,
        kind=backup_kind(reason),
        reason=reason,
        contents=contents,
        problem=problem,
    )


def list_backups_in(root: Path, tz: tzinfo | None) -> list[BackupInfo]:
    """The backups of data dir `root`, newest first, read without opening its database: for
    the start, when that database could not be opened."""
    return [backup_info(p, tz) for p in list_backups(paths.backup_dir(root))]


def restore_at_start(root: Path, backup: Path, clock: Clock) -> RestoreOutcome:
    """Restore `backup` over data dir `root`'s database, which could not be opened; the
    caller holds the instance lock and no store is open. The file it replaces, readable or
    not, is kept byte for byte as a "pre-restore" backup (`RestoreOutcome.saved`)."""
    return _restore(backup, backup, root, clock)


def _restore(shown: Path, source: Path, root: Path, clock: Clock) -> RestoreOutcome:
    """Restore `source` (the backup `shown`, or the copy held for it) over `root`'s database;
    any failure, a folder that cannot be written included, is the outcome's `error`."""
    taken = backup_time(shown)
    try:
        saved = restore_backup(source, paths.db_path(root), paths.backup_dir(root), clock)
    except StorageError as exc:
        return RestoreOutcome(shown, taken, None, str(exc))
    except OSError as exc:  # e.g. the data folder or backups folder is not writable
        where = exc.filename or paths.db_path(root)
        return RestoreOutcome(shown, taken, None, f"{where}: {exc.strerror or exc}")
    return RestoreOutcome(shown, taken, saved)


def _replace_atomically(target: Path, write: Callable[[Path], object]) -> None:
    tmp = target.with_name(f".{target.name}.partial")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _marked_backup(root: Path) -> Path | None:
    marker = restore_marker_path(root)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("backup") if isinstance(data, dict) else None
    if not isinstance(name, str) or not BACKUP_RE.match(name):
        return None
    return paths.backup_dir(root) / name


def apply_pending_restore(root: Path, clock: Clock) -> RestoreOutcome | None:
    """At start, with the instance lock held and the store not yet open: restore the backup
    the user asked for, if any. The request is used once, whether or not it succeeds."""
    marker = restore_marker_path(root)
    if not marker.exists():
        return None
    backup = _marked_backup(root)
    held = _held_path(root)
    marker.unlink(missing_ok=True)
    try:
        if backup is None or not held.is_file():
            return RestoreOutcome(marker, None, None, "the restore request could not be read")
        return _restore(backup, held, root, clock)
    finally:
        held.unlink(missing_ok=True)
