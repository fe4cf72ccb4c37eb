"""An interrupted backup leaves its partial file and SQLite's journal beside it; they are
cleaned at the next backup and at start. Only our own temporary names are touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from phtcoach.storage import backup as backup_module
from phtcoach.storage.backup import list_backups
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.storage.samples import pain

OURS = (
    ".phtcoach-20260301T070000000000Z-auto.sqlite3.partial",
    ".phtcoach-20260301T070000000000Z-auto.sqlite3.partial-journal",
    ".phtcoach-20260302T070000000000Z-pre-migration-v2.sqlite3.partial-journal",
)
THEIRS = (
    "my-notes.partial-journal",
    ".phtcoach-mine.sqlite3.partial-journal",
    "phtcoach-20260301T070000000000Z-auto.sqlite3.partial-journal",
)


def plant(backups: Path) -> None:
    backups.mkdir(parents=True, exist_ok=True)
    for name in OURS + THEIRS:
        (backups / name).write_bytes(b"x")


def names(backups: Path) -> set[str]:
    return {p.name for p in backups.iterdir()}


def test_next_backup_removes_leftovers_of_an_interrupted_one(store: Store) -> None:
    plant(store.backup_dir)
    made = store.backup("manual")
    assert names(store.backup_dir) == {made.name, *THEIRS}


def test_start_removes_leftovers(data_dir: Path) -> None:
    plant(data_dir / "backups")
    open_store(data_dir, FakeClock(), auto_backup=False).close()
    assert names(data_dir / "backups") == set(THEIRS)


def test_an_interrupted_backup_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.diary.add_pain(pain())

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        store.backup("manual")
    monkeypatch.undo()
    assert list_backups(store.backup_dir) == []
    assert names(store.backup_dir) == set()
