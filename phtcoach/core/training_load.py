"""Training and activity load: volume, heaviest loads, side symmetry, minutes and spikes.

These are the figures the load-spike guard and the Progress charts read from the set log
and the activity diary; they never look at pain, which is `pain_series` and
`pain_response`'s business.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from fractions import Fraction

from phtcoach.core.analysis_common import local_date_of, round_figure, week_start
from phtcoach.core.model import Activity, ActivityKind, Measure, MeasureKind, SetRecord, Side

RUN_KINDS: frozenset[ActivityKind] = frozenset({ActivityKind.RUN})


@dataclass(frozen=True, slots=True)
class Volume:
    sets: int = 0
    reps: int = 0
    tut_s: float = 0.0  # time under tension, seconds

    def __add__(self, other: Volume) -> Volume:
        return Volume(self.sets + other.sets, self.reps + other.reps, self.tut_s + other.tut_s)


def volume_by_day(sets: Iterable[SetRecord], tz: tzinfo | None = None) -> dict[date, Volume]:
    """Sets, performed reps and time under tension per local date, ascending."""
    acc: dict[date, list[float]] = {}  # [sets, reps, tut]: no Volume per set on the way
    for s in sets:
        d = local_date_of(s.started_at, tz)
        a = acc.get(d)
        if a is None:
            acc[d] = [1, s.performed_reps, s.time_under_tension_s]
        else:
            a[0] += 1
            a[1] += s.performed_reps
            a[2] += s.time_under_tension_s
    return {d: Volume(int(a[0]), int(a[1]), a[2]) for d, a in sorted(acc.items())}


def volume_by_week(sets: Iterable[SetRecord], tz: tzinfo | None = None) -> dict[date, Volume]:
    """Volume per ISO week, keyed on the week's Monday, ascending."""
    out: dict[date, Volume] = defaultdict(Volume)
    for d, v in volume_by_day(sets, tz).items():
        out[week_start(d)] = out[week_start(d)] + v
    return dict(sorted(out.items()))


def volume_by_exercise(
    sets: Iterable[SetRecord], tz: tzinfo | None = None, *, weekly: bool = False
) -> dict[str, dict[date, Volume]]:
    """Per exercise slug: volume per local date (or per ISO week's Monday when `weekly`)."""
    grouped: dict[str, list[SetRecord]] = defaultdict(list)
    for s in sets:
        grouped[s.exercise_slug].append(s)
    fn = volume_by_week if weekly else volume_by_day
    return {slug: fn(grouped[slug], tz) for slug in sorted(grouped)}


@dataclass(frozen=True, slots=True)
class LoadPoint:
    local_date: date
    session_id: int
    max_load_kg: float


def load_by_exercise(
    sets: Iterable[SetRecord], tz: tzinfo | None = None
) -> dict[str, list[LoadPoint]]:
    """Per exercise slug: the heaviest load of each session, in time order."""
    best: dict[tuple[str, int], tuple[datetime, float]] = {}
    for s in sets:
        key = (s.exercise_slug, s.session_id)
        first, load = best.get(key, (s.started_at, 0.0))
        best[key] = (min(first, s.started_at), max(load, s.load_kg))
    out: dict[str, list[LoadPoint]] = defaultdict(list)
    for (slug, sid), (first, load) in sorted(best.items(), key=lambda kv: (kv[0][0], kv[1][0])):
        out[slug].append(LoadPoint(local_date_of(first, tz), sid, load))
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------- symmetry


@dataclass(frozen=True, slots=True)
class SymmetryPoint:
    local_date: date
    affected: float
    other: float
    pct: float | None  # affected / other x 100; None when the other side is 0


def _pct(a: float, b: float) -> float | None:
    return None if b == 0 else round_figure(Fraction(a) * 100 / Fraction(b))


def bridge_symmetry(measures: Iterable[Measure], affected: Side) -> list[SymmetryPoint]:
    """Single-leg bridge reps, affected side as % of the other, on dates with both sides.

    Two readings of one side on a date: the last recorded counts (a re-test replaces it).
    """
    if affected is Side.BOTH:
        raise ValueError("affected side must be left or right")
    kinds = {Side.LEFT: MeasureKind.BRIDGE_REPS_LEFT, Side.RIGHT: MeasureKind.BRIDGE_REPS_RIGHT}
    latest: dict[tuple[date, Side], float] = {}
    rows = sorted(measures, key=lambda m: (m.recorded_at, m.id or 0))
    for m in rows:
        for side, kind in kinds.items():
            if m.kind is kind:
                latest[(m.local_date, side)] = m.value
    out = []
    for d in sorted({d for d, _ in latest}):
        a, o = latest.get((d, affected)), latest.get((d, affected.other))
        if a is not None and o is not None:
            out.append(SymmetryPoint(d, a, o, _pct(a, o)))
    return out


