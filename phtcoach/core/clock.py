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

    Asking costs two `mktime` calls per wall time (each re-reads the zone), and a history of
    years converts tens of thousands of instants, so the answers are cached per day: per UTC
    day in `fromutc`, per wall day in `utcoffset`, and only for a day whose offset is the
    same at both of its ends (a wall day: the same from three hours before it to three hours
    after it, so none of its wall times is skipped or repeated). A day holding a change (a
    gap, a repeated hour or half hour) is never cached: every instant of it is computed
    exactly, as without the cache. Checking a day asks `localtime` only (cheap); the cache
    is dropped when the process's zone changes (`time.tzset()` with another TZ).
    """

    _EPOCH = datetime(1970, 1, 1)
    _CACHE_LIMIT = 100_000  # days, far beyond any history: it never grows without end

    def __init__(self) -> None:
        self._zone: tuple[object, ...] = ()
        self._utc_days: dict[int, int] = {}  # UTC day since the epoch -> offset (s)
        self._wall_days: dict[tuple[int, int, int], int | None] = {}  # None: holds a change

    def _fresh(self) -> None:
        """Drop the cached offsets when the process's zone is no longer the one they were."""
        zone = (time.tzname, time.timezone, time.altzone, time.daylight)
        if zone != self._zone or len(self._utc_days) + len(self._wall_days) > self._CACHE_LIMIT:
            self._zone = zone
            self._utc_days.clear()
            self._wall_days.clear()

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

    def _wall_offset(self, dt: datetime) -> int:
        """UTC offset in seconds of wall time `dt` (its naive fields and fold)."""
        self._fresh()
        key = (dt.year, dt.month, dt.day)
        if key in self._wall_days:
            steady = self._wall_days[key]
        else:
            steady = self._wall_days[key] = self._steady_wall_day(*key)
        return self._local(dt).tm_gmtoff if steady is None else steady

    def _steady_wall_day(self, year: int, month: int, day: int) -> int | None:
        """The offset of every wall time of the day, or None when the day holds a change.

        With the offset `o` the same from three hours before the day's first instant to
        three hours after its last (UTC: midnight - o - 3 h to midnight + 24 h - o + 3 h),
        each wall time of the day is reached from exactly one instant: none is skipped, none
        repeated (a change shifts the clock by at most two hours)."""
        noon = (datetime(year, month, day, 12) - self._EPOCH).total_seconds()
        offset = time.localtime(noon - time.localtime(noon).tm_gmtoff).tm_gmtoff
        first = noon - 12 * 3600 - offset
        before = time.localtime(first - 3 * 3600).tm_gmtoff
        after = time.localtime(first + 86399 + 3 * 3600).tm_gmtoff
        return offset if before == after == offset else None

    def _utc_offset(self, stamp: float) -> int:
        """UTC offset in seconds at the instant `stamp` (seconds since the epoch)."""
        self._fresh()
        day = int(stamp // 86400)
        cached = self._utc_days.get(day)
        if cached is not None:
            return cached
        offset = time.localtime(stamp).tm_gmtoff
        first, last = time.localtime(day * 86400), time.localtime(day * 86400 + 86399)
        if first.tm_gmtoff == last.tm_gmtoff == offset:
            self._utc_days[day] = offset
        return offset

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=time.localtime().tm_gmtoff)
        return timedelta(seconds=self._wall_offset(dt))

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
        offset = self._utc_offset(stamp)
        local = (dt + timedelta(seconds=offset)).replace(tzinfo=self)
        if local.utcoffset() != timedelta(seconds=offset):
            local = local.replace(fold=1)  # the second pass through a repeated hour
        return local

    def __repr__(self) -> str:
        return "SystemLocalTime()"
