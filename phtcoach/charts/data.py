"""The Progress screen's numbers as numpy arrays, computed once from the records.

Every value comes from `phtcoach.core.analysis`, so the charts, the advice and the tests
agree. This module imports no Qt: the model can be built and checked (and benchmarked)
without a display.

Time axis: one x per local date, the epoch seconds of that date's local noon in `tz`
(what pyqtgraph's DateAxisItem reads). Noon keeps a daily point inside its own day on
the axis whatever the DST offset, and a day's bar can be centred on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

import numpy as np
import numpy.typing as npt

from phtcoach.core.analysis import (
    MIN_BASELINE_TESTS,
    SymmetryPoint,
    ToleranceRow,
    Verdict,
    activity_minutes_by_day,
    baseline_series,
    bridge_symmetry,
    evening_series,
    load_by_exercise,
    local_date_of,
    local_midnight,
    morning_series,
    rolling_mean,
    session_responses,
    set_symmetry,
    tolerance_table,
    volume_by_day,
)
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
)

FloatArray = npt.NDArray[np.float64]

MEAN_DAYS = 7  # the rolling mean drawn over the morning tests
BAND_HALF_WIDTH = 1.0  # PROTOCOL.md rule 2: more than 1 above the baseline is red
DAY_S = 86_400.0

# Range buttons: calendar days shown, ending with today (None: everything).
RANGE_DAYS: dict[str, int | None] = {"4w": 28, "3m": 91, "all": None}


def noon_x(day: date, tz: tzinfo | None = None) -> float:
    """Epoch seconds of local noon on `day` in `tz` (None: the system's local zone)."""
    naive = datetime.combine(day, time(12))
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return aware.timestamp()


def day_of_x(x: float, tz: tzinfo | None = None) -> date:
    """The local date containing the instant `x` (epoch seconds): where the cursor points."""
    return datetime.fromtimestamp(x, tz).date()


def midnight_x(day: date, tz: tzinfo | None = None) -> float:
    """Epoch seconds at which `day` begins in `tz`: range edges fall on day boundaries."""
    return local_midnight(day, tz).timestamp()


def view_span(
    key: str, today: date, first_day: date | None, tz: tzinfo | None = None
) -> tuple[float, float]:
    """The x range a range button shows: whole local days ending with the end of `today`."""
    if key not in RANGE_DAYS:
        raise ValueError(f"range must be one of {', '.join(RANGE_DAYS)}, not {key!r}")
    days = RANGE_DAYS[key]
    end = midnight_x(today + timedelta(days=1), tz)
    if days is None:
        start_day = min(first_day, today) if first_day is not None else today
        start_day = min(start_day, today - timedelta(days=6))  # never a sliver of a week
    else:
        start_day = today - timedelta(days=days - 1)
    return midnight_x(start_day, tz), end


def _f64(values: Iterable[float]) -> FloatArray:
    return np.fromiter(values, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class DailySeries:
    """Values on local dates, ascending: `x[i]` is the noon of `dates[i]`."""

    dates: tuple[date, ...]
    x: FloatArray
    y: FloatArray

    @staticmethod
    def build(values: Mapping[date, float], xs: _XCache) -> DailySeries:
        items = sorted(values.items())
        return DailySeries(
            tuple(d for d, _ in items),
            _f64(xs(d) for d, _ in items),
            _f64(float(v) for _, v in items),
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


class _XCache:
    """noon_x per date, memoised: ten years of series share a few thousand dates."""

    def __init__(self, tz: tzinfo | None) -> None:
        self.tz = tz
        self._cache: dict[date, float] = {}

    def __call__(self, d: date) -> float:
        x = self._cache.get(d)
        if x is None:
            x = self._cache[d] = noon_x(d, self.tz)
        return x


def _finished(s: SessionRecord) -> bool:
    return s.status is not SessionStatus.IN_PROGRESS


@dataclass(frozen=True, slots=True)
class _Records:
    pain_entries: list[PainEntry]
    activities: list[Activity]
    measures: list[Measure]
    sessions: list[SessionRecord]
    sets: list[SetRecord]


@dataclass
class ProgressModel:
    """All Progress series for one history. Build it with `ProgressModel.compute(...)`."""

    tz: tzinfo | None
    settings: Settings
    morning: DailySeries
    evening: DailySeries
    mean7: DailySeries
    band: BaselineBand
    sessions: SessionMarks
    activities: ActivityMarks
    responses: ResponseBars
    volume: VolumeSeries
    load: dict[str, DailySeries]  # exercise slug -> max load (kg) per session date
    activity_minutes: StackedMinutes
    symmetry_test: DailySeries  # bridge-test reps, affected side as % of the other
    symmetry_sets: DailySeries  # single-leg set reps, affected as % of the other
    tolerance: list[ToleranceRow]
    getting_started: GettingStarted
    first_day: date | None
    last_day: date | None
    _by_day: dict[date, DayValues] = field(default_factory=dict, repr=False)

    @classmethod
    def compute(
        cls,
        *,
        pain_entries: Sequence[PainEntry] = (),
        activities: Sequence[Activity] = (),
        measures: Sequence[Measure] = (),
        sessions: Sequence[SessionRecord] = (),
        sets: Sequence[SetRecord] = (),
        settings: Settings | None = None,
        tz: tzinfo | None = None,
        now: datetime | None = None,
    ) -> ProgressModel:
        """Every series from the stored records.

        `now` (aware) lets a session from last night show as pending instead of missed;
        `tz` places sessions and sets (UTC stamps) on local dates, like the advice does.
        """
        st = settings if settings is not None else Settings()
        rec = _Records(
            list(pain_entries), list(activities), list(measures), list(sessions), list(sets)
        )
        xs = _XCache(tz)
        finished = [s for s in rec.sessions if _finished(s)]

        morning_vals = morning_series(rec.pain_entries)
        morning = DailySeries.build(morning_vals, xs)
        evening = DailySeries.build(evening_series(rec.pain_entries), xs)
        mean7 = DailySeries.build(rolling_mean(morning_vals, MEAN_DAYS), xs)
        band = _band(baseline_series(morning_vals, st.baseline_days), xs)

        marks_sorted = sorted(finished, key=lambda s: s.started_at)
        s_dates = tuple(local_date_of(s.started_at, tz) for s in marks_sorted)
        session_marks = SessionMarks(
            _f64(xs(d) for d in s_dates),
            s_dates,
            tuple(s.template_id for s in marks_sorted),
            tuple(s.id for s in marks_sorted),
        )

        acts = sorted(rec.activities, key=lambda a: (a.local_date, a.recorded_at))
        activity_marks = ActivityMarks(
            _f64(xs(a.local_date) for a in acts),
            tuple(a.local_date for a in acts),
            tuple(a.kind for a in acts),
            _f64(a.minutes for a in acts),
        )

        results = session_responses(
            rec.sessions,
            rec.pain_entries,
            window_h=st.response_window_h,
            baseline_days=st.baseline_days,
            tz=tz,
            now=now,
        )
        responses = ResponseBars(
            _f64(xs(r.session_date) for r in results),
            tuple(r.session_date for r in results),
            _f64(np.nan if r.delta is None else r.delta for r in results),
            tuple(r.verdict for r in results),
            tuple(r.morning for r in results),
            tuple(r.template_id for r in results),
        )

        vol = volume_by_day(rec.sets, tz)
        v_dates = tuple(vol)
        volume = VolumeSeries(
            v_dates,
            _f64(xs(d) for d in v_dates),
            _f64(float(vol[d].reps) for d in v_dates),
            _f64(float(vol[d].sets) for d in v_dates),
            _f64(vol[d].tut_s for d in v_dates),
        )

        load: dict[str, DailySeries] = {}
        for slug, points in load_by_exercise(rec.sets, tz).items():
            if not any(p.max_load_kg > 0 for p in points):
                continue  # a bodyweight-only exercise would be a flat line at 0
            per_day: dict[date, float] = {}
            for p in points:
                per_day[p.local_date] = max(per_day.get(p.local_date, 0.0), p.max_load_kg)
            load[slug] = DailySeries.build(per_day, xs)

        minutes = _stacked_minutes(rec.activities, xs)
        affected = st.affected_side
        sym_test = DailySeries.build(_pcts(bridge_symmetry(rec.measures, affected)), xs)
        sym_sets = DailySeries.build(_pcts(set_symmetry(rec.sets, affected, tz)), xs)
        tolerance = tolerance_table(
            rec.sessions,
            rec.sets,
            rec.pain_entries,
            rec.activities,
            window_h=st.response_window_h,
            baseline_days=st.baseline_days,
            tz=tz,
        )

        all_days = [
            *morning.dates,
            *evening.dates,
            *s_dates,
            *activity_marks.dates,
            *v_dates,
            *(m.local_date for m in rec.measures),
            *(e.local_date for e in rec.pain_entries),
        ]
        getting_started = GettingStarted(
            mornings=len(morning),
            mornings_needed=MIN_BASELINE_TESTS,
            sessions=len(finished),
            activities=len(rec.activities),
            has_any=bool(all_days),
        )
        model = cls(
            tz=tz,
            settings=st,
            morning=morning,
            evening=evening,
            mean7=mean7,
            band=band,
            sessions=session_marks,
            activities=activity_marks,
            responses=responses,
            volume=volume,
            load=load,
            activity_minutes=minutes,
            symmetry_test=sym_test,
            symmetry_sets=sym_sets,
            tolerance=tolerance,
            getting_started=getting_started,
            first_day=min(all_days) if all_days else None,
            last_day=max(all_days) if all_days else None,
        )
        model._by_day = _index_days(model)
        return model

    @classmethod
    def empty(cls, settings: Settings | None = None, tz: tzinfo | None = None) -> ProgressModel:
        """The model of a history with nothing in it yet."""
        return cls.compute(settings=settings, tz=tz)

    # ------------------------------------------------------------------ look-ups

    def x_of(self, day: date) -> float:
        return noon_x(day, self.tz)

    def day_of(self, x: float) -> date:
        return day_of_x(x, self.tz)

    def values_on(self, day: date) -> DayValues:
        """Every series' value on `day` (fields None / empty where nothing was recorded)."""
        return self._by_day.get(day, DayValues(day))

    def days_with_data(self) -> list[date]:
        return sorted(self._by_day)


def _pcts(points: Iterable[SymmetryPoint]) -> dict[date, float]:
    return {p.local_date: p.pct for p in points if p.pct is not None}


def _band(base: Mapping[date, float], xs: _XCache) -> BaselineBand:
    items = sorted(base.items())
    b = _f64(v for _, v in items)
    return BaselineBand(
        tuple(d for d, _ in items),
        _f64(xs(d) for d, _ in items),
        b,
        np.maximum(b - BAND_HALF_WIDTH, 0.0),
        b + BAND_HALF_WIDTH,
    )


def _stacked_minutes(activities: Sequence[Activity], xs: _XCache) -> StackedMinutes:
    present = {a.kind for a in activities}
    kinds = tuple(k for k in ActivityKind if k in present)  # a fixed stacking order
    per_kind = {k: activity_minutes_by_day(activities, frozenset({k})) for k in kinds}
    total_by_day = activity_minutes_by_day(activities)
    dates = tuple(total_by_day)
    minutes = {k: _f64(per_kind[k].get(d, 0.0) for d in dates) for k in kinds}
    bottom: dict[ActivityKind, FloatArray] = {}
    top: dict[ActivityKind, FloatArray] = {}
    running = np.zeros(len(dates))
    for k in kinds:
        bottom[k] = running
        running = running + minutes[k]
        top[k] = running
    return StackedMinutes(
        dates,
        _f64(xs(d) for d in dates),
        kinds,
        minutes,
        bottom,
        top,
        _f64(total_by_day[d] for d in dates),
    )


def _index_days(m: ProgressModel) -> dict[date, DayValues]:
    """One DayValues per date that has anything: hover look-ups are then a dict get."""
    fields_by_day: dict[date, dict[str, object]] = defaultdict(dict)

    def put(series: DailySeries, name: str) -> None:
        for d, v in zip(series.dates, series.y.tolist(), strict=True):
            fields_by_day[d][name] = v

    put(m.morning, "morning")
    put(m.evening, "evening")
    put(m.mean7, "mean7")
    put(m.symmetry_test, "symmetry_test")
    put(m.symmetry_sets, "symmetry_sets")
    for d, b in zip(m.band.dates, m.band.baseline.tolist(), strict=True):
        fields_by_day[d]["baseline"] = b
    sessions: dict[date, list[str]] = defaultdict(list)
    for d, t in zip(m.sessions.dates, m.sessions.template_ids, strict=True):
        sessions[d].append(t)
    responses: dict[date, list[tuple[Verdict, float | None]]] = defaultdict(list)
    for d, v, delta in zip(
        m.responses.dates, m.responses.verdicts, m.responses.delta.tolist(), strict=True
    ):
        responses[d].append((v, None if np.isnan(delta) else delta))
    for i, d in enumerate(m.volume.dates):
        fields_by_day[d]["reps"] = float(m.volume.reps[i])
        fields_by_day[d]["tut_s"] = float(m.volume.tut_s[i])
    loads: dict[date, list[tuple[str, float]]] = defaultdict(list)
    for slug, series in m.load.items():
        for d, kg in zip(series.dates, series.y.tolist(), strict=True):
            loads[d].append((slug, kg))
    acts: dict[date, list[tuple[ActivityKind, float]]] = defaultdict(list)
    sm = m.activity_minutes
    for i, d in enumerate(sm.dates):
        for k in sm.kinds:
            mins = float(sm.minutes[k][i])
            if mins > 0:
                acts[d].append((k, mins))
    for d, ts in sessions.items():
        fields_by_day[d]["sessions"] = tuple(ts)
    for d, rs in responses.items():
        fields_by_day[d]["responses"] = tuple(rs)
    for d, ls in loads.items():
        fields_by_day[d]["loads"] = tuple(ls)
    for d, a in acts.items():
        fields_by_day[d]["activities"] = tuple(a)
    return {
        d: DayValues(d, **f)  # type: ignore[arg-type]  # keys are DayValues' field names
        for d, f in sorted(fields_by_day.items())
    }
