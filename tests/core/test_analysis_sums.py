"""The one-pass sums of the Progress numbers against the plain computation they replaced,
on random series (the 7-day mean, the tolerance table's mean change, volume per day)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from phtcoach.core.analysis import rolling_mean, volume_by_day
from phtcoach.core.analysis_common import exact_sum, local_date_of, round_figure
from phtcoach.core.model import SetRecord, Side
from phtcoach.core.pain_series import DayIndex
from phtcoach.core.training_load import Volume

START = date(2020, 1, 1)


def plain_rolling_mean(series: dict[date, float], days: int) -> dict[date, float]:
    idx = DayIndex(series)
    out: dict[date, float] = {}
    for d in idx.dates:
        window = idx.between(d - timedelta(days=days - 1), d)
        out[d] = round_figure(Fraction(sum(Fraction(v) for v in window), len(window)))
    return out


offsets = st.lists(st.integers(0, 400), unique=True, max_size=120)
scores = st.integers(0, 10)
finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@given(offsets, st.data(), st.integers(1, 30))
def test_rolling_mean_of_whole_scores_equals_the_plain_mean(
    days_in: list[int], data: st.DataObject, days: int
) -> None:
    series = {START + timedelta(days=o): data.draw(scores) for o in days_in}
    assert rolling_mean(series, days) == plain_rolling_mean(series, days)  # type: ignore[arg-type]


@given(offsets, st.data(), st.integers(1, 30))
def test_rolling_mean_of_any_floats_equals_the_plain_mean(
    days_in: list[int], data: st.DataObject, days: int
) -> None:
    series = {START + timedelta(days=o): data.draw(finite) for o in days_in}
    assert rolling_mean(series, days) == plain_rolling_mean(series, days)


@given(st.lists(st.one_of(finite, st.floats(-1e-300, 1e-300, allow_nan=False))))
def test_exact_sum_is_the_fraction_sum(values: list[float]) -> None:
    assert exact_sum(values) == sum((Fraction(v) for v in values), Fraction(0))


sets_st = st.lists(
    st.tuples(
        st.integers(0, 60 * 24 * 30),  # minutes after the start
        st.integers(0, 100),  # performed reps
        st.lists(st.floats(0, 600, allow_nan=False), max_size=8),  # holds
    ),
    max_size=60,
)


@given(sets_st)
def test_volume_by_day_equals_the_sum_of_each_sets_volume(rows: list) -> None:  # type: ignore[type-arg]
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    sets = [
        SetRecord(
            1,
            "fesl-bridge-hold",
            0,
            1,
            Side.LEFT,
            8,
            reps,
            t0 + timedelta(minutes=m),
            t0 + timedelta(minutes=m),
            tuple(holds),
        )
        for m, reps, holds in rows
    ]
    plain: dict[date, Volume] = defaultdict(Volume)
    for s in sets:
        d = local_date_of(s.started_at, UTC)
        plain[d] = plain[d] + Volume(1, s.performed_reps, s.time_under_tension_s)
    assert volume_by_day(sets, UTC) == dict(sorted(plain.items()))
