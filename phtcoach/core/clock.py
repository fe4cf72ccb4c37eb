"""Time as a dependency: the engine and rules are handed a Clock and never read time themselves.

`monotonic()` measures durations (immune to wall-clock jumps); `now()` stamps records in
timezone-aware UTC. Tests use a fake clock (tests/fakes.py) to run sessions instantly.

Timers of an event loop wait in real time, whatever clock the deadlines are on, so a Clock
also says how long in real time its own seconds last (`real_seconds`). The system clock's
answer is the identity; the composition root is the one place that picks a clock, so a
test that runs a whole session faster than real time passes in a clock that answers
otherwise, and nothing in the product has to know such clocks exist.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...

    def real_seconds(self, seconds: float) -> float:
        """How long, in real time, this clock takes to advance by `seconds`.

        Whoever arms a real timer for a deadline on this clock (the cue scheduler) waits
        this long. A clock that keeps real time needs no override: subclass Clock and
        inherit this default.
        """
        return seconds


class SystemClock(Clock):
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


def local_date(at: datetime) -> date:
    """The user's local calendar date for an aware UTC instant (the diary's day)."""
    return at.astimezone().date()


class SystemLocalTime(tzinfo):
    """The system's local time zone with its daylight-saving rules, via the C library.

    `datetime.now().astimezone().tzinfo` is a fixed offset: wrong for any day on the other
    side of a DST change. This asks the C library for each instant instead.
    """

    _EPOCH = datetime(1970, 1, 1)

    def _local(self, dt: datetime) -> time.struct_time:
        """The C library's view of wall time `dt`; `fold` picks the repeated autumn hour."""
        wall = (dt.year, dt.month, dt.day, dt.hour, dt.minute)
        stamps = set()
        for isdst in (0, 1):
            tt = (*wall, dt.second, 0, 0, isdst)
            stamp = time.mktime(tt)
            if tuple(time.localtime(stamp))[:5] == wall:
                stamps.add(stamp)
        if not stamps:  # a wall time skipped by the spring change: let the library decide
            return time.localtime(time.mktime((*wall, dt.second, 0, 0, -1)))
        ordered = sorted(stamps)
        return time.localtime(ordered[-1] if dt.fold and len(ordered) > 1 else ordered[0])

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        lt = time.localtime() if dt is None else self._local(dt)
        if lt.tm_isdst <= 0:
            return timedelta(0)
        return timedelta(seconds=lt.tm_gmtoff + (time.altzone if time.daylight else time.timezone))

    def tzname(self, dt: datetime | None) -> str:
        lt = time.localtime() if dt is None else self._local(dt)
        return lt.tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - self._EPOCH).total_seconds()
        offset = time.localtime(stamp).tm_gmtoff
        local = (dt + timedelta(seconds=offset)).replace(tzinfo=self)
        if local.utcoffset() != timedelta(seconds=offset):
            local = local.replace(fold=1)  # the second pass through a repeated hour
        return local

    def __repr__(self) -> str:
        return "SystemLocalTime()"
