"""The personal load-response model: its arithmetic, its honesty, and its calibration on
simulated histories with planted effects (tests/tolerance/simulate.py).

The calibration figures in docs/tolerance.md come from `calibrate.py` with more seeds; here a
fixed sample keeps `make test` quick while still failing if the model stops being honest.
"""

from __future__ import annotations

import random
import statistics
from dataclasses import replace
from datetime import date, timedelta

import pytest

from phtcoach.core.enums import ActivityFlag, ActivityKind
from phtcoach.core.records import Activity
from phtcoach.core.settings import Settings
from phtcoach.core.tolerance_days import Factor, FactorKind, tolerance_days
from phtcoach.core.tolerance_model import (
    LEVEL,
    ToleranceModel,
    Verdict,
    fit,
    t_cdf,
    t_quantile,
)
from tests.tolerance.calibrate import calibration, detection_weeks
from tests.tolerance.simulate import (
    AERO_RIDE,
    HILLY_RUN,
    PLANTED,
    RIDE,
    RUN,
    WALK,
    History,
    _at,
    simulate,
)


def model_of(h: History, settings: Settings | None = None) -> ToleranceModel:
    return fit(tolerance_days(h.sessions, h.sets, h.entries, h.activities, settings or Settings()))


@pytest.mark.parametrize(
    ("p", "dof", "expected"),
    [(0.9, 3, 1.638), (0.9, 5, 1.476), (0.9, 10, 1.372), (0.9, 30, 1.310), (0.9, 1e6, 1.2816)],
)
def test_t_quantiles_match_the_tables(p: float, dof: float, expected: float) -> None:
    assert t_quantile(p, dof) == pytest.approx(expected, abs=0.01)
    assert t_cdf(t_quantile(p, dof), dof) == pytest.approx(p, abs=0.005)


def test_a_factor_seen_three_times_does_not_shout() -> None:
    """A harmless swim done three times, in 100 histories: the prior pulls its estimates
    towards "no effect" (against the same fit with a nearly flat prior), it is almost never
    called likely worse, and when it cannot be called the line says about how many more
    swims would tell."""
    called, unknown = 0, 0
    shrunk, flat = [], []
    for seed in range(100):
        h = simulate(seed, weeks=10)
        mornings = sorted({e.local_date for e in h.entries})
        swims = random.Random(seed).sample(mornings[14:-1], 3)
        acts = h.activities + [Activity(d, ActivityKind.SWIM, 30, _at(d, 9)) for d in swims]
        days = tolerance_days(h.sessions, h.sets, h.entries, acts, Settings())
        swim = fit(days).effect_of(Factor(FactorKind.ACTIVITY, "swim"))
        loose = fit(days, prior_sd=100.0).effect_of(Factor(FactorKind.ACTIVITY, "swim"))
        assert swim is not None and loose is not None and swim.days <= 3
        shrunk.append(abs(swim.effect))
        flat.append(abs(loose.effect))
        called += swim.verdict is Verdict.LIKELY_WORSE
        if swim.verdict is Verdict.UNKNOWN:
            unknown += 1
            assert swim.more_days is not None and swim.more_days >= 1
    assert statistics.fmean(shrunk) < 0.9 * statistics.fmean(flat)
    assert called <= 5 and unknown >= 75


def test_missing_mornings_are_missing_not_zero() -> None:
    """Every morning after a hilly run went unlogged: the model knows nothing about hills
    (no rows), rather than reading the gaps as pain-free mornings."""
    h = simulate(5, weeks=12)
    hilly = {
        a.local_date + timedelta(days=1) for a in h.activities if ActivityFlag.HILLS in a.flags
    }
    entries = [e for e in h.entries if e.local_date not in hilly]
    days = tolerance_days(h.sessions, h.sets, entries, h.activities, Settings())
    assert HILLY_RUN not in days.done
    assert all(r.morning not in hilly for r in days.rows)
    assert fit(days).effect_of(HILLY_RUN) is None


