"""Daily pain series from the diary, and the baselines and trends read from them.

The morning test is what the 24-hour rules judge, so which entry stands for a day, how a
missed morning counts and how many readings make a baseline are decided here, once
(see `analysis` for the choices).
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction

from phtcoach.core.analysis_common import round_figure, week_start
from phtcoach.core.model import PainEntry, PainSlot

MIN_BASELINE_TESTS = 3  # *(design)*: a median of fewer readings is just noise


def _entry_order(e: PainEntry) -> tuple[datetime, int]:
    return (e.recorded_at, e.id if e.id is not None else 0)


def first_morning_entries(entries: Iterable[PainEntry]) -> dict[date, PainEntry]:
    """The morning entry each local date is judged by (the first recorded), sorted by date."""
    firsts: dict[date, PainEntry] = {}
    for e in sorted((e for e in entries if e.slot is PainSlot.MORNING), key=_entry_order):
        firsts.setdefault(e.local_date, e)
    return dict(sorted(firsts.items()))


def morning_series(entries: Iterable[PainEntry]) -> dict[date, int]:
    """Morning test per local date (first morning entry of the day), ascending by date."""
    out: dict[date, int] = {}
    for d, e in first_morning_entries(entries).items():
        score = e.morning_score
        if score is not None:
            out[d] = score
    return out


def evening_series(entries: Iterable[PainEntry]) -> dict[date, int]:
    """Evening pain per local date (last evening entry of the day), ascending by date."""
    lasts: dict[date, int] = {}
    for e in sorted((e for e in entries if e.slot is PainSlot.EVENING), key=_entry_order):
        lasts[e.local_date] = e.pain
    return dict(sorted(lasts.items()))


class DayIndex:
    """Sorted dates and values of a daily series, for repeated 'last N before D' look-ups."""

    def __init__(self, series: Mapping[date, float]) -> None:
        items = sorted(series.items())
        self.dates = [d for d, _ in items]
        self.values = [v for _, v in items]

    def before(self, day: date, n: int) -> list[float]:
        i = bisect.bisect_left(self.dates, day)
        return self.values[max(0, i - n) : i]

    def count_before(self, day: date) -> int:
        return bisect.bisect_left(self.dates, day)

    def between(self, first: date, last: date) -> list[float]:
        lo = bisect.bisect_left(self.dates, first)
        hi = bisect.bisect_right(self.dates, last)
        return self.values[lo:hi]


def median_or_none(values: Sequence[float], min_count: int) -> float | None:
    if len(values) < min_count:
        return None
    return float(statistics.median(values))


def baseline(
    series: Mapping[date, float],
    on: date,
    days: int = 7,
    min_count: int = MIN_BASELINE_TESTS,
) -> float | None:
    """Median of the last `days` morning tests strictly before `on`; None: no baseline yet."""
    return median_or_none(DayIndex(series).before(on, days), min_count)


def baseline_progress(
    series: Mapping[date, float | None],
    day: date | None = None,
    minimum: int = MIN_BASELINE_TESTS,
) -> tuple[int, int]:
    """(morning tests logged up to `day`, how many more a baseline needs); None: all of them.

    The Today advice and the Progress caption both count with this, today's morning
    included: after a first check-in both say 2 more, never one "3 more" and the other "2".
    """
    have = sum(1 for d, v in series.items() if v is not None and (day is None or d <= day))
    return have, max(0, minimum - have)


def baseline_series(
    series: Mapping[date, float],
    days: int = 7,
    min_count: int = MIN_BASELINE_TESTS,
) -> dict[date, float]:
    """For each date of `series`, the baseline that morning was compared with (dates without one
    left out): the Progress chart draws it as the baseline band."""
    idx = DayIndex(series)
    out: dict[date, float] = {}
    for d in idx.dates:
        b = median_or_none(idx.before(d, days), min_count)
        if b is not None:
            out[d] = b
    return out


def rolling_mean(series: Mapping[date, float], days: int = 7) -> dict[date, float]:
    """Mean of the values within the `days` calendar days ending at each date of `series`.

    Gaps are skipped, not counted as zeros: a missed morning must not look like a good one.
    """
    idx = DayIndex(series)
    dates = idx.dates
    # One pass with a running sum, exact as before (years of mornings made the window
    # sums the costliest part of the Progress model). Whole numbers (the pain scale) sum
    # as ints, and int / int is correctly rounded, as float(Fraction(a, b)) is.
    whole = all(isinstance(v, int) for v in idx.values)
    values: list[int] | list[Fraction] = (
        [int(v) for v in idx.values] if whole else [Fraction(v) for v in idx.values]
    )
    out: dict[date, float] = {}
    total: int | Fraction = 0
    lo = 0
    for i, d in enumerate(dates):
        total += values[i]
        first = d - timedelta(days=days - 1)
        while dates[lo] < first:
            total -= values[lo]
            lo += 1
        n = i - lo + 1
        out[d] = round_figure(total / n if whole else Fraction(total) / n)
    return out


@dataclass(frozen=True, slots=True)
class WeeklyTrend:
    week_start: date  # Monday of the week containing the day asked about
    this_mean: float | None
    last_mean: float | None
    delta: float | None
    this_count: int
    last_count: int
    rising: bool  # delta >= threshold (rule 3), compared exactly, not in floating point


def weekly_trend(
    series: Mapping[date, float], today: date, threshold: float = 1.0, min_count: int = 1
) -> WeeklyTrend:
    """Mean morning test of this ISO week (Monday to `today`) against the previous ISO week.

    `rising` needs at least `min_count` readings in each week (means are reported anyway).
    """
    idx = DayIndex(series)
    monday = week_start(today)
    this = idx.between(monday, today)
    last = idx.between(monday - timedelta(days=7), monday - timedelta(days=1))
    this_mean = Fraction(sum(Fraction(v) for v in this), len(this)) if this else None
    last_mean = Fraction(sum(Fraction(v) for v in last), len(last)) if last else None
    if this_mean is None or last_mean is None:
        return WeeklyTrend(
            monday,
            None if this_mean is None else round_figure(this_mean),
            None if last_mean is None else round_figure(last_mean),
            None,
            len(this),
            len(last),
            False,
        )
    delta = this_mean - last_mean
    return WeeklyTrend(
        monday,
        round_figure(this_mean),
        round_figure(last_mean),
        round_figure(delta),
        len(this),
        len(last),
        delta >= Fraction(threshold) and min(len(this), len(last)) >= min_count,
    )
