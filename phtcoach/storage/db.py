"""Opening the database safely: refuse what we cannot read, back up before we change it.

A rehab diary is months of data that exists only on this machine, so every path that could
damage it (a newer app's schema, a corrupt file, someone else's database) is checked
read-only first and leaves the file byte-for-byte untouched when it refuses. Upgrades take
a backup through the SQLite backup API before the first step runs.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from phtcoach.core.clock import Clock
from phtcoach.storage.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
    UnreadableDatabaseError,
)
from phtcoach.storage.space import backup_need as backup_need  # re-exported for callers
from phtcoach.storage.space import database_bytes as database_bytes
from phtcoach.storage.space import free_bytes as free_bytes
from phtcoach.storage.space import is_disk_full as is_disk_full

APPLICATION_ID = 0x50485443  # "PHTC" in the file header: tells our databases from others
MIN_SQLITE = (3, 37, 0)  # STRICT tables
BUSY_TIMEOUT_MS = 5000
_SQLITE_READONLY = 8  # primary result code (extended codes keep it in the low byte)
_SQLITE_CANTOPEN = 14
# Result codes that say SQLite could not read the file now, not that its content is bad:
# PERM, BUSY, LOCKED, NOMEM, IOERR, CANTOPEN, AUTH. NOTADB and CORRUPT are damage.
_NOT_DAMAGE = frozenset({3, 5, 6, 7, 10, 14, 23})
_LOCKED = frozenset({5, 6})
_WHAT_TO_DO = "Make it writable, or choose another folder with --data-dir."

TableShape = Mapping[str, frozenset[str]]  # table name -> its column names


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    user_version: int
    application_id: int
    has_tables: bool  # any schema object (table, index, view, trigger)
    tables: TableShape = field(default_factory=dict)


def table_shape(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Each table's column names: enough to tell our schema of a version from another's."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: frozenset(
            str(r[0]) for r in conn.execute("SELECT name FROM pragma_table_info(?)", (name,))
        )
        for name in names
    }


def _can_write(path: Path) -> bool:
    """The write probe (a function of its own so tests can stand in for a read-only disk)."""
    return os.access(path, os.W_OK)


def check_writable(path: Path) -> None:
    """Refuse, before anything starts, a database or data folder that cannot be written."""
    folder = path.parent
    if folder.is_dir() and not _can_write(folder):
        raise ReadOnlyError(
            folder,
            "this folder is read-only, so PHT Coach cannot save anything in it. "
            f"{_WHAT_TO_DO} Nothing was changed.",
        )
    if path.exists() and not _can_write(path):
        raise ReadOnlyError(
            path,
            "the database file is read-only, so no session or diary entry could be saved. "
            f"{_WHAT_TO_DO} It was not changed.",
        )


def is_read_only(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == _SQLITE_READONLY


def read_only_error(path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        path,
        "the database cannot be written (it or its folder is read-only), so nothing could be "
        f"saved. {_WHAT_TO_DO}",
    )


def connect(path: Path) -> sqlite3.Connection:
    """A connection tuned for durability: a confirmed set must survive a power cut.

    WAL lets readers (charts) run beside the writer; synchronous=FULL syncs the WAL on every
    commit; `isolation_level=None` turns off the sqlite3 module's implicit transactions so
    every transaction is an explicit BEGIN/COMMIT (see `transaction`).
    """
    check_sqlite_version(path)
    sidecars = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as e:
        if is_disk_full(e, path.parent):
            raise DiskFullError(path, free=free_bytes(path.parent)) from e
        raise StorageError(
            path, f"the database cannot be opened for writing ({e}). {_WHAT_TO_DO}"
        ) from e
    try:
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != "wal":
            raise StorageError(path, f"SQLite refused write-ahead logging (journal mode {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.DatabaseError as e:
        conn.close()
        _remove_new_sidecars(sidecars, existed)
        if is_disk_full(e, path.parent):
            raise DiskFullError(path, free=free_bytes(path.parent)) from e
        if is_read_only(e):
            raise read_only_error(path) from e
        if (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF == _SQLITE_CANTOPEN:
            raise StorageError(path, f"cannot be opened for writing ({e}). {_WHAT_TO_DO}") from e
        raise CorruptDatabaseError(path, f"not a readable SQLite database ({e})") from e
    except BaseException:
        conn.close()
        raise
    return conn


def _remove_new_sidecars(sidecars: list[Path], existed: list[bool]) -> None:
    """After a failed open: remove the -wal/-shm this open created (an empty -wal holds no
    data), so a full disk does not leave files that make the next reader fail."""
    if existed[0] or _has_bytes(sidecars[0]):
        return
    for p, was in zip(sidecars, existed, strict=True):
        if not was:
            p.unlink(missing_ok=True)


def check_sqlite_version(path: Path) -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        need = ".".join(map(str, MIN_SQLITE))
        raise StorageError(
            path, f"SQLite {sqlite3.sqlite_version} is too old; PHT Coach needs {need} or newer"
        )


def database_file(conn: sqlite3.Connection) -> Path:
    """The file behind `conn` (for messages); empty for an in-memory database. Read as
    bytes: a folder name that is not UTF-8 is the file system's, not an error."""
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    finally:
        conn.text_factory = factory
    for _seq, name, file in rows:
        if name == b"main":
            return Path(os.fsdecode(file)) if file else Path(":memory:")
    return Path(":memory:")


