"""Test doubles shared by the suites."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """A Clock that only moves when told: sessions run instantly and deterministically."""

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
