"""The runner inside the main window: while a session runs the floor view has the whole
window (no sidebar, no light menu bar), so the countdown is a third of the window's height."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.services.changes import Changes
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE

pytestmark = QT_NOISE


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.runner.shutdown()


def advance(w: MainWindow, clock: FakeClock, seconds: float) -> None:
    sched = w.runner.scheduler
    assert sched is not None
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        sched.poll()


def digit_height(w: MainWindow) -> int:
    return QFontMetrics(w.runner.floor.countdown.font()).tightBoundingRect("0").height()


def word_height(w: MainWindow) -> int:
    return QFontMetrics(w.runner.floor.word.font()).tightBoundingRect("H").height()


def test_a_running_session_has_the_whole_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    w = window
    clock = ctx.services.clock
    assert isinstance(clock, FakeClock)
    assert w.open_runner("iso-5x5")
    assert w.nav.isVisible() and w.menuBar().isVisible()  # waiting for Space: still a page
    w.runner.start()
    assert not w.nav.isVisible()
    assert not w.menuBar().isVisible()
    for size in ((1280, 720), (1920, 1080)):
        w.resize(*size)
        qtbot.waitUntil(lambda: w.runner.size() == w.size())
        h = w.height()
        assert h == size[1]
        assert digit_height(w) >= h / 3
        assert word_height(w) >= h / 10
    w.resize(1280, 720)
    advance(w, clock, 50)  # set 1 over: the rating panel opens beside the rest countdown
    assert w.runner.panel.is_open
    for size in ((1280, 720), (1920, 1080)):
        w.resize(*size)
        qtbot.waitUntil(lambda: w.runner.panel.width() >= 0.35 * w.width())
        h = w.height()
        assert h == size[1]
        assert digit_height(w) >= h / 3
        assert word_height(w) >= h / 10
    # F11 is a window action, so it still works with the menu bar hidden.
    assert w.full_screen_action in w.actions()
    w.runner.end_now()  # the session over: the summary, with sidebar and menus back
    assert not w.runner.is_active()
    assert w.nav.isVisible()
    assert w.menuBar().isVisible()


def test_full_screen_on_the_session_page_hides_the_menu_bar(window: MainWindow) -> None:
    w = window
    assert w.open_runner("iso-5x5")
    w.toggle_full_screen()
    assert w.isFullScreen()
    assert not w.menuBar().isVisible()
    assert not w.nav.isVisible()
    w.show_page("today")  # other pages keep their chrome, even in full screen
    assert w.menuBar().isVisible()
    assert w.nav.isVisible()
    w.show_page("session")
    assert not w.menuBar().isVisible()
    w.toggle_full_screen()
    assert not w.isFullScreen()
    assert w.menuBar().isVisible()
    assert w.nav.isVisible()


def test_the_session_page_keeps_the_runner_through_its_end_screens(window: MainWindow) -> None:
    """A change saved while the runner holds a session (waiting for Space, or ended and on
    its end screens) must not put the chooser in front of it: the summary used to vanish
    when the last rating was saved."""
    w = window
    assert w.open_runner("iso-5x5")
    assert w.session.stack.currentWidget() is w.runner
    w.state.changed.emit(Changes.ALL)  # e.g. a diary entry saved from the tray
    assert w.session.stack.currentWidget() is w.runner
    w.runner.start()
    w.runner.end_now()  # saved: a change to the sessions
    w.state.changed.emit(Changes.SESSIONS)
    assert w.session.stack.currentWidget() is w.runner
    w.runner._go_today()  # "Back to Today": now the chooser offers the next session
    assert w.current_page() == "today"
    w.show_page("session")
    assert w.session.stack.currentWidget() is w.session.chooser
