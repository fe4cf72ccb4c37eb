"""Test doubles shared by the suites."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from phtcoach.core.clock import Clock


class FakeClock(Clock):
    """A Clock that only moves when told: sessions run instantly and deterministically.

    Its seconds count as real ones (the Clock default), so a scheduler under test arms its
    timer for exactly the deadline distance and a test can read it back in milliseconds.
    """

    def __init__(self, start: datetime | None = None, mono: float = 1000.0) -> None:
        self._now = start or datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
        self._mono = mono

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._now += timedelta(seconds=seconds)


class ScaledClock(Clock):
    """Real time running `scale` times faster: a whole session with real timers, real
    sound and a real event loop in seconds (end-to-end tests, the timer benchmark).

    `real_seconds` tells the scheduler how short its waits really are, so cues keep to the
    fast schedule instead of falling due in bursts.
    """

    def __init__(self, scale: float) -> None:
        if not scale > 0:
            raise ValueError(f"scale: {scale!r} is not allowed (a number > 0)")
        self.scale = float(scale)
        self._mono0 = time.monotonic()
        self._wall0 = datetime.now(UTC)

    def monotonic(self) -> float:
        return self._mono0 + (time.monotonic() - self._mono0) * self.scale

    def now(self) -> datetime:
        return self._wall0 + timedelta(seconds=self.monotonic() - self._mono0)

    def real_seconds(self, seconds: float) -> float:
        return seconds / self.scale
