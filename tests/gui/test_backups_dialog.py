"""File > Restore backup...: the backups in a table; a restore asks first, then is done at
the next start, all by keyboard."""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.services import Services
from phtcoach.services.backups import RestoreOutcome
from phtcoach.ui.backups_dialog import BackupsDialog, report_startup_restore
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import day_text
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE, focused, key, show
from tests.gui.modal import when_modal
from tests.storage.samples import pain

K = Qt.Key
MONDAY = day_text(date(2026, 3, 2))  # the fake clock's day, as the user's locale writes it
pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def two_backups(ctx: AppContext, clock: FakeClock) -> None:
    """An older backup with no entries, a newer one with a check-in."""
    ctx.services.backups.back_up_now()
    clock.advance(3600)
    ctx.store.diary.add_pain(pain(pain_value=4))
    ctx.services.backups.back_up_now()


def open_dialog(qtbot: QtBot, ctx: AppContext) -> BackupsDialog:
    # In UTC, so the times shown are the fake clock's wherever the tests run.
    dialog = BackupsDialog(AppState(Services(ctx.store, ctx.services.clock, UTC)))
    show(qtbot, dialog)
    return dialog


def test_the_dialog_lists_each_backup_with_what_it_holds(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    two_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx)
    assert dialog.table.rowCount() == 2
    newest = [dialog.table.item(0, col).text() for col in range(4)]
    oldest = [dialog.table.item(1, col).text() for col in range(4)]
    assert newest[0] == f"{MONDAY} 08:00"
    assert newest[2] == "Made by you"
    assert "1 check-in" in newest[3] and "0 sessions" in newest[3]
    assert "0 check-ins" in oldest[3]
    assert newest[1]  # a size
    assert "not an export" in dialog.intro.text()
    for w in (dialog, dialog.table, dialog.restore_button, dialog.close_button):
        assert w.accessibleName()
    assert focused(dialog) is dialog.table


def test_restore_asks_then_restores_at_the_next_start_by_keyboard(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, data_dir: Path
) -> None:
    two_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx)
    key(qtbot, dialog, K.Key_Down)  # the older, empty backup
    older = dialog.selected()
    assert older is not None and older.contents is not None
    assert older.contents.pain_entries == 0
    key(qtbot, dialog, K.Key_Tab)
    assert focused(dialog) is dialog.restore_button

    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, K.Key_S)  # "Restore at next start"

    when_modal(QMessageBox, answer)
    key(qtbot, dialog, K.Key_Space)
    assert asked and f"replaced by the backup of {MONDAY} 07:00;" in asked[0]
    assert "a backup of the current data is taken first" in asked[0]
    pending = ctx.services.backups.pending()
    assert pending is not None and pending.path == older.path
    assert dialog.pending_label.isVisible()
    assert ctx.store.has_data()  # nothing changed under the running app
    ctx.close()

    again = open_context(data_dir, clock)
    try:
        assert again.services.backups.restored_at_start is not None
        assert again.store.diary.pain_entries() == []
        window = MainWindow(AppState(again.services), NullCuePlayer())
        qtbot.addWidget(window)
        report_startup_restore(window, again.services.backups, UTC)
        said = window.statusBar().currentMessage()
        assert f"Restored the backup of {MONDAY} 07:00." in said
        assert "Before a restore" in said and "/" not in said  # by its date, not a long path
    finally:
        again.close()


def test_escape_on_the_question_restores_nothing(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    two_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx)
    key(qtbot, dialog, K.Key_Tab)
    when_modal(QMessageBox, lambda box: qtbot.keyClick(box, K.Key_Escape))
    key(qtbot, dialog, K.Key_Space)
    assert ctx.services.backups.pending() is None
    assert not dialog.pending_label.isVisible()


def test_the_file_menu_restores_and_quits(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    two_backups(ctx, clock)
    window = MainWindow(AppState(ctx.services), NullCuePlayer())
    show(qtbot, window)
    assert window.restore_action.text() == "&Restore backup..."

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        when_modal(QMessageBox, lambda box: qtbot.keyClick(box, K.Key_Q))  # quit now
        qtbot.keyClick(dialog.table, K.Key_Tab)
        qtbot.keyClick(focused(dialog), K.Key_Space)

    when_modal(BackupsDialog, drive)
    window.restore_action.trigger()
    pending = ctx.services.backups.pending()
    assert pending is not None
    qtbot.waitUntil(lambda: not window.isVisible())


def test_back_up_now_says_it_is_not_an_export(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(AppState(ctx.services), NullCuePlayer())
    show(qtbot, window)
    window.backup_action.trigger()
    message = window.statusBar().currentMessage()
    assert str(ctx.services.backups.folder) in message
    assert "not an export" in message


def test_demo_data_cannot_be_restored_into(qtbot: QtBot, ctx: AppContext, clock: FakeClock) -> None:
    two_backups(ctx, clock)
    dialog = BackupsDialog(AppState(ctx.services, demo=True))
    show(qtbot, dialog)
    assert dialog.selected() is not None
    assert not dialog.restore_button.isEnabled()


def test_a_failed_restore_at_start_is_said(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(AppState(ctx.services), NullCuePlayer())
    show(qtbot, window)
    ctx.services.backups.restored_at_start = RestoreOutcome(
        Path("x.sqlite3"), None, None, "x.sqlite3: the database is damaged"
    )
    report_startup_restore(window, ctx.services.backups)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "was not restored; your data was not changed" in boxes[0].text()
    assert ctx.services.backups.restored_at_start is None  # said once
    boxes[0].close()


def test_sizes_are_in_decimal_units_with_at_most_one_decimal(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    import re

    from phtcoach.ui.backups_dialog import size_text

    assert size_text(196_608) == "197 kB"  # not "192.0 KiB"
    assert size_text(1_700_000) == "1.7 MB"
    two_backups(ctx, clock)
    dialog = open_dialog(qtbot, ctx)
    shown = dialog.table.item(0, 1).text()
    assert "iB" not in shown
    assert re.fullmatch(r"\d+(\.\d)? (bytes|kB|MB)", shown), shown
