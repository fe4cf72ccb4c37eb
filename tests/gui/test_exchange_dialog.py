"""File > Export... and File > Import...: the dialogs write the file, report the import,
announce that everything changed, and leave nothing behind when cancelled or refused."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from phtcoach.services.changes import Changes
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.exchange_dialog import ExportDialog, ImportDialog
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE
from tests.gui.state_helpers import make_state
from tests.services.exchange_helpers import fill

pytestmark = QT_NOISE


@pytest.fixture
def state(store: Store, clock: FakeClock) -> AppState:
    fill(store)
    return make_state(store, clock)


def choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


@pytest.mark.parametrize("fmt", ["json", "xlsx", "csv"])
def test_export_writes_the_chosen_format(
    fmt: str, state: AppState, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ExportDialog(state)
    qtbot.addWidget(dialog)
    choose_format(dialog, fmt)
    dialog.path.setText(str(tmp_path / f"out.{fmt}"))
    dialog.run_export()
    assert dialog.written == tmp_path / f"out.{fmt}"
    assert dialog.progress.value() == dialog.progress.maximum()
    if fmt == "xlsx":
        assert "Summary" in openpyxl.load_workbook(dialog.written).sheetnames


def test_a_cancelled_export_leaves_no_file(state: AppState, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(state)
    qtbot.addWidget(dialog)
    choose_format(dialog, "xlsx")
    dialog.path.setText(str(tmp_path / "out.xlsx"))
    dialog.progress.valueChanged.connect(lambda _v: dialog.cancel_button.click())
    dialog.run_export()
    assert dialog.written is None
    assert "cancelled" in dialog.message.text()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_import_checks_then_imports_and_announces_all(
    state: AppState, qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    source = state.services.export.export(tmp_path / "all.json", "json").value
    other = open_store(tmp_path / "other", clock)
    try:
        fresh = make_state(other, clock)
        dialog = ImportDialog(fresh)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(source))
        dialog.check()
        assert "to add" in dialog.report.toPlainText()
        assert not other.has_data()
        with qtbot.waitSignal(fresh.changed) as signal:
            dialog.run_import()
        assert signal.args == [Changes.ALL]
        assert dialog.imported is not None and other.has_data()
    finally:
        other.close()


def test_a_refused_import_shows_the_problems_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, store: Store, clock: FakeClock
) -> None:
    state = make_state(store, clock)
    bad = tmp_path / "bad.json"
    row = {"id": 1, "local_date": "2026-03-02", "slot": "morning", "pain": 11}
    bad.write_text(
        json.dumps({"format": "phtcoach", "version": 1, "tables": {"pain_entries": [row]}})
    )
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.run_import()
    assert "pain_entries row 1" in dialog.report.toPlainText()
    assert dialog.imported is None and not store.has_data()


def test_a_cancelled_import_rolls_back(
    state: AppState, qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    source = state.services.export.export(tmp_path / "all.json", "json").value
    other = open_store(tmp_path / "other", clock)
    try:
        dialog = ImportDialog(make_state(other, clock))
        qtbot.addWidget(dialog)
        dialog.path.setText(str(source))
        dialog.progress.valueChanged.connect(lambda _v: dialog.cancel_button.click())
        dialog.run_import()
        assert "cancelled" in dialog.message.text()
        assert not other.has_data()
    finally:
        other.close()


def test_the_file_menu_offers_export_and_import(state: AppState, qtbot: QtBot) -> None:
    from phtcoach.audio.cues import NullCuePlayer
    from phtcoach.ui.main_window import MainWindow

    window = MainWindow(state, NullCuePlayer())
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Export..." in texts and "&Import..." in texts


@pytest.mark.parametrize("kind", [ExportDialog, ImportDialog])
def test_the_progress_bar_shows_only_while_a_job_runs(
    kind: type[ExportDialog] | type[ImportDialog], state: AppState, qtbot: QtBot, tmp_path: Path
) -> None:
    """No "0%" bar before anything runs (it reads as a stuck job); it appears once a job
    runs and goes again when the job stops part-way."""
    dialog = kind(state)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.progress.isVisible()
    if isinstance(dialog, ExportDialog):
        dialog.path.setText(str(tmp_path / "out.json"))
        seen: list[bool] = []
        dialog.progress.valueChanged.connect(lambda _v: seen.append(dialog.progress.isVisible()))
        dialog.progress.valueChanged.connect(lambda _v: dialog.cancel_button.click())
        dialog.run_export()
        assert seen and seen[0]
        assert not dialog.progress.isVisible()


def test_the_dialogs_speak_in_words_not_placeholders(state: AppState, qtbot: QtBot) -> None:
    """ "Only the days from ... to ..." read like text cut short, and the import's report
    pane was a blank box until Check was pressed."""
    export = ExportDialog(state)
    qtbot.addWidget(export)
    assert "..." not in export.limit.text() and "…" not in export.limit.text()
    importer = ImportDialog(state)
    qtbot.addWidget(importer)
    assert importer.report.toPlainText() == ""
    assert "Check" in importer.report.placeholderText()
