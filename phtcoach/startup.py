"""Opening the data dir at start when something is wrong with it: ask, never a traceback.

The composition root (`app.run_gui`) opens the store through here. A problem with the
database becomes one question to the user, asked through a `StartupQuestions` (the window's
dialogs in `ui/startup_dialogs.py`; on a headless run, `Printed`, which says it on stderr and
quits):

- no room for the start-up backup (`BackupSpaceError`): start without it, or quit;
- a damaged or unreadable database, or one of a newer version: restore one of the backups
  (listed without opening the database, `services.backups.list_backups_in`), or quit. The
  restore keeps the file it replaces byte for byte as a "pre-restore" backup, then the start
  goes on; the window says once what was restored;
- another application's database, a read-only one, a full disk: what is wrong and what to
  do, then quit. Nothing there is written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import Protocol

from phtcoach import paths
from phtcoach.context import AppContext
from phtcoach.core.clock import Clock
from phtcoach.services.backups import (
    BackupInfo,
    RestoreOutcome,
    list_backups_in,
    restore_at_start,
)
from phtcoach.services.errors import (
    BackupSpaceError,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    StorageError,
)
from phtcoach.storage.lock import AlreadyRunningError, InstanceLock

OpenContext = Callable[..., AppContext]  # app.open_context(root, clock, *, demo, auto_backup)


class StartupQuestions(Protocol):
    """What the start asks the user when the data dir cannot be opened as it is."""

    def start_without_backup(self, error: BackupSpaceError) -> bool:
        """True: open without the start-up backup; False: quit."""
        ...

    def choose_backup(
        self, error: StorageError, backups: list[BackupInfo], folder: Path, failed: str
    ) -> Path | None:
        """The backup to restore over the database `error` names, or None to quit.
        `failed` is why the last restore tried did not work ("" the first time)."""
        ...

    def refused(self, error: StorageError, folder: Path) -> None:
        """Say what is wrong and what to do; the app then quits."""
        ...


class Printed:
    """The questions where there is no screen to ask on: the problem on stderr, then quit."""

    def start_without_backup(self, error: BackupSpaceError) -> bool:
        print(f"phtcoach: {error}", file=sys.stderr)
        return False

    def choose_backup(
        self, error: StorageError, backups: list[BackupInfo], folder: Path, failed: str
    ) -> Path | None:
        print(f"phtcoach: {failed or error}", file=sys.stderr)
        return None

    def refused(self, error: StorageError, folder: Path) -> None:
        print(f"phtcoach: {error}", file=sys.stderr)


def restorable(error: StorageError) -> bool:
    """Whether restoring a backup is the way out: a damaged file or a newer version's, never
    another application's (that file is not ours to write over)."""
    if isinstance(error, ForeignDatabaseError):
        return False
    return isinstance(error, CorruptDatabaseError | NewerSchemaError)


def open_at_start(
    root: Path,
    clock: Clock,
    tz: tzinfo | None,
    questions: StartupQuestions,
    open_context: OpenContext,
    *,
    demo: bool = False,
) -> AppContext | None:
    """The opened data dir, or None when the user chose to quit (or could only be told).

    `AlreadyRunningError` is left to the caller (it raises the running window instead).
    """
    auto_backup = True
    restored: RestoreOutcome | None = None
    failed = ""
    while True:
        try:
            ctx = open_context(root, clock, demo=demo, auto_backup=auto_backup)
        except BackupSpaceError as exc:
            if auto_backup and questions.start_without_backup(exc):
                auto_backup = False
                continue
            return None
        except AlreadyRunningError:
            raise  # a StorageError too, but not this loop's: the caller raises that window
        except StorageError as exc:
            if not restorable(exc):
                questions.refused(exc, root)
                return None
            backups = [b for b in list_backups_in(root, tz) if b.contents is not None]
            choice = questions.choose_backup(exc, backups, root, failed)
            if choice is None:
                return None
            outcome = _restore(root, choice, clock)
            if outcome.error:
                failed = outcome.error
                continue
            restored, failed = outcome, ""
            continue
        ctx.services.backups.restored_at_start = restored
        ctx.services.backups.skipped_at_start = not auto_backup
        return ctx


def _restore(root: Path, backup: Path, clock: Clock) -> RestoreOutcome:
    """The restore, under the instance lock like every write to the data dir."""
    lock = InstanceLock(paths.lock_path(root))
    lock.acquire()
    try:
        return restore_at_start(root, backup, clock)
    finally:
        lock.release()
