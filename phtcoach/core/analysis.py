"""Pure analysis over the diary and the set log: the numbers the charts and the rules read.

Everything here is a function of records and explicit arguments (no clock, no database),
so the Progress screen, the advice and the tests all see the same values.

Days: pain entries, activities and measures carry their `local_date`, stored at entry
time, and are keyed on it as stored. Sessions and sets only carry aware UTC stamps; they
are placed on a day by converting to the time zone passed in (`tz`, default: the system's
local zone), so a session just after midnight in summer time lands on the right date.

Choices the protocol leaves open (all *(design)*):
- Morning series: one value per local date, the `morning_score` of the FIRST morning entry
  recorded that day (the test is taken once, on waking; a later entry is a re-test or a
  note and must not replace the reading the baseline was built from). Days without a
  morning entry are gaps, never zeros.
- Evening series: the LAST evening entry of the day (the day's end state; an earlier one
  was usually corrected).
- Baseline: median of the last `days` morning tests strictly before the date; fewer than
  `MIN_BASELINE_TESTS` (3) -> no baseline yet (None).
- 24-hour response: the first morning test on a local date after the day the session
  ended, provided it is the very next morning (whenever it was typed in) or it was
  recorded within `window_h` hours of the session's end (a missed next morning can be
  replaced by the one after only inside the window).
"""

from __future__ import annotations

import bisect
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from fractions import Fraction

from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)

MIN_BASELINE_TESTS = 3  # *(design)*: a median of fewer readings is just noise
RED_ABSOLUTE = 5  # PROTOCOL.md rule 2: a morning test above 5/10 is red whatever the baseline
RUN_KINDS: frozenset[ActivityKind] = frozenset({ActivityKind.RUN})


# --------------------------------------------------------------------------- time helpers


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


def _q(x: float | Fraction) -> float:
    """Round for display and storage in results (two decimals is finer than any pain scale)."""
    return round(float(x), 2)


# --------------------------------------------------------------------------- series


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


class _Index:
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


def _median_or_none(values: Sequence[float], min_count: int) -> float | None:
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
    return _median_or_none(_Index(series).before(on, days), min_count)


def baseline_series(
    series: Mapping[date, float],
    days: int = 7,
    min_count: int = MIN_BASELINE_TESTS,
) -> dict[date, float]:
    """For each date of `series`, the baseline that morning was compared with (dates without one
    left out): the Progress chart draws it as the baseline band."""
    idx = _Index(series)
    out: dict[date, float] = {}
    for d in idx.dates:
        b = _median_or_none(idx.before(d, days), min_count)
        if b is not None:
            out[d] = b
    return out


def rolling_mean(series: Mapping[date, float], days: int = 7) -> dict[date, float]:
    """Mean of the values within the `days` calendar days ending at each date of `series`.

    Gaps are skipped, not counted as zeros: a missed morning must not look like a good one.
    """
    idx = _Index(series)
    out: dict[date, float] = {}
    for d in idx.dates:
        window = idx.between(d - timedelta(days=days - 1), d)
        out[d] = _q(Fraction(sum(Fraction(v) for v in window), len(window)))
    return out


# --------------------------------------------------------------------------- 24-hour response


class Verdict(StrEnum):
    """The 24-hour response of one session (PROTOCOL.md rule 2)."""

    CLEARED = "cleared"  # next morning <= baseline
    OK = "ok"  # above baseline by at most 1 (and <= 5): not red, not cleared either
    RED = "red"  # > baseline + 1, or > 5
    PENDING = "pending"  # no morning test yet, and one can still come
    MISSED = "missed"  # the window closed without a morning test
    NO_BASELINE = "no_baseline"  # a morning test <= 5 but fewer than 3 tests to compare with


def judge_morning(morning: float, base: float | None) -> Verdict:
    """Rule 2 on one morning test: red above baseline + 1 or above 5; cleared at or below."""
    if morning > RED_ABSOLUTE:
        return Verdict.RED
    if base is None:
        return Verdict.NO_BASELINE
    if morning > base + 1:
        return Verdict.RED
    if morning <= base:
        return Verdict.CLEARED
    return Verdict.OK


@dataclass(frozen=True, slots=True)
class ResponseResult:
    session_id: int | None
    template_id: str
    session_date: date  # local date the session started
    ended_at: datetime
    morning: int | None
    morning_date: date | None
    baseline: float | None  # baseline at the session's date
    delta: float | None  # morning - baseline
    verdict: Verdict


