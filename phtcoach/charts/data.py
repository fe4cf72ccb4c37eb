"""The Progress screen's numbers as numpy arrays, computed once from the records.

Every value comes from `phtcoach.core.analysis`, so the charts, the advice and the tests
agree. This module imports no Qt: the model can be built and checked (and benchmarked)
without a display.

The series' shapes live in charts/series.py and the time axis in charts/time_axis.py;
their names are re-exported here so callers keep one import for "the Progress numbers".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

import numpy as np

from phtcoach.charts.series import (
    ActivityMarks,
    BaselineBand,
    DailySeries,
    DayValues,
    FloatArray,
    GettingStarted,
    ResponseBars,
    SessionMarks,
    StackedMinutes,
    VolumeSeries,
    f64,
)
from phtcoach.charts.time_axis import (
    DAY_S,
    RANGE_DAYS,
    XCache,
    day_of_x,
    midnight_x,
    noon_x,
    view_span,
)
from phtcoach.core.analysis import (
    SymmetryPoint,
    ToleranceRow,
    Verdict,
    activity_minutes_by_day,
    baseline_progress,
    baseline_series,
    bridge_symmetry,
    evening_series,
    load_by_exercise,
    local_date_of,
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

__all__ = [
    "BAND_HALF_WIDTH",
    "DAY_S",
    "MEAN_DAYS",
    "RANGE_DAYS",
    "ActivityMarks",
    "BaselineBand",
    "DailySeries",
    "DayValues",
    "FloatArray",
    "GettingStarted",
    "ProgressModel",
    "ResponseBars",
    "SessionMarks",
    "StackedMinutes",
    "VolumeSeries",
    "day_of_x",
    "midnight_x",
    "noon_x",
    "view_span",
]

MEAN_DAYS = 7  # the rolling mean drawn over the morning tests
BAND_HALF_WIDTH = 1.0  # PROTOCOL.md rule 2: more than 1 above the baseline is red


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
    # Built on the first look-up (hover, keyboard, report), not with the model: about a
    # tenth of a second at ten years that the first frame does not need.
    _by_day: dict[date, DayValues] | None = field(default=None, repr=False, compare=False)

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
        xs = XCache(tz)
        finished = [s for s in rec.sessions if _finished(s)]

        morning_vals = morning_series(rec.pain_entries)
        morning = DailySeries.build(morning_vals, xs)
        evening = DailySeries.build(evening_series(rec.pain_entries), xs)
        mean7 = DailySeries.build(rolling_mean(morning_vals, MEAN_DAYS), xs)
        band = _band(baseline_series(morning_vals, st.baseline_days, st.baseline_min_mornings), xs)

        marks_sorted = sorted(finished, key=lambda s: s.started_at)
        s_dates = tuple(local_date_of(s.started_at, tz) for s in marks_sorted)
        session_marks = SessionMarks(
            f64(xs(d) for d in s_dates),
            s_dates,
            tuple(s.template_id for s in marks_sorted),
            tuple(s.id for s in marks_sorted),
        )

        acts = sorted(rec.activities, key=lambda a: (a.local_date, a.recorded_at))
        activity_marks = ActivityMarks(
            f64(xs(a.local_date) for a in acts),
            tuple(a.local_date for a in acts),
            tuple(a.kind for a in acts),
            f64(a.minutes for a in acts),
        )

        results = session_responses(
            rec.sessions,
            rec.pain_entries,
            window_h=st.response_window_h,
            baseline_days=st.baseline_days,
            tz=tz,
            now=now,
            min_count=st.baseline_min_mornings,
            margin=st.red_margin,
            red_above=st.red_above,
        )
        responses = ResponseBars(
            f64(xs(r.session_date) for r in results),
            tuple(r.session_date for r in results),
            f64(np.nan if r.delta is None else r.delta for r in results),
            tuple(r.verdict for r in results),
            tuple(r.morning for r in results),
            tuple(r.template_id for r in results),
        )

        vol = volume_by_day(rec.sets, tz)
        v_dates = tuple(vol)
        volume = VolumeSeries(
            v_dates,
            f64(xs(d) for d in v_dates),
            f64(float(vol[d].reps) for d in v_dates),
            f64(float(vol[d].sets) for d in v_dates),
            f64(vol[d].tut_s for d in v_dates),
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
        # Counted as the advice counts them, so Today and Progress name the same number.
        mornings, _ = baseline_progress(morning_vals, None, st.baseline_min_mornings)
        getting_started = GettingStarted(
            mornings=mornings,
            mornings_needed=st.baseline_min_mornings,
            sessions=len(finished),
            activities=len(rec.activities),
            has_any=bool(all_days),
        )
        return cls(
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

    @classmethod
    def empty(cls, settings: Settings | None = None, tz: tzinfo | None = None) -> ProgressModel:
        """The model of a history with nothing in it yet (the default one made once: each
        chart widget starts from it, and nothing changes a model after `compute`)."""
        if settings is None and tz is None:
            global _EMPTY
            if _EMPTY is None:
                _EMPTY = cls.compute()
            return _EMPTY
        return cls.compute(settings=settings, tz=tz)

    # ------------------------------------------------------------------ look-ups

    def x_of(self, day: date) -> float:
        return noon_x(day, self.tz)

    def day_of(self, x: float) -> date:
        return day_of_x(x, self.tz)

    def values_on(self, day: date) -> DayValues:
        """Every series' value on `day` (fields None / empty where nothing was recorded)."""
        return self._days().get(day, DayValues(day))

    def days_with_data(self) -> list[date]:
        return sorted(self._days())

    def _days(self) -> dict[date, DayValues]:
        if self._by_day is None:
            self._by_day = _index_days(self)
        return self._by_day


_EMPTY: ProgressModel | None = None


def _pcts(points: Iterable[SymmetryPoint]) -> dict[date, float]:
    return {p.local_date: p.pct for p in points if p.pct is not None}


def _band(base: Mapping[date, float], xs: XCache) -> BaselineBand:
    items = sorted(base.items())
    b = f64(v for _, v in items)
    return BaselineBand(
        tuple(d for d, _ in items),
        f64(xs(d) for d, _ in items),
        b,
        np.maximum(b - BAND_HALF_WIDTH, 0.0),
        b + BAND_HALF_WIDTH,
    )


def _stacked_minutes(activities: Sequence[Activity], xs: XCache) -> StackedMinutes:
    present = {a.kind for a in activities}
    kinds = tuple(k for k in ActivityKind if k in present)  # a fixed stacking order
    per_kind = {k: activity_minutes_by_day(activities, frozenset({k})) for k in kinds}
    total_by_day = activity_minutes_by_day(activities)
    dates = tuple(total_by_day)
    minutes = {k: f64(per_kind[k].get(d, 0.0) for d in dates) for k in kinds}
    bottom: dict[ActivityKind, FloatArray] = {}
    top: dict[ActivityKind, FloatArray] = {}
    running = np.zeros(len(dates))
    for k in kinds:
        bottom[k] = running
        running = running + minutes[k]
        top[k] = running
    return StackedMinutes(
        dates,
        f64(xs(d) for d in dates),
        kinds,
        minutes,
        bottom,
        top,
        f64(total_by_day[d] for d in dates),
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
