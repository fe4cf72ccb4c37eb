"""core.analysis: exact numbers from hand-made histories."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from phtcoach.core.analysis import (
    LoadPoint,
    ResponseResult,
    SymmetryPoint,
    ToleranceRow,
    ToleranceSource,
    Verdict,
    Volume,
    activity_minutes_by_day,
    acute_chronic_ratio,
    baseline,
    baseline_series,
    bridge_symmetry,
    evening_series,
    judge_morning,
    load_by_exercise,
    local_date_of,
    local_midnight,
    morning_series,
    rolling_mean,
    session_responses,
    set_symmetry,
    tolerance_table,
    volume_by_day,
    volume_by_exercise,
    volume_by_week,
    volume_change,
    weekly_trend,
)
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)

D0 = date(2026, 3, 2)  # a Monday


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def at(d: date, hh: int = 7, mm: int = 10, tz: tzinfo = UTC) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=tz).astimezone(UTC)


def morning(
    d: date, score: int, hh: int = 7, mm: int = 10, *, pain: int | None = None
) -> PainEntry:
    return PainEntry(
        d,
        PainSlot.MORNING,
        at(d, hh, mm),
        score if pain is None else pain,
        MorningTest.SL_BRIDGE_3,
        score,
    )


def mornings(scores: dict[int, int]) -> list[PainEntry]:
    return [morning(day(n), s) for n, s in scores.items()]


def session(
    sid: int,
    start: datetime,
    minutes: float = 10,
    template: str = "iso-5x5",
    status: SessionStatus = SessionStatus.COMPLETED,
) -> SessionRecord:
    end = None if status is SessionStatus.IN_PROGRESS else start + timedelta(minutes=minutes)
    return SessionRecord(template, start, Side.LEFT, status, end, id=sid)


def a_set(
    sid: int,
    start: datetime,
    reps: int = 5,
    hold: float = 5.0,
    *,
    slug: str = "fesl-bridge-hold",
    side: Side = Side.LEFT,
    load: float = 0.0,
    pain: int | None = 1,
    set_no: int = 1,
) -> SetRecord:
    return SetRecord(
        sid,
        slug,
        0,
        set_no,
        side,
        reps,
        reps,
        start,
        start + timedelta(seconds=reps * hold),
        tuple([hold] * reps),
        "",
        load,
        pain,
    )


def activity(d: date, kind: ActivityKind, minutes: float) -> Activity:
    return Activity(d, kind, minutes, at(d, 12, 0))


# --------------------------------------------------------------------------- series


def test_morning_series_uses_first_entry_of_the_day_and_leaves_gaps() -> None:
    entries = [
        morning(day(0), 4),
        morning(day(0), 2, hh=9),  # a re-test later that morning: ignored
        morning(day(2), 3),  # day 1 missing: a gap, not a zero
        PainEntry(day(1), PainSlot.EVENING, at(day(1), 20), 5),
        PainEntry(day(3), PainSlot.MORNING, at(day(3)), 6),  # no test: the pain counts
    ]
    # Inserted out of order: the first *recorded* wins, not the first in the list.
    entries.insert(0, entries.pop(1))
    assert morning_series(entries) == {day(0): 4, day(2): 3, day(3): 6}


def test_evening_series_uses_last_entry_of_the_day() -> None:
    entries = [
        PainEntry(day(0), PainSlot.EVENING, at(day(0), 22), 3),
        PainEntry(day(0), PainSlot.EVENING, at(day(0), 20), 5),
        PainEntry(day(1), PainSlot.OTHER, at(day(1), 15), 7),
        morning(day(1), 2),
    ]
    assert evening_series(entries) == {day(0): 3}


def test_baseline_is_median_of_last_seven_before_the_date() -> None:
    s = {day(i): v for i, v in enumerate([9, 1, 2, 3, 4, 5, 6, 7])}
    # Before day 8: the last 7 are 1..7 (the 9 of day 0 dropped) -> median 4.
    assert baseline(s, day(8)) == 4.0
    # The date itself is excluded: before day 7 -> 9,1,2,3,4,5,6 -> median 4.
    assert baseline(s, day(7)) == 4.0
    assert baseline(s, day(3)) == 2.0  # 9, 1, 2
    assert baseline(s, day(2)) is None  # only 2 tests: no baseline yet
    assert baseline(s, day(4), days=3) == 2.0  # 1, 2, 3


def test_baseline_counts_tests_not_calendar_days() -> None:
    s = {day(0): 2, day(1): 4, day(20): 6}
    assert baseline(s, day(30)) == 4.0
    assert baseline({day(0): 2, day(1): 3, day(5): 4, day(6): 5}, day(7)) == 3.5


def test_baseline_series_lists_each_morning_with_its_baseline() -> None:
    s = {day(0): 4, day(1): 2, day(2): 3, day(3): 5, day(5): 1}
    assert baseline_series(s) == {day(3): 3.0, day(5): 3.5}


def test_rolling_mean_skips_gaps() -> None:
    s = {day(0): 4, day(1): 2, day(5): 3, day(7): 6, day(20): 1}
    assert rolling_mean(s) == {
        day(0): 4.0,
        day(1): 3.0,
        day(5): 3.0,  # (4 + 2 + 3) / 3
        day(7): 3.67,  # days 1..7: (2 + 3 + 6) / 3
        day(20): 1.0,  # nothing else in the window: no zeros invented
    }


# --------------------------------------------------------------------------- 24-hour response


BASE3 = {-3: 3, -2: 3, -1: 3}  # baseline 3 for day 0 onwards


@pytest.mark.parametrize(
    ("next_morning", "verdict", "delta"),
    [
        (2, Verdict.CLEARED, -1.0),
        (3, Verdict.CLEARED, 0.0),
        (4, Verdict.OK, 1.0),
        (5, Verdict.RED, 2.0),
    ],
)
def test_session_response_against_baseline(
    next_morning: int, verdict: Verdict, delta: float
) -> None:
    entries = [*mornings(BASE3), morning(day(0), 3), morning(day(1), next_morning)]
    [r] = session_responses([session(1, at(day(0), 18))], entries)
    assert r == ResponseResult(
        1, "iso-5x5", day(0), at(day(0), 18, 20), next_morning, day(1), 3.0, delta, verdict
    )


def test_morning_above_five_is_red_even_without_baseline() -> None:
    assert judge_morning(6, None) is Verdict.RED
    assert judge_morning(5, None) is Verdict.NO_BASELINE
    assert judge_morning(6, 5.5) is Verdict.RED  # within +1 but above 5
    assert judge_morning(5, 5.0) is Verdict.CLEARED
    [r] = session_responses([session(1, at(day(0), 18))], [morning(day(1), 7)])
    assert (r.verdict, r.baseline, r.delta) == (Verdict.RED, None, None)


def test_response_pending_then_missed() -> None:
    s = session(1, at(day(0), 18))  # 18:10-18:20 UTC
    entries = mornings(BASE3)
    [r] = session_responses([s], entries, now=at(day(1), 9))
    assert r.verdict is Verdict.PENDING
    # The next morning can still be logged all of day 1, even past the 24 h window.
    [r] = session_responses([s], entries, now=at(day(1), 23, 59))
    assert r.verdict is Verdict.PENDING
    [r] = session_responses([s], entries, now=at(day(2), 0, 1))
    assert r.verdict is Verdict.MISSED
    [r] = session_responses([s], entries)  # no `now`: the record is complete
    assert r.verdict is Verdict.MISSED


def test_window_lets_a_later_morning_answer_only_inside_it() -> None:
    s = session(1, at(day(0), 20))  # 20:10-20:20
    entries = [*mornings(BASE3), morning(day(2), 2, hh=7, mm=0)]  # day 1 missing; +34 h 40
    [r24] = session_responses([s], entries, window_h=24)
    [r36] = session_responses([s], entries, window_h=36)
    assert r24.verdict is Verdict.MISSED
    assert (r36.verdict, r36.morning_date) == (Verdict.CLEARED, day(2))


def test_next_morning_counts_even_when_typed_in_late() -> None:
    s = session(1, at(day(0), 7, 45))
    late = PainEntry(day(1), PainSlot.MORNING, at(day(1), 19), 4, MorningTest.SL_BRIDGE_3, 4)
    [r] = session_responses([s], [*mornings(BASE3), late])
    assert (r.verdict, r.morning) == (Verdict.OK, 4)


def test_same_day_morning_does_not_answer_and_in_progress_is_skipped() -> None:
    entries = [*mornings(BASE3), morning(day(0), 9, hh=23)]  # a late 'morning' entry same day
    sessions = [
        session(1, at(day(0), 8)),
        session(2, at(day(0), 9), status=SessionStatus.IN_PROGRESS),
    ]
    [r] = session_responses(sessions, entries)
    assert (r.session_id, r.verdict) == (1, Verdict.MISSED)


def test_two_morning_entries_first_one_answers() -> None:
    entries = [*mornings(BASE3), morning(day(1), 5, hh=7), morning(day(1), 2, hh=8)]
    [r] = session_responses([session(1, at(day(0), 18))], entries)
    assert (r.morning, r.verdict) == (5, Verdict.RED)


def _london() -> ZoneInfo:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # pragma: no cover - the tz database is a system package
        pytest.skip("no IANA time zone database on this machine")


def test_dst_spring_forward_uses_local_dates_and_real_hours() -> None:
    london = _london()

    def test_at(d: date, hh: int, mm: int, score: int) -> PainEntry:
        recorded = datetime(d.year, d.month, d.day, hh, mm, tzinfo=london).astimezone(UTC)
        return PainEntry(d, PainSlot.MORNING, recorded, score, MorningTest.SL_BRIDGE_3, score)

    # 2026-03-29: clocks go 01:00 GMT -> 02:00 BST; that night has 23 hours.
    fri, sun, mon, tue = date(2026, 3, 27), date(2026, 3, 29), date(2026, 3, 30), date(2026, 3, 31)
    entries = [test_at(date(2026, 3, 24 + i), 7, 10, 3) for i in range(3)]
    entries += [test_at(sun, 8, 30, 2), test_at(mon, 7, 0, 5), test_at(tue, 7, 0, 3)]
    # Friday 20:00 GMT, no Saturday test: Sunday 08:30 BST is 35.5 real hours later
    # (36.5 on the wall clock).
    s1 = session(1, datetime(2026, 3, 27, 20, 0, tzinfo=london).astimezone(UTC), minutes=0)
    # 00:30 BST on Monday is 23:30 UTC on Sunday: a Monday session for this user.
    s2 = session(2, datetime(2026, 3, 30, 0, 30, tzinfo=london).astimezone(UTC), minutes=0)

    r1, r2 = session_responses([s1, s2], entries, tz=london, window_h=36)
    assert (r1.session_date, r1.morning_date, r1.verdict) == (fri, sun, Verdict.CLEARED)
    assert (r2.session_date, r2.morning_date, r2.morning) == (mon, tue, 3)
    r1_35, _ = session_responses([s1, s2], entries, tz=london, window_h=35)
    assert r1_35.verdict is Verdict.MISSED  # 35.5 h > 35 h: real hours, not wall-clock ones
    # Read in UTC the late session would be Sunday's and answered by Monday's 5/10.
    _, r2_utc = session_responses([s1, s2], entries, tz=UTC, window_h=36)
    assert (r2_utc.session_date, r2_utc.morning_date, r2_utc.verdict) == (sun, mon, Verdict.RED)
    assert local_date_of(s2.started_at, london) == mon
    assert local_midnight(mon, london) == datetime(2026, 3, 29, 23, 0, tzinfo=UTC)
    assert local_midnight(sun, london) == datetime(2026, 3, 29, 0, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- weekly trend


def test_weekly_trend_iso_weeks() -> None:
    s = {day(-7): 2, day(-6): 2, day(-5): 3, day(0): 3, day(1): 4, day(2): 3}
    t = weekly_trend(s, day(2))
    assert (t.week_start, t.this_mean, t.last_mean, t.delta) == (D0, 3.33, 2.33, 1.0)
    assert (t.this_count, t.last_count, t.rising) == (3, 3, True)  # exactly +1: rising
    t = weekly_trend({**s, day(2): 2}, day(2))
    assert (t.delta, t.rising) == (0.67, False)
    assert weekly_trend(s, day(1), min_count=3).rising is False  # 2 readings this week
    assert weekly_trend({day(0): 3}, day(0)).last_mean is None


# --------------------------------------------------------------------------- volume, load, symmetry


def test_volume_per_day_week_and_exercise() -> None:
    sets = [
        a_set(1, at(day(0), 8), reps=5, hold=5.0),
        a_set(1, at(day(0), 8, 30), reps=5, hold=5.0, set_no=2),
        a_set(2, at(day(1), 18), reps=8, hold=12.0, slug="fesl-bridge-eccentric"),
        a_set(3, at(day(7), 18), reps=4, hold=15.0),
    ]
    assert volume_by_day(sets) == {
        day(0): Volume(2, 10, 50.0),
        day(1): Volume(1, 8, 96.0),
        day(7): Volume(1, 4, 60.0),
    }
    assert volume_by_week(sets) == {day(0): Volume(3, 18, 146.0), day(7): Volume(1, 4, 60.0)}
    assert volume_by_exercise(sets, weekly=True) == {
        "fesl-bridge-eccentric": {day(0): Volume(1, 8, 96.0)},
        "fesl-bridge-hold": {day(0): Volume(2, 10, 50.0), day(7): Volume(1, 4, 60.0)},
    }


def test_load_per_exercise_is_max_per_session() -> None:
    sets = [
        a_set(1, at(day(0), 18), slug="fesl-bridge-tempo", load=5.0),
        a_set(1, at(day(0), 18, 5), slug="fesl-bridge-tempo", load=8.0, set_no=2),
        a_set(2, at(day(2), 18), slug="fesl-bridge-tempo", load=6.0),
        a_set(2, at(day(2), 18, 5), slug="fesl-bridge-hold"),
    ]
    assert load_by_exercise(sets) == {
        "fesl-bridge-hold": [LoadPoint(day(2), 2, 0.0)],
        "fesl-bridge-tempo": [LoadPoint(day(0), 1, 8.0), LoadPoint(day(2), 2, 6.0)],
    }


def test_bridge_symmetry_from_measures() -> None:
    def m(d: date, kind: MeasureKind, v: float, hh: int = 9) -> Measure:
        return Measure(d, kind, v, at(d, hh))

    ms = [
        m(day(0), MeasureKind.BRIDGE_REPS_LEFT, 12),
        m(day(0), MeasureKind.BRIDGE_REPS_RIGHT, 20),
        m(day(7), MeasureKind.BRIDGE_REPS_LEFT, 10),
        m(day(7), MeasureKind.BRIDGE_REPS_LEFT, 18, hh=10),  # re-test: last counts
        m(day(7), MeasureKind.BRIDGE_REPS_RIGHT, 20),
        m(day(9), MeasureKind.BRIDGE_REPS_LEFT, 19),  # no right side that day: skipped
        m(day(10), MeasureKind.BRIDGE_REPS_LEFT, 5),
        m(day(10), MeasureKind.BRIDGE_REPS_RIGHT, 0),
    ]
    assert bridge_symmetry(ms, Side.LEFT) == [
        SymmetryPoint(day(0), 12, 20, 60.0),
        SymmetryPoint(day(7), 18, 20, 90.0),
        SymmetryPoint(day(10), 5, 0, None),
    ]
    assert bridge_symmetry(ms, Side.RIGHT)[0] == SymmetryPoint(day(0), 20, 12, 166.67)
    with pytest.raises(ValueError, match="left or right"):
        bridge_symmetry(ms, Side.BOTH)


def test_set_symmetry_per_day() -> None:
    sets = [
        a_set(1, at(day(0), 18), reps=6, side=Side.LEFT),
        a_set(1, at(day(0), 18, 2), reps=8, side=Side.RIGHT),
        a_set(1, at(day(0), 18, 4), reps=7, side=Side.LEFT, set_no=2),
        a_set(1, at(day(0), 18, 6), reps=8, side=Side.RIGHT, set_no=2),
        a_set(2, at(day(1), 18), reps=5, side=Side.LEFT),  # affected side only
        a_set(3, at(day(2), 18), reps=5, side=Side.BOTH),
    ]
    assert set_symmetry(sets, Side.LEFT) == [SymmetryPoint(day(0), 13, 16, 81.25)]


# --------------------------------------------------------------------------- activity load


def test_volume_change_and_spike_boundary() -> None:
    today = day(27)
    old = [activity(day(0), ActivityKind.WALK, 30)]  # the diary starts on day 0
    prev = [activity(day(5), ActivityKind.RUN, 100)]
    for recent, pct, more_than_30 in ((130, 30.0, False), (131, 31.0, True)):
        acts = [*old, *prev, activity(day(20), ActivityKind.RUN, recent)]
        ch = volume_change(acts, today)
        assert (ch.recent_start, ch.recent_min, ch.previous_min) == (day(14), recent, 100.0)
        assert ch.change_pct == pct
        assert ch.previous_covered
        assert ch.rises_more_than(30) is more_than_30
    # All kinds: the walk of day 0 joins the previous fortnight.
    ch = volume_change([*old, *prev, activity(day(20), ActivityKind.RIDE, 65)], today, kinds=None)
    assert (ch.previous_min, ch.recent_min, ch.change_pct) == (130.0, 65.0, -50.0)


def test_volume_change_from_nothing_and_uncovered_history() -> None:
    ch = volume_change(
        [activity(day(0), ActivityKind.WALK, 30), activity(day(20), ActivityKind.RUN, 20)], day(27)
    )
    assert (ch.previous_min, ch.change_pct, ch.rises_more_than(30)) == (0.0, None, False)
    # Diary started on day 5, after the previous fortnight began on day 0.
    ch = volume_change(
        [activity(day(5), ActivityKind.RUN, 20), activity(day(20), ActivityKind.RUN, 60)], day(27)
    )
    assert (ch.change_pct, ch.previous_covered) == (200.0, False)


def test_acute_chronic_ratio() -> None:
    acts = [activity(day(i), ActivityKind.WALK, 30) for i in range(0, 28, 2)]  # 14 x 30 = 420
    acts.append(activity(day(27), ActivityKind.RUN, 60))
    r = acute_chronic_ratio(acts, day(27))
    # acute: days 21..27 -> walks on 22, 24, 26 (90) + run 60 = 150; chronic: 480 / 4 = 120.
    assert (r.acute_min, r.chronic_weekly_min, r.ratio) == (150.0, 120.0, 1.25)
    assert acute_chronic_ratio([], day(27)).ratio is None


def test_activity_minutes_by_day() -> None:
    acts = [
        activity(day(1), ActivityKind.RUN, 20),
        activity(day(0), ActivityKind.WALK, 30),
        activity(day(1), ActivityKind.WALK, 15),
    ]
    assert activity_minutes_by_day(acts) == {day(0): 30.0, day(1): 35.0}
    assert activity_minutes_by_day(acts, frozenset({ActivityKind.RUN})) == {day(1): 20.0}


# --------------------------------------------------------------------------- tolerance


def test_tolerance_table() -> None:
    entries = mornings({-3: 3, -2: 3, -1: 3, 0: 3, 1: 4, 2: 2, 3: 5, 5: 3})
    sessions = [
        session(1, at(day(0), 8)),  # day 0, two sessions: one occurrence, the later counts
        session(2, at(day(0), 18)),  # -> morning of day 1: 4 vs 3 -> +1 (worse)
        session(3, at(day(1), 18)),  # -> day 2: 2 vs 3 -> -1
        session(4, at(day(3), 18), template="eccentric-10s"),  # -> day 4 missing: unknown
    ]
    sets = [
        a_set(1, at(day(0), 8)),
        a_set(2, at(day(0), 18)),
        a_set(3, at(day(1), 18)),
        a_set(4, at(day(3), 18), slug="fesl-bridge-eccentric"),
    ]
    acts = [
        activity(day(2), ActivityKind.RIDE, 90),  # -> day 3: 5 vs 3 = +2
        activity(day(2), ActivityKind.RIDE, 30),  # same kind, same day: one occurrence
        activity(day(1), ActivityKind.WALK, 30),  # -> day 2: 2 vs 3 = -1
        activity(day(4), ActivityKind.WALK, 30),  # -> day 5: 3 vs baseline of day 4
    ]
    rows = tolerance_table(sessions, sets, entries, acts)
    # Baseline of day 2: last 7 before it = 3,3,3,3,4 -> 3; of day 4: 3,3,3,4,2,5,3 -> 3.
    assert rows == [
        ToleranceRow(ToleranceSource.EXERCISE, "fesl-bridge-eccentric", 0, 0, None, None),
        ToleranceRow(ToleranceSource.EXERCISE, "fesl-bridge-hold", 2, 1, 0.5, 0.0),
        ToleranceRow(ToleranceSource.ACTIVITY, "ride", 1, 1, 1.0, 2.0),
        ToleranceRow(ToleranceSource.ACTIVITY, "walk", 2, 0, 0.0, -0.5),
    ]
