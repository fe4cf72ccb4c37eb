"""What every command checks before it opens anything, and what it says when the machine
cannot write: one place, so each command refuses the same way.

- `named`: an option's path; an empty one is refused (never the current folder).
- `check_folder`: a data folder (`--data-dir`, `demo-data --out`) must be a folder, not a
  file or a device, not under /proc, /sys or /dev, with names the file system allows, its
  database (if any) a file, and writable when the command writes. Bad input: exit 2.
- `parse_day`: dates from FIRST_DAY to LAST_DAY (far dates overflow the day arithmetic);
  `day_type` and `whole_type` refuse a bad option value naming the option once.
- `writing`: an OSError or SQLite error while writing becomes one line saying what and
  where: a full disk (with the free space and, when known, the space needed) or an I/O
  error is a failure, exit 1 (`FailedError`); a place that cannot be written (read-only,
  no permission, a name too long) is bad input, exit 2 (`UsageError`).
- `quiet_broken_pipe`: a reader that stops early (`phtcoach timeline X | head`): stdout
  goes to devnull and the command exits with EXIT_PIPE, 141 (128 + SIGPIPE, what the shell
  reports for a C tool stopped the same way), with nothing on stderr.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from phtcoach import paths
from phtcoach.cli.common import FailedError, UsageError
from phtcoach.core.words import translate  # i18n installs Qt's translate here

FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)
EXIT_PIPE = 141
SYSTEM_FOLDERS = ("proc", "sys", "dev")  # Linux's pseudo file systems and devices

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_BAD_PLACE = {
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENAMETOOLONG,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.ENOENT,
    errno.EEXIST,
    errno.ELOOP,
    errno.EINVAL,
    errno.ENXIO,
    errno.ENODEV,
}
_SQLITE_FULL, _SQLITE_BAD_PLACE = 13, {3, 8, 14, 23}  # FULL; PERM, READONLY, CANTOPEN, AUTH


# --------------------------------------------------------------------------- dates


class DayError(UsageError):
    def __init__(self, option: str, problem: str) -> None:
        self.problem = problem
        super().__init__(f"{option}: {problem}")


def shown(text: str, limit: int = 40) -> str:
    """A value the user typed, quoted and cut to about `limit` characters for a message."""
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def parse_day(option: str, text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise DayError(
            option,
            translate("cli", "{text} is not a date (use YYYY-MM-DD, e.g. 2026-03-02)").format(
                text=shown(text)
            ),
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DayError(
            option,
            translate("cli", "{day} is out of range ({first} to {last})").format(
                day=day.isoformat(), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            ),
        )
    return day


def day_type(option: str) -> Callable[[str], date]:
    """`parse_day` as an argparse type. Its refusal is the problem alone: argparse puts
    "argument --NAME:" before it, so the option is named once."""
    import argparse

    def parse(text: str) -> date:
        try:
            return parse_day(option, text)
        except DayError as exc:
            raise argparse.ArgumentTypeError(exc.problem) from None

    return parse


def whole_type(lo: int, hi: int) -> Callable[[str], int]:
    """A whole number from `lo` to `hi` as an argparse type; like `day_type`, the refusal
    names the value and the range, and argparse the option."""
    import argparse

    def parse(text: str) -> int:
        try:
            value: int | None = int(text)
        except ValueError:  # not a number, or more than 4300 digits
            value = None
        if value is None or not lo <= value <= hi:
            raise argparse.ArgumentTypeError(
                translate("cli", "{text} is not a whole number from {lo} to {hi}").format(
                    text=shown(text), lo=lo, hi=hi
                )
            )
        return value

    return parse


# --------------------------------------------------------------------------- paths


def named(option: str, text: str) -> Path:
    """An option's path, absolute; an empty one would be the current folder: refused."""
    if not text.strip():
        raise UsageError(
            translate("cli", "{option}: the path is empty; name a file or folder").format(
                option=option
            )
        )
    return Path(text).expanduser().resolve()


def check_folder(path: Path, option: str, *, write: bool) -> None:
    """Refuse a data folder no command could use (see the module's docstring)."""
    _check_names(path, option)
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise UsageError(
            translate("cli", "{option}: {path} cannot be a folder: {file} is a file").format(
                option=option, path=path, file=_first_file(path)
            )
        ) from None
    except OSError as exc:
        raise UsageError(f"{option}: {path}: {exc.strerror or exc}") from None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        text = (
            translate("cli", "{option}: {path} is a file, not a folder")
            if stat.S_ISREG(st.st_mode)
            else translate("cli", "{option}: {path} is a device, not a folder")
        )
        raise UsageError(text.format(option=option, path=path))
    if sys.platform.startswith("linux") and len(path.parts) > 1:
        if path.parts[1] in SYSTEM_FOLDERS:
            raise UsageError(
                translate("cli", "{option}: {path} is a system folder, not one for data").format(
                    option=option, path=path
                )
            )
    db = paths.db_path(path)
    if st is not None and (db.exists() or db.is_symlink()) and not db.is_file():
        raise UsageError(
            translate("cli", "{option}: {db} is not a database file (it is a folder)").format(
                option=option, db=db
            )
        )
    if write:
        place = path if st is not None else _existing(path)
        if not place.is_dir() or not os.access(place, os.R_OK | os.W_OK | os.X_OK):
            raise UsageError(
                translate("cli", "{option}: {path} is not a writable folder").format(
                    option=option, path=place
                )
            )


