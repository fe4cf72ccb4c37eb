"""The start's questions (issue 12, items 6 and 7), driven as a user would answer them,
through the composition root's own start-up path (`startup.open_at_start` with
`app.open_context`, and `app.run_gui`):

- no room for the start-up backup: "Start without the backup" opens the app (and says no
  backup was taken), "Quit" quits;
- a damaged or newer database: the backups with what each holds; restoring one keeps the
  damaged file byte for byte and opens the app; Open data folder; Quit;
- another app's database, a read-only one: what is wrong and what to do; nothing written.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from phtcoach import app, i18n, paths
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.startup import open_at_start
from phtcoach.storage import db as db_module
from phtcoach.storage import repository
from phtcoach.storage.backup import list_backups
from phtcoach.ui.backups_dialog import report_startup_restore
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.startup_dialogs import (
    RestoreAtStartDialog,
    StartupBox,
    StartupDialogs,
    report_skipped_backup,
    size_text,
)
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE
from tests.gui.modal import when_modal as answer
from tests.storage.samples import pain

K = Qt.Key
pytestmark = QT_NOISE


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Rig:
    def __init__(self, root: Path, clock: FakeClock) -> None:
        self.root = root
        self.clock = clock
        self.folders: list[Path] = []
        self.dialogs = StartupDialogs(tz=UTC, open_folder=self.folders.append)

    @property
    def db(self) -> Path:
        return paths.db_path(self.root)

    def start(self) -> AppContext | None:
        return open_at_start(self.root, self.clock, UTC, self.dialogs, app.open_context)


@pytest.fixture
def rig(data_dir: Path, clock: FakeClock) -> Rig:
    return Rig(data_dir, clock)


def with_two_backups(rig: Rig) -> None:
    """An older backup with no check-ins, a newer one with one; the live data has two."""
    ctx = app.open_context(rig.root, rig.clock)
    try:
        ctx.services.backups.back_up_now()
        rig.clock.advance(3600)
        ctx.store.diary.add_pain(pain(pain_value=4))
        ctx.services.backups.back_up_now()
        ctx.store.diary.add_pain(pain(pain().local_date.replace(day=3), pain_value=5))
    finally:
        ctx.close()


def damage(db: Path) -> str:
    """Truncate the database mid-page (a crash, a bad copy); returns the damaged file's hash."""
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 100])
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    return sha(db)


def no_sidecars(db: Path) -> bool:
    return not any(db.with_name(db.name + s).exists() for s in ("-wal", "-shm"))


# ------------------------------------------------------------------ no room for the backup


