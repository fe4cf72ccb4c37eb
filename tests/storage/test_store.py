"""The store as the app uses it: start-up backups, batches, and surviving a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.core.model import Settings
from phtcoach.storage.backup import backup_reason, list_backups
from phtcoach.storage.errors import StorageError
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, pain, session, set_record

REPO = Path(__file__).resolve().parents[2]


def reasons(root: Path) -> list[str | None]:
    return [backup_reason(p) for p in list_backups(paths.backup_dir(root))]


def test_open_store_lays_out_the_data_dir(tmp_path: Path, clock: FakeClock) -> None:
    root = tmp_path / "fresh" / "data"
    with open_store(root, clock) as store:
        assert store.path == paths.db_path(root)
        assert store.path.exists()
        assert not store.has_data()
    assert reasons(root) == []  # nothing worth a backup yet
    assert sorted(p.name for p in root.iterdir()) == ["phtcoach.sqlite3"]  # WAL folded back


def test_auto_backup_on_start_once_there_is_data(data_dir: Path, clock: FakeClock) -> None:
    with open_store(data_dir, clock) as store:
        store.settings.set_value("geometry", "x")  # UI state alone is not worth a backup
    with open_store(data_dir, clock) as store:
        assert not store.has_data()
        store.diary.add_pain(pain())
    assert reasons(data_dir) == []
    clock.advance(60)
    with open_store(data_dir, clock) as store:
        assert store.has_data()
    assert reasons(data_dir) == ["auto"]
    clock.advance(60)
    open_store(data_dir, clock, auto_backup=False).close()
    assert reasons(data_dir) == ["auto"]


def test_auto_backups_rotate_to_the_users_setting(data_dir: Path, clock: FakeClock) -> None:
    with open_store(data_dir, clock) as store:
        store.settings.save(Settings(backups_keep=2))
    for _ in range(4):
        clock.advance(60)
        open_store(data_dir, clock).close()
    backups = list_backups(paths.backup_dir(data_dir))
    assert len(backups) == 2
    assert backups[0].name.startswith("phtcoach-20260302T070400")  # the newest survive


def test_upgrade_backup_replaces_the_start_up_backup(data_dir: Path, clock: FakeClock) -> None:
    build_db(paths.db_path(data_dir), 1)
    open_store(data_dir, clock).close()
    assert reasons(data_dir) == ["pre-migration-v1"]


def test_manual_backup_uses_settings_keep(store: Store, clock: FakeClock) -> None:
    store.settings.save(Settings(backups_keep=1))
    first = store.backup()
    clock.advance(1)
    second = store.backup("before-import")
    assert list_backups(store.backup_dir) == [second]
    assert not first.exists()


def test_batch_is_all_or_nothing(store: Store) -> None:
    def failing_import() -> None:
        with store.batch():
            store.diary.add_pain(pain())
            rec = store.sessions.start(session())
            assert rec.id is not None
            store.sessions.add_set(set_record(rec.id))
            store.sessions.add_set(set_record(rec.id + 1000))  # no such session

    with pytest.raises(StorageError, match="session"):
        failing_import()
    assert store.diary.pain_entries() == []
    assert store.sessions.list() == []
    with store.batch():
        store.diary.add_pain(pain())
        store.diary.add_pain(replace(pain(), notes="second"))
    assert len(store.diary.pain_entries()) == 2


def test_a_write_caught_inside_a_batch_is_undone_alone(store: Store) -> None:
    with store.batch():
        kept = store.diary.add_pain(pain())
        with pytest.raises(StorageError):
            store.diary.restore_pain(kept)  # duplicate id: this write alone fails
        store.diary.add_pain(replace(pain(), notes="after"))
    assert [e.notes for e in store.diary.pain_entries()] == [kept.notes, "after"]


CRASHER = """
import os, sys
from pathlib import Path
from tests.fakes import FakeClock
from tests.storage.samples import session, set_record
from phtcoach.storage.repository import open_store
store = open_store(Path(sys.argv[1]), FakeClock())
rec = store.sessions.start(session())
store.sessions.add_set_and_state(set_record(rec.id), '{"resume": "set 2"}')
os._exit(0)  # power cut: no close, no checkpoint
"""


def test_confirmed_set_survives_a_crash_and_the_session_resumes(
    data_dir: Path, clock: FakeClock
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", CRASHER, str(data_dir)], check=True, env=env, timeout=60)
    assert paths.db_path(data_dir).with_name("phtcoach.sqlite3-wal").exists()
    with open_store(data_dir, clock) as store:
        resumed = store.sessions.unfinished()
        assert resumed is not None
        assert resumed.id is not None
        assert resumed.engine_state == '{"resume": "set 2"}'
        assert [s.hold_s for s in store.sessions.sets(resumed.id)] == [set_record(1).hold_s]