def check_out(path: Path, option: str) -> None:
    """An output (`--out` of export and report) is a new or regular file or a folder, and
    not under /proc, /sys or /dev: the export is renamed over its target at the end, which
    would replace a device itself (/dev/null, for root)."""
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        raise UsageError(
            translate("cli", "{option}: {path} is a device, not a file").format(
                option=option, path=path
            )
        )
    if sys.platform.startswith("linux") and len(path.parts) > 1:
        if path.parts[1] in SYSTEM_FOLDERS:
            raise UsageError(
                translate(
                    "cli", "{option}: {path} is in a system folder, not one for files"
                ).format(option=option, path=path)
            )


def _check_names(path: Path, option: str) -> None:
    limit = _name_max(_existing(path))
    for part in path.parts:
        if len(os.fsencode(part)) > limit:
            raise UsageError(
                translate(
                    "cli", "{option}: a name is too long ({n} characters; at most {limit})"
                ).format(option=option, n=len(part), limit=limit)
            )


def _name_max(place: Path) -> int:
    try:
        return int(os.pathconf(place, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # AttributeError: no pathconf (Windows)
        return 255


def _existing(path: Path) -> Path:
    """`path` or its nearest ancestor that exists."""
    while True:
        try:
            os.stat(path)
            return path
        except OSError:
            if path.parent == path:
                return path
            path = path.parent


def _first_file(path: Path) -> Path:
    for p in reversed(path.parents):
        if p.is_file():
            return p
    return path


# --------------------------------------------------------------------------- writing


@contextmanager
def writing(option: str | None, where: Path, *, need: int | None = None) -> Iterator[None]:
    """Turn a failed write into one line naming `option` and `where` (see the docstring)."""
    try:
        yield
    except (UsageError, FailedError, BrokenPipeError):
        raise
    except Exception as exc:
        failure = write_failure(exc, option, where, need)
        if failure is None:
            raise
        raise failure from None


def write_failure(
    exc: BaseException, option: str | None, where: Path | None, need: int | None = None
) -> UsageError | FailedError | None:
    """The one-line error for an OSError or SQLite error in `exc` or its causes, else None."""
    from phtcoach.storage.errors import DiskFullError

    if isinstance(exc, DiskFullError):  # storage measured the room: say its figures
        prefix = f"{option}: " if option else ""
        return FailedError(prefix + disk_full_line(where or exc.path, exc.free, exc.needed))
    cause = _cause(exc)
    if cause is None:
        return None
    if isinstance(cause, OSError):
        code, full = cause.errno, cause.errno in _FULL
        bad = code in _BAD_PLACE
        reason = cause.strerror or str(cause)
        where = where or (Path(cause.filename) if cause.filename else None)
    else:
        primary = int(getattr(cause, "sqlite_errorcode", 0)) & 0xFF
        full, bad, reason = primary == _SQLITE_FULL, primary in _SQLITE_BAD_PLACE, str(cause)
    where = where or Path(getattr(exc, "path", "") or ".")
    prefix = f"{option}: " if option else ""
    if full:
        return FailedError(prefix + disk_full_line(where, _free(where), need))
    line = translate("cli", "cannot write {path}: {reason}").format(path=where, reason=reason)
    return UsageError(prefix + line) if bad else FailedError(prefix + line)


def disk_full_line(where: Path, free: int, need: int | None) -> str:
    text = (
        translate("cli", "cannot write {path}: the disk is full ({free} free, {need} needed)")
        if need
        else translate("cli", "cannot write {path}: the disk is full ({free} free)")
    )
    return text.format(path=where, free=_size(free), need=_size(need or 0))


def _cause(exc: BaseException | None) -> OSError | sqlite3.Error | None:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError | sqlite3.OperationalError):
            return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _free(where: Path) -> int:
    try:
        return shutil.disk_usage(_existing(where)).free
    except OSError:
        return 0


def _size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def quiet_broken_pipe() -> int:
    """stdout's reader has gone: send what is left to devnull, exit with EXIT_PIPE."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests capture stdout)
        pass
    return EXIT_PIPE
