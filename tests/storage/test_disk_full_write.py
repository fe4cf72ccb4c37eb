"""A write that meets a full disk is a DiskFullError (with the free space), not SQLite's own
"database or disk is full": the runner words it for the person mid-session."""

from __future__ import annotations

import pytest

from phtcoach.core.model import SessionRecord, Side
from phtcoach.storage.errors import DiskFullError, StorageError
from phtcoach.storage.repository import Store
from tests.records import T0


def test_a_write_on_a_full_disk_is_a_disk_full_error_and_changes_nothing(store: Store) -> None:
    rec = store.sessions.start(
        SessionRecord(template_id="iso-5x5", started_at=T0, affected_side=Side.LEFT)
    )
    assert rec.id is not None
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL
    with pytest.raises(DiskFullError) as caught:
        store.sessions.save_state(rec.id, "x" * 200_000)
    assert isinstance(caught.value, StorageError)  # callers that catch StorageError still do
    assert caught.value.free >= 0
    assert "the disk is full" in str(caught.value)
    assert store.sessions.get(rec.id).engine_state == rec.engine_state
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1000}")  # space returns
    store.sessions.save_state(rec.id, "x" * 200_000)
    assert store.sessions.get(rec.id).engine_state == "x" * 200_000
