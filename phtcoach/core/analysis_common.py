"""What every analysis module shares: which local day an instant falls on, and rounding.

Days: pain entries, activities and measures carry their `local_date`, stored at entry
time, and are keyed on it as stored. Sessions and sets only carry aware UTC stamps; they
are placed on a day by converting to the time zone passed in (`tz`, default: the system's
local zone), so a session just after midnight in summer time lands on the right date.

One definition of "which day" and of how a figure is rounded, so the Progress screen, the
advice and the tests can never disagree by a day or by a hundredth.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from fractions import Fraction


def local_date_of(at: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of an aware instant in `tz` (None: the system's local zone)."""
    return at.astimezone(tz).date()


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The aware UTC instant at which `day` begins in `tz` (None: the system's local zone)."""
    naive = datetime.combine(day, time())
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return aware.astimezone(UTC)


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week: weekly figures are keyed on it."""
    return day - timedelta(days=day.weekday())


def round_figure(x: float | Fraction) -> float:
    """Round for display and storage in results (two decimals is finer than any pain scale)."""
    return round(float(x), 2)


def exact_sum(values: Iterable[float]) -> Fraction:
    """The exact sum of floats, as `sum(Fraction(v) for v in values)` but without a Fraction
    per value: every float is n / 2**k, so one power-of-two denominator holds them all."""
    ratios = [float(v).as_integer_ratio() for v in values]
    if not ratios:
        return Fraction(0)
    den = max(d for _, d in ratios)  # powers of two: the largest is a multiple of each
    return Fraction(sum(n * (den // d) for n, d in ratios), den)