def test_start_without_the_backup_when_the_disk_has_no_room(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_two_backups(rig)
    before = list_backups(paths.backup_dir(rig.root))
    monkeypatch.setattr(repository, "known_free", lambda where: 1000)
    asked: list[str] = []

    def start_anyway(box: QWidget) -> None:
        assert isinstance(box, StartupBox) and box.start_button is not None
        asked.append(box.text())
        qtbot.keyClick(box, K.Key_S)  # "&Start without the backup"

    answer(StartupBox, start_anyway)
    ctx = rig.start()
    assert ctx is not None
    try:
        assert asked and "not enough free space for the start-up backup" in asked[0]
        assert f"{size_text(1000)} free" in asked[0] and "needs " in asked[0]
        assert list_backups(paths.backup_dir(rig.root)) == before  # none taken
        assert len(ctx.store.diary.pain_entries()) == 2  # the app runs on the data
        window = MainWindow(AppState(ctx.services), NullCuePlayer())
        qtbot.addWidget(window)
        report_skipped_backup(window, ctx.services.backups)
        assert "without today's backup" in window.statusBar().currentMessage()
    finally:
        ctx.close()


def test_quit_when_the_disk_has_no_room(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_two_backups(rig)
    monkeypatch.setattr(repository, "known_free", lambda where: 1000)
    answer(StartupBox, lambda box: qtbot.keyClick(box, K.Key_Escape))
    assert rig.start() is None
    ctx = app.open_context(rig.root, rig.clock, auto_backup=False)  # the lock was let go
    ctx.close()


# ------------------------------------------------------------------ damaged: restore


def test_a_damaged_database_offers_the_backups_and_restores_one(qtbot: QtBot, rig: Rig) -> None:
    with_two_backups(rig)
    damaged = damage(rig.db)
    seen: dict[str, object] = {}

    def restore_newest(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        seen["problem"] = dialog.problem.text()
        seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
        assert QApplication.focusWidget() is dialog.table
        qtbot.keyClick(dialog.table, K.Key_Tab)  # to "Restore this backup"
        assert QApplication.focusWidget() is dialog.restore_button
        qtbot.keyClick(dialog.restore_button, K.Key_Space)

    answer(RestoreAtStartDialog, restore_newest)
    ctx = rig.start()
    assert ctx is not None
    try:
        assert "damaged or unreadable" in str(seen["problem"])
        rows = seen["rows"]
        assert isinstance(rows, list) and len(rows) == 2
        assert "1 check-in" in rows[0][3] and "0 check-ins" in rows[1][3]
        assert rows[0][2] == "Made by you" and rows[0][1]
        assert len(ctx.store.diary.pain_entries()) == 1  # the newest backup's data
        outcome = ctx.services.backups.restored_at_start
        assert outcome is not None and outcome.saved is not None and not outcome.error
        assert sha(outcome.saved) == damaged  # the damaged file, byte for byte
        window = MainWindow(AppState(ctx.services), NullCuePlayer())
        qtbot.addWidget(window)
        report_startup_restore(window, ctx.services.backups)
        assert "Restored" in window.statusBar().currentMessage()
    finally:
        ctx.close()


def test_a_restore_that_fails_asks_again_and_quit_leaves_the_file(qtbot: QtBot, rig: Rig) -> None:
    with_two_backups(rig)
    damaged = damage(rig.db)
    failed: list[str] = []

    def restore_a_vanished_backup(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        info = dialog.selected()
        assert info is not None
        info.path.unlink()  # gone before the restore could read it
        answer(RestoreAtStartDialog, then_quit)
        dialog.restore_button.click()

    def then_quit(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        failed.append(dialog.failed.text() if dialog.failed.isVisibleTo(dialog) else "")
        assert dialog.table.rowCount() == 1
        qtbot.keyClick(dialog, K.Key_Escape)

    answer(RestoreAtStartDialog, restore_a_vanished_backup)
    assert rig.start() is None
    assert failed and "The restore did not work" in failed[0]
    assert sha(rig.db) == damaged and no_sidecars(rig.db)


def test_no_backups_offers_the_data_folder_and_quit(qtbot: QtBot, rig: Rig) -> None:
    ctx = app.open_context(rig.root, rig.clock)
    ctx.store.diary.add_pain(pain())
    ctx.close()
    damaged = damage(rig.db)
    seen: list[str] = []

    def open_folder_then_quit(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        seen.append(dialog.advice.text())
        assert not dialog.restore_button.isEnabled()
        dialog.folder_button.click()
        dialog.quit_button.click()

    answer(RestoreAtStartDialog, open_folder_then_quit)
    assert rig.start() is None
    assert seen and "There is no backup" in seen[0]
    assert rig.folders == [rig.root]
    assert sha(rig.db) == damaged and no_sidecars(rig.db)


def test_a_newer_versions_database_offers_a_restore_too(qtbot: QtBot, rig: Rig) -> None:
    with_two_backups(rig)
    raw = sqlite3.connect(rig.db)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    before = sha(rig.db)
    seen: list[str] = []

    def quit_(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        seen.append(dialog.problem.text())
        assert dialog.table.rowCount() == 2
        dialog.quit_button.click()

    answer(RestoreAtStartDialog, quit_)
    assert rig.start() is None
    assert seen and "newer version of PHT Coach (schema version 99" in seen[0]
    assert sha(rig.db) == before and no_sidecars(rig.db)


# ------------------------------------------------------------------ refused: say what to do


def test_another_apps_database_is_explained_and_never_written(qtbot: QtBot, rig: Rig) -> None:
    raw = sqlite3.connect(rig.db)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    before = sha(rig.db)
    texts: list[str] = []

    def folder_then_quit(box: QWidget) -> None:
        assert isinstance(box, StartupBox) and box.folder_button is not None
        texts.append(f"{box.text()} {box.informativeText()}")
        answer(StartupBox, lambda again: again.quit_button.click())  # type: ignore[attr-defined]
        box.folder_button.click()

    answer(StartupBox, folder_then_quit)
    assert rig.start() is None
    assert texts and "belongs to another application" in texts[0]
    assert "--data-dir" in texts[0] and "will not write over it" in texts[0]
    assert rig.folders == [rig.root]
    assert sha(rig.db) == before and no_sidecars(rig.db)
    assert not paths.backup_dir(rig.root).exists()


def test_a_read_only_database_says_how_to_fix_it(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_two_backups(rig)
    before = sha(rig.db)
    monkeypatch.setattr(db_module, "_can_write", lambda path: False)
    texts: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, StartupBox)
        texts.append(f"{box.text()} {box.informativeText()}")
        qtbot.keyClick(box, K.Key_Escape)

    answer(StartupBox, read)
    assert rig.start() is None
    assert texts and "read-only" in texts[0] and "chmod u+w" in texts[0]
    assert sha(rig.db) == before


# ------------------------------------------------------------------ the real app


# The real cue player looks for a sound server; a test machine may have none.
@pytest.mark.qt_log_ignore("PulseAudioService", "propagateSizeHints")
def test_run_gui_restores_then_opens_the_window(qtbot: QtBot, rig: Rig) -> None:
    with_two_backups(rig)
    damage(rig.db)
    shown: list[str] = []

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        dialog.restore_button.click()

    def quit_soon(window: MainWindow) -> None:
        shown.append(window.statusBar().currentMessage())
        QTimer.singleShot(0, window.quit_app)

    answer(RestoreAtStartDialog, restore)
    try:
        status = app.run_gui(
            rig.root, argv=["phtcoach"], clock=rig.clock, on_window=quit_soon, questions=rig.dialogs
        )
    finally:
        # The last window's close posts one more Quit: left queued, it would end the next
        # test's first dialog.exec() at once (a process runs the app only once).
        QCoreApplication.removePostedEvents(QCoreApplication.instance(), QEvent.Type.Quit)
    assert status == 0
    assert shown and "Restored" in shown[0]


def test_a_headless_start_says_the_problem_on_stderr_and_quits(
    rig: Rig, capsys: pytest.CaptureFixture[str]
) -> None:
    """Offscreen there is no one to ask: the problem in one line, exit status 1."""
    with_two_backups(rig)
    damaged = damage(rig.db)
    capsys.readouterr()
    assert app.run_gui(rig.root, argv=["phtcoach"], clock=rig.clock) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and str(rig.db) in err[0] and "Restore a backup" in err[0]
    assert sha(rig.db) == damaged and no_sidecars(rig.db)


def test_the_start_asks_in_the_language_given_before_any_setting_can_be_read(
    qtbot: QtBot, rig: Rig
) -> None:
    with_two_backups(rig)
    damage(rig.db)
    seen: list[str] = []

    def read_then_quit(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreAtStartDialog)
        seen.append(f"{dialog.restore_button.text()} | {dialog.problem.text()}")
        dialog.quit_button.click()

    answer(RestoreAtStartDialog, read_then_quit)
    try:
        status = app.run_gui(
            rig.root, argv=["phtcoach"], clock=rig.clock, lang="de", questions=rig.dialogs
        )
    finally:
        i18n.remove_translators()
    assert status == 1
    assert seen and seen[0].startswith("Diese Sicherung &wiederherstellen | ")
    assert "beschädigt" in seen[0]


def test_a_locked_database_is_explained_not_offered_a_restore(qtbot: QtBot, rig: Rig) -> None:
    """Regression: a healthy database another program held locked was called damaged and
    the start offered to restore a backup over it."""
    with_two_backups(rig)
    backups = sorted(p.name for p in paths.backup_dir(rig.root).iterdir())
    holder = sqlite3.connect(rig.db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("UPDATE pain_entries SET rowid = rowid")  # a write: the lock is held
    texts: list[str] = []

    def read(box: QWidget) -> None:  # whatever asks, so the old code's restore offer shows
        if isinstance(box, StartupBox):
            texts.append(f"{box.text()} {box.informativeText()}")
        else:
            texts.append(type(box).__name__)
        qtbot.keyClick(box, K.Key_Escape)

    answer(QWidget, read)
    try:
        assert rig.start() is None
    finally:
        holder.close()
    assert texts and "locked" in texts[0] and "Restore" not in texts[0]
    assert sorted(p.name for p in paths.backup_dir(rig.root).iterdir()) == backups
