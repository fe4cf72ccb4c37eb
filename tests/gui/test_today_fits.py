"""Today at 1280 x 720 fits its window in German and English: no horizontal scroll bar on
the page or under the sidebar (at the app's own 11 pt, where "Einstellungen" was wider than
the sidebar's fixed 180 px), and the rule lines under the findings read in the user's
language ("· info" stayed English in German)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QScrollBar
from pytestqt.qtbot import QtBot

from phtcoach import i18n
from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.demo_data import make_demo_dir
from phtcoach.ui.design import MIN_POINT_SIZE
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.test_german_window import looks_english


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language, and the app's font as `ui.theme` makes it: the system's, at least
    11 pt (the offscreen platform's own 9 pt would hide the fault)."""
    old = QFont(qapp.font())
    font = QFont(old)
    font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF()))
    qapp.setFont(font)
    if request.param == "de":
        assert i18n.use_language("de") == "de"
    yield str(request.param)
    i18n.remove_translators()
    qapp.setFont(old)


@pytest.fixture
def ctx(language: str, tmp_path: Path) -> Iterator[AppContext]:
    clock = FakeClock()
    make_demo_dir(tmp_path / "data", weeks=12, seed=42, clock=clock)
    c = open_context(tmp_path / "data", clock)
    yield c
    c.close()


def today_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.show_page("today")
    for _ in range(3):
        QCoreApplication.processEvents()
    return w


def test_no_horizontal_scroll_bar_at_1280x720(qtbot: QtBot, ctx: AppContext) -> None:
    w = today_window(qtbot, ctx)
    bars = [
        b.parentWidget().parentWidget().objectName()
        for b in w.findChildren(QScrollBar)
        if b.isVisible() and b.orientation().name == "Horizontal"
    ]
    assert not bars, bars
    assert w.nav.horizontalScrollBar().maximum() == 0
    scroll = w.pages["today"].findChild(QScrollArea)
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0


def test_the_rule_lines_are_in_the_users_language(
    qtbot: QtBot, ctx: AppContext, language: str
) -> None:
    """The level word after "·" is translated (the demo's last day has green and info
    findings); in German no English level word is left, "info" included."""
    w = today_window(qtbot, ctx)
    lines = [lab.text() for lab in w.pages["today"].findChildren(QLabel, "ruleLine")]
    levels = {t.rsplit(" · ", 1)[1] for t in lines if " · " in t}
    english = {"green", "amber", "red", "info", "waiting"}
    if language == "en":
        assert levels and levels <= english, lines
        return
    assert levels, lines
    assert not [t for t in levels if t in english or looks_english(t)], lines
