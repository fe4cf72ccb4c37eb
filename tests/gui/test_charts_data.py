"""charts.data.ProgressModel: every series equals what the database rows say.

The expected values are computed here straight from SQL rows of a store holding 12 weeks
of demo history (first morning entry of a day, sums of reps, medians by hand), not from
core.analysis, so a slip in the model's plumbing cannot hide behind the function it calls.
"""

from __future__ import annotations

import itertools
import json
import statistics
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from phtcoach.charts.data import (
    RANGE_DAYS,
    ProgressModel,
    day_of_x,
    midnight_x,
    noon_x,
    view_span,
)
from phtcoach.core.analysis import Verdict, tolerance_table
from phtcoach.core.model import (
    ActivityKind,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
)
from phtcoach.storage.repository import Store
from tests.gui.charts_helpers import TODAY, demo_store_fixture, model_from


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from demo_store_fixture(tmp_path_factory)


@pytest.fixture(scope="module")
def model(demo_store: Store) -> ProgressModel:
    return model_from(demo_store)


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in store.conn.execute(sql).fetchall()]


def x_utc(d: date) -> float:
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


def db_mornings(store: Store) -> dict[date, float]:
    """First morning entry of each day (by time recorded): its test score, else its pain."""
    out: dict[date, float] = {}
    for day, score, pain in rows(
        store,
        "SELECT local_date, test_score, pain FROM pain_entries WHERE slot = 'morning' "
        "ORDER BY recorded_at, id",
    ):
        out.setdefault(date.fromisoformat(str(day)), float(score if score is not None else pain))
    return dict(sorted(out.items()))


def test_morning_series_is_the_first_morning_entry_of_each_day(
    demo_store: Store, model: ProgressModel
) -> None:
    expected = db_mornings(demo_store)
    # The demo re-tests one morning 40 minutes later with a lower score: the first counts.
    per_day = rows(
        demo_store,
        "SELECT local_date, COUNT(*) FROM pain_entries WHERE slot = 'morning' GROUP BY local_date "
        "HAVING COUNT(*) > 1",
    )
    assert per_day, "the demo should contain a day with two morning entries"
    assert list(model.morning.dates) == list(expected)
    assert model.morning.y.tolist() == list(expected.values())
    assert model.morning.x.tolist() == [x_utc(d) for d in expected]


def test_evening_series_is_the_last_evening_entry_of_each_day(
    demo_store: Store, model: ProgressModel
) -> None:
    expected: dict[date, float] = {}
    for day, pain in rows(
        demo_store,
        "SELECT local_date, pain FROM pain_entries WHERE slot = 'evening' ORDER BY recorded_at, id",
    ):
        expected[date.fromisoformat(str(day))] = float(pain)
    assert model.evening.as_dict() == dict(sorted(expected.items()))


def test_rolling_mean_is_the_mean_of_the_mornings_in_the_last_seven_days(
    demo_store: Store, model: ProgressModel
) -> None:
    mornings = db_mornings(demo_store)
    for d, value in model.mean7.as_dict().items():
        window = [v for day, v in mornings.items() if d - timedelta(days=6) <= day <= d]
        assert value == pytest.approx(round(sum(window) / len(window), 2), abs=1e-9), d
    assert list(model.mean7.dates) == list(mornings)


def test_baseline_band_is_the_median_of_the_previous_seven_mornings_plus_minus_one(
    demo_store: Store, model: ProgressModel
) -> None:
    mornings = db_mornings(demo_store)
    days = list(mornings)
    expected: dict[date, float] = {}
    for i, d in enumerate(days):
        before = [mornings[x] for x in days[max(0, i - 7) : i]]
        if len(before) >= 3:
            expected[d] = float(statistics.median(before))
    band = model.band
    assert dict(zip(band.dates, band.baseline.tolist(), strict=True)) == expected
    assert band.upper.tolist() == [b + 1 for b in expected.values()]
    assert band.lower.tolist() == [max(0.0, b - 1) for b in expected.values()]
    assert band.dates[0] == days[3]  # the fourth morning is the first with a baseline


def test_session_marks_are_every_finished_session_at_its_local_date(
    demo_store: Store, model: ProgressModel
) -> None:
    db = rows(
        demo_store,
        "SELECT started_at, template_id FROM sessions WHERE status != 'in_progress' "
        "ORDER BY started_at",
    )
    assert len(db) > 40
    assert list(model.sessions.template_ids) == [t for _, t in db]
    assert model.sessions.x.tolist() == [x_utc(date.fromisoformat(str(s)[:10])) for s, _ in db]


