"""services.progress: the Progress page's bulk read, checked against the checked reads, and
kept until the data changes."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from phtcoach.core.demo import generate_demo
from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Intensity,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Side,
)
from phtcoach.services.advice import load_history
from phtcoach.services.progress import ProgressService
from phtcoach.storage.repository import Store, open_store
from tests.benchmarks.synth import write_history
from tests.fakes import FakeClock

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)


def _odd_records(store: Store) -> None:
    """Rows the demo never writes: flags, a test kind, an unfinished session with its
    resume state, an idle session, loads, fractional holds, a distance."""
    d = TODAY - timedelta(days=2)
    store.diary.add_pain(
        PainEntry(
            d,
            PainSlot.MORNING,
            datetime(2026, 2, 28, 6, 59, 59, 123456, tzinfo=UTC),
            7,
            MorningTest.SL_BRIDGE_3,
            6,
            frozenset({RedFlag.NIGHT_OR_REST_PAIN}),
            "night",
        )
    )
    store.diary.add_activity(
        Activity(
            d,
            ActivityKind.RIDE,
            42.5,
            datetime(2026, 2, 28, 12, 0, 0, 500, tzinfo=UTC),
            Intensity.HARD,
            frozenset({ActivityFlag.HILLS, ActivityFlag.AERO}),
            1.5,
            12.25,
            3,
            "hills",
        )
    )
    started = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
    run = store.sessions.start(
        SessionRecord("iso-5x15", started, Side.LEFT, engine_state='{"a":1}')
    )
    assert run.id is not None
    store.sessions.add_set(
        SetRecord(
            run.id,
            "fesl-bridge-eccentric",
            1,
            2,
            Side.RIGHT,
            8,
            7,
            started,
            started + timedelta(seconds=50),
            (7.25, 8.0, 6.5),
            "3-0-3-0",
            12.5,
            4,
            6,
            "ok",
        )
    )
    idle = store.sessions.start(
        SessionRecord(
            "iso-5x15",
            started - timedelta(days=1),
            Side.LEFT,
            SessionStatus.ENDED_EARLY,
            started - timedelta(days=1) + timedelta(seconds=15),
        )
    )
    assert idle.id is not None
    store.sessions.add_set(
        SetRecord(
            idle.id,
            "fesl-bridge-hold",
            0,
            1,
            Side.BOTH,
            5,
            0,
            idle.started_at,
            idle.started_at + timedelta(seconds=1),
        )
    )


def _same_as_checked_reads(store: Store) -> None:
    svc = ProgressService(store, UTC)
    got = svc.records(TODAY)
    want = load_history(store, TODAY, days=None, tz=UTC)
    assert list(got.pain_entries) == list(want.pain_entries)
    assert list(got.activities) == list(want.activities)
    assert list(got.measures) == list(want.measures)
    assert list(got.sets) == list(want.sets)
    # The chart read leaves the resume state out; everything else is the same record.
    assert list(got.sessions) == [replace(s, engine_state="") for s in want.sessions]
    assert store.sessions.chart_sets() == store.sessions.all_sets()
    assert store.diary.chart_pain_entries() == store.diary.pain_entries()
    assert store.diary.chart_activities() == store.diary.activities()
    assert store.sessions.chart_sessions() == [
        replace(s, engine_state="") for s in store.sessions.list()
    ]
    # Trusted records are the model's own types, hashable and equal field by field.
    assert all(type(s) is SetRecord for s in got.sets)
    assert len(set(got.pain_entries)) == len(got.pain_entries)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.generate],  # no shrinking: each example is a whole store
)
@given(weeks=st.integers(1, 30), seed=st.integers(0, 2**32), odd=st.booleans())
def test_the_bulk_read_equals_the_checked_read_on_random_histories(
    weeks: int, seed: int, odd: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), FakeClock(NOW), auto_backup=False)
        try:
            write_history(store, generate_demo(weeks, seed, TODAY))
            if odd:
                _odd_records(store)
            _same_as_checked_reads(store)
        finally:
            store.close()


def test_records_are_read_once_per_data_change(store: Store) -> None:
    write_history(store, generate_demo(4, 1, TODAY))
    svc = ProgressService(store, UTC)
    first = svc.records(TODAY)
    assert svc.records(TODAY) is first
    assert svc.reads == 1
    store.diary.add_pain(PainEntry(TODAY, PainSlot.OTHER, NOW, 3))  # any write moves it
    second = svc.records(TODAY)
    assert svc.reads == 2
    assert second.version != first.version
    assert len(second.pain_entries) == len(first.pain_entries) + 1
    assert svc.records(TODAY) is second
    svc.invalidate()  # a change made elsewhere
    assert svc.records(TODAY) is not second
    assert svc.reads == 3
    svc.records(TODAY + timedelta(days=1))  # another day: another read
    assert svc.reads == 4


def test_records_end_with_the_day_asked_for(store: Store) -> None:
    write_history(store, generate_demo(2, 1, TODAY))
    svc = ProgressService(store, UTC)
    yesterday = TODAY - timedelta(days=1)
    got = svc.records(yesterday)
    assert got.pain_entries
    assert max(e.local_date for e in got.pain_entries) == yesterday
    assert all(s.started_at < datetime(2026, 3, 2, tzinfo=UTC) for s in got.sessions)


@given(st.lists(st.floats(0, 1e6, allow_nan=False, allow_infinity=False) | st.integers(0, 99)))
def test_hold_lists_read_back_as_the_json_parser_reads_them(holds: list[float]) -> None:
    from phtcoach.storage.rows import json_list
    from phtcoach.storage.trusted_rows import _floats

    for text in (json_list(holds), json.dumps(holds, separators=(",", ":"))):
        assert _floats(text) == tuple(float(h) for h in json.loads(text))