def inspect_database(path: Path) -> DatabaseInfo:
    """Version and health of a database file, read without changing a byte of it.

    With no -wal beside it the file is opened `immutable` so SQLite creates no -wal/-shm
    sidecars; with one (a crash left it) it is opened read-only so the WAL's committed
    pages count. Anything SQLite cannot read raises CorruptDatabaseError.
    """
    check_sqlite_version(path)
    if not path.is_file():
        raise StorageError(path, "no such database file")
    try:
        conn = open_readonly(path)
    except sqlite3.Error as e:
        raise _unreadable(path, e) or CorruptDatabaseError(path, f"cannot be opened ({e})") from e
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            detail = _one_line(problems)
            raise CorruptDatabaseError(
                path, f"the database is damaged ({detail}). Restore a backup. It was not changed."
            )
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        objects = conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        tables = table_shape(conn)
    except sqlite3.DatabaseError as e:
        raise _unreadable(path, e) or CorruptDatabaseError(
            path, f"not a readable SQLite database ({e}). Restore a backup. It was not changed."
        ) from e
    finally:
        conn.close()
    return DatabaseInfo(
        user_version=version, application_id=app_id, has_tables=objects > 0, tables=tables
    )


def _unreadable(path: Path, e: sqlite3.Error) -> UnreadableDatabaseError | None:
    """The error for a file SQLite could not read now (locked, no permission, I/O), or None
    when the error says the content itself is bad."""
    code = (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF
    if code not in _NOT_DAMAGE:
        return None
    if code in _LOCKED:
        what = "another program holds it locked; close that program and try again"
    else:
        what = "check that you may read the file and its folder, and that the disk is attached"
    return UnreadableDatabaseError(
        path, f"the database cannot be read just now ({e}): {what}. It was not changed."
    )


def _one_line(problems: list[str]) -> str:
    """quick_check's findings for a one-line message: its lines (SQLite puts several in one
    row), without its "*** in database main ***" banner, the first three."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.strip().startswith("***")
    ]
    more = f"; and {len(lines) - 3} more" if len(lines) > 3 else ""
    return "; ".join(lines[:3]) + more


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves the file and its directory as they were."""
    wal = path.with_name(path.name + "-wal")
    # An empty -wal (left by an open that failed, e.g. on a full disk) holds no pages.
    mode = "mode=ro" if _has_bytes(wal) else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def is_ours(info: DatabaseInfo, supported: int) -> bool:
    """Whether a non-empty file is a PHT Coach database (of any version).

    Ours: our application_id; or, for the installs from before it was set, application_id 0
    with exactly our tables at the shape of its user_version (a newer version: at least
    today's tables). An empty SQLite file (version 0, no schema) is a new database.
    """
    from phtcoach.storage.migrations import schema_shape

    if info.application_id == APPLICATION_ID:
        return True
    if info.application_id != 0:
        return False
    if info.user_version == 0:
        return not info.has_tables
    if info.user_version > supported:
        return not info.has_tables or _holds(info.tables, schema_shape(supported))
    return _holds(info.tables, schema_shape(info.user_version))


def _holds(found: TableShape, expected: TableShape) -> bool:
    return all(found.get(name) == columns for name, columns in expected.items())


def check_ours(path: Path, info: DatabaseInfo, supported: int) -> None:
    """Refuse a file that is not a PHT Coach database or is newer than `supported`."""
    if not is_ours(info, supported):
        raise ForeignDatabaseError(path)
    if info.user_version > supported:
        raise NewerSchemaError(path, info.user_version, supported)


def has_content(path: Path) -> bool:
    """Whether the file holds anything SQLite would read (a 0-byte file is a new database)."""
    wal = path.with_name(path.name + "-wal")
    return (path.is_file() and path.stat().st_size > 0) or wal.exists()


def open_database(
    path: Path, *, backup_dir: Path, clock: Clock, backups_keep: int = 10
) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database, refusing newer or damaged files."""
    conn, _backup = open_and_migrate(
        path, backup_dir=backup_dir, clock=clock, backups_keep=backups_keep
    )
    return conn


def open_and_migrate(
    path: Path, *, backup_dir: Path, clock: Clock, backups_keep: int = 10
) -> tuple[sqlite3.Connection, Path | None]:
    """`open_database`, also returning the pre-migration backup if one was taken."""
    # Imported here: migrations and backup build on this module's errors and connect().
    from phtcoach.storage.backup import make_backup
    from phtcoach.storage.migrations import SCHEMA_VERSION, migrate

    path.parent.mkdir(parents=True, exist_ok=True)
    # Identify the file before anything writes to it (journal mode, backup, migration).
    if has_content(path):
        check_ours(path, inspect_database(path), SCHEMA_VERSION)
    check_writable(path)
    conn = connect(path)
    taken: list[Path] = []

    def backup_first(old: int, new: int) -> None:
        taken.append(
            make_backup(conn, backup_dir, clock, reason=f"pre-migration-v{old}", keep=backups_keep)
        )

    try:
        migrate(conn, before_upgrade=backup_first)
        stamp_application_id(conn)
    except sqlite3.Error as e:
        conn.close()
        if is_read_only(e):
            raise read_only_error(path) from e
        if is_disk_full(e, path.parent):
            raise DiskFullError(path, free=free_bytes(path.parent)) from e
        raise StorageError(path, f"could not be prepared ({e})") from e
    except BaseException:
        conn.close()
        raise
    return conn, (taken[0] if taken else None)


def stamp_application_id(conn: sqlite3.Connection) -> None:
    """Mark a database recognised as ours by its tables (installs older than the mark)."""
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_savepoint_ids = itertools.count(1)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: BEGIN IMMEDIATE ... COMMIT, or a savepoint when already inside one.

    IMMEDIATE takes the write lock up front, so a busy database fails at BEGIN (after the
    busy timeout) rather than half way through a user's action. Nesting lets an importer
    wrap many repository calls in one outer transaction.
    """
    if conn.in_transaction:
        name = f"sp{next(_savepoint_ids)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            # SQLite may already have rolled the whole transaction back (disk full, I/O).
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
