"""The connection and the error policy shared by every repository.

Any SQLite failure must surface as one exception type naming the database file, so the
UI and the command line catch `StorageError` and nothing else; every repository reads and
writes through `Db` to get that for free, and builds its statements with the same helpers.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.storage.db import free_bytes, is_disk_full, is_read_only, read_only_error, transaction
from phtcoach.storage.errors import DiskFullError, RecordNotFoundError, StorageError

Row = dict[str, Any]


class Db:
    """The connection plus the error policy (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        try:
            with transaction(self.conn):
                yield self.conn
        except sqlite3.IntegrityError as e:
            raise StorageError(self.path, f"the database refused the change ({e})") from e
        except sqlite3.Error as e:
            if is_read_only(e):  # made read-only (or its disk) while the app runs
                raise read_only_error(self.path) from e
            if is_disk_full(e, self.path.parent):  # the screen says so in plain words
                raise DiskFullError(self.path, free=free_bytes(self.path.parent)) from e
            raise StorageError(self.path, f"could not save ({e})") from e

    def rows(self, sql: str, params: Sequence[object] = ()) -> builtins.list[Row]:
        try:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.Error as e:
            raise StorageError(self.path, f"could not read ({e})") from e

    def one(self, sql: str, params: Sequence[object] = ()) -> Row | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def not_found(self, what: str, key: object) -> RecordNotFoundError:
        return RecordNotFoundError(
            self.path, f"{what} {key!r} not found (it may have been deleted)"
        )


def require_id(name: str, value: int | None) -> int:
    if value is None:
        raise ValidationError(name, None, "the id of a saved record")
    return value


def insert_sql(table: str, cols: Sequence[str], *, with_id: bool = False) -> str:
    names = ("id", *cols) if with_id else tuple(cols)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def update_sql(table: str, cols: Sequence[str]) -> str:
    return f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?"
