"""The tolerance model's data: each day's factors beside the morning that answers for them.

The personal load-response model (`core.tolerance_model`) explains each morning test
above or below its baseline by what was done the day before, all factors together. This
module turns the records into that table and nothing else (no statistics, no numpy):

- one row per morning with a score and a baseline; mornings with no entry are missing, never
  zero, and so are the days whose next morning is missing;
- the outcome is the morning's score minus the baseline of the day the load was done (the
  same baseline the 24-hour rule compares with: the median of the last mornings before it);
- a row's factors are the previous day's, and with a response window over 24 hours also the
  day before that (a hilly run on Saturday can show on Monday morning): the same factor on
  both days adds up.

Factors, each a column of 0/1 unless said otherwise:

- `exercise:SLUG:TEMPLATE`: the exercise done in that template (its dosage step);
- `activity:KIND`: the activity done at all; `long:KIND`: its minutes that day over
  `LONG_MINUTES` (the extra effect of a long one, so "runs over ~60 min" can be told apart);
- `flag:KIND:FLAG`: done with that flag (a hilly run, an aero ride);
- `sitting`: hours sitting logged with the day's activities, per `SITTING_UNIT_H` hours;
- `hard`: a session with a set whose pain during rose above the acceptable ceiling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from enum import StrEnum

from phtcoach.core.analysis_common import local_date_of
from phtcoach.core.pain_series import DayIndex, first_morning_entries, median_or_none
from phtcoach.core.records import Activity, PainEntry, SessionRecord, SetRecord
from phtcoach.core.settings import Settings

LONG_MINUTES = 60
"""An activity longer than this (minutes on one day) also counts as `long:KIND`."""

SITTING_UNIT_H = 2.0
"""The sitting factor's unit: its effect is per this many hours sitting."""

MIN_BASELINE = 3
"""Mornings before the load day a baseline needs (as the 24-hour rule)."""


class FactorKind(StrEnum):
    EXERCISE = "exercise"
    ACTIVITY = "activity"
    LONG = "long"
    FLAG = "flag"
    SITTING = "sitting"
    HARD = "hard"


@dataclass(frozen=True, slots=True)
class Factor:
    """One column: `subject` is the exercise slug or activity kind, `detail` the template id
    or the flag ("" when there is none)."""

    kind: FactorKind
    subject: str = ""
    detail: str = ""

    @property
    def key(self) -> str:
        parts = [self.kind.value, self.subject, self.detail]
        return ":".join(p for p in parts if p)

    @staticmethod
    def parse(key: str) -> Factor:
        kind, *rest = key.split(":")
        return Factor(FactorKind(kind), *rest)


HARD = Factor(FactorKind.HARD)
SITTING = Factor(FactorKind.SITTING)


@dataclass(frozen=True, slots=True)
class MorningRow:
    """A morning that answers for the day(s) before it."""

    morning: date
    outcome: float  # morning score minus the baseline of the load day
    factors: Mapping[Factor, float]


@dataclass(frozen=True, slots=True)
class ToleranceDays:
    rows: tuple[MorningRow, ...]
    done: Mapping[Factor, int] = field(default_factory=dict)
    """For every factor: on how many days it was done with a fitted morning after it (the
    "N days" the words say; a day feeding two mornings counts once)."""
    lags: tuple[int, ...] = (1,)


def day_factors(
    sessions: Iterable[SessionRecord],
    sets: Iterable[SetRecord],
    activities: Iterable[Activity],
    *,
    ceiling: int,
    tz: tzinfo | None = None,
) -> dict[date, dict[Factor, float]]:
    """What each local day held, as factor values."""
    days: dict[date, dict[Factor, float]] = defaultdict(dict)
    template = {s.id: s.template_id for s in sessions if s.id is not None}
    for st in sets:
        if st.performed_reps <= 0 or st.session_id not in template:
            continue
        day = days[local_date_of(st.started_at, tz)]
        day[Factor(FactorKind.EXERCISE, st.exercise_slug, template[st.session_id])] = 1.0
        if st.pain_during is not None and st.pain_during > ceiling:
            day[HARD] = 1.0
    minutes: dict[tuple[date, str], float] = defaultdict(float)
    for a in activities:
        day = days[a.local_date]
        kind = a.kind.value
        day[Factor(FactorKind.ACTIVITY, kind)] = 1.0
        minutes[(a.local_date, kind)] += a.minutes
        for flag in a.flags:
            day[Factor(FactorKind.FLAG, kind, flag.value)] = 1.0
        if a.hours_sitting > 0:
            day[SITTING] = day.get(SITTING, 0.0) + a.hours_sitting / SITTING_UNIT_H
    for (d, kind), total in minutes.items():
        if total > LONG_MINUTES:
            days[d][Factor(FactorKind.LONG, kind)] = 1.0
    return dict(days)


def tolerance_days(
    sessions: Iterable[SessionRecord],
    sets: Iterable[SetRecord],
    entries: Iterable[PainEntry],
    activities: Iterable[Activity],
    settings: Settings,
    *,
    tz: tzinfo | None = None,
) -> ToleranceDays:
    """The rows the model is fitted on (see the module docstring)."""
    firsts = first_morning_entries(entries)
    scores = {d: float(s) for d, e in firsts.items() if (s := e.morning_score) is not None}
    index = DayIndex(scores)
    loads = day_factors(sessions, sets, activities, ceiling=settings.acceptable_ceiling, tz=tz)
    lags = (1, 2) if settings.response_window_h > 24 else (1,)
    rows: list[MorningRow] = []
    done_on: dict[Factor, set[date]] = defaultdict(set)  # the load days behind fitted rows
    first_load = min(loads, default=None)
    for morning, score in sorted(scores.items()):
        load_day = morning - timedelta(days=1)
        if first_load is None or load_day < first_load:
            continue  # nothing logged before it: the morning says nothing about any load
        base = median_or_none(index.before(load_day, settings.baseline_days), MIN_BASELINE)
        if base is None:
            continue
        factors: dict[Factor, float] = {}
        for lag in lags:
            day = morning - timedelta(days=lag)
            for f, v in loads.get(day, {}).items():
                factors[f] = factors.get(f, 0.0) + v
                done_on[f].add(day)
        rows.append(MorningRow(morning, score - base, factors))
    # Days done, not mornings: with a 36-hour window one hilly run feeds two mornings, and
    # "2 days" would say it was run twice.
    return ToleranceDays(tuple(rows), {f: len(d) for f, d in done_on.items()}, lags)
