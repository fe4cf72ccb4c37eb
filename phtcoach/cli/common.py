"""What every command-line subcommand shares: the exit codes, the one error that becomes
"phtcoach: <message>" and exit status 2, and read access to a data dir through the same
services the window uses (opened without a backup, closed again at once)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from phtcoach import APP_NAME, paths
from phtcoach.core.words import translate  # i18n installs Qt's translate here

if TYPE_CHECKING:
    from phtcoach.services import Services
    from phtcoach.storage.repository import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line: printed as one line, exit status 2."""


class FailedError(Exception):
    """The input was fine but the machine could not do it (a full disk, an I/O error):
    printed as one line, exit status 1."""


def _programme(root: Path):  # type: ignore[no-untyped-def]
    """Built-ins plus the user's templates when a database exists (read-only use)."""
    from phtcoach.core.programme import load_builtin

    builtin = load_builtin(paths.asset("protocols"))
    if not paths.db_path(root).exists():
        return builtin
    store = _open_store(root)
    try:
        return _services(store).programme.current()
    finally:
        store.close()


def _services(store: Store) -> Services:
    """The same services the window uses, on the system clock and the user's time zone."""
    from phtcoach.app import local_tz
    from phtcoach.core.clock import SystemClock
    from phtcoach.services import Services

    return Services(store, SystemClock(), local_tz())


def _open_store(root: Path, *, auto_backup: bool = False):  # type: ignore[no-untyped-def]
    from phtcoach.cli.guard import write_failure
    from phtcoach.core.clock import SystemClock
    from phtcoach.storage.errors import DiskFullError, StorageError
    from phtcoach.storage.repository import open_store

    try:
        return open_store(root, SystemClock(), auto_backup=auto_backup)
    except DiskFullError as exc:  # the machine, not the input: exit 1, with the room needed
        raise write_failure(exc, "--data-dir", None) or FailedError(str(exc)) from None
    except StorageError as exc:
        raise UsageError(str(exc) + _restore_hint(exc, root)) from None


def _open_existing(root: Path):  # type: ignore[no-untyped-def]
    """The store of a data dir that already has a database (the reading commands: advice,
    report, tolerance); without one, a usage error naming --data-dir, and nothing created."""
    if not paths.db_path(root).exists():
        raise UsageError(
            translate(
                "cli", "--data-dir: no database in {root} (log a check-in in the app first)"
            ).format(root=root)
        )
    return _open_store(root)


def _restore_hint(exc: Exception, root: Path) -> str:
    """For a damaged or newer database, how to put a backup back (the window lists them
    itself): where the backups are and the command, on the same line."""
    from phtcoach.storage.errors import (
        CorruptDatabaseError,
        ForeignDatabaseError,
        NewerSchemaError,
    )

    if not isinstance(exc, CorruptDatabaseError | NewerSchemaError) or isinstance(
        exc, ForeignDatabaseError
    ):
        return ""
    folder = paths.backup_dir(root)
    if not folder.is_dir() or not any(folder.glob("*.sqlite3")):
        return ""
    hint = translate("cli", "Backups are in {folder}; put one back with: {command}")
    return " " + hint.format(folder=folder, command=f"phtcoach restore BACKUP --data-dir {root}")


def _settings(root: Path):  # type: ignore[no-untyped-def]
    from phtcoach.core.model import Settings

    if not paths.db_path(root).exists():
        return Settings()
    store = _open_store(root)
    try:
        return _services(store).settings.load()
    finally:
        store.close()


def _locked(root: Path, command: str = ""):  # type: ignore[no-untyped-def]
    """The data dir's instance lock, for a command that writes: one writer at a time. The
    lock names `phtcoach COMMAND` as its holder, so whoever comes second is told who."""
    from phtcoach.storage.lock import AlreadyRunningError, InstanceLock

    lock = InstanceLock(paths.lock_path(root), holder=f"phtcoach {command}".rstrip())
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        if exc.holder:  # another command: it says to try again when that one has finished
            raise UsageError(str(exc)) from None
        hint = translate("cli", "(close {app} first)").format(app=APP_NAME)
        raise UsageError(f"{exc} {hint}") from None
    return lock


def remove_new(folder: Path, before: set[str]) -> None:
    """Delete what appeared in `folder` since its listing was `before` (a refused command
    takes back what it made; tidying only, so a failure to delete is not reported)."""
    try:
        for name in set(os.listdir(folder)) - before:
            p = folder / name
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
    except OSError:
        pass
