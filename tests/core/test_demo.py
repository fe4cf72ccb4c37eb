"""core.demo: a reproducible, valid, realistic history that the rules can read every day."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from phtcoach.core.analysis import bridge_symmetry, morning_series
from phtcoach.core.demo import DEMO_LADDER, SESSION_ID_PLACEHOLDER, DemoHistory, generate_demo
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Activity,
    ActivityFlag,
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
from phtcoach.core.progression import Level, StepKind, advise

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo() -> DemoHistory:
    return generate_demo(12, 42, TODAY)


def test_same_arguments_same_history() -> None:
    assert generate_demo(12, 7, TODAY) == generate_demo(12, 7, TODAY)
    assert generate_demo(12, 7, TODAY) != generate_demo(12, 8, TODAY)


def test_dates_span_the_weeks_ending_yesterday_plus_todays_morning(demo: DemoHistory) -> None:
    assert demo.first_day == TODAY - timedelta(days=84)
    dated = [*demo.pain_entries, *demo.activities, *demo.measures]
    assert min(r.local_date for r in dated) == demo.first_day
    assert max(r.local_date for r in dated) == TODAY
    on_today = [r for r in dated if r.local_date == TODAY]
    assert len(on_today) == 1
    assert isinstance(on_today[0], PainEntry)
    assert on_today[0].slot is PainSlot.MORNING
    assert max(s.started_at for s, _ in demo.sessions).date() < TODAY


def test_records_are_valid_model_objects(demo: DemoHistory) -> None:
    assert all(isinstance(e, PainEntry) for e in demo.pain_entries)
    assert all(isinstance(a, Activity) for a in demo.activities)
    assert all(isinstance(m, Measure) for m in demo.measures)
    for s, sets in demo.sessions:
        assert isinstance(s, SessionRecord)
        assert s.id is None
        assert s.ended_at is not None
        assert sets
        assert s.started_at < sets[0].started_at
        assert s.ended_at >= sets[-1].ended_at
        for a, b in itertools.pairwise(sets):
            assert a.ended_at <= b.started_at
        for st in sets:
            assert isinstance(st, SetRecord)
            assert st.session_id == SESSION_ID_PLACEHOLDER
            assert len(st.hold_s) == st.performed_reps
    morning = [e for e in demo.pain_entries if e.slot is PainSlot.MORNING]
    assert all(e.test_kind is demo.settings.morning_test for e in morning)
    assert all(e.test_score is not None for e in morning)
    assert demo.settings.affected_side is Side.LEFT
    assert demo.settings.current_template == "hsr-5-5"


def test_sessions_follow_the_seed_ladder_with_one_step_back(demo: DemoHistory) -> None:
    order = [s.template_id for s, _ in demo.sessions]
    runs = [t for i, t in enumerate(order) if i == 0 or order[i - 1] != t]
    assert runs == [
        "iso-5x5",
        "iso-5x15",
        "eccentric-10s",
        "eccentric-10s-loaded",
        "eccentric-10s",
        "eccentric-10s-loaded",
        "hsr-5-5",
    ]
    early = [s for s, _ in demo.sessions if s.ended_at and s.status is SessionStatus.ENDED_EARLY]
    assert len(early) == 1
    assert early[0].template_id == "eccentric-10s-loaded"
    # Twice a day during the first isometrics, three times a week at the end.
    per_day = Counter(s.started_at.date() for s, _ in demo.sessions)
    assert per_day[demo.first_day] == 2
    last_weeks = [d for d in per_day if d >= TODAY - timedelta(days=14)]
    assert sorted({d.weekday() for d in last_weeks}) == [0, 2, 4]


@pytest.mark.parametrize(
    ("template", "slug", "sets", "reps", "rep_s", "load", "sides"),
    [
        ("iso-5x5", "fesl-bridge-hold", 2, 5, 5.0, 0.0, {Side.LEFT}),
        ("iso-5x15", "fesl-bridge-hold", 2, 5, 15.0, 0.0, {Side.LEFT}),
        ("eccentric-10s", "fesl-bridge-eccentric", 3, 8, 12.0, 0.0, {Side.LEFT}),
        ("eccentric-10s-loaded", "fesl-bridge-eccentric", 3, 8, 12.0, 5.0, {Side.LEFT}),
        ("hsr-5-5", "fesl-bridge-tempo", 3, 8, 10.0, 8.0, {Side.LEFT, Side.RIGHT}),
    ],
)
def test_sets_match_their_template(
    demo: DemoHistory,
    template: str,
    slug: str,
    sets: int,
    reps: int,
    rep_s: float,
    load: float,
    sides: set[Side],
) -> None:
    chosen = [
        ss
        for s, ss in demo.sessions
        if s.template_id == template and s.status is SessionStatus.COMPLETED
    ]
    assert chosen
    for ss in chosen:
        assert {st.exercise_slug for st in ss} == {slug}
        assert {st.side for st in ss} == sides
        assert max(st.set_no for st in ss) == sets
        assert len(ss) == sets * len(sides)
        assert {st.planned_reps for st in ss} == {reps}
        assert {st.load_kg for st in ss} == {load}
        assert all(rep_s - 1.0 <= h <= rep_s for st in ss for h in st.hold_s)


def test_pain_settles_with_two_flares(demo: DemoHistory) -> None:
    series = morning_series(demo.pain_entries)
    values = list(series.values())
    assert statistics.mean(values[:7]) >= 4
    assert statistics.mean(values[-7:]) <= 2
    assert len(series) == 85 - 3  # three missed mornings
    # One morning was tested twice; the series kept the first.
    per_day = Counter(e.local_date for e in demo.pain_entries if e.slot is PainSlot.MORNING)
    assert list(per_day.values()).count(2) == 1
    evenings = [e.pain for e in demo.pain_entries if e.slot is PainSlot.EVENING]
    assert statistics.mean(evenings[:7]) > statistics.mean(evenings[-7:])

    ride = [a for a in demo.activities if ActivityFlag.AERO in a.flags and a.minutes >= 120]
    run = [
        a for a in demo.activities if a.kind is ActivityKind.RUN and ActivityFlag.HILLS in a.flags
    ]
    assert len(ride) == 1
    assert len(run) == 1
    for flare in (ride[0].local_date, run[0].local_date):
        before = [v for d, v in series.items() if flare - timedelta(days=7) <= d <= flare]
        after = [series[flare + timedelta(days=k)] for k in (1, 2)]
        assert min(after) > statistics.median(before)


def test_activities_and_measures(demo: DemoHistory) -> None:
    kinds = Counter(a.kind for a in demo.activities)
    assert kinds[ActivityKind.WALK] > 50
    assert kinds[ActivityKind.RIDE] >= 5
    first_run = min(a.local_date for a in demo.activities if a.kind is ActivityKind.RUN)
    assert first_run >= TODAY - timedelta(days=42)
    assert any(a.hours_sitting > 0 for a in demo.activities)

    def values(kind: MeasureKind) -> list[float]:
        return [
            m.value for m in sorted(demo.measures, key=lambda m: m.local_date) if m.kind is kind
        ]

    sitting = values(MeasureKind.SITTING_TOLERANCE_MIN)
    assert len(sitting) == 12
    assert sitting[0] <= 30
    assert sitting[-1] >= 50
    sym = bridge_symmetry(demo.measures, Side.LEFT)
    assert len(sym) == 12
    assert sym[0].pct is not None
    assert sym[-1].pct is not None
    assert sym[0].pct < 60
    assert sym[-1].pct >= 75
    hops = [m for m in demo.measures if m.kind is MeasureKind.HOP_COUNT]
    assert 1 <= len(hops) <= 3
    assert min(m.local_date for m in hops) >= TODAY - timedelta(days=21)
    assert len(values(MeasureKind.VISA_H)) == 1


def test_advise_runs_for_every_day_and_tells_the_story(demo: DemoHistory) -> None:
    history = demo.to_history()
    assert [s.id for s in history.sessions] == list(range(1, len(demo.sessions) + 1))
    assert {st.session_id for st in history.sets} == {s.id for s in history.sessions}
    levels: Counter[Level] = Counter()
    steps: Counter[StepKind | None] = Counter()
    for k in range(85):
        d = demo.first_day + timedelta(days=k)
        done = [s.template_id for s in history.sessions if s.started_at.date() < d]
        current = done[-1] if done else "iso-5x5"
        a = advise(d, history, demo.settings, current, DEMO_LADDER, tz=UTC)
        assert a.date == d
        # Something leads the card: a finding, the red flags, or a proposed stage change.
        stage = a.next_step is not None and a.next_step.kind is StepKind.STAGE
        assert a.lead is not None or bool(a.red_flags) or stage
        levels[a.level] += 1
        steps[None if a.next_step is None else a.next_step.kind] += 1
    # Demo days without a morning test are "waiting", never green.
    assert set(levels) == {Level.GREEN, Level.PENDING, Level.AMBER, Level.RED}
    assert {StepKind.UP, StepKind.DOWN, StepKind.HOLD, StepKind.STAGE} <= set(steps)


@pytest.mark.parametrize("weeks", [1, 2, 5, 30])
def test_other_lengths_are_valid_and_readable(weeks: int) -> None:
    d = generate_demo(weeks, 3, TODAY, Side.RIGHT)
    assert d.first_day == TODAY - timedelta(weeks=weeks)
    assert d.settings.affected_side is Side.RIGHT
    assert {s.affected_side for s, _ in d.sessions} == {Side.RIGHT}
    assert {s.template_id for s, _ in d.sessions} <= set(DEMO_LADDER)
    h = d.to_history()
    for k in range(0, weeks * 7 + 1, 3):
        advise(d.first_day + timedelta(days=k), h, d.settings, "iso-5x5", DEMO_LADDER, tz=UTC)


def test_times_are_local_to_the_given_zone() -> None:
    try:
        tz = ZoneInfo("America/New_York")
    except ZoneInfoNotFoundError:  # pragma: no cover - the tz database is a system package
        pytest.skip("no IANA time zone database on this machine")
    d = generate_demo(4, 1, TODAY, tz=tz)
    assert d.pain_entries == generate_demo(4, 1, TODAY, tz=tz).pain_entries
    for e in d.pain_entries:
        local = e.recorded_at.astimezone(tz)
        assert local.date() == e.local_date
        if e.slot is PainSlot.MORNING and not e.notes:
            assert time(7, 10) <= local.time() <= time(7, 25)
    assert d.pain_entries[0].recorded_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"weeks": 0}, "demo.weeks"),
        ({"weeks": 521}, "demo.weeks"),
        ({"seed": -1}, "demo.seed"),
        ({"affected_side": Side.BOTH}, "demo.affected_side"),
    ],
)
def test_bad_arguments_name_the_field(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"weeks": 12, "seed": 1, "today": TODAY, **kwargs}
    with pytest.raises(ValidationError) as err:
        generate_demo(**args)  # type: ignore[arg-type]
    assert err.value.field == field
