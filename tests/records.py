"""The instants test records are built at, so that every test means the same morning.

Tests run in UTC (tz=UTC wherever a screen or a rule asks for a zone), so a record's local
date and the UTC date of its timestamp agree: `at(day, 7)` is seven in the morning of `day`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # a Monday morning
D0 = T0.date()


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=UTC)