def test_activity_marks_and_minutes_per_kind_match_the_rows(
    demo_store: Store, model: ProgressModel
) -> None:
    db = rows(demo_store, "SELECT local_date, kind, minutes FROM activities")
    assert len(model.activities.x) == len(db)
    per_kind: dict[tuple[date, str], float] = defaultdict(float)
    total: dict[date, float] = defaultdict(float)
    for day, kind, minutes in db:
        d = date.fromisoformat(str(day))
        per_kind[(d, str(kind))] += float(minutes)
        total[d] += float(minutes)
    am = model.activity_minutes
    assert dict(zip(am.dates, am.total.tolist(), strict=True)) == dict(sorted(total.items()))
    assert set(am.kinds) == {ActivityKind(str(k)) for _, k, _ in db}
    for k in am.kinds:
        for i, d in enumerate(am.dates):
            assert am.minutes[k][i] == per_kind.get((d, k.value), 0.0)
    # Stacked in a fixed order: each kind's bar starts where the previous one ended.
    order = list(am.kinds)
    assert order == sorted(order, key=list(ActivityKind).index)
    np.testing.assert_allclose(am.top[order[-1]], am.total)
    for a, b in itertools.pairwise(order):
        np.testing.assert_allclose(am.bottom[b], am.top[a])


def test_daily_volume_sums_reps_and_hold_seconds_of_the_sets(
    demo_store: Store, model: ProgressModel
) -> None:
    reps: dict[date, float] = defaultdict(float)
    tut: dict[date, float] = defaultdict(float)
    for started, performed, holds in rows(
        demo_store, "SELECT started_at, performed_reps, hold_s FROM sets"
    ):
        d = date.fromisoformat(str(started)[:10])
        reps[d] += float(performed)
        tut[d] += sum(json.loads(str(holds)))
    v = model.volume
    assert dict(zip(v.dates, v.reps.tolist(), strict=True)) == dict(sorted(reps.items()))
    for d, seconds in zip(v.dates, v.tut_s.tolist(), strict=True):
        assert seconds == pytest.approx(tut[d])


def test_load_per_exercise_is_the_heaviest_set_of_each_day_for_loaded_exercises(
    demo_store: Store, model: ProgressModel
) -> None:
    best: dict[str, dict[date, float]] = defaultdict(dict)
    for slug, started, load in rows(
        demo_store, "SELECT exercise_slug, started_at, load_kg FROM sets"
    ):
        d = date.fromisoformat(str(started)[:10])
        day = best[str(slug)]
        day[d] = max(day.get(d, 0.0), float(load))
    loaded = {s: dict(sorted(v.items())) for s, v in best.items() if max(v.values()) > 0}
    assert set(model.load) == set(loaded) == {"fesl-bridge-eccentric", "fesl-bridge-tempo"}
    for slug, series in model.load.items():
        assert series.as_dict() == loaded[slug]
    assert 0.0 in model.load["fesl-bridge-eccentric"].y  # unloaded weeks are shown at 0 kg


def test_response_bars_are_next_morning_minus_baseline_per_session(
    demo_store: Store, model: ProgressModel
) -> None:
    mornings = db_mornings(demo_store)
    days = list(mornings)
    sessions = rows(
        demo_store,
        "SELECT started_at FROM sessions WHERE status != 'in_progress' ORDER BY started_at",
    )
    r = model.responses
    assert len(r.x) == len(sessions)
    checked = 0
    for i, (started,) in enumerate(sessions):
        d = date.fromisoformat(str(started)[:10])
        before = [mornings[x] for x in days if x < d][-7:]
        nxt = mornings.get(d + timedelta(days=1))
        if nxt is None or len(before) < 3:
            assert np.isnan(r.delta[i]), d
            continue
        base = statistics.median(before)
        assert r.delta[i] == pytest.approx(round(nxt - base, 2)), d
        want = (
            Verdict.RED
            if nxt > 5 or nxt > base + 1
            else Verdict.CLEARED
            if nxt <= base
            else Verdict.OK
        )
        assert r.verdicts[i] is want, d
        checked += 1
    assert checked > 40
    assert {Verdict.RED, Verdict.CLEARED} <= set(r.verdicts)


def test_bridge_symmetry_is_affected_over_other_side_in_percent(
    demo_store: Store, model: ProgressModel
) -> None:
    sides: dict[date, dict[str, float]] = defaultdict(dict)
    for day, kind, value in rows(
        demo_store,
        "SELECT local_date, kind, value FROM measures WHERE kind LIKE 'bridge_reps_%' "
        "ORDER BY recorded_at, id",
    ):
        sides[date.fromisoformat(str(day))][str(kind)] = float(value)
    assert model.settings.affected_side.value == "left"
    expected = {
        d: round(s["bridge_reps_left"] * 100 / s["bridge_reps_right"], 2)
        for d, s in sorted(sides.items())
    }
    assert model.symmetry_test.as_dict() == pytest.approx(expected)
    assert len(expected) >= 10


def test_tolerance_rows_are_analysis_tolerance_table(
    demo_store: Store, model: ProgressModel
) -> None:
    expected = tolerance_table(
        demo_store.sessions.list(),
        demo_store.sessions.all_sets(),
        demo_store.diary.pain_entries(),
        demo_store.diary.activities(),
        tz=UTC,
    )
    assert model.tolerance == expected
    assert {r.key for r in expected} >= {"fesl-bridge-hold", "walk", "run", "ride"}


