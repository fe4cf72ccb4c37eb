"""Which files are ours: a database of another application is refused untouched, whatever
its user_version; our own installs from before the application_id get it stamped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from phtcoach.storage.backup import restore_backup
from phtcoach.storage.db import APPLICATION_ID, inspect_database
from phtcoach.storage.errors import CorruptDatabaseError, ForeignDatabaseError, NewerSchemaError
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import open_store
from tests.fakes import FakeClock
from tests.storage.samples import build_db, fingerprint, pain

FOREIGN = "is not a PHT Coach database (it belongs to another application)"


CONTACTS = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');"


def foreign_db(path: Path, version: int, *, tables: str = CONTACTS) -> None:
    raw = sqlite3.connect(path)
    raw.executescript(tables)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.commit()
    raw.close()


def refused_untouched(root: Path, error: type[Exception] = ForeignDatabaseError) -> str:
    db = root / "phtcoach.sqlite3"
    before = fingerprint(root)
    with pytest.raises(error) as err:
        open_store(root, FakeClock())
    assert fingerprint(root) == before  # the file byte for byte, and no -wal/-shm/backups
    assert sorted(p.name for p in root.iterdir()) == ["phtcoach.sqlite3"]
    assert str(db) in str(err.value)
    return str(err.value)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_another_apps_database_of_any_version_is_refused_untouched(
    data_dir: Path, version: int
) -> None:
    foreign_db(data_dir / "phtcoach.sqlite3", version)
    message = refused_untouched(data_dir)
    assert FOREIGN in message


def test_a_lookalike_with_one_of_our_table_names_is_refused(data_dir: Path) -> None:
    foreign_db(
        data_dir / "phtcoach.sqlite3",
        2,
        tables="CREATE TABLE sessions (id INTEGER PRIMARY KEY, title TEXT); CREATE TABLE kv (k);",
    )
    assert FOREIGN in refused_untouched(data_dir)


def test_another_apps_database_with_a_high_version_is_foreign_not_newer(data_dir: Path) -> None:
    foreign_db(data_dir / "phtcoach.sqlite3", SCHEMA_VERSION + 5)
    assert FOREIGN in refused_untouched(data_dir)


def test_our_newer_schema_is_still_refused_as_newer(data_dir: Path) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, SCHEMA_VERSION)
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA application_id = 0")  # even without the mark: our tables are there
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    assert "newer version of PHT Coach" in refused_untouched(data_dir, NewerSchemaError)


@pytest.mark.parametrize("version", list(range(1, SCHEMA_VERSION + 1)))
def test_our_install_without_the_application_id_is_recognised_and_stamped(
    data_dir: Path, version: int
) -> None:
    db = data_dir / "phtcoach.sqlite3"
    build_db(db, version)
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA application_id = 0")
    raw.close()
    open_store(data_dir, FakeClock()).close()
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT count(*) FROM pain_entries").fetchone()[0] == 1  # data kept
    raw.close()
    info = inspect_database(db)
    assert (info.application_id, info.user_version) == (APPLICATION_ID, SCHEMA_VERSION)


def test_a_new_database_gets_the_application_id(data_dir: Path) -> None:
    open_store(data_dir, FakeClock()).close()
    assert inspect_database(data_dir / "phtcoach.sqlite3").application_id == APPLICATION_ID


def test_restore_never_replaces_another_apps_database(tmp_path: Path, data_dir: Path) -> None:
    clock = FakeClock()
    source = tmp_path / "src"
    with open_store(source, clock) as s:
        s.diary.add_pain(pain())
        backup = s.backup("manual")
    foreign_db(data_dir / "phtcoach.sqlite3", 2)
    before = fingerprint(data_dir)
    with pytest.raises(CorruptDatabaseError, match=r"belongs to another application"):
        restore_backup(backup, data_dir / "phtcoach.sqlite3", data_dir / "backups", clock)
    assert fingerprint(data_dir) == before


def test_another_apps_file_is_not_restored_as_a_backup(tmp_path: Path, data_dir: Path) -> None:
    other = tmp_path / "other.sqlite3"
    foreign_db(other, 2)
    with pytest.raises(CorruptDatabaseError, match=r"belongs to another application"):
        restore_backup(other, data_dir / "phtcoach.sqlite3", data_dir / "backups", FakeClock())
    assert not (data_dir / "phtcoach.sqlite3").exists()
