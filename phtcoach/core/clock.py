"""Time as a dependency: the engine and rules are handed a Clock and never read time themselves.

`monotonic()` measures durations (immune to wall-clock jumps); `now()` stamps records in
timezone-aware UTC. Tests use a fake clock (tests/fakes.py) to run sessions instantly.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


def local_date(at: datetime) -> date:
    """The user's local calendar date for an aware UTC instant (the diary's day)."""
    return at.astimezone().date()