def test_values_on_a_day_collect_every_series(model: ProgressModel) -> None:
    d = model.volume.dates[-1]
    v = model.values_on(d)
    assert v.morning == model.morning.as_dict().get(d)
    assert v.reps == model.volume.reps[-1]
    assert v.sessions
    assert v.sessions == tuple(
        t
        for day, t in zip(model.sessions.dates, model.sessions.template_ids, strict=True)
        if day == d
    )
    assert [verdict for verdict, _ in v.responses] == [
        verdict
        for day, verdict in zip(model.responses.dates, model.responses.verdicts, strict=True)
        if day == d
    ]
    nothing = model.values_on(date(2000, 1, 1))
    assert nothing.empty
    assert nothing.morning is None


def test_empty_history_gives_empty_arrays_and_says_nothing_is_logged() -> None:
    m = ProgressModel.empty()
    assert not m.getting_started.has_any
    assert m.getting_started.mornings_missing == 3
    assert len(m.morning.x) == len(m.band.x) == len(m.responses.x) == 0
    assert m.first_day is None
    assert m.load == {}
    assert m.tolerance == []


def test_getting_started_counts_mornings_until_a_baseline() -> None:
    def morning(d: date) -> PainEntry:
        return PainEntry(d, PainSlot.MORNING, datetime.combine(d, time(7), UTC), 3)

    m = ProgressModel.compute(pain_entries=[morning(TODAY - timedelta(days=1))])
    assert m.getting_started.has_any
    assert m.getting_started.mornings_missing == 2
    assert len(m.band.x) == 0
    entries = [morning(TODAY - timedelta(days=n)) for n in range(4)]
    session = SessionRecord(
        "iso-5x5",
        datetime.combine(TODAY - timedelta(days=1), time(18), UTC),
        "left",  # validated and converted by the model
        SessionStatus.COMPLETED,
        datetime.combine(TODAY - timedelta(days=1), time(18, 10), UTC),
    )
    m = ProgressModel.compute(pain_entries=entries, sessions=[session])
    gs = m.getting_started
    assert gs.has_baseline
    assert (gs.mornings, gs.sessions, gs.activities) == (4, 1, 0)
    assert m.band.dates == (TODAY,)


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Australia/Sydney"])
def test_time_axis_is_local_noon_and_maps_back_to_the_same_day_across_dst(zone: str) -> None:
    tz = ZoneInfo(zone)
    for d in (date(2026, 3, 8), date(2026, 3, 29), date(2026, 4, 5), date(2026, 10, 25)):
        x = noon_x(d, tz)
        assert datetime.fromtimestamp(x, tz).time() == time(12)
        assert day_of_x(x, tz) == d
        assert day_of_x(midnight_x(d, tz), tz) == d
        assert day_of_x(midnight_x(d + timedelta(days=1), tz) - 1, tz) == d


def test_sessions_are_placed_on_the_local_date_of_the_given_zone() -> None:
    tz = ZoneInfo("Europe/Berlin")
    started = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)  # 00:30 on 2 July in Berlin
    s = SessionRecord(
        "iso-5x5",
        started,
        "left",
        SessionStatus.COMPLETED,
        started + timedelta(minutes=10),
    )
    m = ProgressModel.compute(sessions=[s], tz=tz)
    assert m.sessions.dates == (date(2026, 7, 2),)
    assert m.sessions.x[0] == noon_x(date(2026, 7, 2), tz)


@pytest.mark.parametrize(("key", "days"), [("4w", 28), ("3m", 91)])
def test_range_spans_end_with_the_end_of_today(key: str, days: int) -> None:
    tz = ZoneInfo("Europe/London")
    start, end = view_span(key, TODAY, date(2020, 1, 1), tz)
    assert RANGE_DAYS[key] == days
    assert end == midnight_x(TODAY + timedelta(days=1), tz)
    assert start == midnight_x(TODAY - timedelta(days=days - 1), tz)
    assert day_of_x(start, tz) == TODAY - timedelta(days=days - 1)


def test_all_range_starts_at_the_first_record_and_bad_keys_are_refused() -> None:
    start, end = view_span("all", TODAY, date(2016, 3, 1), UTC)
    assert start == midnight_x(date(2016, 3, 1), UTC)
    assert end == midnight_x(TODAY + timedelta(days=1), UTC)
    short = view_span("all", TODAY, TODAY - timedelta(days=2), UTC)
    assert short[0] == midnight_x(TODAY - timedelta(days=6), UTC)  # at least a week
    with pytest.raises(ValueError, match="4w, 3m, all"):
        view_span("1y", TODAY, None, UTC)


def test_model_with_a_zone_matches_the_model_in_utc_for_diary_dates(demo_store: Store) -> None:
    tz = ZoneInfo("America/Los_Angeles")
    local = model_from(demo_store, tz)
    utc = model_from(demo_store)
    assert local.morning.dates == utc.morning.dates  # diary days are stored, not derived
    assert local.morning.x.tolist() == [noon_x(d, tz) for d in local.morning.dates]
    # Sessions carry UTC stamps: a 07:45 UTC session is the evening before in Los Angeles.
    started = [s.started_at for s in demo_store.sessions.list()]
    assert local.sessions.dates == tuple(t.astimezone(tz).date() for t in started)
    assert local.sessions.dates != utc.sessions.dates