def _session_end(s: SessionRecord) -> datetime:
    return s.ended_at if s.ended_at is not None else s.started_at


def _counted(s: SessionRecord) -> bool:
    """Sessions whose load the tendon saw: completed or ended early, not still running."""
    return s.status is not SessionStatus.IN_PROGRESS


class ResponseFinder:
    """Finds 24-hour responses; built once per history so many look-ups stay cheap."""

    def __init__(
        self,
        entries: Iterable[PainEntry],
        *,
        window_h: int = 24,
        baseline_days: int = 7,
        tz: tzinfo | None = None,
    ) -> None:
        self.firsts = first_morning_entries(entries)
        self.series = {d: e.morning_score for d, e in self.firsts.items()}
        clean = {d: float(v) for d, v in self.series.items() if v is not None}
        self.index = _Index(clean)
        self.window = timedelta(hours=window_h)
        self.baseline_days = baseline_days
        self.tz = tz

    def baseline(self, on: date) -> float | None:
        return _median_or_none(self.index.before(on, self.baseline_days), MIN_BASELINE_TESTS)

    def morning_after(self, end: datetime) -> PainEntry | None:
        """The morning entry that answers for load ending at `end` (see module docstring)."""
        end_day = local_date_of(end, self.tz)
        last_day = max(end_day + timedelta(days=1), local_date_of(end + self.window, self.tz))
        lo = bisect.bisect_right(self.index.dates, end_day)
        hi = bisect.bisect_right(self.index.dates, last_day)
        for d in self.index.dates[lo:hi]:
            e = self.firsts[d]
            if d == end_day + timedelta(days=1) or e.recorded_at <= end + self.window:
                return e
        return None

    def still_open(self, end: datetime, now: datetime | None) -> bool:
        """Whether a morning test for load ending at `end` can still arrive at `now`."""
        if now is None:
            return False
        next_day_over = local_midnight(local_date_of(end, self.tz) + timedelta(days=2), self.tz)
        return now < max(end + self.window, next_day_over)

    def response(self, s: SessionRecord, now: datetime | None = None) -> ResponseResult:
        end = _session_end(s)
        day = local_date_of(s.started_at, self.tz)
        base = self.baseline(day)
        entry = self.morning_after(end)
        if entry is None or entry.morning_score is None:
            verdict = Verdict.PENDING if self.still_open(end, now) else Verdict.MISSED
            return ResponseResult(s.id, s.template_id, day, end, None, None, base, None, verdict)
        m = entry.morning_score
        delta = None if base is None else _q(m - base)
        return ResponseResult(
            s.id, s.template_id, day, end, m, entry.local_date, base, delta, judge_morning(m, base)
        )


