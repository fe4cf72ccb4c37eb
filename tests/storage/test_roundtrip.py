"""Whatever the model accepts comes back from the database exactly as it went in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phtcoach.core.model import (
    MAX_LOAD_KG,
    MAX_PHASE_S,
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Units,
)
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock

# One store for the module: each example cleans up after itself (delete returns the
# stored record, which is what gets compared).
EXAMPLES = settings(
    max_examples=40,
    deadline=None,  # commits fsync; a busy disk must not fail a correctness test
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

times = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
notes = st.text(max_size=80)
pains = st.integers(0, 10)
opt_pains = st.none() | pains
slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)


def floats(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=lo, max_value=hi, allow_nan=False, allow_infinity=False)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(tmp_path_factory.mktemp("roundtrip"), FakeClock())
    yield s
    s.close()


@st.composite
def pain_entries(draw: st.DrawFn) -> PainEntry:
    test_kind = draw(st.none() | st.sampled_from(MorningTest))
    return PainEntry(
        local_date=draw(days),
        slot=draw(st.sampled_from(PainSlot)),
        recorded_at=draw(times),
        pain=draw(pains),
        test_kind=test_kind,
        test_score=None if test_kind is None else draw(opt_pains),
        red_flags=draw(st.frozensets(st.sampled_from(RedFlag))),
        notes=draw(notes),
    )


activities = st.builds(
    Activity,
    local_date=days,
    kind=st.sampled_from(ActivityKind),
    minutes=floats(1, 1440),
    recorded_at=times,
    intensity=st.sampled_from(Intensity),
    flags=st.frozensets(st.sampled_from(ActivityFlag)),
    hours_sitting=floats(0, 24),
    distance_km=st.none() | floats(0, 1000),
    pain_during=opt_pains,
    notes=notes,
)


@st.composite
def measures(draw: st.DrawFn) -> Measure:
    kind = draw(st.sampled_from(MeasureKind))
    lo, hi = kind.allowed
    return Measure(draw(days), kind, draw(floats(lo, hi)), draw(times), draw(notes))


@st.composite
def sessions(draw: st.DrawFn) -> SessionRecord:
    start = draw(times.filter(lambda t: t.year < 9999))
    ended = draw(st.none() | st.timedeltas(timedelta(0), timedelta(days=2)))
    return SessionRecord(
        template_id=draw(slugs),
        started_at=start,
        affected_side=draw(st.sampled_from(Side)),
        status=draw(st.sampled_from(SessionStatus)),
        ended_at=None if ended is None else start + ended,
        pain_after=draw(opt_pains),
        notes=draw(notes),
        engine_state=draw(st.text(max_size=200)),
    )


@st.composite
def set_fields(draw: st.DrawFn) -> dict[str, object]:
    start = draw(times.filter(lambda t: t.year < 9999))
    return {
        "exercise_slug": draw(slugs),
        "block_index": draw(st.integers(0, 49)),
        "set_no": draw(st.integers(1, 20)),
        "side": draw(st.sampled_from(Side)),
        "planned_reps": draw(st.integers(0, 100)),
        "performed_reps": draw(st.integers(0, 100)),
        "started_at": start,
        "ended_at": start + draw(st.timedeltas(timedelta(0), timedelta(hours=3))),
        "hold_s": tuple(draw(st.lists(floats(0, MAX_PHASE_S), max_size=12))),
        "tempo": draw(st.text(max_size=40)),
        "load_kg": draw(floats(0, MAX_LOAD_KG)),
        "pain_during": draw(opt_pains),
        "rpe": draw(st.none() | st.integers(0, 10)),
        "notes": draw(notes),
    }


@EXAMPLES
@given(entry=pain_entries())
def test_pain_entry_round_trip(shared: Store, entry: PainEntry) -> None:
    saved = shared.diary.add_pain(entry)
    assert saved.id is not None
    assert shared.diary.delete_pain(saved.id) == saved


@EXAMPLES
@given(entry=activities)
def test_activity_round_trip(shared: Store, entry: Activity) -> None:
    saved = shared.diary.add_activity(entry)
    assert saved.id is not None
    assert shared.diary.delete_activity(saved.id) == saved


@EXAMPLES
@given(entry=measures())
def test_measure_round_trip(shared: Store, entry: Measure) -> None:
    saved = shared.diary.add_measure(entry)
    assert saved.id is not None
    assert shared.diary.delete_measure(saved.id) == saved


@EXAMPLES
@given(rec=sessions(), sets=st.lists(set_fields(), max_size=3))
def test_session_and_sets_round_trip(
    shared: Store, rec: SessionRecord, sets: list[dict[str, object]]
) -> None:
    saved = shared.sessions.start(rec)
    assert saved.id is not None
    assert shared.sessions.get(saved.id) == saved
    stored = [
        shared.sessions.add_set(SetRecord(session_id=saved.id, **f))  # type: ignore[arg-type]
        for f in sets
    ]
    by_time = sorted(stored, key=lambda s: (s.started_at, s.id or 0))
    assert shared.sessions.sets(saved.id) == by_time
    shared.sessions.delete(saved.id)


@EXAMPLES
@given(
    s=st.builds(
        Settings,
        affected_side=st.sampled_from([Side.LEFT, Side.RIGHT]),
        affected_first=st.booleans(),
        acceptable_ceiling=st.integers(3, 5),
        response_window_h=st.integers(24, 36),
        baseline_days=st.integers(3, 28),
        hold_sessions_after_red=st.integers(2, 3),
        spike_warn_pct=st.integers(10, 100),
        morning_test=st.sampled_from(MorningTest),
        lead_in_s=st.integers(0, 60),
        voice=st.booleans(),
        ticks=st.booleans(),
        volume=st.integers(0, 100),
        flash=st.booleans(),
        units=st.sampled_from(Units),
        backups_keep=st.integers(1, 100),
        current_template=slugs,
    )
)
def test_settings_round_trip(shared: Store, s: Settings) -> None:
    shared.settings.save(s)
    assert shared.settings.load() == s