def test_a_36_hour_window_lets_a_factor_act_on_the_morning_after_next() -> None:
    h = simulate(6, weeks=8)
    one = tolerance_days(h.sessions, h.sets, h.entries, h.activities, Settings())
    two = tolerance_days(
        h.sessions, h.sets, h.entries, h.activities, Settings(response_window_h=36)
    )
    assert one.lags == (1,) and two.lags == (1, 2)
    carried = [sum(1 for r in d.rows if HILLY_RUN in r.factors) for d in (one, two)]
    assert carried[1] > carried[0]  # the morning after next carries it too
    hilly_days = {a.local_date for a in h.activities if ActivityFlag.HILLS in a.flags}
    assert one.done[HILLY_RUN] <= two.done[HILLY_RUN] <= len(hilly_days)


def test_a_day_feeding_two_mornings_counts_once() -> None:
    """Regression: with a 36-hour window, "N days" counted mornings, so one hilly run was
    "2 days" (and "about M more would tell" asked for half as many as it meant)."""
    h = simulate(6, weeks=8, missed=0.0)
    hilly = sorted(a.local_date for a in h.activities if ActivityFlag.HILLS in a.flags)
    one_run = hilly[len(hilly) // 2]  # well after the first baseline
    acts = [a for a in h.activities if ActivityFlag.HILLS not in a.flags or a.local_date == one_run]
    days = tolerance_days(h.sessions, h.sets, h.entries, acts, Settings(response_window_h=36))
    assert sum(1 for r in days.rows if HILLY_RUN in r.factors) == 2
    assert days.done[HILLY_RUN] == 1


def test_dose_is_told_apart_for_long_activities() -> None:
    """Runs over an hour planted at +1.2, shorter ones at 0: the dose lines say so."""
    h = simulate(8, weeks=16, planted={})
    long_days = {a.local_date for a in h.activities if a.kind is ActivityKind.RUN}
    long_days = set(sorted(long_days)[::2])
    acts = [
        replace(a, minutes=80.0) if a.kind is ActivityKind.RUN and a.local_date in long_days else a
        for a in h.activities
    ]
    bumped = {d + timedelta(days=1) for d in long_days}
    entries = [
        replace(e, pain=min(10, e.pain + 1)) if e.local_date in bumped else e for e in h.entries
    ]
    m = model_of(History(h.sessions, h.sets, entries, acts))
    (dose,) = [d for d in m.doses if d.subject == "run"]
    assert dose.over.effect - dose.under.effect > 0.5
    assert dose.over.low > dose.under.low


def test_factors_always_done_together_share_one_line() -> None:
    h = simulate(9, weeks=12)
    acts = [
        replace(a, flags=a.flags | {ActivityFlag.HILLS}) if ActivityFlag.AERO in a.flags else a
        for a in h.activities
    ]
    m = model_of(History(h.sessions, h.sets, h.entries, acts))
    aero = m.effect_of(AERO_RIDE)
    assert aero is not None and aero.together == (Factor(FactorKind.FLAG, "ride", "hills"),)
    assert m.effect_of(Factor(FactorKind.FLAG, "ride", "hills")) is None


# ------------------------------------------------------------------ calibration

SEEDS = range(120)


def test_planted_effects_lie_inside_their_intervals_about_as_often_as_promised() -> None:
    table = calibration(SEEDS, weeks=12)
    for factor, row in table.items():
        assert 0.7 <= row.inside <= 0.95, (factor.key, row)
    assert set(table) >= {HILLY_RUN, AERO_RIDE, WALK, RUN, RIDE}
    assert LEVEL == 0.8


def test_a_harmless_factor_is_rarely_called_likely_worse() -> None:
    for weeks in (8, 12):
        table = calibration(SEEDS, weeks=weeks)
        for factor, row in table.items():
            if PLANTED.get(factor, 0.0) == 0.0:
                assert row.worse <= 0.05, (weeks, factor.key, row)


def test_the_hilly_run_is_found_within_eight_weeks() -> None:
    weeks = detection_weeks(range(60), HILLY_RUN)
    found = [w for w in weeks if w is not None]
    assert statistics.median(w if w is not None else 99 for w in weeks) <= 8
    assert len([w for w in found if w <= 8]) / len(weeks) >= 0.6


def test_simulated_histories_are_what_they_say() -> None:
    h = simulate(1, weeks=4)
    days = {e.local_date for e in h.entries}
    assert len(days) <= 28 and min(days) == date(2026, 1, 5)
    assert any(ActivityFlag.HILLS in a.flags for a in h.activities)
