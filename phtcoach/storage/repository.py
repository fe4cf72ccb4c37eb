"""Typed reads and writes: core dataclasses in, core dataclasses out.

Every public write is one transaction that has committed when the method returns, so a
confirmed set or diary entry survives a crash the moment the UI moves on. Values are
validated by the model before they reach SQL (the schema's CHECKs are the second line).
Any SQLite failure surfaces as a StorageError naming the database file, so the UI and the
command line need to catch one exception type. `Store.batch()` groups many writes into one
all-or-nothing transaction for importers.

Timestamps are stored as fixed-width ISO-8601 UTC text ("2026-03-02T07:00:00.000000+00:00")
so text order is time order; diary days as YYYY-MM-DD. Datetime ranges are half-open
[start, end); date ranges include both ends.

Each repository has its own module (`sessions_repo`, `diary_repo`, `settings_repo`,
`library_repo`) over the shared connection policy (`sql`) and the row layouts (`rows`).
This module opens the database and holds the repositories together as the `Store`, and
re-exports the names callers use, so they import from one place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType

from phtcoach import paths
from phtcoach.core.clock import Clock
from phtcoach.storage.backup import make_backup, remove_leftovers
from phtcoach.storage.db import backup_need, database_bytes, free_bytes, open_and_migrate
from phtcoach.storage.diary_repo import DiaryRepository
from phtcoach.storage.errors import BackupSpaceError, DiskFullError, StorageError
from phtcoach.storage.exchange_repo import ExchangeRepository
from phtcoach.storage.library_repo import InUseError, LibraryRepository
from phtcoach.storage.rows import from_text, to_text
from phtcoach.storage.sessions_repo import KEEP, SessionRepository
from phtcoach.storage.settings_repo import SettingsRepository
from phtcoach.storage.settings_upgrade import upgrade_settings
from phtcoach.storage.space import known_free
from phtcoach.storage.sql import Db, Row

__all__ = [
    "KEEP",
    "MAX_BACKUPS_KEEP",
    "DiaryRepository",
    "InUseError",
    "LibraryRepository",
    "Row",
    "SessionRepository",
    "SettingsRepository",
    "Store",
    "from_text",
    "open_store",
    "to_text",
]

MAX_BACKUPS_KEEP = 100  # Settings.backups_keep's upper bound

_CONTENT_TABLES = (
    "sessions",
    "pain_entries",
    "activities",
    "measures",
    "clinician_checks",
    "note_answers",
    "settings",
    "user_exercises",
    "user_templates",
)


class Store:
    """The open database and its repositories; app.py builds one and hands out the parts."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, clock: Clock, backup_dir: Path
    ) -> None:
        self.conn = conn
        self.path = path
        self.backup_dir = backup_dir
        self.closed = False
        self._clock = clock
        self._db = Db(conn, path)
        self.sessions = SessionRepository(self._db)
        self.diary = DiaryRepository(self._db)
        self.settings = SettingsRepository(self._db)
        self.library = LibraryRepository(self._db, clock)
        self.exchange = ExchangeRepository(self._db)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many repository calls as one all-or-nothing transaction (imports, demo data)."""
        with self._db.write():
            yield

    def has_data(self) -> bool:
        """Whether the user has recorded or configured anything (UI state does not count)."""
        union = " UNION ALL ".join(f"SELECT 1 FROM {t}" for t in _CONTENT_TABLES)
        return self._db.one(f"SELECT EXISTS ({union}) AS any_rows") == {"any_rows": 1}

    def backup(self, reason: str = "manual") -> Path:
        """A backup now, rotated to the user's Settings.backups_keep."""
        keep = self.settings.load().backups_keep
        return make_backup(self.conn, self.backup_dir, self._clock, reason=reason, keep=keep)

    def close(self) -> None:
        """Close the connection; the last one out folds the WAL back into the main file."""
        with suppress(sqlite3.Error):  # only a planner hint: closing must not fail over it
            self.conn.execute("PRAGMA optimize")
        self.conn.close()
        self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(root: Path, clock: Clock, *, auto_backup: bool = True) -> Store:
    """Open (creating and migrating) the database in data dir `root`.

    Acquiring the InstanceLock first is the caller's job (app.py / the CLI). With
    `auto_backup`, a database that already held data gets a rolling "auto" backup on start,
    unless an upgrade just took a pre-migration backup of the same data; when the disk has
    no room for it, `BackupSpaceError` says how much is needed and free (the caller may ask
    the user and open again with `auto_backup=False`). Then the stored settings are brought
    to this version's meaning (`settings_upgrade`).
    """
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageError(
            root,
            f"the data folder cannot be created ({e.strerror}). Choose another folder "
            "with --data-dir.",
        ) from e
    db_path = paths.db_path(root)
    backups = paths.backup_dir(root)
    # Never rotate away older backups before the user's own backups_keep can be read.
    conn, pre_migration = open_and_migrate(
        db_path, backup_dir=backups, clock=clock, backups_keep=MAX_BACKUPS_KEEP
    )
    store = Store(conn, db_path, clock, backups)
    try:
        with suppress(OSError):  # only tidying: a read-only backups folder must not stop us
            remove_leftovers(backups)
        if auto_backup and pre_migration is None and store.has_data():
            _auto_backup(store)
        upgrade_settings(conn)  # after the backup: it holds the settings as they were
    except BaseException:
        store.close()
        raise
    return store


def _auto_backup(store: Store) -> None:
    """The start-up backup, refused up front when the disk cannot hold it (and when the disk
    fills up while it is written)."""
    need = backup_need(database_bytes(store.conn))
    free = known_free(store.backup_dir)
    if free is not None and free < need:
        raise BackupSpaceError(store.backup_dir, free=free, needed=need)
    try:
        store.backup("auto")
    except DiskFullError as e:
        raise BackupSpaceError(
            store.backup_dir, free=free_bytes(store.backup_dir), needed=need
        ) from e
