"""The Programme page at 1280 x 720: the timeline's columns and the How-to tab's text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.core.timeline import compile_for
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.programme_howto import ProgrammeHowTo
from phtcoach.ui.state import AppState
from phtcoach.ui.timeline_table import TimelineTable

# The offscreen platform says so when a top-level widget sizes itself; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.show_page("programme")
    return w


def assert_columns_fit(qtbot: QtBot, table: QTableWidget) -> None:
    """No column narrower than its header text or than the text of its first rows."""
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
    metrics = header.fontMetrics()
    cells = table.fontMetrics()
    for col in range(table.columnCount()):
        width = header.sectionSize(col)
        title = table.horizontalHeaderItem(col).text()
        assert width >= metrics.horizontalAdvance(title), (title, width)
        for row in range(min(table.rowCount(), 20)):
            text = table.item(row, col).text()
            assert width >= cells.horizontalAdvance(text), (title, text, width)


def test_the_timeline_shows_every_column_whole(qtbot: QtBot, window: MainWindow) -> None:
    page = window.programme_page
    for tid in ("iso-5x5", "hsr-5-5"):
        page.select(tid)
        assert page.preview.rowCount() > 0
        assert_columns_fit(qtbot, page.preview)
    assert not page.preview.showGrid() and page.preview.alternatingRowColors()  # style_table


def test_a_narrow_timeline_scrolls_sideways_instead_of_cutting(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """As in the template editor's preview at 1280 x 720: about 400 px for six columns."""
    table = TimelineTable()
    qtbot.addWidget(table)
    table.resize(400, 300)
    programme = ctx.services.programme
    tl = compile_for(programme.template("hsr-5-5"), ctx.services.settings.load())
    table.show_timeline(tl, programme.current().exercises)
    table.show()
    assert_columns_fit(qtbot, table)


def test_the_how_to_tab_shows_text_below_the_drawing(qtbot: QtBot, ctx: AppContext) -> None:
    """As at 1280 x 720 with a long description above it: the tab is about eleven lines
    high. The drawing is smaller then, and the how-to text is in view under it."""
    tab = ProgrammeHowTo()
    qtbot.addWidget(tab)
    line = tab.fontMetrics().height()
    tab.resize(530, 11 * line)
    tab.show_template(ctx.services.programme.template("iso-5x5"))
    tab.show()
    view = tab.view
    viewport = tab.scroller.viewport()
    qtbot.waitUntil(lambda: view.drawing.height() > 3 * line)  # still drawn
    top = view.text.mapTo(viewport, QPoint(0, 0)).y()
    lines = (viewport.height() - top) / view.text.fontMetrics().height()
    assert lines >= 3, (top, viewport.height())  # the how-to itself, not only the drawing
