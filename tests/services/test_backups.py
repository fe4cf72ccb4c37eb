"""Backups as the user sees them: the list, a backup now, what each holds, and a restore
asked for while the app runs and done at the next start."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from phtcoach.app import open_context
from phtcoach.services import Services
from phtcoach.services.backups import (
    HELD_NAME,
    BackupKind,
    apply_pending_restore,
    backup_kind,
    restore_marker_path,
)
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.storage.backup import BackupContents, make_backup
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock
from tests.storage.samples import activity, measure, pain, session, set_record


def add_history(store: Store) -> None:
    saved = store.sessions.start(session())
    assert saved.id is not None
    store.sessions.add_set(set_record(saved.id))
    store.sessions.add_set(set_record(saved.id, set_no=2))
    store.diary.add_pain(pain(pain_value=4))
    store.diary.add_activity(activity())
    store.diary.add_measure(measure())


def test_reasons_name_the_kind() -> None:
    assert backup_kind("auto") is BackupKind.AUTO
    assert backup_kind("manual") is BackupKind.MANUAL
    assert backup_kind("pre-migration-v3") is BackupKind.PRE_MIGRATION
    assert backup_kind("pre-restore") is BackupKind.PRE_RESTORE
    assert backup_kind("something-else") is BackupKind.OTHER


def test_back_up_now_is_listed_newest_first_with_what_it_holds(
    services: Services, store: Store, clock: FakeClock
) -> None:
    assert services.backups.list() == []
    first = services.backups.back_up_now()
    assert first.changes is Changes.NONE
    assert first.value.kind is BackupKind.MANUAL
    assert first.value.contents == BackupContents(0, 0, 0, 0, 0)

    add_history(store)
    clock.advance(60)
    second = services.backups.back_up_now().value
    assert second.contents == BackupContents(
        sessions=1, sets=2, pain_entries=1, activities=1, measures=1
    )
    assert second.size_bytes == second.path.stat().st_size > 0
    assert second.path.parent == services.backups.folder
    listed = services.backups.list()
    assert [b.path for b in listed] == [second.path, first.value.path]


def test_dates_are_in_the_users_time_zone(store: Store, clock: FakeClock) -> None:
    plus_two = timezone(timedelta(hours=2))
    services = Services(store, clock, plus_two)
    info = services.backups.back_up_now().value
    assert info.taken_at == datetime(2026, 3, 2, 9, 0, tzinfo=plus_two)
    assert info.taken_at.utcoffset() == timedelta(hours=2)


def test_every_reason_is_listed(services: Services, store: Store, clock: FakeClock) -> None:
    for reason in ("auto", "pre-migration-v2", "pre-restore"):
        make_backup(store.conn, store.backup_dir, clock, reason=reason)
        clock.advance(1)
    kinds = [b.kind for b in services.backups.list()]
    assert kinds == [BackupKind.PRE_RESTORE, BackupKind.PRE_MIGRATION, BackupKind.AUTO]


def test_listing_reads_a_backup_without_changing_it(services: Services) -> None:
    info = services.backups.back_up_now().value
    before = info.path.read_bytes()
    services.backups.list()
    assert info.path.read_bytes() == before
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_a_damaged_backup_is_listed_with_its_problem(services: Services) -> None:
    info = services.backups.back_up_now().value
    info.path.write_bytes(b"not a database at all" * 100)
    (listed,) = services.backups.list()
    assert listed.contents is None
    assert listed.problem
    with pytest.raises(StorageError):
        services.backups.request_restore(listed.path)
    assert services.backups.pending() is None


def test_restore_is_asked_now_and_done_at_the_next_start(data_dir: Path) -> None:
    clock = FakeClock()
    ctx = open_context(data_dir, clock)
    try:
        backups = ctx.services.backups
        empty = backups.back_up_now().value
        add_history(ctx.store)
        asked = backups.request_restore(empty.path)
        assert asked.changes is Changes.NONE
        pending = backups.pending()
        assert pending is not None and pending.path == empty.path
        # Nothing changes while the app runs.
        assert ctx.store.has_data()
    finally:
        ctx.close()

    clock.advance(3600)
    ctx = open_context(data_dir, clock)
    try:
        outcome = ctx.services.backups.restored_at_start
        assert outcome is not None and not outcome.error
        assert outcome.backup == empty.path
        assert outcome.saved is not None
        assert outcome.saved.name.endswith("-pre-restore.sqlite3")
        # The data it replaced is kept, and the restored database holds the backup's.
        assert ctx.services.backups.info(outcome.saved).contents == BackupContents(1, 2, 1, 1, 1)
        assert not ctx.store.has_data()
        assert ctx.services.backups.pending() is None
        assert not restore_marker_path(data_dir).exists()
    finally:
        ctx.close()

    ctx = open_context(data_dir, clock)  # once only
    try:
        assert ctx.services.backups.restored_at_start is None
    finally:
        ctx.close()


def test_a_restore_can_be_cancelled(services: Services, data_dir: Path) -> None:
    info = services.backups.back_up_now().value
    services.backups.request_restore(info.path)
    assert services.backups.cancel_restore().changes is Changes.NONE
    assert services.backups.pending() is None
    assert not (data_dir / HELD_NAME).exists()
    assert apply_pending_restore(data_dir, FakeClock()) is None


def test_the_chosen_backup_survives_rotation_until_the_restart(data_dir: Path) -> None:
    clock = FakeClock()
    ctx = open_context(data_dir, clock)
    try:
        ctx.services.settings.update(backups_keep=1)
        chosen = ctx.services.backups.back_up_now().value
        ctx.services.backups.request_restore(chosen.path)
        add_history(ctx.store)
        clock.advance(60)
        ctx.services.backups.back_up_now()
        assert not chosen.path.exists()  # rotated away
        pending = ctx.services.backups.pending()
        assert pending is not None and pending.path == chosen.path
        assert pending.contents == BackupContents(0, 0, 0, 0, 0)
    finally:
        ctx.close()
    ctx = open_context(data_dir, clock)
    try:
        outcome = ctx.services.backups.restored_at_start
        assert outcome is not None and not outcome.error and outcome.backup == chosen.path
        assert ctx.store.diary.pain_entries() == []  # the chosen backup's data
        assert not (data_dir / HELD_NAME).exists()
    finally:
        ctx.close()


def test_only_our_backups_can_be_restored(services: Services, tmp_path: Path) -> None:
    info = services.backups.back_up_now().value
    elsewhere = tmp_path / info.path.name
    elsewhere.write_bytes(info.path.read_bytes())
    with pytest.raises(StorageError):
        services.backups.request_restore(elsewhere)
    assert services.backups.pending() is None


def test_a_failed_restore_is_reported_once_and_leaves_the_data(data_dir: Path) -> None:
    clock = FakeClock()
    ctx = open_context(data_dir, clock)
    try:
        add_history(ctx.store)
        info = ctx.services.backups.back_up_now().value
        ctx.services.backups.request_restore(info.path)
    finally:
        ctx.close()
    (data_dir / HELD_NAME).write_bytes(b"damaged after it was chosen" * 100)
    outcome = apply_pending_restore(data_dir, clock)
    assert outcome is not None and outcome.error
    assert not restore_marker_path(data_dir).exists()
    assert not (data_dir / HELD_NAME).exists()
    ctx = open_context(data_dir, clock)
    try:
        assert ctx.store.has_data()
    finally:
        ctx.close()


def test_an_unreadable_request_is_reported(data_dir: Path) -> None:
    restore_marker_path(data_dir).write_text(json.dumps({"backup": "../x"}), encoding="utf-8")
    outcome = apply_pending_restore(data_dir, FakeClock(datetime(2026, 3, 2, tzinfo=UTC)))
    assert outcome is not None and outcome.error
    assert not restore_marker_path(data_dir).exists()


@pytest.mark.parametrize("planned", [False, True])
def test_a_folder_that_cannot_be_written_is_a_failed_restore_not_a_crash(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, planned: bool
) -> None:
    """A PermissionError while the damaged file was copied aside escaped the start-up
    restore as a traceback; it is the outcome's error, which the start shows."""
    from phtcoach.services import backups as backups_module
    from phtcoach.services.backups import restore_at_start

    clock = FakeClock()
    ctx = open_context(data_dir, clock)
    try:
        add_history(ctx.store)
        info = ctx.services.backups.back_up_now().value
        if planned:
            ctx.services.backups.request_restore(info.path)
    finally:
        ctx.close()
    before = (data_dir / "phtcoach.sqlite3").read_bytes()

    def refused(*_args: object) -> Path:
        raise PermissionError(13, "Permission denied", str(data_dir / "backups"))

    monkeypatch.setattr(backups_module, "restore_backup", refused)
    outcome = (
        apply_pending_restore(data_dir, clock)
        if planned
        else restore_at_start(data_dir, info.path, clock)
    )
    assert outcome is not None
    assert outcome.saved is None
    assert outcome.error == f"{data_dir / 'backups'}: Permission denied"
    assert (data_dir / "phtcoach.sqlite3").read_bytes() == before
