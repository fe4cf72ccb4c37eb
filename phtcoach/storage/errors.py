"""The storage layer's errors: each names the file and says what the user can do.

Defined apart from `db` (which raises most of them) so every storage module and the services
can import them without the opening logic; `db` re-exports them for older imports.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Something about the database file the user must know; the message names the file."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NewerSchemaError(StorageError):
    """Written by a newer PHT Coach: reading it could misinterpret data, writing could lose it."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"this database was written by a newer version of PHT Coach (schema version "
            f"{found}; this version understands up to {supported}). Install the newer version, "
            "or restore an older backup. The file was not changed.",
        )


class CorruptDatabaseError(StorageError):
    """SQLite cannot vouch for the file, or it is not a PHT Coach database at all."""


class ForeignDatabaseError(CorruptDatabaseError):
    """An SQLite database of another application: never written, not even its journal mode."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            "this is not a PHT Coach database (it belongs to another application). It was not "
            "changed. Move it away, or choose another folder with --data-dir.",
        )


class UnreadableDatabaseError(StorageError):
    """SQLite could not read the file just now (locked by another program, no permission, an
    I/O error): nothing says it is damaged, so restoring a backup over it is not the way out."""


class ReadOnlyError(StorageError):
    """The database or its folder cannot be written, so nothing the user does could be saved."""


class DiskFullError(StorageError):
    """No room on the disk (or in the user's quota) for what had to be written; nothing was
    changed. `needed` (when known) and `free` are bytes, for the message the user reads."""

    def __init__(
        self, path: Path | str, *, free: int, needed: int | None = None, what: str = ""
    ) -> None:
        self.free = free
        self.needed = needed
        room = f"{_mb(free)} free" + (f", {_mb(needed)} needed" if needed else "")
        super().__init__(
            path, f"the disk is full ({room}){': ' + what if what else ''}. Nothing was changed."
        )


class BackupSpaceError(DiskFullError):
    """Not enough free space for the start-up backup: the app may start without it."""

    def __init__(self, path: Path | str, *, free: int, needed: int) -> None:
        super().__init__(path, free=free, needed=needed, what="no room for the start-up backup")


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


class MigrationError(StorageError):
    """An upgrade step failed; the database stays at the last version that completed."""


class RecordNotFoundError(StorageError, LookupError):
    """An id that is not (or no longer) in the database."""
