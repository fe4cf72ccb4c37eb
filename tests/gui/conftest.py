"""Fixtures the screens' suites share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW


@pytest.fixture
def ctx(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """The app's services on a fresh data dir, on the test's clock (a suite may override
    `clock`)."""
    c = open_context(data_dir, clock)
    yield c
    c.close()


@pytest.fixture
def diary_window(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[int, int], MainWindow]]:
    """The whole app window on the Diary at a given size (the screenshots' sizes), at the
    diary suites' fixed hour."""
    ctx = open_context(data_dir, FakeClock(NOW))

    def make_window(width: int, height: int) -> MainWindow:
        w = MainWindow(AppState(ctx.services), NullCuePlayer())
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        w.show_page("diary")
        qtbot.waitExposed(w)
        return w

    try:
        yield make_window
    finally:
        ctx.close()
