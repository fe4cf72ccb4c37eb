"""One app per data dir: two writers would interleave sessions and race on restores.

An OS file lock, not a pid file: the kernel drops it when the process dies, however it
dies, so a crash never leaves the user locked out. `flock` locks belong to the open file,
so a second lock in the same process conflicts too (POSIX `lockf` locks would not).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from phtcoach.storage.db import StorageError


class AlreadyRunningError(StorageError):
    """Another PHT Coach holds the lock on this data dir."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError at once (never waits)."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            holder = _read_pid(self.path)
            who = f" (process {holder})" if holder else ""
            raise AlreadyRunningError(
                self.path,
                f"PHT Coach is already running with this data folder{who}; "
                "switch to that window, or close it first",
            ) from None
        self._fd = fd
        _write_pid(fd)

    def release(self) -> None:
        """Let go of the lock; the file stays (deleting it would race with a new holder)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _write_pid(fd: int) -> None:
    """The holder's pid, for the message a second instance shows; best effort only."""
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError:
        pass


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None  # Windows forbids reading the locked byte range
    return int(text) if text.isdigit() else None
