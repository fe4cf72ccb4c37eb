"""Sessions and sets: durable the moment they are confirmed, resumable, atomic."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import SessionStatus, Side
from phtcoach.storage.errors import RecordNotFoundError, StorageError
from phtcoach.storage.repository import Store
from tests.storage.samples import T0, session, set_record


def count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_start_get_and_resume_state(store: Store) -> None:
    rec = store.sessions.start(session(id=99))  # a stray id is ignored
    assert rec.id is not None
    assert rec.id != 99
    assert store.sessions.get(rec.id) == rec
    store.sessions.save_state(rec.id, '{"phase": 7}')
    assert store.sessions.get(rec.id).engine_state == '{"phase": 7}'
    assert store.sessions.unfinished() == replace(rec, engine_state='{"phase": 7}')


def test_unknown_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(RecordNotFoundError, match="session 42"):
        store.sessions.get(42)
    with pytest.raises(RecordNotFoundError):
        store.sessions.save_state(42, "{}")
    with pytest.raises(RecordNotFoundError):
        store.sessions.delete(42)
    with pytest.raises(RecordNotFoundError):
        store.sessions.add_set(set_record(42))
    with pytest.raises(LookupError):  # also a LookupError, for generic callers
        store.sessions.rate_set(42, rpe=3)
    assert count(store, "sets") == 0


def test_finish_records_the_outcome(store: Store) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    end = T0 + timedelta(minutes=12)
    done = store.sessions.finish(rec.id, SessionStatus.ENDED_EARLY, end, pain_after=4, notes="ow")
    assert (done.status, done.ended_at, done.pain_after, done.notes) == (
        SessionStatus.ENDED_EARLY,
        end,
        4,
        "ow",
    )
    assert store.sessions.get(rec.id) == done
    assert store.sessions.unfinished() is None


@pytest.mark.parametrize(
    ("status", "ended_at", "pain_after"),
    [
        (SessionStatus.IN_PROGRESS, T0, None),  # "finishing" into in_progress
        (SessionStatus.COMPLETED, T0 - timedelta(seconds=1), None),  # before the start
        (SessionStatus.COMPLETED, T0, 11),
        ("done", T0, None),
    ],
)
def test_invalid_finish_is_refused_and_changes_nothing(
    store: Store, status: SessionStatus, ended_at: datetime, pain_after: int | None
) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    with pytest.raises(ValidationError):
        store.sessions.finish(rec.id, status, ended_at, pain_after=pain_after)
    assert store.sessions.get(rec.id) == rec


def test_confirmed_set_is_committed_before_add_set_returns(store: Store) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    saved = store.sessions.add_set(set_record(rec.id))
    assert not store.conn.in_transaction
    # Another connection (another process after a crash) sees it at once.
    other = sqlite3.connect(store.path)
    try:
        rows = other.execute("SELECT id, hold_s FROM sets").fetchall()
    finally:
        other.close()
    assert rows == [(saved.id, "[15.0, 15.0, 14.5, 15.0, 12.25]")]
    assert store.sessions.sets(rec.id) == [saved]


def test_add_set_and_state_writes_both(store: Store) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    saved = store.sessions.add_set_and_state(set_record(rec.id), '{"next": "set 2"}')
    assert store.sessions.sets(rec.id) == [saved]
    assert store.sessions.get(rec.id).engine_state == '{"next": "set 2"}'


def test_add_set_and_state_is_all_or_nothing(store: Store) -> None:
    rec = store.sessions.start(session(engine_state="before"))
    assert rec.id is not None
    # Make the second half (the state update) fail after the set row is written.
    store.conn.execute(
        "CREATE TEMP TRIGGER refuse_state BEFORE UPDATE OF engine_state ON sessions "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(StorageError, match="disk trouble") as err:
        store.sessions.add_set_and_state(set_record(rec.id), "after")
    assert str(store.path) in str(err.value)
    assert store.sessions.sets(rec.id) == []
    assert store.sessions.get(rec.id).engine_state == "before"
    assert not store.conn.in_transaction
    # The state is validated before anything is written, too.
    store.conn.execute("DROP TRIGGER refuse_state")
    with pytest.raises(ValidationError, match="engine_state"):
        store.sessions.add_set_and_state(set_record(rec.id), "x" * 1_000_001)
    assert store.sessions.sets(rec.id) == []


def test_rate_set_updates_only_what_is_given(store: Store) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    saved = store.sessions.add_set(set_record(rec.id, notes="keep me"))
    assert saved.id is not None
    rated = store.sessions.rate_set(
        saved.id, pain_during=3, rpe=7, performed_reps=4, hold_s=[15, 15, 15, 10], load_kg=2.5
    )
    expected = replace(
        saved, pain_during=3, rpe=7, performed_reps=4, hold_s=(15.0, 15.0, 15.0, 10.0), load_kg=2.5
    )
    assert rated == expected
    assert store.sessions.sets(rec.id) == [expected]
    cleared = store.sessions.rate_set(saved.id, pain_during=None, notes="")
    assert (cleared.pain_during, cleared.rpe, cleared.notes) == (None, 7, "")


@pytest.mark.parametrize(
    "change",
    [{"pain_during": 11}, {"rpe": -1}, {"performed_reps": 101}, {"load_kg": -2.0},
     {"hold_s": [float("nan")]}],
)  # fmt: skip
def test_invalid_rating_is_refused_and_changes_nothing(
    store: Store, change: dict[str, object]
) -> None:
    rec = store.sessions.start(session())
    assert rec.id is not None
    saved = store.sessions.add_set(set_record(rec.id))
    assert saved.id is not None
    with pytest.raises(ValidationError):
        store.sessions.rate_set(saved.id, **change)  # type: ignore[arg-type]
    assert store.sessions.sets(rec.id) == [saved]


def test_lists_are_ordered_and_ranges_half_open(store: Store) -> None:
    days = [T0 + timedelta(days=d) for d in (2, 0, 1)]
    recs = [store.sessions.start(session(at)) for at in days]
    ids = [r.id for r in recs]
    assert [r.id for r in store.sessions.list()] == [ids[1], ids[2], ids[0]]
    within = store.sessions.list(T0 + timedelta(days=1), T0 + timedelta(days=2))
    assert [r.id for r in within] == [ids[2]]  # start included, end excluded
    for r in recs:
        assert r.id is not None
        store.sessions.add_set(set_record(r.id, r.started_at + timedelta(minutes=5)))
        store.sessions.add_set(set_record(r.id, r.started_at + timedelta(minutes=1), set_no=2))
    all_sets = store.sessions.all_sets()
    assert [s.started_at for s in all_sets] == sorted(s.started_at for s in all_sets)
    late = store.sessions.all_sets(start=T0 + timedelta(days=2))
    assert {s.session_id for s in late} == {ids[0]}
    assert [s.set_no for s in store.sessions.sets(ids[0] or 0)] == [2, 1]  # by time
    with pytest.raises(ValidationError, match="timezone-aware"):
        store.sessions.list(start=datetime(2026, 3, 2))


def test_unfinished_is_the_latest_in_progress(store: Store) -> None:
    old = store.sessions.start(session(T0))
    new = store.sessions.start(session(T0 + timedelta(hours=5), affected_side=Side.RIGHT))
    store.sessions.start(session(T0 + timedelta(hours=9), status=SessionStatus.COMPLETED))
    assert store.sessions.unfinished() == new
    assert new.id is not None
    store.sessions.finish(new.id, SessionStatus.COMPLETED, T0 + timedelta(hours=6))
    assert store.sessions.unfinished() == old


def test_delete_removes_the_sessions_sets(store: Store) -> None:
    keep = store.sessions.start(session())
    gone = store.sessions.start(session())
    assert keep.id is not None
    assert gone.id is not None
    store.sessions.add_set(set_record(keep.id))
    store.sessions.add_set(set_record(gone.id))
    store.sessions.add_set(set_record(gone.id, set_no=2))
    store.sessions.delete(gone.id)
    assert count(store, "sets") == 1
    assert store.sessions.sets(gone.id) == []
    assert [r.id for r in store.sessions.list()] == [keep.id]
