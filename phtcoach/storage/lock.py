"""One app per data dir: two writers would interleave sessions and race on restores.

An OS file lock, not a pid file: the kernel drops it when the process dies, however it
dies, so a crash never leaves the user locked out. `flock` locks belong to the open file,
so a second lock in the same process conflicts too (POSIX `lockf` locks would not).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from phtcoach.storage.errors import StorageError


class AlreadyRunningError(StorageError):
    """Another PHT Coach holds the lock on this data dir: the app (`holder` "") or a
    command that writes (`holder` "phtcoach import"); `pid` when the lock file says."""

    def __init__(self, path: Path, pid: int | None, holder: str) -> None:
        self.pid = pid
        self.holder = holder
        who = f" (process {pid})" if pid else ""
        if holder:
            problem = (
                f"this data folder is in use by `{holder}`{who}; try again when it has finished"
            )
        else:
            problem = (
                f"PHT Coach is already running with this data folder{who}; "
                "switch to that window, or close it first"
            )
        super().__init__(path, problem)


class InstanceLock:
    """`holder` says who takes the lock, for the message another taker gets: "" for the
    app, the command line ("phtcoach import") for a command that writes."""

    def __init__(self, path: Path, holder: str = "") -> None:
        self.path = path
        self.holder = holder
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
            raise AlreadyRunningError(self.path, *_read_holder(self.path)) from None
        self._fd = fd
        _write_holder(fd, self.holder)

    def release(self) -> None:
        """Let go of the lock; the file stays (deleting it would race with a new holder)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _clear(fd)  # no stale name for the next holder's rival to read
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


def _write_holder(fd: int, holder: str) -> None:
    """The holder's pid and who it is, for the message a second taker shows; best effort."""
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()} {holder}".rstrip().encode() + b"\n")
    except OSError:
        pass


def _clear(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)


def _read_holder(path: Path, tries: int = 50) -> tuple[int | None, str]:
    """(pid, holder) from the lock file; (None, "") when it cannot be read. A file from
    before the holder was written holds the pid alone: that was the app. An empty file is
    a holder between taking the lock and writing itself in (on a busy machine that can
    take a while): read again, for up to half a second."""
    for attempt in range(tries):
        try:
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None, ""  # Windows forbids reading the locked byte range
        pid, _, holder = text.partition(" ")
        if pid.isdigit():
            return int(pid), holder.strip()[:80]
        if attempt + 1 < tries:
            time.sleep(0.01)
    return None, ""
