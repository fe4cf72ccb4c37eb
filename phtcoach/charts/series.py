"""The shapes of the Progress series: numpy arrays over local dates, one frozen record each.

Separate from the computation (charts/data.py) because the drawing code and the hover
read-out only need to know these shapes, not how they were derived from the records. No Qt
here either: the series can be checked and benchmarked without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from phtcoach.charts.time_axis import XCache
from phtcoach.core.analysis import Verdict
from phtcoach.core.model import ActivityKind

FloatArray = npt.NDArray[np.float64]


def f64(values: Iterable[float]) -> FloatArray:
    return np.fromiter(values, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Values on local dates, ascending: `x[i]` is the noon of `dates[i]`."""

    dates: tuple[date, ...]
    x: FloatArray
    y: FloatArray

    @staticmethod
    def build(values: Mapping[date, float], xs: XCache) -> DailySeries:
        items = sorted(values.items())
        return DailySeries(
            tuple(d for d, _ in items),
            f64(xs(d) for d, _ in items),
            f64(float(v) for _, v in items),
        )

    def __len__(self) -> int:
        return len(self.dates)

    def as_dict(self) -> dict[date, float]:
        return dict(zip(self.dates, self.y.tolist(), strict=True))


@dataclass(frozen=True, slots=True)
class BaselineBand:
    """Rule 2's band: the baseline each morning was judged against, +/- 1."""

    dates: tuple[date, ...]
    x: FloatArray
    baseline: FloatArray
    lower: FloatArray  # never below 0: the pain scale's floor
    upper: FloatArray  # above this line the morning is red


@dataclass(frozen=True, slots=True)
class SessionMarks:
    """Finished sessions on the time axis, in start order."""

    x: FloatArray
    dates: tuple[date, ...]
    template_ids: tuple[str, ...]
    session_ids: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class ActivityMarks:
    """Activities on the time axis, in date order."""

    x: FloatArray
    dates: tuple[date, ...]
    kinds: tuple[ActivityKind, ...]
    minutes: FloatArray


@dataclass(frozen=True, slots=True)
class ResponseBars:
    """The 24-hour response of each finished session: a bar of `delta` at its date.

    `delta` is NaN where it is unknown (no morning test yet or missed, no baseline yet).
    """

    x: FloatArray
    dates: tuple[date, ...]
    delta: FloatArray
    verdicts: tuple[Verdict, ...]
    mornings: tuple[int | None, ...]
    template_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VolumeSeries:
    """Reps performed and time under tension per local date (sets of every session)."""

    dates: tuple[date, ...]
    x: FloatArray
    reps: FloatArray
    sets: FloatArray
    tut_s: FloatArray


@dataclass(frozen=True, slots=True)
class StackedMinutes:
    """Activity minutes per date and kind, stacked in `kinds` order: kind k's bar runs from
    `bottom[k]` to `top[k]` (both over the same dates)."""

    dates: tuple[date, ...]
    x: FloatArray
    kinds: tuple[ActivityKind, ...]
    minutes: dict[ActivityKind, FloatArray]  # 0 on dates without that kind
    bottom: dict[ActivityKind, FloatArray]
    top: dict[ActivityKind, FloatArray]
    total: FloatArray


@dataclass(frozen=True, slots=True)
class GettingStarted:
    """What a new user still has to log before each chart means something."""

    mornings: int  # days with a morning test
    mornings_needed: int  # for a baseline (MIN_BASELINE_TESTS)
    sessions: int  # finished sessions
    activities: int
    has_any: bool  # any record at all

    @property
    def mornings_missing(self) -> int:
        return max(0, self.mornings_needed - self.mornings)

    @property
    def has_baseline(self) -> bool:
        return self.mornings_missing == 0


@dataclass(frozen=True, slots=True)
class DayValues:
    """Every series' value on one date: what the hover read-out shows."""

    day: date
    morning: float | None = None
    evening: float | None = None
    mean7: float | None = None
    baseline: float | None = None
    sessions: tuple[str, ...] = ()  # template ids
    responses: tuple[tuple[Verdict, float | None], ...] = ()
    reps: float | None = None
    tut_s: float | None = None
    loads: tuple[tuple[str, float], ...] = ()  # exercise slug, max kg that day
    activities: tuple[tuple[ActivityKind, float], ...] = ()  # kind, minutes that day
    symmetry_test: float | None = None
    symmetry_sets: float | None = None

    @property
    def empty(self) -> bool:
        return self == DayValues(self.day)
