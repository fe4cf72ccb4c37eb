"""File > Report...: the period and paper, the modal progress, and no partial file when the
report is cancelled or fails."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.demo import generate_demo
from phtcoach.report.pdf import Paper, write_report
from phtcoach.services.report import ReportCancelledError
from phtcoach.storage.repository import Store
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.report_dialog import ReportDialog
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE, store_demo
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE


@pytest.fixture
def dialog(store: Store, clock: FakeClock, qtbot: QtBot) -> ReportDialog:
    today = clock.now().date()
    store_demo(store, generate_demo(4, 42, today))
    d = ReportDialog(make_state(store, clock))
    qtbot.addWidget(d)
    return d


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


def test_the_default_period_is_the_last_12_weeks(dialog: ReportDialog, clock: FakeClock) -> None:
    first, last = dialog.period()
    assert last == clock.now().date()
    assert (last - first).days == 7 * 12 - 1


def test_write_makes_the_pdf(dialog: ReportDialog, out_dir: Path) -> None:
    first, last = dialog.period()
    out = out_dir / "r.pdf"
    assert dialog.write(first, last, Paper.LETTER, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.written == out
    assert [p.name for p in out_dir.iterdir()] == ["r.pdf"]


def test_cancel_leaves_no_file(
    dialog: ReportDialog, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    first, last = dialog.period()
    assert not dialog.write(first, last, Paper.A4, out_dir / "r.pdf")
    assert list(out_dir.iterdir()) == []
    assert dialog.written is None


def test_a_failed_write_says_so_and_leaves_no_file(
    dialog: ReportDialog, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    out = out_dir / "missing" / "r.pdf"
    assert not dialog.write(date(2026, 2, 1), date(2026, 3, 1), Paper.A4, out)
    assert len(said) == 1 and "not written" in said[0]
    assert list(out_dir.iterdir()) == []


def test_cancelling_while_painting_leaves_no_file(dialog: ReportDialog, out_dir: Path) -> None:
    last = dialog.period()[1]
    data = dialog.state.services.report.gather(last - timedelta(days=13), last)
    out = out_dir / "r.pdf"
    with pytest.raises(ReportCancelledError):
        write_report(data, out, keep_going=lambda page: page < 1)
    assert list(out_dir.iterdir()) == []
    assert write_report(data, out) >= 3
    assert [p.name for p in out_dir.iterdir()] == ["r.pdf"]


def test_file_report_saves_where_the_user_chose(
    dialog: ReportDialog, out_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = out_dir / "for my physio"  # no suffix: ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "PDF (*.pdf)"))
    window = MainWindow(dialog.state, NullCuePlayer())
    qtbot.addWidget(window)
    assert window.report_action.text() == "Re&port..."

    def save() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, ReportDialog) and w.isVisible():
            w.save.click()
        else:
            QTimer.singleShot(10, save)

    QTimer.singleShot(0, save)
    window.report_action.trigger()
    assert [p.name for p in out_dir.iterdir()] == ["for my physio.pdf"]
    assert "for my physio.pdf" in window.statusBar().currentMessage()
