"""How much room the disk has, and whether a failure was the disk being full: the figures a
"disk full" message gives (free and needed bytes), kept apart from opening the database."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
# An I/O error with less than this free is the disk being full (SQLite reports a -shm it
# cannot grow as SQLITE_IOERR_SHMSIZE, not SQLITE_FULL).
_NEARLY_FULL = 1024 * 1024


def free_bytes(path: Path) -> int:
    """Free bytes for this user where `path` (or its nearest existing folder) lives, for a
    message; 0 when that cannot be told (see `known_free` for a decision)."""
    free = known_free(path)
    return 0 if free is None else free


def known_free(path: Path) -> int | None:
    """Free bytes where `path` lives, or None when the file system will not say (some network
    and FUSE mounts): a check for room then lets the write try, rather than refuse a disk
    that may have plenty."""
    place = path
    while not place.exists() and place.parent != place:
        place = place.parent
    try:
        return int(shutil.disk_usage(place).free)
    except OSError:
        return None


def is_disk_full(error: BaseException, where: Path | None = None) -> bool:
    """Whether `error` is the disk being full: SQLITE_FULL, ENOSPC/EDQUOT/EFBIG, or an SQLite
    I/O error while (almost) nothing is free at `where`."""
    if isinstance(error, OSError):
        return error.errno in _FULL_ERRNOS
    if isinstance(error, sqlite3.Error):
        primary = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if primary == _SQLITE_FULL:
            return True
        if primary != _SQLITE_IOERR or where is None:
            return False
        free = known_free(where)
        return free is not None and free < _NEARLY_FULL
    return False


def database_bytes(conn: sqlite3.Connection) -> int:
    """The size of `conn`'s main database in bytes (what a backup of it writes)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def backup_need(size: int) -> int:
    """The free space a backup of a `size`-byte database asks for: its pages plus a margin
    for the journal and the file system's own blocks."""
    return size + size // 10 + 256 * 1024