def set_symmetry(
    sets: Iterable[SetRecord], affected: Side, tz: tzinfo | None = None
) -> list[SymmetryPoint]:
    """Performed reps per local date on the affected side as % of the other (single-leg sets
    only), on dates where both sides were worked."""
    if affected is Side.BOTH:
        raise ValueError("affected side must be left or right")
    reps: dict[tuple[date, Side], int] = defaultdict(int)
    for s in sets:
        if s.side is not Side.BOTH:
            reps[(local_date_of(s.started_at, tz), s.side)] += s.performed_reps
    out = []
    for d in sorted({d for d, _ in reps}):
        a, o = reps.get((d, affected)), reps.get((d, affected.other))
        if a is not None and o is not None:
            out.append(SymmetryPoint(d, float(a), float(o), _pct(a, o)))
    return out


# --------------------------------------------------------------------------- activity load


def activity_minutes_by_day(
    activities: Iterable[Activity], kinds: frozenset[ActivityKind] | None = None
) -> dict[date, float]:
    """Minutes per local date (of the given kinds; None: all), ascending."""
    out: dict[date, float] = defaultdict(float)
    for a in activities:
        if kinds is None or a.kind in kinds:
            out[a.local_date] += a.minutes
    return dict(sorted(out.items()))


def _minutes_between(
    activities: Iterable[Activity], kinds: frozenset[ActivityKind] | None, first: date, last: date
) -> float:
    return sum(
        a.minutes
        for a in activities
        if first <= a.local_date <= last and (kinds is None or a.kind in kinds)
    )


@dataclass(frozen=True, slots=True)
class VolumeChange:
    recent_start: date
    recent_min: float  # minutes in the `days` days ending today
    previous_min: float  # minutes in the `days` days before that
    change_pct: float | None  # None when there is nothing before to compare with
    previous_covered: bool = True  # the diary (any activity) reaches back to the previous period

    def rises_more_than(self, pct: float) -> bool:
        """The load-spike test, exact at the boundary (a 30 % rise is not 'more than 30 %')."""
        if self.previous_min <= 0:
            return False
        recent, previous = Fraction(self.recent_min), Fraction(self.previous_min)
        return recent * 100 > previous * (100 + Fraction(pct))


def volume_change(
    activities: Iterable[Activity],
    today: date,
    kinds: frozenset[ActivityKind] | None = RUN_KINDS,
    days: int = 14,
) -> VolumeChange:
    """Minutes in the last `days` days (today included) against the `days` days before.

    Default kinds: running only (the load-spike guard's evidence is about running); pass
    None for all activity minutes. `previous_covered` is False when the first activity of
    any kind was logged after the previous period began: a diary started ten days ago would
    otherwise look like a spike.
    """
    acts = [a for a in activities if a.local_date <= today]
    recent_start = today - timedelta(days=days - 1)
    previous_start = recent_start - timedelta(days=days)
    recent = _minutes_between(acts, kinds, recent_start, today)
    previous = _minutes_between(acts, kinds, previous_start, recent_start - timedelta(days=1))
    pct = (
        None
        if previous <= 0
        else round_figure((Fraction(recent) - Fraction(previous)) * 100 / previous)
    )
    covered = bool(acts) and min(a.local_date for a in acts) <= previous_start
    return VolumeChange(recent_start, round_figure(recent), round_figure(previous), pct, covered)


@dataclass(frozen=True, slots=True)
class Acwr:
    acute_min: float  # last 7 days
    chronic_weekly_min: float  # mean week over the last 28 days
    ratio: float | None


def acute_chronic_ratio(
    activities: Iterable[Activity],
    today: date,
    kinds: frozenset[ActivityKind] | None = None,
) -> Acwr:
    """Acute:chronic workload ratio of activity minutes: shown for information only, never used
    to gate anything (Impellizzeri 2020)."""
    acts = list(activities)
    acute = _minutes_between(acts, kinds, today - timedelta(days=6), today)
    chronic = Fraction(_minutes_between(acts, kinds, today - timedelta(days=27), today)) / 4
    ratio = None if chronic == 0 else round_figure(Fraction(acute) / chronic)
    return Acwr(round_figure(acute), round_figure(chronic), ratio)