def session_responses(
    sessions: Iterable[SessionRecord],
    entries: Iterable[PainEntry],
    *,
    window_h: int = 24,
    baseline_days: int = 7,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> list[ResponseResult]:
    """The 24-hour response of every finished session, in start order.

    `now` (aware) separates PENDING from MISSED; None treats the record as complete.
    """
    finder = ResponseFinder(entries, window_h=window_h, baseline_days=baseline_days, tz=tz)
    done = sorted((s for s in sessions if _counted(s)), key=lambda s: s.started_at)
    return [finder.response(s, now) for s in done]


# --------------------------------------------------------------------------- weekly trend


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
    idx = _Index(series)
    monday = week_start(today)
    this = idx.between(monday, today)
    last = idx.between(monday - timedelta(days=7), monday - timedelta(days=1))
    this_mean = Fraction(sum(Fraction(v) for v in this), len(this)) if this else None
    last_mean = Fraction(sum(Fraction(v) for v in last), len(last)) if last else None
    if this_mean is None or last_mean is None:
        return WeeklyTrend(
            monday,
            None if this_mean is None else _q(this_mean),
            None if last_mean is None else _q(last_mean),
            None,
            len(this),
            len(last),
            False,
        )
    delta = this_mean - last_mean
    return WeeklyTrend(
        monday,
        _q(this_mean),
        _q(last_mean),
        _q(delta),
        len(this),
        len(last),
        delta >= Fraction(threshold) and min(len(this), len(last)) >= min_count,
    )


# --------------------------------------------------------------------------- volume and load


@dataclass(frozen=True, slots=True)
class Volume:
    sets: int = 0
    reps: int = 0
    tut_s: float = 0.0  # time under tension, seconds

    def __add__(self, other: Volume) -> Volume:
        return Volume(self.sets + other.sets, self.reps + other.reps, self.tut_s + other.tut_s)


def _set_volume(s: SetRecord) -> Volume:
    return Volume(1, s.performed_reps, s.time_under_tension_s)


def volume_by_day(sets: Iterable[SetRecord], tz: tzinfo | None = None) -> dict[date, Volume]:
    """Sets, performed reps and time under tension per local date, ascending."""
    out: dict[date, Volume] = defaultdict(Volume)
    for s in sets:
        d = local_date_of(s.started_at, tz)
        out[d] = out[d] + _set_volume(s)
    return dict(sorted(out.items()))


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
    return None if b == 0 else _q(Fraction(a) * 100 / Fraction(b))


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
    pct = None if previous <= 0 else _q((Fraction(recent) - Fraction(previous)) * 100 / previous)
    covered = bool(acts) and min(a.local_date for a in acts) <= previous_start
    return VolumeChange(recent_start, _q(recent), _q(previous), pct, covered)


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
    ratio = None if chronic == 0 else _q(Fraction(acute) / chronic)
    return Acwr(_q(acute), _q(chronic), ratio)


# --------------------------------------------------------------------------- tolerance


class ToleranceSource(StrEnum):
    EXERCISE = "exercise"
    ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class ToleranceRow:
    source: ToleranceSource
    key: str  # exercise slug or activity kind
    occurrences: int  # days done with a known next-morning delta
    worse: int  # of those, next morning above the baseline
    rate: float | None  # worse / occurrences
    mean_delta: float | None  # mean (next morning - baseline)


def _row(source: ToleranceSource, key: str, deltas: list[float]) -> ToleranceRow:
    n = len(deltas)
    worse = sum(1 for x in deltas if x > 0)
    return ToleranceRow(
        source,
        key,
        n,
        worse,
        None if n == 0 else _q(Fraction(worse, n)),
        None if n == 0 else _q(sum(Fraction(x) for x in deltas) / n),
    )


def tolerance_table(
    sessions: Iterable[SessionRecord],
    sets: Iterable[SetRecord],
    entries: Iterable[PainEntry],
    activities: Iterable[Activity],
    *,
    window_h: int = 24,
    baseline_days: int = 7,
    tz: tzinfo | None = None,
) -> list[ToleranceRow]:
    """How often each exercise and activity kind was followed by a morning above baseline.

    Counted once per day it was done (three sessions of one exercise in a day share one next
    morning): for exercises, the 24-hour response of the day's last session containing it;
    for activities (which have no end time), the first morning test of the next local date
    against the baseline of the activity's date. Days without a known delta (no morning
    test, no baseline yet) are left out of the counts.
    """
    finder = ResponseFinder(entries, window_h=window_h, baseline_days=baseline_days, tz=tz)
    slugs_by_session: dict[int, set[str]] = defaultdict(set)
    for st in sets:
        slugs_by_session[st.session_id].add(st.exercise_slug)
    per_day: dict[tuple[str, date], tuple[datetime, float | None]] = {}
    for s in sessions:
        if s.id is None or not _counted(s):
            continue
        r = finder.response(s)
        for slug in slugs_by_session.get(s.id, ()):
            key = (slug, r.session_date)
            if key not in per_day or per_day[key][0] < r.ended_at:
                per_day[key] = (r.ended_at, r.delta)
    ex: dict[str, list[float]] = defaultdict(list)
    for (slug, _), (_, delta) in per_day.items():
        ex.setdefault(slug, [])
        if delta is not None:
            ex[slug].append(delta)

    act: dict[str, list[float]] = defaultdict(list)
    seen: set[tuple[ActivityKind, date]] = set()
    for a in activities:
        if (a.kind, a.local_date) in seen:
            continue
        seen.add((a.kind, a.local_date))
        act.setdefault(a.kind.value, [])
        nxt = finder.series.get(a.local_date + timedelta(days=1))
        base = finder.baseline(a.local_date)
        if nxt is not None and base is not None:
            act[a.kind.value].append(nxt - base)

    rows = [_row(ToleranceSource.EXERCISE, k, ex[k]) for k in sorted(ex)]
    rows += [_row(ToleranceSource.ACTIVITY, k, act[k]) for k in sorted(act)]
    return rows
